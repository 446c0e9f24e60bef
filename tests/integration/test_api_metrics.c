/* /api/v1/metrics over the real sample: the headline figure, filters,
 * sorting and paging, exact numbers, checked against the database. */
#include "json_num.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

static long long count_sql(const char *sql, int n, const char *const *params)
{
	PGconn *db = itest_admin();
	long long v = itest_scalar(db, sql, n, params);
	PQfinish(db);
	return v;
}

Test(api_metrics, industrial_value_added_and_its_section)
{
	char *name = api_enc("工业增加值");
	char *org = api_enc("济源高新区");
	char *path = api_path("/api/v1/metrics?name=%s&org=%s&year=2023", name, org);
	itest_http raw;
	json_t *body = api_get_json(path, 200, &raw);
	json_t *hit = NULL;
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(body, "items"), i, m)
	{
		cr_assert(strstr(api_str(m, "name"), "工业增加值"), "name %s", api_str(m, "name"));
		if (strcmp(api_str(m, "unit"), "亿元") == 0)
			hit = m;
	}
	cr_assert_not_null(hit, "no 工业增加值 in 亿元: %s", raw.body);
	/* printed exactly: the bytes, not just the parsed double */
	cr_assert_not_null(strstr(raw.body, "\"value\":182.9,"), "%s", raw.body);
	cr_assert_not_null(strstr(raw.body, "\"yoy_pct\":6.1,"), "%s", raw.body);
	cr_assert_null(strstr(raw.body, "182.90000"));
	cr_assert_null(strstr(raw.body, "\\u"), "Chinese is not escaped");
	cr_assert_str_eq(api_str(hit, "base_unit"), "元");
	cr_assert_not_null(strstr(raw.body, "\"base_value\":18290000000,"), "%s", raw.body);
	cr_assert(json_is_null(json_object_get(hit, "yoy_points")));
	cr_assert(json_is_false(json_object_get(hit, "is_target")));
	cr_assert(json_is_false(json_object_get(hit, "approx")));
	cr_assert(strstr(api_str(hit, "quote"), "182.9"));
	cr_assert_eq(json_integer_value(json_object_get(hit, "report_id")), api_sample_report_id());
	cr_assert_lt(json_integer_value(json_object_get(hit, "span_start")),
	             json_integer_value(json_object_get(hit, "span_end")));

	/* the same metric by id */
	api_expect_metric_by_id(hit);

	/* its section is 二（一） 经济运行稳中有进 */
	long long section = json_integer_value(json_object_get(hit, "section_id"));
	char *spath = api_path("/api/v1/sections/%lld", section);
	json_t *s = api_get_json(spath, 200, NULL);
	cr_assert_str_eq(api_str(s, "label"), "（一）");
	cr_assert_str_eq(api_str(s, "heading"), "经济运行稳中有进");
	cr_assert_str_eq(api_str(json_array_get(json_object_get(s, "breadcrumb"), 0), "label"),
	                 "二");
	json_decref(s);
	free(spath);

	json_decref(body);
	itest_http_free(&raw);
	free(path);
	free(org);
	free(name);
}

