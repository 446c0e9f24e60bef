/* GET /api/v1/comparisons, /indicators and /indicators/{id}/series against
 * the fixtures scripts/test.sh imports: the real sample (济源高新区 2023, one
 * year: bases implied from stated growth) and the synthetic zone 鹭汀高新区
 * (tests/fixtures/synthetic: 2021–2023 工作总结 and a 2023 政府工作报告 with
 * targets). Every expected value is worked out by hand in
 * tests/fixtures/synthetic/README.md. */
#include "itest.h"
#include "json_num.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define REAL_ORG "%E6%B5%8E%E6%BA%90%E9%AB%98%E6%96%B0%E5%8C%BA" /* 济源高新区 */
#define SYN_ORG  "%E9%B9%AD%E6%B1%80%E9%AB%98%E6%96%B0%E5%8C%BA" /* 鹭汀高新区 */

/* GETs `path`, expects 200 and JSON, returns the parsed body (caller
 * decrefs). */
static json_t *get_json(const char *path)
{
	itest_http res;
	itest_get(path, NULL, &res);
	cr_assert_eq(res.status, 200, "GET %s: status %ld: %s", path, res.status, res.body);
	json_error_t error;
	json_t *body = json_loadb(res.body, res.body_len, 0, &error);
	cr_assert_not_null(body, "GET %s: not JSON: %s", path, error.text);
	itest_http_free(&res);
	return body;
}

/* The list's items (borrowed from `body`). */
static json_t *items_of(json_t *body)
{
	json_t *items = json_object_get(body, "items");
	cr_assert(json_is_array(items), "no items array");
	return items;
}

/* The only item whose `key` is the string `value`; fails unless exactly one. */
static json_t *row_where(json_t *items, const char *key, const char *value)
{
	json_t *found = NULL;
	size_t i, n = 0;
	json_t *row;
	json_array_foreach(items, i, row)
	{
		const char *v = json_string_value(json_object_get(row, key));
		if (v && strcmp(v, value) == 0) {
			found = row;
			n++;
		}
	}
	cr_assert_eq(n, 1, "%zu rows with %s = %s", n, key, value);
	return found;
}

static size_t count_where(json_t *items, const char *key, const char *value)
{
	size_t i, n = 0;
	json_t *row;
	json_array_foreach(items, i, row)
	{
		const char *v = json_string_value(json_object_get(row, key));
		if (v && value && strcmp(v, value) == 0)
			n++;
		else if (!value && json_is_true(json_object_get(row, key)))
			n++;
	}
	return n;
}

/* Asserts that row[key] prints as `expected` ("870.41", "null", "true",
 * "\"implied\""), i.e. exactly, as the API's JSON prints it. */
