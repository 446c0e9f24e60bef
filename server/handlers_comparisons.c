/* Year-over-year comparisons, targets against results, indicators and their
 * series. Every route reads rows that the import transaction (and report-admin)
 * precomputed per organisation — comparison_rows, target_rows,
 * indicator_points (migrations/0003_indicators.sql) — through their indexes;
 * only a comparison against a base year other than year - 1 is computed per
 * request, by compute_comparisons() over indicator_points of one
 * organisation. */
#include "handlers.h"

#include "db_pool.h"
#include "list_query.h"
#include "params.h"
#include "reply.h"
#include "sql_where.h"

#include <stdio.h>
#include <string.h>

#define ORG_MAX_CHARS  200
#define NAME_MAX_CHARS 200
#define YEAR_MIN       1949
#define YEAR_MAX       2200

#define N_COLS(a) (sizeof(a) / sizeof((a)[0]))

static const col_spec comparison_cols[] = {
    {"organization", COL_TEXT},
    {"year", COL_INT},
    {"indicator_id", COL_INT},
    {"indicator", COL_TEXT},
    {"name", COL_TEXT},
    {"matched", COL_BOOL},
    {"measure", COL_TEXT},
    {"metric_id", COL_INT},
    {"section_id", COL_INT},
    {"report_id", COL_INT},
    {"value", COL_DECIMAL},
    {"unit", COL_TEXT},
    {"comparable_value", COL_DECIMAL},
    {"comparable_unit", COL_TEXT},
    {"stated_yoy_pct", COL_DECIMAL},
    {"stated_yoy_points", COL_DECIMAL},
    {"base_year", COL_INT},
    {"base_source", COL_TEXT},
    {"base_metric_id", COL_INT},
    {"base_section_id", COL_INT},
    {"base_value", COL_DECIMAL},
    {"base_comparable_value", COL_DECIMAL},
    {"base_reported_value", COL_DECIMAL},
    {"base_reported_unit", COL_TEXT},
    {"change", COL_DECIMAL},
    {"change_comparable", COL_DECIMAL},
    {"change_pct", COL_DECIMAL},
    {"change_points", COL_DECIMAL},
    {"discrepancy", COL_DECIMAL},
    {"discrepancy_flag", COL_BOOL},
    {"note", COL_TEXT},
};

static const char comparison_select[] =
    "organization, year, indicator_id, indicator, name, matched, measure, metric_id, "
    "section_id, report_id, value, unit, comparable_value, comparable_unit, stated_yoy_pct, "
    "stated_yoy_points, base_year, base_source, base_metric_id, base_section_id, base_value, "
    "base_comparable_value, base_reported_value, base_reported_unit, change, "
    "change_comparable, change_pct, change_points, discrepancy, discrepancy_flag, note";

static const col_spec target_cols[] = {
    {"organization", COL_TEXT},
    {"year", COL_INT},
    {"indicator_id", COL_INT},
    {"indicator", COL_TEXT},
    {"name", COL_TEXT},
    {"matched", COL_BOOL},
    {"target_metric_id", COL_INT},
    {"target_section_id", COL_INT},
    {"target_report_id", COL_INT},
    {"target_measure", COL_TEXT},
    {"target_value", COL_DECIMAL},
    {"target_unit", COL_TEXT},
    {"target_comparable_value", COL_DECIMAL},
    {"target_qualifier", COL_TEXT},
    {"target_yoy_pct", COL_DECIMAL},
    {"result_metric_id", COL_INT},
    {"result_section_id", COL_INT},
    {"result_report_id", COL_INT},
    {"result_value", COL_DECIMAL},
    {"result_unit", COL_TEXT},
    {"result_comparable_value", COL_DECIMAL},
    {"result_yoy_pct", COL_DECIMAL},
    {"compared", COL_TEXT},
    {"attained", COL_BOOL},
    {"gap", COL_DECIMAL},
    {"gap_pct", COL_DECIMAL},
    {"note", COL_TEXT},
};

static const char target_select[] =
    "organization, year, indicator_id, indicator, name, matched, target_metric_id, "
    "target_section_id, target_report_id, target_measure, target_value, target_unit, "
    "target_comparable_value, target_qualifier, target_yoy_pct, result_metric_id, "
    "result_section_id, result_report_id, result_value, result_unit, "
    "result_comparable_value, result_yoy_pct, compared, attained, gap, gap_pct, note";

/* ?indicator= is an indicator id or a name: a name selects its indicator
 * when it is one of the indicator's aliases, else the figures of exactly
 * that (normalised) name, matched or not. */
static const char indicator_condition[] =
    "series_key = (SELECT coalesce('i:' || indicator_find(v), 'n:' || indicator_key(v))"
    " FROM (SELECT $?::text AS v) s)";

static int require(http_response *res, const char *name, int present)
{
	if (present)
		return 0;
	char detail[96];
	snprintf(detail, sizeof detail, "%s is required", name);
	reply_problem(res, 400, "missing_parameter", detail, name);
	return -1;
}