Test(api_metrics, filters_agree_with_the_database)
{
	long long rid = api_sample_report_id();
	char rid_text[24];
	snprintf(rid_text, sizeof rid_text, "%lld", rid);
	const char *params[] = {rid_text};
	struct {
		const char *query, *where;
	} cases[] = {
	    {"", "true"},
	    {"&unit=%E4%BA%BF%E5%85%83", "unit = '亿元'"},
	    {"&kind=target", "is_target"},
	    {"&kind=result", "NOT is_target"},
	    {"&has_yoy=true", "(yoy_pct IS NOT NULL OR yoy_points IS NOT NULL)"},
	    {"&has_yoy=false", "(yoy_pct IS NULL AND yoy_points IS NULL)"},
	    {"&name=%E6%94%B6%E5%85%A5", "strpos(name, '收入') > 0"},
	    {"&name=%E4%BA%BF", "strpos(name, '亿') > 0"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *path =
		    api_path("/api/v1/metrics?report=%lld%s&limit=1000", rid, cases[i].query);
		json_t *body = api_get_json(path, 200, NULL);
		char *sql = api_path("SELECT count(*) FROM metrics WHERE report_id = $1 AND %s",
		                     cases[i].where);
		long long want = count_sql(sql, 1, params);
		cr_assert_eq(json_integer_value(json_object_get(body, "total")), want, "%s", path);
		cr_assert_eq((long long)json_array_size(json_object_get(body, "items")), want);
		json_decref(body);
		free(sql);
		free(path);
	}
	/* section= takes the section and its descendants */
	long long parent = api_sample_section_id("聚焦主责主业，提升发展质效");
	char *path = api_path("/api/v1/metrics?section=%lld&limit=1000", parent);
	json_t *body = api_get_json(path, 200, NULL);
	char ptext[24];
	snprintf(ptext, sizeof ptext, "%lld", parent);
	const char *pparams[] = {ptext};
	cr_assert_eq(
	    json_integer_value(json_object_get(body, "total")),
	    count_sql("WITH RECURSIVE t AS (SELECT $1::bigint AS id UNION ALL"
	              " SELECT s.id FROM sections s JOIN t ON s.parent_id = t.id)"
	              " SELECT count(*) FROM metrics WHERE section_id IN (SELECT id FROM t)",
	              1, pparams));
	json_decref(body);
	free(path);
}

Test(api_metrics, sort_and_paging)
{
	long long rid = api_sample_report_id();
	/* -value within one unit: descending, first is the largest */
	char *path =
	    api_path("/api/v1/metrics?report=%lld&unit=%%E4%%BA%%BF%%E5%%85%%83&sort=-value", rid);
	json_t *body = api_get_json(path, 200, NULL);
	json_t *items = json_object_get(body, "items");
	cr_assert_gt(json_array_size(items), 1);
	for (size_t i = 1; i < json_array_size(items); i++)
		cr_assert_geq(
		    json_number_value(json_object_get(json_array_get(items, i - 1), "value")),
		    json_number_value(json_object_get(json_array_get(items, i), "value")));
	char rid_text[24];
	snprintf(rid_text, sizeof rid_text, "%lld", rid);
	const char *params[] = {rid_text};
	PGconn *db = itest_admin();
	char *max = itest_scalar_text(
	    db, "SELECT max(value)::text FROM metrics WHERE report_id = $1 AND unit = '亿元'", 1,
	    params);
	PQfinish(db);
	json_t *first = json_object_get(json_array_get(items, 0), "value");
	char *printed = json_dumps(first, JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
	cr_assert_eq(strtod(printed, NULL), strtod(max, NULL));
	free(printed);
	free(max);
	json_decref(body);
	free(path);

	/* position order, paged by 2 with Link headers, equals one page of 1000 */
	path = api_path("/api/v1/metrics?report=%lld&limit=1000", rid);
	json_t *all = api_get_json(path, 200, NULL);
	free(path);
	json_t *all_items = json_object_get(all, "items");
	long long total = json_integer_value(json_object_get(all, "total"));
	cr_assert_geq(total, 3);
	for (size_t i = 1; i < json_array_size(all_items); i++)
		cr_assert_lt(
		    json_integer_value(
		        json_object_get(json_array_get(all_items, i - 1), "position")),
		    json_integer_value(json_object_get(json_array_get(all_items, i), "position")));
	path = api_path("/api/v1/metrics?report=%lld&limit=2&offset=2", rid);
	itest_http raw;
	body = api_get_json(path, 200, &raw);
	items = json_object_get(body, "items");
	cr_assert_eq(json_array_size(items), 2);
	cr_assert(json_equal(json_array_get(items, 0), json_array_get(all_items, 2)));
	cr_assert(json_equal(json_array_get(items, 1), json_array_get(all_items, 3)));
	char *link = itest_http_header(&raw, "Link");
	char *want = api_path("</api/v1/metrics?report=%lld&limit=2&offset=%d>; rel=\"next\", "
	                      "</api/v1/metrics?report=%lld&limit=2&offset=0>; rel=\"prev\"",
	                      rid, total > 4 ? 4 : 0, rid);
	if (total > 4)
		cr_assert_str_eq(link, want);
	free(want);
	free(link);
	json_decref(body);
	itest_http_free(&raw);
	free(path);
	json_decref(all);
}

Test(api_metrics, limit_is_capped_at_1000)
{
	json_t *body = api_get_json("/api/v1/metrics?limit=5000", 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "limit")), 1000);
	cr_assert_leq(json_array_size(json_object_get(body, "items")), 1000);
	json_decref(body);
	body = api_get_json("/api/v1/metrics", 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "limit")), 100);
	json_decref(body);
}

Test(api_metrics, unknown_ids_are_404)
{
	itest_http res;
	itest_get("/api/v1/metrics/999999999", NULL, &res);
	api_expect_problem(&res, 404, "not_found", NULL);
	itest_http_free(&res);
	itest_get("/api/v1/sections/999999999", NULL, &res);
	api_expect_problem(&res, 404, "not_found", NULL);
	itest_http_free(&res);
	itest_get("/api/v1/reports/999999999", NULL, &res);
	api_expect_problem(&res, 404, "not_found", NULL);
	itest_http_free(&res);
}

/* The id of the seeded indicator `name`, from the database. */
static long long indicator_id_of(const char *name)
{
	PGconn *db = itest_admin();
	const char *params[] = {name};
	long long id = itest_scalar(db, "SELECT id FROM indicators WHERE name = $1", 1, params);
	PQfinish(db);
	return id;
}

/* Each metric row carries the indicator it is matched to (metric_matches),
 * and ?indicator= selects by it. */
