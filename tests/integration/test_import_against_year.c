/* A change against a year other than the one before (比2015年增长45%) from
 * the text to the database (metrics.against_year, migrations/0012) and out
 * of every metric route: the list, one metric, a section's metrics, CSV.
 * Beside it, a year-over-year change (同比增长6.1%) keeps yoy_pct and no
 * against_year, and a four-digit base that is no year (比1000年) is stored
 * as NULL instead of failing the import on the column's CHECK. And such a
 * change is no level (migrations/0013): it is in no yearly series.
 *
 * The report is invented here, under the organisation 测试对比区, and removed
 * after each test. Figures are found by value and unit, not by name: the
 * names are the extractor's business, the base year is this test's. */
#include "import_util.h"
#include "itest.h"
#include "json_num.h"
#include "sb.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ORG "测试对比区"

static const char report_text[] = "测试对比区2024年工作总结\n"
                                  "一、经济运行\n"
                                  "全区地区生产总值达到320亿元，比2015年增长45%。"
                                  "规模以上工业增加值118.6亿元，同比增长6.1%。\n"
                                  "二、开放合作\n"
                                  "实际利用外资比1000年增长5%。\n";

static void import_report(void)
{
	import_forget_org(ORG);
	char *dir = itest_tmpdir("against-year");
	sb path = SB_INIT;
	sb_printf(&path, "%s/report.txt", dir);
	itest_write_file(sb_str(&path), report_text, strlen(report_text));
	itest_proc p;
	import_run(&p, "--org", ORG, sb_str(&path), NULL);
	cr_assert_eq(p.exit_code, 0, "import: exit %d: %s", p.exit_code, p.err);
	itest_proc_free(&p);
	itest_rm_rf(dir);
	sb_free(&path);
	free(dir);
}

static void forget_report(void)
{
	import_forget_org(ORG);
}

/* The text `sql` gives for ORG's one figure with this value and unit ($1
 * ORG, $2 the value, $3 the unit); fails the test on SQL NULL. Caller frees. */
static char *about_figure(const char *sql, const char *value, const char *unit)
{
	PGconn *db = itest_admin();
	const char *params[] = {ORG, value, unit};
	char *text = itest_scalar_text(db, sql, 3, params);
	PQfinish(db);
	cr_assert_not_null(text, "%s %s", value, unit);
	return text;
}

/* The one stored figure of ORG with this value and unit, as
 * "yoy_pct against_year period_year" (SQL NULL as "null"). Caller frees. */
static char *stored(const char *value, const char *unit)
{
	return about_figure("SELECT coalesce(m.yoy_pct::text, 'null')"
	                    "       || ' ' || coalesce(m.against_year::text, 'null')"
	                    "       || ' ' || coalesce(m.period_year::text, 'null')"
	                    " FROM metrics m JOIN reports r ON r.id = m.report_id"
	                    " WHERE r.organization = $1 AND m.value = $2::numeric AND m.unit = $3",
	                    value, unit);
}

/* The one item of `items` with this value (as printed) and unit, borrowed. */
static json_t *item_of(json_t *items, const char *value, const char *unit)
{
	json_t *found = NULL, *m;
	size_t i, n = 0;
	json_array_foreach(items, i, m)
	{
		char *v = json_dumps(json_object_get(m, "value"), JSON_ENCODE_ANY | JSON_NUM_FLAGS);
		if (strcmp(v, value) == 0 && strcmp(api_str(m, "unit"), unit) == 0) {
			found = m;
			n++;
		}
		free(v);
	}
	cr_assert_eq(n, 1, "%zu items of %s %s", n, value, unit);
	return found;
}

/* The CSV line holding `needle`, up to its CRLF. Caller frees. */
static char *csv_line_with(const char *body, const char *needle)
{
	const char *at = strstr(body, needle);
	cr_assert_not_null(at, "no line with %s: %s", needle, body);
	const char *start = at;
	while (start > body && start[-1] != '\n')
		start--;
	const char *end = strstr(at, "\r\n");
	cr_assert_not_null(end);
	return strndup(start, (size_t)(end - start));
}

