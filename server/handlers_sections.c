/* /api/v1/sections (list and search) and /api/v1/sections/{id}. */
#include "db_pool.h"
#include "handlers.h"
#include "list_query.h"
#include "metric_rows.h"
#include "row_text.h"

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

/* The statements of a section's page, all on its id and independent of
 * each other: sent together (db_query_batch), one round trip. */
enum { Q_SECTION, Q_REPORT, Q_ANCESTORS, Q_CHILDREN, Q_METRICS, N_SECTION_QUERIES };
static const char *const section_sql[N_SECTION_QUERIES] = {
    [Q_SECTION] = "SELECT id, report_id, parent_id, position, level, role, label, heading,"
                  " is_plan, body, char_start, body_start, char_end"
                  " FROM sections WHERE id = $1",
    [Q_REPORT] = "SELECT r.id, r.organization, r.year, r.kind, r.title FROM reports r"
                 " JOIN sections s ON s.report_id = r.id WHERE s.id = $1",
    /* Root first: depth counts up from the parent. */
    [Q_ANCESTORS] = "WITH RECURSIVE up AS ("
                    " SELECT parent_id AS id, 1 AS depth FROM sections WHERE id = $1"
                    " UNION ALL"
                    " SELECT s.parent_id, up.depth + 1 FROM sections s JOIN up ON s.id = up.id"
                    " WHERE s.parent_id IS NOT NULL)"
                    " SELECT s.id, s.level, s.label, s.heading"
                    " FROM up JOIN sections s ON s.id = up.id ORDER BY up.depth DESC",
    [Q_CHILDREN] = "SELECT id, level, label, heading FROM sections"
                   " WHERE parent_id = $1 ORDER BY position",
    [Q_METRICS] =
        "SELECT " METRIC_SELECT " FROM " METRIC_FROM " WHERE m.section_id = $1 ORDER BY m.position",
};

void handle_section_get(const http_request *req, http_response *res)
{
	char id_text[PARAM_ID_TEXT_LEN];
	if (param_path_id_text(req, res, 0, id_text) < 0)
		return;
	const char *params[] = {id_text};
	db_stmt stmts[N_SECTION_QUERIES];
	for (int q = 0; q < N_SECTION_QUERIES; q++)
		stmts[q] = (db_stmt){.sql = section_sql[q], .n_params = 1, .params = params};
	PGresult *r[N_SECTION_QUERIES];
	if (db_query_batch(res, stmts, N_SECTION_QUERIES, r) < 0)
		return;
	if (PQntuples(r[Q_SECTION]) == 0) {
		reply_problem(res, 404, "not_found", "No section has this id.", NULL);
		goto out;
	}
	/* The bytes reply_json gave for the object built from these rows
	 * (row_text.h), written directly: the section's object, reopened for
	 * the members it gathers. */
	sb *body = reply_body(res, 200, "application/json");
	row_write_json(body, r[Q_SECTION], 0, section_cols, N_OF(section_cols));
	sb_truncate(body, body->len - 1); /* its closing brace */
	sb_puts(body, ",\"report\":");
	if (PQntuples(r[Q_REPORT]))
		row_write_json(body, r[Q_REPORT], 0, report_ref_cols, N_OF(report_ref_cols));
	else
		sb_puts(body, "null");
	sb_puts(body, ",\"breadcrumb\":");
	rows_write_json(body, r[Q_ANCESTORS], ROWS_ALL, section_ref_cols, N_OF(section_ref_cols));
	sb_puts(body, ",\"children\":");
	rows_write_json(body, r[Q_CHILDREN], ROWS_ALL, section_ref_cols, N_OF(section_ref_cols));
	sb_puts(body, ",\"metrics\":");
	rows_write_json(body, r[Q_METRICS], ROWS_ALL, metric_cols, n_metric_cols);
	sb_putc(body, '}');
out:
	for (int q = 0; q < N_SECTION_QUERIES; q++)
		PQclear(r[q]);
}