/* ?indicator=1,2,3 (ids and commas, at least one comma): several
 * indicators by id, as an array parameter. Anything else is one id or
 * name (indicator_condition). Returns -1 with a 400. */
static int indicator_filter(const http_request *req, http_response *res, const char *indicator,
                            sql_where *where)
{
	if (strspn(indicator, "0123456789,") != strlen(indicator) || !strchr(indicator, ',')) {
		sql_where_add(where, indicator_condition, indicator);
		return 0;
	}
	long long ids[PARAM_ID_LIST_MAX];
	size_t n;
	if (param_id_list(req, res, "indicator", ids, &n) < 0)
		return -1;
	sql_where_add_ids(where, "indicator_id = ANY ($?::bigint[])", ids, n);
	return 0;
}

/* year, or the range from..to (either end open), never both; base only
 * with year. Returns -1 with a 400. */
static int comparison_years(const http_request *req, http_response *res, long *year, long *from,
                            long *to, int *has_year, int *has_base, long *base)
{
	int has_from, has_to;
	*from = YEAR_MIN;
	*to = YEAR_MAX;
	if (param_long(req, res, "year", YEAR_MIN, YEAR_MAX, has_year, year) < 0 ||
	    param_long(req, res, "from", YEAR_MIN, YEAR_MAX, &has_from, from) < 0 ||
	    param_long(req, res, "to", YEAR_MIN, YEAR_MAX, &has_to, to) < 0 ||
	    param_long(req, res, "base", YEAR_MIN, YEAR_MAX, has_base, base) < 0)
		return -1;
	const char *bad = NULL, *detail = NULL;
	if (!*has_year && !has_from && !has_to)
		return require(res, "year", 0);
	if (*has_year && (has_from || has_to)) {
		bad = has_from ? "from" : "to";
		detail = "year and from/to exclude each other";
	} else if (*has_base && !*has_year) {
		bad = "base";
		detail = "base applies to one year (year=), not to a range";
	} else if (*from > *to) {
		bad = "from";
		detail = "from must not be after to";
	}
	if (bad) {
		reply_problem(res, 400, "invalid_parameter", detail, bad);
		return -1;
	}
	if (*has_year)
		*from = *to = *year;
	return 0;
}

void handle_comparisons_list(const http_request *req, http_response *res)
{
	static const char *const modes[] = {"result", "target", NULL};
	const char *org, *indicator, *mode;
	long year = 0, base = 0, from, to;
	int has_year, has_base;
	paging page;
	sql_where where = SQL_WHERE_INIT;
	if (param_text(req, res, "org", ORG_MAX_CHARS, &org) < 0 ||
	    require(res, "org", org != NULL) < 0 ||
	    comparison_years(req, res, &year, &from, &to, &has_year, &has_base, &base) < 0 ||
	    param_text(req, res, "indicator", NAME_MAX_CHARS, &indicator) < 0 ||
	    param_enum(req, res, "mode", modes, &mode) < 0 || param_paging(req, res, &page) < 0)
		goto out;
	int targets = mode && strcmp(mode, "target") == 0;
	if (has_base && (targets || base == year)) {
		reply_problem(res, 400, "invalid_parameter",
		              targets ? "base does not apply to mode=target"
		                      : "base must be another year than year",
		              "base");
		goto out;
	}

	const char *from_sql;
	if (has_base && base != year - 1) {
		/* Another base year: computed now, from one organisation's points. */
		sql_where_param(&where, org);
		sql_where_param_long(&where, year);
		sql_where_param_long(&where, base);
		from_sql = "compute_comparisons($1::text, $2::integer, $3::integer)";
	} else {
		/* One year is the range year..year: the same index lookup. */
		sql_where_add(&where, "organization = $?", org);
		sql_where_add_long(&where, "year >= $?::integer", from);
		sql_where_add_long(&where, "year <= $?::integer", to);
		from_sql = targets ? "target_rows" : "comparison_rows";
	}
	if (indicator && indicator_filter(req, res, indicator, &where) < 0)
		goto out;
	if (targets)
		reply_list_query(req, res, target_select, from_sql, &where,
		                 "year, target_metric_id", &page, target_cols, N_COLS(target_cols));
	else
		reply_list_query(req, res, comparison_select, from_sql, &where, "year, metric_id",
		                 &page, comparison_cols, N_COLS(comparison_cols));
	reply_list_set_item_kind(req, res, targets ? "target_comparison" : "comparison");
out:
	sql_where_free(&where);
}

static const col_spec indicator_cols[] = {
    {"id", COL_INT},       {"name", COL_TEXT},         {"unit_family", COL_TEXT},
    {"aliases", COL_JSON}, {"organizations", COL_INT}, {"points", COL_INT},
};

/* The counts are the ones the import keeps (migration 0014): one row per
 * indicator, or with ?org= the organisation's row (an inner join, which
 * also keeps only the indicators with points there), so that a page costs
 * one lookup per indicator however long its series are. */