Test(import_against_year, a_change_against_2015_is_stored_and_served_with_its_year,
     .init = import_report, .fini = forget_report)
{
	/* stored: the change against 2015 is the figure 45 %, never a yoy_pct */
	char *s = stored("45", "%");
	cr_expect_str_eq(s, "null 2015 2024");
	free(s);
	s = stored("118.6", "亿元");
	cr_expect_str_eq(s, "6.1 null 2024");
	free(s);
	s = stored("320", "亿元");
	cr_expect_str_eq(s, "null null 2024");
	free(s);

	/* served: the list, right after period_year, printed as an integer */
	char *org = api_enc(ORG);
	char *path = api_path("/api/v1/metrics?org=%s&limit=100", org);
	itest_http raw;
	json_t *body = api_get_json(path, 200, &raw);
	json_t *items = json_object_get(body, "items");
	json_t *against = item_of(items, "45", "%");
	cr_assert_eq(json_integer_value(json_object_get(against, "against_year")), 2015);
	cr_assert(json_is_integer(json_object_get(against, "against_year")));
	cr_assert(json_is_null(json_object_get(against, "yoy_pct")));
	cr_assert(json_is_null(json_object_get(against, "yoy_points")));
	cr_assert_eq(json_integer_value(json_object_get(against, "period_year")), 2024);
	cr_assert_not_null(
	    strstr(raw.body, "\"period_year\":2024,\"against_year\":2015,\"quote\":"), "%s",
	    raw.body);
	json_t *yoy = item_of(items, "118.6", "亿元");
	cr_assert(json_is_null(json_object_get(yoy, "against_year")));
	cr_assert_not_null(strstr(raw.body, "\"yoy_pct\":6.1,"), "%s", raw.body);
	json_t *level = item_of(items, "320", "亿元");
	cr_assert(json_is_null(json_object_get(level, "against_year")));
	size_t i;
	json_t *m;
	json_array_foreach(items, i, m)
	{
		cr_assert(json_object_get(m, "against_year"), "item %zu has no against_year", i);
	}

	/* /metrics/{id}: the same object */
	api_expect_metric_by_id(against);

	/* /sections/{id}: among its metrics, the same object */
	long long section = json_integer_value(json_object_get(against, "section_id"));
	char *spath = api_path("/api/v1/sections/%lld", section);
	json_t *sec = api_get_json(spath, 200, NULL);
	int in_section = 0;
	json_array_foreach(json_object_get(sec, "metrics"), i, m)
	{
		in_section += json_equal(m, against);
	}
	cr_assert_eq(in_section, 1);
	json_decref(sec);
	free(spath);

	/* CSV: a column after period_year, empty for NULL */
	char *cpath = api_path("/api/v1/metrics?org=%s&format=csv", org);
	itest_http csv;
	itest_get(cpath, NULL, &csv);
	cr_assert_eq(csv.status, 200);
	cr_assert_not_null(strstr(csv.body, ",is_ranking,period_year,against_year,quote,"), "%s",
	                   csv.body);
	char *line = csv_line_with(csv.body, "比2015年增长45%");
	cr_expect_not_null(strstr(line, ",45,%,45,%,,,false,,,false,false,2024,2015,"), "%s", line);
	free(line);
	line = csv_line_with(csv.body, "118.6");
	cr_expect_not_null(strstr(line, ",6.1,,false,false,2024,,"), "%s", line);
	free(line);
	itest_http_free(&csv);
	free(cpath);

	json_decref(body);
	itest_http_free(&raw);
	free(path);
	free(org);
}

Test(import_against_year, a_base_that_is_no_year_is_stored_as_null, .init = import_report,
     .fini = forget_report)
{
	/* The import above succeeded with 比1000年 in the text, and stored no
	 * base year for it: the clause tokenizer takes only 1900-2100 for a
	 * year (clause_tokens.c), and the loader stores a base year outside
	 * the column's range as NULL rather than fail the import on the
	 * CHECK below (load.c), so both guard it. */
	char *s = stored("5", "%");
	cr_expect_not_null(strstr(s, " null 2024"), "%s", s);
	free(s);

	/* because the column would refuse it: the CHECK of migration 0012 */
	PGconn *db = itest_admin();
	const char *params[] = {ORG};
	PGresult *res = PQexecParams(db,
	                             "UPDATE metrics m SET against_year = 1000 FROM reports r"
	                             " WHERE r.id = m.report_id AND r.organization = $1",
	                             1, NULL, params, NULL, NULL, 0);
	cr_expect_eq(PQresultStatus(res), PGRES_FATAL_ERROR);
	cr_expect_str_eq(PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME),
	                 "metrics_against_year_check");
	PQclear(res);
	PQfinish(db);
}

/* The measure of ORG's one figure with this value and unit in
 * metric_matches, as "measure status". Caller frees. */
static char *matched_as(const char *value, const char *unit)
{
	return about_figure("SELECT mm.measure || ' ' || mm.status"
	                    " FROM metric_matches mm JOIN metrics m ON m.id = mm.metric_id"
	                    " WHERE mm.organization = $1 AND m.value = $2::numeric"
	                    " AND m.unit = $3",
	                    value, unit);
}

Test(import_against_year, a_change_against_a_year_is_in_no_series, .init = import_report,
     .fini = forget_report)
{
	/* migration 0013: against_year makes the figure a 'change', whatever
	 * its unit; the others keep their measure */
	char *s = matched_as("45", "%");
	cr_expect_str_eq(s, "change unmatched");
	free(s);
	s = matched_as("320", "亿元");
	cr_expect_str_eq(s, "level matched");
	free(s);

	/* Named as an indicator of the % family, the 45 % would have been the
	 * level of 常住人口城镇化率 in 2024 (a 'level' fits a % indicator).
	 * As a change it is matched to the indicator and still no point of
	 * its series. The name is set here, not by the extractor: what is
	 * tested is the database's reading of against_year. */
	PGconn *db = itest_admin();
	const char *params[] = {ORG};
	PQclear(itest_exec(db,
	                   "UPDATE metrics m SET name = '常住人口城镇化率' FROM reports r"
	                   " WHERE r.id = m.report_id AND r.organization = $1"
	                   " AND m.against_year = 2015",
	                   1, params));
	PQclear(itest_exec(db, "SELECT refresh_organization($1)", 1, params));
	long long id =
	    itest_scalar(db, "SELECT id FROM indicators WHERE name = '常住人口城镇化率'", 0, NULL);
	PQfinish(db);
	s = matched_as("45", "%");
	cr_expect_str_eq(s, "change matched");
	free(s);

	char *org = api_enc(ORG);
	char *path = api_path("/api/v1/indicators/%lld/series?org=%s", id, org);
	json_t *body = api_get_json(path, 200, NULL);
	cr_expect_eq(json_integer_value(json_object_get(body, "total")), 0, "%s",
	             json_dumps(body, 0));
	cr_expect_eq(json_array_size(json_object_get(body, "items")), 0);
	json_decref(body);
	free(path);
	free(org);
}