static void expect_field(json_t *row, const char *key, const char *expected)
{
	json_t *v = json_object_get(row, key);
	cr_assert_not_null(v, "no field %s", key);
	char *text = json_dumps(v, JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	cr_expect_str_eq(text, expected, "%s: got %s, expected %s", key, text, expected);
	free(text);
}

static void expect_fields(json_t *row, const char *const *pairs)
{
	for (size_t i = 0; pairs[i]; i += 2)
		expect_field(row, pairs[i], pairs[i + 1]);
}

TestSuite(comparisons_api);

Test(comparisons_api, real_sample_bases_implied_from_stated_growth)
{
	json_t *body = get_json("/api/v1/comparisons?org=" REAL_ORG "&year=2023&limit=1000");
	json_t *items = items_of(body);
	/* Only one year of this zone: every base is implied, from the five
	 * stated growth rates of the report, and nothing else has a base. */
	cr_expect_eq(count_where(items, "base_source", "implied"), 5);
	cr_expect_eq(count_where(items, "base_source", "reported"), 0);

	json_t *row = row_where(items, "indicator", "规模以上企业营业收入");
	expect_fields(row, (const char *const[]){"value",
	                                         "900",
	                                         "unit",
	                                         "\"亿元\"",
	                                         "stated_yoy_pct",
	                                         "3.4",
	                                         "base_year",
	                                         "2022",
	                                         "base_source",
	                                         "\"implied\"",
	                                         "base_value",
	                                         "870.41",
	                                         "base_comparable_value",
	                                         "87041000000",
	                                         "change",
	                                         "29.59",
	                                         "change_pct",
	                                         "3.4",
	                                         "discrepancy",
	                                         "null",
	                                         "discrepancy_flag",
	                                         "false",
	                                         "matched",
	                                         "true",
	                                         NULL});
	row = row_where(items, "indicator", "工业增加值");
	expect_fields(row, (const char *const[]){"value", "182.9", "base_value", "172.38", "change",
	                                         "10.52", "change_pct", "6.1", "base_source",
	                                         "\"implied\"", NULL});
	row = row_where(items, "indicator", "固定资产投资");
	expect_fields(row, (const char *const[]){"value", "65.4", "base_value", "63.01", "change",
	                                         "2.39", "change_pct", "3.8", NULL});
	row = row_where(items, "indicator", "一般公共预算收入");
	expect_fields(row, (const char *const[]){"value", "3.03", "base_value", "2.81",
	                                         "base_comparable_value", "281000000", "change",
	                                         "0.22", "change_pct", "8", NULL});
	row = row_where(items, "indicator", "新增高新技术企业");
	expect_fields(row,
	              (const char *const[]){"value", "13", "unit", "\"家\"", "base_value", "10.33",
	                                    "change", "2.67", "change_pct", "25.8", NULL});
	/* A figure without a stated growth has no base. */
	row = row_where(items, "indicator", "实际利用外资");
	expect_fields(row, (const char *const[]){"value", "5077.76", "unit", "\"万美元\"",
	                                         "base_source", "null", "base_value", "null",
	                                         "note", "\"no_base\"", NULL});
	json_decref(body);
}

Test(comparisons_api, synthetic_reported_bases_and_renamed_indicators)
{
	json_t *body = get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2022&limit=1000");
	json_t *items = items_of(body);
	/* 2021 said 规上工业增加值, 2022 规模以上工业增加值. */
	json_t *row = row_where(items, "indicator", "规模以上工业增加值");
	expect_fields(row, (const char *const[]){"value", "104.6", "base_source", "\"reported\"",
	                                         "base_value", "96.5", "base_reported_value",
	                                         "96.5", "change", "8.1", "change_pct", "8.39",
	                                         "stated_yoy_pct", "8.4", "discrepancy", "-0.01",
	                                         "discrepancy_flag", "false", NULL});
	/* 一般公共财政预算收入 2.46 亿元 (2021) against 27600 万元 (2022). */
	row = row_where(items, "indicator", "一般公共预算收入");
	expect_fields(row, (const char *const[]){"value",
	                                         "27600",
	                                         "unit",
	                                         "\"万元\"",
	                                         "base_value",
	                                         "24600",
	                                         "base_reported_value",
	                                         "2.46",
	                                         "base_reported_unit",
	                                         "\"亿元\"",
	                                         "base_comparable_value",
	                                         "246000000",
	                                         "change",
	                                         "3000",
	                                         "change_comparable",
	                                         "30000000",
	                                         "change_pct",
	                                         "12.2",
	                                         "discrepancy",
	                                         "0",
	                                         "discrepancy_flag",
	                                         "false",
	                                         NULL});
	/* 实际使用外资 (2021) → 实际利用外资 (2022). */
	row = row_where(items, "indicator", "实际利用外资");
	expect_fields(row,
	              (const char *const[]){"value", "3560", "base_value", "3120", "change_pct",
	                                    "14.1", "base_source", "\"reported\"", NULL});
	/* 城镇常住居民人均可支配收入 → 城镇居民人均可支配收入. */
	row = row_where(items, "indicator", "城镇居民人均可支配收入");
	expect_fields(row,
	              (const char *const[]){"value", "40970", "base_value", "38650", "change",
	                                    "2320", "change_pct", "6", "discrepancy", "0", NULL});
	/* Percentages change in points. */
	row = row_where(items, "indicator", "研发经费投入强度");
	expect_fields(row, (const char *const[]){"value", "2.5", "base_value", "2.3", "change_pct",
	                                         "null", "change_points", "0.2", NULL});
	json_decref(body);
}

Test(comparisons_api, synthetic_disagreeing_growth_is_flagged)
{
	json_t *body = get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2023&limit=1000");
	json_t *items = items_of(body);
	cr_expect_eq(count_where(items, "discrepancy_flag", NULL), 1);
	json_t *row = row_where(items, "indicator", "固定资产投资");
	expect_fields(row, (const char *const[]){
	                       "value", "52.6", "base_value", "45.8", "base_source", "\"reported\"",
	                       "change", "6.8", "change_pct", "14.85", "stated_yoy_pct", "9.5",
	                       "discrepancy", "5.35", "discrepancy_flag", "true", NULL});
	/* The 2022 value comes from the 2022 工作总结 (27600 万元), not the
	 * review of the 2023 政府工作报告 (2.76 亿元): the same amount. */
	row = row_where(items, "indicator", "一般公共预算收入");
	expect_fields(row, (const char *const[]){"value", "3.05", "base_value", "2.76",
	                                         "base_reported_value", "27600",
	                                         "base_reported_unit", "\"万元\"", "change_pct",
	                                         "10.51", "discrepancy", "0.01", NULL});
	json_decref(body);
}

Test(comparisons_api, synthetic_unit_change_compared_in_base_units)
{
	json_t *body = get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2023&limit=1000");
	json_t *row = row_where(items_of(body), "indicator", "市场主体");
	expect_fields(row, (const char *const[]){"value",
	                                         "1.52",
	                                         "unit",
	                                         "\"万户\"",
	                                         "comparable_value",
	                                         "15200",
	                                         "comparable_unit",
	                                         "\"户\"",
	                                         "base_value",
	                                         "1.356",
	                                         "base_comparable_value",
	                                         "13560",
	                                         "base_reported_value",
	                                         "13560",
	                                         "base_reported_unit",
	                                         "\"户\"",
	                                         "change_comparable",
	                                         "1640",
	                                         "change_pct",
	                                         "12.09",
	                                         NULL});
	json_decref(body);
}

Test(comparisons_api, synthetic_figure_in_one_year_only)
{
	json_t *body = get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2023&limit=1000");
	json_t *row = row_where(items_of(body), "indicator", "技术合同成交额");
	expect_fields(row,
	              (const char *const[]){"value", "2.3", "base_source", "null", "base_value",
	                                    "null", "change", "null", "note", "\"no_base\"", NULL});
	json_decref(body);
	body = get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2022&limit=1000");
	cr_expect_eq(count_where(items_of(body), "indicator", "技术合同成交额"), 0);
	json_decref(body);
}

Test(comparisons_api, synthetic_other_base_year)
{
	json_t *body =
	    get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2023&base=2021&limit=1000");
	json_t *items = items_of(body);
	cr_expect_eq(count_where(items, "base_source", "implied"), 0);
	json_t *row = row_where(items, "indicator", "规模以上企业营业收入");
	expect_fields(row, (const char *const[]){"base_year", "2021", "base_value", "520", "change",
	                                         "130", "change_pct", "25", "discrepancy", "null",
	                                         NULL});
	json_decref(body);
}

Test(comparisons_api, synthetic_targets_attained_and_missed)
{
	json_t *body =
	    get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2023&mode=target&limit=1000");
	json_t *items = items_of(body);
	cr_expect_eq(json_array_size(items), 5);
	json_t *row = row_where(items, "indicator", "规模以上企业营业收入");
	expect_fields(row, (const char *const[]){"target_value", "680", "target_unit", "\"亿元\"",
	                                         "result_value", "650", "compared", "\"level\"",
	                                         "attained", "false", "gap", "-30", "gap_pct",
	                                         "-4.41", NULL});
	row = row_where(items, "indicator", "一般公共预算收入");
	expect_fields(row,
	              (const char *const[]){"target_value", "3", "result_value", "3.05", "attained",
	                                    "true", "gap", "0.05", "gap_pct", "1.67", NULL});
	row = row_where(items, "indicator", "新增高新技术企业");
	expect_fields(row,
	              (const char *const[]){"target_value", "15", "result_value", "16", "attained",
	                                    "true", "gap", "1", "gap_pct", "6.67", NULL});
	/* Targets stated as growth rates against the stated result growth. */
	row = row_where(items, "indicator", "规模以上工业增加值");
	expect_fields(row, (const char *const[]){"target_measure", "\"growth\"", "target_value",
	                                         "8", "target_qualifier", "\"approx\"",
	                                         "result_yoy_pct", "8.8", "compared", "\"growth\"",
	                                         "attained", "true", "gap", "0.8", NULL});
	row = row_where(items, "indicator", "固定资产投资");
	expect_fields(row, (const char *const[]){"target_value", "10", "result_yoy_pct", "9.5",
	                                         "compared", "\"growth\"", "attained", "false",
	                                         "gap", "-0.5", NULL});
	json_decref(body);
}

/* The id of the indicator named `name`, through GET /indicators?q=. */
static long long indicator_id(const char *query_name, const char *name)
{
	char path[256];
	snprintf(path, sizeof path, "/api/v1/indicators?q=%s&limit=1000", query_name);
	json_t *body = get_json(path);
	json_t *row = row_where(items_of(body), "name", name);
	long long id = json_integer_value(json_object_get(row, "id"));
	cr_assert_gt(id, 0);
	json_decref(body);
	return id;
}

Test(comparisons_api, series_marks_reported_implied_and_target_points)
{
	/* 规模以上工业增加值 */
	long long id =
	    indicator_id("%E8%A7%84%E6%A8%A1%E4%BB%A5%E4%B8%8A%E5%B7%A5%E4%B8%9A%E5%A2%9E"
	                 "%E5%8A%A0%E5%80%BC",
	                 "规模以上工业增加值");
	char path[256];
	snprintf(path, sizeof path, "/api/v1/indicators/%lld/series?org=%s", id, SYN_ORG);
	json_t *body = get_json(path);
	json_t *items = items_of(body);
	cr_assert_eq(json_array_size(items), 5);
	/* in order: 2020 implied (from 2021's +7.8%), 2021, 2022, 2023 result,
	 * 2023 target */
	const char *const expected[][5] = {
	    {"2020", "\"result\"", "\"implied\"", "89.52", "8952000000"},
	    {"2021", "\"result\"", "\"reported\"", "96.5", "9650000000"},
	    {"2022", "\"result\"", "\"reported\"", "104.6", "10460000000"},
	    {"2023", "\"result\"", "\"reported\"", "113.8", "11380000000"},
	    {"2023", "\"target\"", "\"reported\"", "8", "8"},
	};
	for (size_t i = 0; i < 5; i++) {
		json_t *row = json_array_get(items, i);
		expect_fields(row, (const char *const[]){"period_year", expected[i][0], "kind",
		                                         expected[i][1], "source", expected[i][2],
		                                         "value", expected[i][3],
		                                         "comparable_value", expected[i][4], NULL});
	}
	json_decref(body);

	snprintf(path, sizeof path, "/api/v1/indicators/%lld", id);
	body = get_json(path);
	expect_field(body, "name", "\"规模以上工业增加值\"");
	json_t *orgs = json_object_get(body, "organizations");
	cr_assert(json_is_array(orgs));
	json_decref(body);
}

Test(comparisons_api, ambiguous_names_stay_unmatched_and_visible)
{
	json_t *body = get_json("/api/v1/indicators?unmatched=true&org=" SYN_ORG "&limit=1000");
	json_t *row = row_where(items_of(body), "name", "高新技术企业营业收入");
	expect_field(row, "status", "\"ambiguous\"");
	json_t *cand = json_object_get(row, "candidates");
	cr_assert_eq(json_array_size(cand), 2);
	expect_field(json_array_get(cand, 0), "name", "\"营业收入\"");
	expect_field(json_array_get(cand, 1), "name", "\"高新技术企业\"");
	json_decref(body);

	body = get_json("/api/v1/comparisons?org=" SYN_ORG "&year=2023&limit=1000");
	row = row_where(items_of(body), "name", "高新技术企业营业收入");
	expect_fields(row, (const char *const[]){"matched", "false", "indicator_id", "null",
	                                         "indicator", "null", NULL});
	json_decref(body);
}

Test(comparisons_api, indicator_filter_and_csv)
{
	/* by alias, as written in 2021 */
	json_t *body = get_json("/api/v1/comparisons?org=" SYN_ORG
	                        "&year=2022&indicator=%E8%A7%84%E4%B8%8A%E5%B7%A5%E4%B8%9A%E5%A2%9E"
	                        "%E5%8A%A0%E5%80%BC");
	json_t *items = items_of(body);
	cr_assert_eq(json_array_size(items), 1);
	expect_field(json_array_get(items, 0), "indicator", "\"规模以上工业增加值\"");
	json_decref(body);

	itest_http res;
	itest_get("/api/v1/comparisons?org=" SYN_ORG "&year=2023&format=csv", NULL, &res);
	cr_assert_eq(res.status, 200);
	char *type = itest_http_header(&res, "Content-Type");
	cr_expect(type && strncmp(type, "text/csv", 8) == 0, "Content-Type %s", type);
	free(type);
	cr_expect(strstr(res.body, "organization,year,indicator_id,indicator,name,matched,") !=
	              NULL,
	          "CSV header: %.200s", res.body);
	cr_expect(strstr(res.body, ",52.6,亿元,5260000000,元,9.5,") != NULL, "CSV row missing");
	itest_http_free(&res);
}

Test(comparisons_api, bad_requests)
{
	static const struct {
		const char *path;
		long status;
	} cases[] = {
	    {"/api/v1/comparisons?year=2023", 400},
	    {"/api/v1/comparisons?org=" SYN_ORG, 400},
	    {"/api/v1/comparisons?org=" SYN_ORG "&year=twenty", 400},
	    {"/api/v1/comparisons?org=" SYN_ORG "&year=2023&base=2023", 400},
	    {"/api/v1/comparisons?org=" SYN_ORG "&year=2023&mode=forecast", 400},
	    {"/api/v1/comparisons?org=" SYN_ORG "&year=2023&mode=target&base=2021", 400},
	    {"/api/v1/indicators?unmatched=maybe", 400},
	    {"/api/v1/indicators/999999999", 404},
	    {"/api/v1/indicators/999999999/series", 404},
	    {"/api/v1/indicators/abc/series", 404},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		itest_http res;
		itest_get(cases[i].path, NULL, &res);
		cr_expect_eq(res.status, cases[i].status, "%s: %ld", cases[i].path, res.status);
		itest_http_free(&res);
	}
}

/* The matching key (migrations/0003_indicators.sql, indicator_key): what
 * counts as the same name, and what does not. */
Test(comparisons_api, name_normalisation_and_matching)
{
	static const char *const keys[][2] = {
	    {"全年规上工业增加值", "规模以上工业增加值"},
	    {" 一般公共财政预算收入 ", "一般公共预算收入"},
	    {"２０２２年实现ＧＤＰ", "gdp"},
	    {"完成固定资产投资", "固定资产投资"},
	    {"新增高新技术企业", "新增高新技术企业"},
	    {"“标准地”出让", "标准地出让"},
	};
	PGconn *conn = itest_admin();
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		char *key = itest_scalar_text(conn, "SELECT indicator_key($1)", 1, keys[i]);
		cr_expect_str_eq(key, keys[i][1], "indicator_key(%s) = %s", keys[i][0], key);
		free(key);
	}
	static const struct {
		const char *a, *b;
		int same;
	} pairs[] = {
	    {"规上工业增加值", "规模以上工业增加值", 1},
	    {"实际使用外资", "实际利用外资", 1},
	    {"城镇常住居民人均可支配收入", "城镇居民人均可支配收入", 1},
	    {"GDP", "地区生产总值", 1},
	    {"新增高新技术企业", "高新技术企业", 0},
	    {"工业增加值", "规模以上工业增加值", 0},
	};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		const char *params[] = {pairs[i].a, pairs[i].b};
		long long same = itest_scalar(
		    conn, "SELECT (indicator_find($1) = indicator_find($2))::int", 2, params);
		cr_expect_eq(same, pairs[i].same, "%s / %s", pairs[i].a, pairs[i].b);
	}
	PQfinish(conn);
}