Test(api_metrics, indicator_filter_and_indicator_id)
{
	long long scale = indicator_id_of("规模以上工业增加值");
	long long value_added = indicator_id_of("工业增加值");
	/* 鹭汀高新区: 规上工业增加值 (2021) and 规模以上工业增加值 (2022, the
	 * review of 2022 in the 2023 政府工作报告, its 2023 target growth 8 %,
	 * 2023), in report and document order. */
	char *org = api_enc("鹭汀高新区");
	char *path = api_path("/api/v1/metrics?indicator=%lld&org=%s", scale, org);
	itest_http raw;
	json_t *body = api_get_json(path, 200, &raw);
	json_t *items = json_object_get(body, "items");
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 5, "%s", raw.body);
	static const char *const want[][4] = {
	    {"规上工业增加值", "96.5", "亿元", "2021"},
	    {"规模以上工业增加值", "104.6", "亿元", "2022"},
	    {"规模以上工业增加值", "104.6", "亿元", "2023"},
	    {"规模以上工业增加值", "8", "%", "2023"},
	    {"规模以上工业增加值", "113.8", "亿元", "2023"},
	};
	for (size_t i = 0; i < 5; i++) {
		json_t *m = json_array_get(items, i);
		cr_assert_str_eq(api_str(m, "name"), want[i][0]);
		char *v = json_dumps(json_object_get(m, "value"), JSON_ENCODE_ANY | JSON_NUM_FLAGS);
		cr_assert_str_eq(v, want[i][1]);
		free(v);
		cr_assert_str_eq(api_str(m, "unit"), want[i][2]);
		cr_assert_eq(json_integer_value(json_object_get(m, "report_year")),
		             strtoll(want[i][3], NULL, 10));
		cr_assert_eq(json_integer_value(json_object_get(m, "indicator_id")), scale);
	}
	json_decref(body);
	itest_http_free(&raw);
	free(path);

	/* the headline figure of the sample is 工业增加值, not 规模以上…: a
	 * different scope, a different indicator */
	char *sample = api_enc("济源高新区");
	path = api_path("/api/v1/metrics?indicator=%lld,%lld&org=%s", scale, value_added, sample);
	body = api_get_json(path, 200, &raw);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 1, "%s", raw.body);
	char *member = api_path("\"indicator_id\":%lld,", value_added);
	cr_assert_not_null(strstr(raw.body, member), "%s", raw.body);
	free(member);
	cr_assert_not_null(strstr(raw.body, "\"name\":\"工业增加值\",\"value\":182.9,"), "%s",
	                   raw.body);
	long long metric = json_integer_value(
	    json_object_get(json_array_get(json_object_get(body, "items"), 0), "id"));
	json_decref(body);
	itest_http_free(&raw);
	free(path);

	/* the same on the single metric and in its section */
	path = api_path("/api/v1/metrics/%lld", metric);
	body = api_get_json(path, 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "indicator_id")), value_added);
	long long section = json_integer_value(json_object_get(body, "section_id"));
	json_decref(body);
	free(path);
	path = api_path("/api/v1/sections/%lld", section);
	body = api_get_json(path, 200, NULL);
	size_t i;
	json_t *m;
	int seen = 0;
	json_array_foreach(json_object_get(body, "metrics"), i, m)
	{
		cr_assert_not_null(json_object_get(m, "indicator_id"));
		if (json_integer_value(json_object_get(m, "id")) == metric) {
			cr_assert_eq(json_integer_value(json_object_get(m, "indicator_id")),
			             value_added);
			seen = 1;
		}
	}
	cr_assert(seen);
	json_decref(body);
	free(path);

	/* unmatched (ambiguous) names: null */
	char *name = api_enc("高新技术企业营业收入");
	path = api_path("/api/v1/metrics?org=%s&name=%s", org, name);
	body = api_get_json(path, 200, &raw);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 1, "%s", raw.body);
	cr_assert(json_is_null(
	    json_object_get(json_array_get(json_object_get(body, "items"), 0), "indicator_id")));
	json_decref(body);
	itest_http_free(&raw);
	free(path);
	free(name);

	/* several ids, no other filter: as many rows as the database matches */
	path = api_path("/api/v1/metrics?indicator=%lld,%lld&limit=1000", value_added, scale);
	body = api_get_json(path, 200, NULL);
	char ids[64];
	snprintf(ids, sizeof ids, "{%lld,%lld}", value_added, scale);
	const char *params[] = {ids};
	cr_assert_eq(json_integer_value(json_object_get(body, "total")),
	             count_sql("SELECT count(*) FROM metric_matches"
	                       " WHERE indicator_id = ANY ($1::bigint[])",
	                       1, params));
	json_decref(body);
	free(path);
	/* an id no indicator has: an empty list, like any other filter */
	body = api_get_json("/api/v1/metrics?indicator=999999999", 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 0);
	json_decref(body);

	static const char *const bad[] = {"abc", "0", "1,,2", "1,1", "-3"};
	for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
		char *b = api_path("/api/v1/metrics?indicator=%s", bad[k]);
		api_get_expect_problem(b, 400, "invalid_parameter", "indicator");
		free(b);
	}
	free(sample);
	free(org);
}
