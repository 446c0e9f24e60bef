/* Paged lists: the SQL of a page, its count and its keyset condition
 * (list_query.h argues what is counted when). */
#include "list_query.h"

#include "csv_stream.h"
#include "db_pool.h"
#include "list_cursor.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void append_order(sb *out, const list_order *o)
{
	for (size_t i = 0; i < o->n_keys; i++)
		sb_printf(out, "%s%s%s", i ? ", " : "", o->keys[i].expr,
		          o->keys[i].desc ? " DESC" : "");
}

/* "the rows after `values`" in the order `o`, values bound as parameters.
 * One direction throughout: a row comparison, which a btree index on the
 * keys answers as one range. Mixed directions have none, so the expanded
 * form, led by the first key's bound so that an index on it still limits
 * the scan. */
static void append_keyset(sb *out, sql_where *w, const list_order *o, char **values)
{
	int n[LIST_KEYS_MAX];
	int mixed = 0;
	for (size_t i = 0; i < o->n_keys; i++) {
		n[i] = sql_where_param(w, values[i]);
		mixed |= o->keys[i].desc != o->keys[0].desc;
	}
	const char *cast[] = {"::text", "::bigint"};
	if (o->keys[0].also)
		sb_printf(out, "%s %s $%d%s AND ", o->keys[0].also,
		          o->keys[0].desc ? "<=" : ">=", n[0], cast[o->keys[0].is_int]);
	if (!mixed) {
		sb_putc(out, '(');
		for (size_t i = 0; i < o->n_keys; i++)
			sb_printf(out, "%s%s", i ? ", " : "", o->keys[i].expr);
		sb_printf(out, ") %s (", o->keys[0].desc ? "<" : ">");
		for (size_t i = 0; i < o->n_keys; i++)
			sb_printf(out, "%s$%d%s", i ? ", " : "", n[i], cast[o->keys[i].is_int]);
		sb_putc(out, ')');
		return;
	}
	sb_printf(out, "%s %s $%d%s AND ", o->keys[0].expr, o->keys[0].desc ? "<=" : ">=", n[0],
	          cast[o->keys[0].is_int]);
	for (size_t i = 0; i < o->n_keys; i++) {
		const list_key *k = &o->keys[i];
		const char *c = cast[k->is_int];
		if (i + 1 < o->n_keys)
			sb_printf(out, "(%s %s $%d%s OR (%s = $%d%s AND ", k->expr,
			          k->desc ? "<" : ">", n[i], c, k->expr, n[i], c);
		else
			sb_printf(out, "%s %s $%d%s", k->expr, k->desc ? "<" : ">", n[i], c);
	}
	for (size_t i = 0; i + 1 < o->n_keys; i++)
		sb_puts(out, "))");
}

/* The planner's estimate of the rows of `from` `where` (its first n_params
 * parameters), or -1 with the error reply in `res`. */
static long long planned_rows(http_response *res, const char *from, const sql_where *where,
                              int n_params)
{
	long long rows = -1;
	sb sql = SB_INIT;
	sb_printf(&sql, "EXPLAIN (FORMAT JSON) SELECT 1 FROM %s%s", from, sb_str(&where->clause));
	PGresult *pg = db_query(res, sb_str(&sql), n_params, (const char *const *)where->params);
	if (!pg)
		goto out;
	json_t *plan = PQntuples(pg) == 1 ? json_loads(PQgetvalue(pg, 0, 0), 0, NULL) : NULL;
	json_t *n = json_object_get(json_object_get(json_array_get(plan, 0), "Plan"), "Plan Rows");
	rows = json_is_number(n) ? (long long)json_number_value(n) : 0;
	json_decref(plan);
	PQclear(pg);
out:
	sb_free(&sql);
	return rows;
}

static const char *const count_applied[] = {NULL, "count=exact", "count=planned",
                                            "count=estimated"};

