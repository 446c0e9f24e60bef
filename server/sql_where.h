/* A WHERE clause built from fixed SQL fragments and numbered parameters:
 * values never enter the SQL text, only "$N" placeholders do. */
#ifndef SERVER_SQL_WHERE_H
#define SERVER_SQL_WHERE_H

#include "sb.h"

#include <stddef.h>

#define SQL_WHERE_MAX_PARAMS 16

typedef struct sql_where {
	sb clause;                          /* "" or " WHERE a AND b" */
	char *params[SQL_WHERE_MAX_PARAMS]; /* owned copies */
	size_t n_params;
} sql_where;

#define SQL_WHERE_INIT                                                                             \
	{                                                                                          \
		SB_INIT, {NULL}, 0                                                                 \
	}

/* Adds a condition. Each "$?" in `fragment` becomes the next placeholder
 * ($1, $2, ...) bound to `value` (copied); a fragment may use "$?" once or
 * not at all (value NULL). Returns the placeholder number, 0 when none. */
int sql_where_add(sql_where *w, const char *fragment, const char *value);

/* sql_where_add with an integer value. */
int sql_where_add_long(sql_where *w, const char *fragment, long long value);

/* The ids as one PostgreSQL array parameter ("{1,2,3}") for a fragment
 * such as "x = ANY ($?::bigint[])"; as sql_where_add. n must be > 0. */
int sql_where_add_ids(sql_where *w, const char *fragment, const long long *ids, size_t n);

/* sql_where_param with the ids as one array parameter "{1,2,3}". */
int sql_where_param_ids(sql_where *w, const long long *ids, size_t n);

/* Adds a parameter without a condition (for LIMIT/OFFSET and the like);
 * returns its placeholder number. */
int sql_where_param(sql_where *w, const char *value);

/* Adds an integer parameter, as sql_where_param. */
int sql_where_param_long(sql_where *w, long long value);

/* Adds "`expr` contains `text`", case-insensitive for Latin letters. For
 * two or more characters it first asks for all of text's character bigrams
 * (index_fn(expr) @> text_bigrams(text)), which a GIN index on
 * index_fn(expr) answers, then checks the order with LIKE on the few rows
 * found; one character is a plain LIKE. `index_fn` (text_bigrams, or
 * section_bigrams: the same function at the cost of long text, migrations
 * 0009) and `expr` are fixed SQL, spelled exactly as in the index
 * definition for the index to apply. */
void sql_where_contains(sql_where *w, const char *index_fn, const char *expr, const char *text);

void sql_where_free(sql_where *w);

/* s with the LIKE wildcards % and _ and the escape \ escaped, for
 * `LIKE '%' || $n || '%'`. Caller frees. */
char *sql_like_escape(const char *s);

#endif