#define INDICATOR_COLUMNS                                                                          \
	"id, name, unit_family,"                                                                   \
	" (SELECT coalesce(json_agg(a.alias ORDER BY a.alias), '[]') FROM indicator_aliases a"     \
	"  WHERE a.indicator_id = i.id) AS aliases,"
static const char indicator_select[] = INDICATOR_COLUMNS " c.organizations, c.points";
static const char indicator_from[] =
    "indicators i JOIN indicator_counts c ON c.indicator_id = i.id";
static const char indicator_org_select[] = INDICATOR_COLUMNS " 1 AS organizations, c.points";
/* %d: the parameter number of the organisation. */
static const char indicator_org_from_fmt[] =
    "indicators i JOIN indicator_org_counts c ON c.indicator_id = i.id AND c.organization = $%d";

static const col_spec unmatched_cols[] = {
    {"organization", COL_TEXT}, {"name", COL_TEXT}, {"name_key", COL_TEXT},   {"status", COL_TEXT},
    {"metrics", COL_INT},       {"unit", COL_TEXT}, {"candidates", COL_JSON},
};

static const char unmatched_select[] =
    "organization, name, name_key, status, metrics, unit,"
    " (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.id),"
    "  '[]') FROM indicators c WHERE c.id = ANY (u.candidates)) AS candidates";

void handle_indicators_list(const http_request *req, http_response *res)
{
	const char *q, *org;
	int has_unmatched, unmatched = 0;
	paging page;
	if (param_text(req, res, "q", NAME_MAX_CHARS, &q) < 0 ||
	    param_text(req, res, "org", ORG_MAX_CHARS, &org) < 0 ||
	    param_bool(req, res, "unmatched", &has_unmatched, &unmatched) < 0 ||
	    param_paging(req, res, &page) < 0)
		return;

	sql_where where = SQL_WHERE_INIT;
	sb from_org = SB_INIT;
	if (unmatched) {
		/* Names no indicator claims, with their candidates: the work list
		 * of an administrator (report-admin alias add / merge). */
		if (org)
			sql_where_add(&where, "u.organization = $?", org);
		if (q)
			sql_where_add(&where, "strpos(u.name_key, indicator_key($?)) > 0", q);
		reply_list_query(req, res, unmatched_select, "unmatched_names u", &where,
		                 "u.organization, u.name_key", &page, unmatched_cols,
		                 N_COLS(unmatched_cols));
		reply_list_set_item_kind(req, res, "unmatched_name");
	} else {
		const char *select = indicator_select, *from = indicator_from;
		if (org) {
			int n = sql_where_param(&where, org);
			sb_printf(&from_org, indicator_org_from_fmt, n);
			select = indicator_org_select;
			from = sb_str(&from_org);
		}
		if (q)
			sql_where_add(
			    &where,
			    "EXISTS (SELECT 1 FROM indicator_aliases a WHERE a.indicator_id = i.id"
			    " AND strpos(a.alias_key, indicator_key($?)) > 0)",
			    q);
		reply_list_query(req, res, select, from, &where, "i.id", &page, indicator_cols,
		                 N_COLS(indicator_cols));
		reply_list_set_item_kind(req, res, "indicator");
	}
	sb_free(&from_org);
	sql_where_free(&where);
}

/* The organisations' first and last year and points, as the import keeps
 * them (migration 0014: over SERIES_OF, as /series?org= gives it). */
static const char indicator_detail_sql[] =
    "SELECT i.id, i.name, i.unit_family,"
    " (SELECT coalesce(json_agg(json_build_object('alias', a.alias, 'source', a.source)"
    "   ORDER BY a.alias), '[]') FROM indicator_aliases a WHERE a.indicator_id = i.id)"
    "   AS aliases,"
    " (SELECT coalesce(json_agg(json_build_object('organization', o.organization,"
    "   'first_year', o.first_year, 'last_year', o.last_year, 'points', o.points)"
    "   ORDER BY o.organization), '[]')"
    "  FROM indicator_org_counts o WHERE o.indicator_id = i.id)"
    "   AS organizations"
    " FROM indicators i WHERE i.id = $1::bigint";

void handle_indicator_get(const http_request *req, http_response *res)
{
	static const col_spec cols[] = {
	    {"id", COL_INT},       {"name", COL_TEXT},          {"unit_family", COL_TEXT},
	    {"aliases", COL_JSON}, {"organizations", COL_JSON},
	};
	char id_text[PARAM_ID_TEXT_LEN];
	if (param_path_id_text(req, res, 0, id_text) < 0)
		return;
	const char *params[] = {id_text};
	PGresult *pg = db_query(res, indicator_detail_sql, 1, params);
	if (!pg)
		return;
	if (PQntuples(pg) == 0)
		reply_problem(res, 404, "not_found", "No indicator has this id.", NULL);
	else
		reply_json(res, 200, row_to_json(pg, 0, cols, N_COLS(cols)));
	PQclear(pg);
}
