/* /api/v1/reports and /api/v1/reports/{id}. */
#include "db_pool.h"
#include "handlers.h"
#include "list_query.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The counts are kept on the report by triggers (migration 0016), not
 * counted per row shown. */
#define REPORT_SELECT                                                                              \
	"r.id, r.organization, r.year, r.kind, r.title, r.source_file, r.content_hash,"            \
	" to_char(r.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"             \
	" AS imported_at, r.sections_count, r.metrics_count"

static const col_spec report_cols[] = {
    {"id", COL_INT},
    {"organization", COL_TEXT},
    {"year", COL_INT},
    {"kind", COL_TEXT},
    {"title", COL_TEXT},
    {"source_file", COL_TEXT},
    {"content_hash", COL_TEXT},
    {"imported_at", COL_TEXT},
    {"sections_count", COL_INT},
    {"metrics_count", COL_INT},
};
#define N_REPORT_COLS (sizeof report_cols / sizeof report_cols[0])

/* Newest first; (organization, year, kind) is unique, id breaks no tie
 * but keeps the order total should that constraint ever go. */
static const list_order report_order = {"year",
                                        {{"r.year", 1, 1, NULL},
                                         {"r.organization", 0, 0, NULL},
                                         {"r.kind", 0, 0, NULL},
                                         {"r.id", 1, 0, NULL}},
                                        4};

void handle_reports_list(const http_request *req, http_response *res)
{
	paging page;
	const char *org, *kind;
	int has_year;
	long year;
	if (param_paging(req, res, &page) < 0 || param_text(req, res, "org", 200, &org) < 0 ||
	    param_text(req, res, "kind", 100, &kind) < 0 ||
	    param_long(req, res, "year", 1949, 2200, &has_year, &year) < 0)
		return;
	sql_where w = SQL_WHERE_INIT;
	if (org)
		sql_where_add(&w, "r.organization = $?", org);
	if (kind)
		sql_where_add(&w, "r.kind = $?", kind);
	if (has_year)
		sql_where_add_long(&w, "r.year = $?", year);
	reply_list_query_keyed(req, res, REPORT_SELECT, "reports r", &w, &report_order, &page,
	                       report_cols, N_REPORT_COLS);
	sql_where_free(&w);
}

static const col_spec outline_cols[] = {
    {"id", COL_INT},     {"level", COL_INT},    {"role", COL_TEXT},
    {"label", COL_TEXT}, {"heading", COL_TEXT}, {"is_plan", COL_BOOL},
};
#define N_OUTLINE_COLS (sizeof outline_cols / sizeof outline_cols[0])

/* The section tree of a report, from rows in document order (parents come
 * before their children). Returns a new reference. */
static json_t *outline_tree(const PGresult *pg)
{
	int n = PQntuples(pg);
	int parent_col = PQfnumber(pg, "parent_id");
	json_t *roots = json_array();
	long long *ids = xcalloc((size_t)n + 1, sizeof *ids);
	json_t **children = xcalloc((size_t)n + 1, sizeof *children);
	for (int i = 0; i < n; i++) {
		json_t *node = row_to_json(pg, i, outline_cols, N_OUTLINE_COLS);
		ids[i] = json_integer_value(json_object_get(node, "id"));
		children[i] = json_array();
		json_object_set(node, "children", children[i]);
		json_t *siblings = roots;
		if (!PQgetisnull(pg, i, parent_col)) {
			long long parent = strtoll(PQgetvalue(pg, i, parent_col), NULL, 10);
			/* The parent is usually just before: search backwards. */
			for (int j = i - 1; j >= 0; j--)
				if (ids[j] == parent) {
					siblings = children[j];
					break;
				}
		}
		json_array_append_new(siblings, node);
	}
	for (int i = 0; i < n; i++)
		json_decref(children[i]);
	free(children);
	free(ids);
	return roots;
}

void handle_report_get(const http_request *req, http_response *res)
{
	char id_text[PARAM_ID_TEXT_LEN];
	if (param_path_id_text(req, res, 0, id_text) < 0)
		return;
	const char *params[] = {id_text};
	/* Both on the id alone: one round trip (db_query_batch). */
	const db_stmt stmts[] = {
	    {"SELECT " REPORT_SELECT " FROM reports r WHERE r.id = $1", 1, params},
	    {"SELECT id, parent_id, level, role, label, heading, is_plan"
	     " FROM sections WHERE report_id = $1 ORDER BY position",
	     1, params},
	};
	PGresult *r[2];
	if (db_query_batch(res, stmts, 2, r) < 0)
		return;
	if (PQntuples(r[0]) == 0) {
		reply_problem(res, 404, "not_found", "No report has this id.", NULL);
		goto out;
	}
	json_t *report = row_to_json(r[0], 0, report_cols, N_REPORT_COLS);
	json_object_set_new(report, "outline", outline_tree(r[1]));
	reply_json(res, 200, report);
out:
	PQclear(r[1]);
	PQclear(r[0]);
}
