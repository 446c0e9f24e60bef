#include "sql_where.h"

#include "log.h"
#include "urlcodec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sql_where_param(sql_where *w, const char *value)
{
	if (w->n_params >= SQL_WHERE_MAX_PARAMS) {
		/* The handlers use a fixed, small number of filters. */
		log_error("too many SQL parameters");
		abort();
	}
	w->params[w->n_params++] = xstrdup(value);
	return (int)w->n_params;
}

int sql_where_param_long(sql_where *w, long long value)
{
	char text[32];
	snprintf(text, sizeof text, "%lld", value);
	return sql_where_param(w, text);
}

int sql_where_add(sql_where *w, const char *fragment, const char *value)
{
	int n = value ? sql_where_param(w, value) : 0;
	sb_puts(&w->clause, w->clause.len ? " AND " : " WHERE ");
	const char *mark = strstr(fragment, "$?");
	if (!mark) {
		sb_puts(&w->clause, fragment);
		return n;
	}
	sb_append(&w->clause, fragment, (size_t)(mark - fragment));
	sb_printf(&w->clause, "$%d", n);
	sb_puts(&w->clause, mark + 2);
	return n;
}

int sql_where_add_long(sql_where *w, const char *fragment, long long value)
{
	char text[32];
	snprintf(text, sizeof text, "%lld", value);
	return sql_where_add(w, fragment, text);
}

static char *ids_text(const long long *ids, size_t n)
{
	sb list = SB_INIT;
	for (size_t i = 0; i < n; i++)
		sb_printf(&list, "%s%lld", i ? "," : "{", ids[i]);
	sb_putc(&list, '}');
	return sb_take(&list);
}

int sql_where_add_ids(sql_where *w, const char *fragment, const long long *ids, size_t n)
{
	char *text = ids_text(ids, n);
	int k = sql_where_add(w, fragment, text);
	free(text);
	return k;
}

int sql_where_param_ids(sql_where *w, const long long *ids, size_t n)
{
	char *text = ids_text(ids, n);
	int k = sql_where_param(w, text);
	free(text);
	return k;
}

void sql_where_free(sql_where *w)
{
	sb_free(&w->clause);
	for (size_t i = 0; i < w->n_params; i++)
		free(w->params[i]);
	w->n_params = 0;
}

char *sql_like_escape(const char *s)
{
	sb b = SB_INIT;
	for (; *s; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			sb_putc(&b, '\\');
		sb_putc(&b, *s);
	}
	return sb_take(&b);
}

void sql_where_contains(sql_where *w, const char *index_fn, const char *expr, const char *text)
{
	sb cond = SB_INIT;
	if (utf8_length(text) >= 2) {
		sb_printf(&cond, "%s(%s) @> text_bigrams($?)", index_fn, expr);
		sql_where_add(w, sb_str(&cond), text);
		sb_truncate(&cond, 0);
	}
	char *pattern = sql_like_escape(text);
	sb_printf(&cond, "lower(%s) LIKE '%%' || lower($?) || '%%'", expr);
	sql_where_add(w, sb_str(&cond), pattern);
	free(pattern);
	sb_free(&cond);
}
