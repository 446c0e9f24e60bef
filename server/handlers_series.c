/* Series of indicators, ready for a chart: /indicators/{id}/series (one
 * indicator) and /series?indicator=1,2,3 (several in one call), both over
 * an optional year range (from, to) and with each reported result's
 * comparison with the year before on the point itself (series_sql.h). */
#include "handlers.h"

#include "db_pool.h"
#include "list_query.h"
#include "params.h"
#include "reply.h"
#include "series_sql.h"
#include "sql_where.h"

#include <stdio.h>

#define ORG_MAX_CHARS 200
#define YEAR_MIN      1949
#define YEAR_MAX      2200

static const col_spec series_cols[] = {
    {"indicator_id", COL_INT},
    {"organization", COL_TEXT},
    {"period_year", COL_INT},
    {"kind", COL_TEXT},
    {"source", COL_TEXT},
    {"measure", COL_TEXT},
    {"value", COL_DECIMAL},
    {"unit", COL_TEXT},
    {"comparable_value", COL_DECIMAL},
    {"comparable_unit", COL_TEXT},
    {"yoy_pct", COL_DECIMAL},
    {"yoy_points", COL_DECIMAL},
    {"qualifier", COL_TEXT},
    {"metric_id", COL_INT},
    {"section_id", COL_INT},
    {"report_id", COL_INT},
    {"base_year", COL_INT},
    {"base_source", COL_TEXT},
    {"base_value", COL_DECIMAL},
    {"base_comparable_value", COL_DECIMAL},
    {"change", COL_DECIMAL},
    {"change_comparable", COL_DECIMAL},
    {"change_pct", COL_DECIMAL},
    {"change_points", COL_DECIMAL},
    {"discrepancy", COL_DECIMAL},
    {"discrepancy_flag", COL_BOOL},
    {"note", COL_TEXT},
};
#define N_SERIES_COLS (sizeof series_cols / sizeof series_cols[0])

static const char series_select[] =
    "indicator_id, organization, period_year, kind, source, measure, value, unit,"
    " comparable_value, comparable_unit, yoy_pct, yoy_points, qualifier, metric_id, section_id,"
    " report_id, base_year, base_source, base_value, base_comparable_value, change,"
    " change_comparable, change_pct, change_points, discrepancy, discrepancy_flag, note";

/* org, from, to: the filters both routes take. Returns -1 with a 400, else
 * the number of filters given. */
static int series_filters(const http_request *req, http_response *res, sql_where *where)
{
	const char *org;
	int has_from, has_to;
	long from = YEAR_MIN, to = YEAR_MAX;
	if (param_text(req, res, "org", ORG_MAX_CHARS, &org) < 0 ||
	    param_long(req, res, "from", YEAR_MIN, YEAR_MAX, &has_from, &from) < 0 ||
	    param_long(req, res, "to", YEAR_MIN, YEAR_MAX, &has_to, &to) < 0)
		return -1;
	if (from > to) {
		reply_problem(res, 400, "invalid_parameter", "from must not be after to", "from");
		return -1;
	}
	if (org)
		sql_where_add(where, "p.organization = $?", org);
	if (has_from)
		sql_where_add_long(where, "p.period_year >= $?", from);
	if (has_to)
		sql_where_add_long(where, "p.period_year <= $?", to);
	return (org != NULL) + has_from + has_to;
}

void handle_indicator_series(const http_request *req, http_response *res)
{
	char id_text[PARAM_ID_TEXT_LEN];
	paging page;
	sql_where where = SQL_WHERE_INIT;
	if (param_path_id_text(req, res, 0, id_text) < 0)
		goto out;
	sql_where_param(&where, id_text); /* $1 of the FROM */
	int filters = series_filters(req, res, &where);
	if (filters < 0 || param_paging(req, res, &page) < 0)
		goto out;
	const char *params[] = {id_text};
	PGresult *pg = db_query(res, "SELECT 1 FROM indicators WHERE id = $1::bigint", 1, params);
	if (!pg)
		goto out;
	int exists = PQntuples(pg) > 0;
	PQclear(pg);
	if (!exists) {
		reply_problem(res, 404, "not_found", "No indicator has this id.", NULL);
		goto out;
	}
	/* A JSON page of all organisations' points without a count: the first
	 * offset + limit + 1 of each branch (series_sql.h), $2 of the FROM. */
	const char *from = SERIES_WITH_CHANGE("$1::bigint") " p";
	if (filters == 0 && req->format == FORMAT_JSON && req->count == COUNT_NONE) {
		sql_where_param_long(&where, page.offset + page.limit + 1);
		from = SERIES_FIRST_WITH_CHANGE("$1::bigint", "$2::bigint") " p";
	}
	reply_list_query(req, res, series_select, from, &where,
	                 "organization, period_year, kind, source", &page, series_cols,
	                 N_SERIES_COLS);
out:
	sql_where_free(&where);
}

void handle_series(const http_request *req, http_response *res)
{
	long long ids[PARAM_ID_LIST_MAX];
	size_t n_ids;
	paging page;
	sql_where where = SQL_WHERE_INIT;
	PGresult *pg = NULL;
	if (param_id_list(req, res, "indicator", ids, &n_ids) < 0)
		goto out;
	if (n_ids == 0) {
		reply_problem(res, 400, "missing_parameter", "indicator is required", "indicator");
		goto out;
	}
	sql_where_param_ids(&where, ids, n_ids); /* $1 of the FROM and ORDER BY */
	if (series_filters(req, res, &where) < 0 || param_paging(req, res, &page) < 0)
		goto out;
	/* An id that names no indicator is a mistake to report, not a series
	 * to leave out silently. */
	const char *params[] = {where.params[0]};
	pg = db_query(res,
	              "SELECT min(x) FROM unnest($1::bigint[]) x"
	              " WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = x)",
	              1, params);
	if (!pg)
		goto out;
	if (!PQgetisnull(pg, 0, 0)) {
		char detail[96];
		snprintf(detail, sizeof detail, "No indicator has id %s.", PQgetvalue(pg, 0, 0));
		reply_problem(res, 400, "invalid_parameter", detail, "indicator");
		goto out;
	}
	/* In the order the ids were asked for, then as the one-indicator series. */
	reply_list_query(req, res, series_select, SERIES_WITH_CHANGE("ANY ($1::bigint[])") " p",
	                 &where,
	                 "array_position($1::bigint[], indicator_id), organization, period_year,"
	                 " kind, source",
	                 &page, series_cols, N_SERIES_COLS);
out:
	PQclear(pg);
	sql_where_free(&where);
}
