/* /api/v1/metrics and /api/v1/metrics/{id}. */
#include "db_pool.h"
#include "handlers.h"
#include "list_query.h"
#include "metric_rows.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

const col_spec metric_cols[] = {
    {"id", COL_INT},           {"report_id", COL_INT},       {"section_id", COL_INT},
    {"indicator_id", COL_INT}, {"organization", COL_TEXT},   {"report_year", COL_INT},
    {"position", COL_INT},     {"name", COL_TEXT},           {"value", COL_DECIMAL},
    {"unit", COL_TEXT},        {"base_value", COL_DECIMAL},  {"base_unit", COL_TEXT},
    {"qualifier", COL_TEXT},   {"qualifier_text", COL_TEXT}, {"approx", COL_BOOL},
    {"yoy_pct", COL_DECIMAL},  {"yoy_points", COL_DECIMAL},  {"is_target", COL_BOOL},
    {"is_ranking", COL_BOOL},  {"period_year", COL_INT},     {"against_year", COL_INT},
    {"quote", COL_TEXT},       {"span_start", COL_INT},      {"span_end", COL_INT},
};
const size_t n_metric_cols = sizeof metric_cols / sizeof metric_cols[0];

/* sort= values and their ORDER BY. `value` and `base_value` order within a
 * unit first: 3 亿元 and 3 家 are not comparable, and neither are 元 and 家
 * in base units; base_value does compare 亿元 with 万元 (both in 元). */
typedef struct sort_key {
	const char *name;
	const char *asc;
	const char *desc;
} sort_key;

static const sort_key sort_keys[] = {
    {"position", "m.report_id, m.position", "m.report_id DESC, m.position DESC"},
    {"value", "m.unit, m.value", "m.unit, m.value DESC"},
    {"base_value", "m.base_unit, m.base_value", "m.base_unit, m.base_value DESC"},
    {"name", "m.name", "m.name DESC"},
    {"yoy_pct", "m.yoy_pct NULLS LAST", "m.yoy_pct DESC NULLS LAST"},
    {"yoy_points", "m.yoy_points NULLS LAST", "m.yoy_points DESC NULLS LAST"},
    {"period_year", "m.period_year NULLS LAST", "m.period_year DESC NULLS LAST"},
    {"year", "r.year, m.report_id, m.position", "r.year DESC, m.report_id, m.position"},
    {"id", "m.id", "m.id DESC"},
};
#define N_SORT_KEYS (sizeof sort_keys / sizeof sort_keys[0])

/* "name" or "-name" for each key: the allowed values of sort=. */
static const char *const sort_values[] = {
    "position", "-position", "value",    "-value",     "base_value",  "-base_value", "name",
    "-name",    "yoy_pct",   "-yoy_pct", "yoy_points", "-yoy_points", "period_year", "-period_year",
    "year",     "-year",     "id",       "-id",        NULL,
};

/* The sorts after= can continue: the same orders as sort_keys (whose
 * trailing m.id adds nothing once the keys are unique), on NOT NULL
 * columns. value, base_value, yoy_* and period_year page by offset only:
 * their NULLs and units would need a cursor per case. */
static const list_order keyset_orders[] = {
    {"position", {{"m.report_id", 1, 0, "r.id"}, {"m.position", 1, 0, NULL}}, 2},
    {"-position", {{"m.report_id", 1, 1, "r.id"}, {"m.position", 1, 1, NULL}}, 2},
    {"name", {{"m.name", 0, 0, NULL}, {"m.id", 1, 0, NULL}}, 2},
    {"-name", {{"m.name", 0, 1, NULL}, {"m.id", 1, 0, NULL}}, 2},
    {"year", {{"r.year", 1, 0, NULL}, {"m.report_id", 1, 0, NULL}, {"m.position", 1, 0, NULL}}, 3},
    {"-year", {{"r.year", 1, 1, NULL}, {"m.report_id", 1, 0, NULL}, {"m.position", 1, 0, NULL}}, 3},
    {"id", {{"m.id", 1, 0, NULL}}, 1},
    {"-id", {{"m.id", 1, 1, NULL}}, 1},
};

/* The position orders of one indicator's figures, walked in
 * metric_matches_indicator_order_idx (migration 0015), whose report and
 * position are the figure's: the same order and cursors as "position". */
static const list_order indicator_orders[] = {
    {"position", {{"mm.report_id", 1, 0, NULL}, {"mm.position", 1, 0, NULL}}, 2},
    {"-position", {{"mm.report_id", 1, 1, NULL}, {"mm.position", 1, 1, NULL}}, 2},
};
#define METRIC_FROM_INDICATOR                                                                      \
	"metric_matches mm JOIN metrics m ON m.id = mm.metric_id"                                  \
	" JOIN reports r ON r.id = m.report_id"

static const list_order *keyset_order(const char *sort)
{
	for (size_t i = 0; i < sizeof keyset_orders / sizeof keyset_orders[0]; i++)
		if (strcmp(keyset_orders[i].name, sort ? sort : "position") == 0)
			return &keyset_orders[i];
	return NULL;
}

static const char *order_by(const char *sort)
{
	if (!sort)
		return sort_keys[0].asc;
	int desc = sort[0] == '-';
	for (size_t i = 0; i < N_SORT_KEYS; i++)
		if (strcmp(sort_keys[i].name, sort + desc) == 0)
			return desc ? sort_keys[i].desc : sort_keys[i].asc;
	return sort_keys[0].asc;
}

