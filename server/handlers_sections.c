/* /api/v1/sections (list and search) and /api/v1/sections/{id}. */
#include "db_pool.h"
#include "handlers.h"
#include "list_query.h"
#include "metric_rows.h"

#include <limits.h>
#include <stdio.h>

/* Spelt as in the sections_report_search_idx definition (migrations/0009) so that
 * the planner uses that index for q=. */
#define SECTION_SEARCH_TEXT "coalesce(s.heading, '') || E'\\n' || s.body"

static const col_spec section_list_cols[] = {
    {"id", COL_INT},       {"report_id", COL_INT},  {"parent_id", COL_INT}, {"position", COL_INT},
    {"level", COL_INT},    {"role", COL_TEXT},      {"label", COL_TEXT},    {"heading", COL_TEXT},
    {"is_plan", COL_BOOL}, {"body_chars", COL_INT},
};
#define N_SECTION_LIST_COLS (sizeof section_list_cols / sizeof section_list_cols[0])

/* Document order; (report_id, position) is unique. */
static const list_order section_order = {
    "position", {{"s.report_id", 1, 0, "r.id"}, {"s.position", 1, 0, NULL}}, 2};

void handle_sections_list(const http_request *req, http_response *res)
{
	paging page;
	const char *q, *org;
	int has_report, has_level, has_year;
	long report, level, year;
	if (param_paging(req, res, &page) < 0 ||
	    param_long(req, res, "report", 1, LONG_MAX, &has_report, &report) < 0 ||
	    param_long(req, res, "level", 0, 4, &has_level, &level) < 0 ||
	    param_text(req, res, "org", 200, &org) < 0 ||
	    param_long(req, res, "year", 1949, 2200, &has_year, &year) < 0 ||
	    param_text(req, res, "q", 100, &q) < 0)
		return;
	sql_where w = SQL_WHERE_INIT;
	if (has_report)
		sql_where_add_long(&w, "s.report_id = $?", report);
	if (has_level)
		sql_where_add_long(&w, "s.level = $?", level);
	if (org) {
		/* As in handle_metrics_list: the report ids first. */
		sql_where_add(&w,
		              "s.report_id = ANY (ARRAY(SELECT id FROM reports"
		              " WHERE organization = $?))",
		              org);
		sql_where_add(&w, "r.organization = $?", org);
	}
	if (has_year)
		sql_where_add_long(&w, "r.year = $?", year);
	if (q)
		sql_where_contains(&w, "section_bigrams", SECTION_SEARCH_TEXT, q);
	reply_list_query_keyed(req, res,
	                       "s.id, s.report_id, s.parent_id, s.position, s.level, s.role,"
	                       " s.label, s.heading, s.is_plan, char_length(s.body) AS body_chars",
	                       "sections s JOIN reports r ON r.id = s.report_id", &w,
	                       &section_order, &page, section_list_cols, N_SECTION_LIST_COLS);
	sql_where_free(&w);
}

static const col_spec section_cols[] = {
    {"id", COL_INT},       {"report_id", COL_INT}, {"parent_id", COL_INT},  {"position", COL_INT},
    {"level", COL_INT},    {"role", COL_TEXT},     {"label", COL_TEXT},     {"heading", COL_TEXT},
    {"is_plan", COL_BOOL}, {"body", COL_TEXT},     {"char_start", COL_INT}, {"body_start", COL_INT},
    {"char_end", COL_INT},
};
static const col_spec report_ref_cols[] = {
    {"id", COL_INT},    {"organization", COL_TEXT}, {"year", COL_INT},
    {"kind", COL_TEXT}, {"title", COL_TEXT},
};
static const col_spec section_ref_cols[] = {
    {"id", COL_INT},
    {"level", COL_INT},
    {"label", COL_TEXT},
    {"heading", COL_TEXT},
};
#define N_OF(a) (sizeof(a) / sizeof(a)[0])

void handle_section_get(const http_request *req, http_response *res)
{
	char id_text[PARAM_ID_TEXT_LEN];
	if (param_path_id_text(req, res, 0, id_text) < 0)
		return;
	const char *params[] = {id_text};
	PGresult *section = NULL, *report = NULL, *ancestors = NULL, *children = NULL,
	         *metrics = NULL;
	section = db_query(res,
	                   "SELECT id, report_id, parent_id, position, level, role, label, heading,"
	                   " is_plan, body, char_start, body_start, char_end"
	                   " FROM sections WHERE id = $1",
	                   1, params);
	if (!section)
		goto out;
	if (PQntuples(section) == 0) {
		reply_problem(res, 404, "not_found", "No section has this id.", NULL);
		goto out;
	}
	report = db_query(res,
	                  "SELECT r.id, r.organization, r.year, r.kind, r.title FROM reports r"
	                  " JOIN sections s ON s.report_id = r.id WHERE s.id = $1",
	                  1, params);
	if (!report)
		goto out;
	/* Root first: depth counts up from the parent. */
	ancestors =
	    db_query(res,
	             "WITH RECURSIVE up AS ("
	             " SELECT parent_id AS id, 1 AS depth FROM sections WHERE id = $1"
	             " UNION ALL"
	             " SELECT s.parent_id, up.depth + 1 FROM sections s JOIN up ON s.id = up.id"
	             " WHERE s.parent_id IS NOT NULL)"
	             " SELECT s.id, s.level, s.label, s.heading"
	             " FROM up JOIN sections s ON s.id = up.id ORDER BY up.depth DESC",
	             1, params);
	if (!ancestors)
		goto out;
	children = db_query(res,
	                    "SELECT id, level, label, heading FROM sections"
	                    " WHERE parent_id = $1 ORDER BY position",
	                    1, params);
	if (!children)
		goto out;
	metrics = db_query(res,
	                   "SELECT " METRIC_SELECT " FROM " METRIC_FROM
	                   " WHERE m.section_id = $1 ORDER BY m.position",
	                   1, params);
	if (!metrics)
		goto out;
	json_t *body = row_to_json(section, 0, section_cols, N_OF(section_cols));
	json_object_set_new(body, "report",
	                    PQntuples(report)
	                        ? row_to_json(report, 0, report_ref_cols, N_OF(report_ref_cols))
	                        : json_null());
	json_object_set_new(body, "breadcrumb",
	                    rows_to_json(ancestors, -1, section_ref_cols, N_OF(section_ref_cols)));
	json_object_set_new(body, "children",
	                    rows_to_json(children, -1, section_ref_cols, N_OF(section_ref_cols)));
	json_object_set_new(body, "metrics", rows_to_json(metrics, -1, metric_cols, n_metric_cols));
	reply_json(res, 200, body);
out:
	PQclear(metrics);
	PQclear(children);
	PQclear(ancestors);
	PQclear(report);
	PQclear(section);
}