static void run_list(const http_request *req, http_response *res, const char *select,
                     const char *from, sql_where *where, const char *order_text,
                     const list_order *keyed, const paging *page, const col_spec *cols,
                     size_t n_cols)
{
	char *values[LIST_KEYS_MAX] = {NULL};
	int ints[LIST_KEYS_MAX] = {0};
	char *next_after = NULL;
	PGresult *pg = NULL;
	sb order = SB_INIT, clause = SB_INIT, sql = SB_INIT, page_sql = SB_INIT;
	int n_filter = (int)where->n_params;
	if (keyed) {
		append_order(&order, keyed);
		for (size_t i = 0; i < keyed->n_keys; i++)
			ints[i] = keyed->keys[i].is_int;
	} else {
		sb_puts(&order, order_text);
	}
	if (req->format == FORMAT_CSV) {
		/* Downloads stream from a cursor, whatever their length; they
		 * are the whole list (or limit and offset), not keyset pages. */
		if (page->after)
			reply_problem(
			    res, 400, "invalid_parameter",
			    "after pages JSON lists; a CSV download takes limit and offset",
			    "after");
		else
			csv_stream_reply(req, res, select, from, where, sb_str(&order), page, cols,
			                 n_cols);
		goto out;
	}
	sb_puts(&clause, sb_str(&where->clause));
	if (page->after) {
		if (!keyed ||
		    list_cursor_decode(page->after, keyed->name, ints, keyed->n_keys, values) < 0) {
			reply_problem(res, 400, "invalid_parameter",
			              "after must be the next_after of a page of this list with the"
			              " same sort",
			              "after");
			goto out;
		}
		sb_puts(&clause, clause.len ? " AND " : " WHERE ");
		append_keyset(&clause, where, keyed, values);
	}
	/* One row more than the page tells whether a next page exists. A
	 * count in the same statement (exact, estimated) comes as the first
	 * column of every row, with a row even for an empty page: the page is
	 * then a LATERAL subquery whose rows are numbered above its LIMIT (so
	 * that its select list is computed for the page's rows only), the extra
	 * row marked by a NULL _row, and ORDER BY _n keeps their order. Without
	 * one the page is the plain ordered query, and the extra row is the
	 * last: no window and no second sort for PostgreSQL to run. */
	int counted = req->count == COUNT_EXACT || req->count == COUNT_ESTIMATED;
	int end_n = counted ? sql_where_param_long(where, page->limit) : 0;
	int limit_n = sql_where_param_long(where, page->limit + 1);
	int offset_n = sql_where_param_long(where, page->offset);
	if (counted)
		sb_printf(&page_sql,
		          "SELECT CASE WHEN row_number() OVER () <= $%d THEN true END AS _row,"
		          " row_number() OVER () AS _n, q.* FROM (SELECT %s",
		          end_n, select);
	else
		sb_printf(&page_sql, "SELECT %s", select);
	for (size_t i = 0; keyed && i < keyed->n_keys; i++)
		sb_printf(&page_sql, ", %s AS _k%zu", keyed->keys[i].expr, i);
	sb_printf(&page_sql, " FROM %s%s ORDER BY %s LIMIT $%d OFFSET $%d", from, sb_str(&clause),
	          sb_str(&order), limit_n, offset_n);
	if (counted)
		sb_puts(&page_sql, ") q ORDER BY _n");
	if (req->count == COUNT_EXACT)
		sb_printf(&sql,
		          "SELECT t._total, p.* FROM (SELECT count(*) AS _total FROM %s%s) t"
		          " LEFT JOIN LATERAL (%s) p ON true ORDER BY p._n",
		          from, sb_str(&where->clause), sb_str(&page_sql));
	else if (req->count == COUNT_ESTIMATED)
		sb_printf(&sql,
		          "SELECT t._total, p.* FROM (SELECT count(*) AS _total FROM"
		          " (SELECT 1 FROM %s%s LIMIT %d) c) t LEFT JOIN LATERAL (%s) p ON true"
		          " ORDER BY p._n",
		          from, sb_str(&where->clause), LIST_COUNT_EXACT_MAX + 1,
		          sb_str(&page_sql));
	else
		sb_puts(&sql, sb_str(&page_sql));
	pg = db_query(res, sb_str(&sql), (int)where->n_params, (const char *const *)where->params);
	if (!pg)
		goto out;
	list_meta meta = {.total = -1};
	if (counted)
		meta.total = PQntuples(pg) > 0 ? strtoll(PQgetvalue(pg, 0, 0), NULL, 10) : 0;
	if (req->count == COUNT_PLANNED ||
	    (req->count == COUNT_ESTIMATED && meta.total > LIST_COUNT_EXACT_MAX)) {
		long long planned = planned_rows(res, from, where, n_filter);
		if (planned < 0)
			goto out;
		/* Beyond the exact bound the estimate is all there is, but
		 * never fewer rows than were counted. */
		meta.total = req->count == COUNT_ESTIMATED && planned <= LIST_COUNT_EXACT_MAX
		                 ? LIST_COUNT_EXACT_MAX + 1
		                 : planned;
	}
	row_pick pick = {.skip_if_null = -1, .end = (int)page->limit};
	int last = -1;
	if (counted) {
		int row_col = PQfnumber(pg, "_row"), n_col = PQfnumber(pg, "_n");
		pick = (row_pick){.skip_if_null = row_col, .end = -1};
		for (int r = 0; r < PQntuples(pg); r++) {
			if (!PQgetisnull(pg, r, row_col))
				last = r;
			else if (!PQgetisnull(pg, r, n_col))
				meta.has_next = 1;
		}
	} else {
		meta.has_next = PQntuples(pg) > page->limit;
		last = (meta.has_next ? (int)page->limit : PQntuples(pg)) - 1;
	}
	if (keyed && meta.has_next && last >= 0) {
		const char *key_text[LIST_KEYS_MAX];
		char name[32];
		for (size_t i = 0; i < keyed->n_keys; i++) {
			snprintf(name, sizeof name, "_k%zu", i);
			key_text[i] = PQgetvalue(pg, last, PQfnumber(pg, name));
		}
		next_after = list_cursor_encode(keyed->name, key_text, ints, keyed->n_keys);
		meta.next_after = next_after;
	}
	reply_list_rows(req, res, pg, pick, &meta, page, cols, n_cols);
	if (res->status == 200 && count_applied[req->count])
		http_set_header(res, "Preference-Applied", count_applied[req->count]);
out:
	PQclear(pg);
	free(next_after);
	for (size_t i = 0; i < LIST_KEYS_MAX; i++)
		free(values[i]);
	sb_free(&page_sql);
	sb_free(&sql);
	sb_free(&clause);
	sb_free(&order);
}

void reply_list_query(const http_request *req, http_response *res, const char *select,
                      const char *from, sql_where *where, const char *order, const paging *page,
                      const col_spec *cols, size_t n_cols)
{
	run_list(req, res, select, from, where, order, NULL, page, cols, n_cols);
}

void reply_list_query_keyed(const http_request *req, http_response *res, const char *select,
                            const char *from, sql_where *where, const list_order *order,
                            const paging *page, const col_spec *cols, size_t n_cols)
{
	run_list(req, res, select, from, where, NULL, order, page, cols, n_cols);
}