void handle_metrics_list(const http_request *req, http_response *res)
{
	static const char *const kinds[] = {"target", "result", NULL};
	paging page;
	const char *org, *name, *unit, *kind, *sort;
	int has_report, has_year, has_section, has_period, has_yoy_p;
	long report, year, section, period;
	int has_yoy = 0;
	long long indicators[PARAM_ID_LIST_MAX];
	size_t n_indicators;
	if (param_paging(req, res, &page) < 0 ||
	    param_long(req, res, "report", 1, LONG_MAX, &has_report, &report) < 0 ||
	    param_text(req, res, "org", 200, &org) < 0 ||
	    param_long(req, res, "year", 1949, 2200, &has_year, &year) < 0 ||
	    param_long(req, res, "period_year", 1949, 2200, &has_period, &period) < 0 ||
	    param_long(req, res, "section", 1, LONG_MAX, &has_section, &section) < 0 ||
	    param_text(req, res, "name", 100, &name) < 0 ||
	    param_text(req, res, "unit", 20, &unit) < 0 ||
	    param_enum(req, res, "kind", kinds, &kind) < 0 ||
	    param_bool(req, res, "has_yoy", &has_yoy_p, &has_yoy) < 0 ||
	    param_enum(req, res, "sort", sort_values, &sort) < 0 ||
	    param_id_list(req, res, "indicator", indicators, &n_indicators) < 0)
		return;
	sql_where w = SQL_WHERE_INIT;
	if (has_report)
		sql_where_add_long(&w, "m.report_id = $?", report);
	if (org) {
		/* The organisation's report ids first (an InitPlan on
		 * reports_org_year_kind_key), then their figures by
		 * metrics_report_position_key. As a join condition on r, the
		 * planner walked all figures in position order until it found
		 * 101 of that organisation: 510 ms at 1,000 reports, 0.4 ms so
		 * (bench/scale_bench.sh, metrics-org). */
		sql_where_add(&w,
		              "m.report_id = ANY (ARRAY(SELECT id FROM reports"
		              " WHERE organization = $?))",
		              org);
		/* Said again of r, so that the join reads those few reports
		 * too, not reports_pkey from its first id up to theirs. */
		sql_where_add(&w, "r.organization = $?", org);
	}
	if (has_year)
		sql_where_add_long(&w, "r.year = $?", year);
	if (has_period)
		sql_where_add_long(&w, "m.period_year = $?", period);
	if (has_section)
		/* The section and everything under it. */
		sql_where_add_long(&w,
		                   "m.section_id IN (WITH RECURSIVE sub AS (SELECT id FROM sections"
		                   " WHERE id = $? UNION ALL SELECT s.id FROM sections s"
		                   " JOIN sub ON s.parent_id = sub.id) SELECT id FROM sub)",
		                   section);
	if (name)
		sql_where_contains(&w, "text_bigrams", "m.name", name);
	if (unit)
		sql_where_add(&w, "m.unit = $?", unit);
	if (kind)
		sql_where_add(&w, strcmp(kind, "target") == 0 ? "m.is_target" : "NOT m.is_target",
		              NULL);
	if (has_yoy_p)
		sql_where_add(&w,
		              has_yoy ? "(m.yoy_pct IS NOT NULL OR m.yoy_points IS NOT NULL)"
		                      : "(m.yoy_pct IS NULL AND m.yoy_points IS NULL)",
		              NULL);
	const list_order *keyed = keyset_order(sort);
	const char *from = METRIC_FROM;
	if (n_indicators == 1 && keyed &&
	    strcmp(keyed->name + (keyed->name[0] == '-'), "position") == 0) {
		/* One indicator in position order (the default): its matches in
		 * index order, each joined to its figure, up to the page's end
		 * (migration 0015). */
		sql_where_add_long(&w, "mm.indicator_id = $?::bigint", indicators[0]);
		keyed = &indicator_orders[keyed->name[0] == '-'];
		from = METRIC_FROM_INDICATOR;
	} else if (n_indicators > 0)
		/* Several indicators, or another order: the figures matched to
		 * them as an array first (an InitPlan on metric_matches'
		 * indicator index), then by metrics_pkey, as org= does with its
		 * reports. As a semi-join the generic plan hashed the matches
		 * and scanned every figure: 740 ms at 2 million figures for an
		 * indicator of 26,000, 263 ms so (EXPLAIN ANALYZE EXECUTE,
		 * force_generic_plan, bench/scale_bench.sh's 10x data). This
		 * still grows with the indicators' matches: a page of several
		 * would be a merge of their index walks, which a generic plan's
		 * = ANY does not give in PostgreSQL 15. */
		sql_where_add_ids(&w,
		                  "m.id = ANY (ARRAY(SELECT mm.metric_id FROM metric_matches mm"
		                  " WHERE mm.indicator_id = ANY ($?::bigint[])))",
		                  indicators, n_indicators);
	char order[160];
	snprintf(order, sizeof order, "%s, m.id", order_by(sort));
	if (keyed)
		reply_list_query_keyed(req, res, METRIC_SELECT, from, &w, keyed, &page, metric_cols,
		                       n_metric_cols);
	else
		reply_list_query(req, res, METRIC_SELECT, from, &w, order, &page, metric_cols,
		                 n_metric_cols);
	sql_where_free(&w);
}

void handle_metric_get(const http_request *req, http_response *res)
{
	char id_text[PARAM_ID_TEXT_LEN];
	if (param_path_id_text(req, res, 0, id_text) < 0)
		return;
	const char *params[] = {id_text};
	PGresult *pg = db_query(
	    res, "SELECT " METRIC_SELECT " FROM " METRIC_FROM " WHERE m.id = $1", 1, params);
	if (!pg)
		return;
	if (PQntuples(pg) == 0)
		reply_problem(res, 404, "not_found", "No metric has this id.", NULL);
	else
		reply_json(res, 200, row_to_json(pg, 0, metric_cols, n_metric_cols));
	PQclear(pg);
}
