/* Series and comparisons over a year range and for several indicators in
 * one call, every reported result with its change and discrepancy. Values
 * from tests/fixtures/synthetic/README.md (鹭汀高新区). */
#include "json_num.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#define SYN_ORG "%E9%B9%AD%E6%B1%80%E9%AB%98%E6%96%B0%E5%8C%BA" /* 鹭汀高新区 */

static long long seeded_id(const char *name)
{
	PGconn *db = itest_admin();
	const char *params[] = {name};
	long long id = itest_scalar(db, "SELECT id FROM indicators WHERE name = $1", 1, params);
	PQfinish(db);
	return id;
}

/* The members of `row` named in `keys`, printed as the API prints them
 * and joined with '|': "2022|104.6|8.1". */
static char *fields(json_t *row, const char *const *keys)
{
	char *out = calloc(1, 1);
	for (size_t i = 0; keys[i]; i++) {
		json_t *v = json_object_get(row, keys[i]);
		cr_assert_not_null(v, "no %s", keys[i]);
		char *text = json_dumps(v, JSON_NUM_FLAGS | JSON_ENCODE_ANY);
		char *joined = api_path("%s%s%s", out, i ? "|" : "", text);
		free(text);
		free(out);
		out = joined;
	}
	return out;
}

static void expect_rows(json_t *body, const char *const *keys, const char *const *want)
{
	json_t *items = json_object_get(body, "items");
	size_t n = 0;
	for (; want[n]; n++) {
		cr_assert_lt(n, json_array_size(items), "only %zu rows", json_array_size(items));
		char *got = fields(json_array_get(items, n), keys);
		cr_expect_str_eq(got, want[n], "row %zu: %s, want %s", n, got, want[n]);
		free(got);
	}
	cr_assert_eq(json_array_size(items), n);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), (json_int_t)n);
}

Test(api_series, several_indicators_over_a_range_with_change)
{
	long long scale = seeded_id("规模以上工业增加值"), revenue = seeded_id("一般公共预算收入");
	char *path = api_path("/api/v1/series?indicator=%lld,%lld&org=%s&from=2021&to=2023", scale,
	                      revenue, SYN_ORG);
	json_t *body = api_get_json(path, 200, NULL);
	static const char *const keys[] = {
	    "period_year", "kind",       "source", "value",      "unit",        "base_year",
	    "base_source", "base_value", "change", "change_pct", "discrepancy", "discrepancy_flag",
	    NULL};
	char s0[32], s1[32];
	snprintf(s0, sizeof s0, "%lld", scale);
	snprintf(s1, sizeof s1, "%lld", revenue);
	/* in the order asked for; 2020 (implied) is outside the range, but
	 * 2021's comparison with it stays on the 2021 point */
	static const char *const want[] = {
	    "2021|\"result\"|\"reported\"|96.5|\"亿元\"|2020|\"implied\"|89.52|6.98|7.8|null|false",
	    "2022|\"result\"|\"reported\"|104.6|\"亿元\"|2021|\"reported\"|96.5|8.1|8.39|-0.01|"
	    "false",
	    "2023|\"result\"|\"reported\"|113.8|\"亿元\"|2022|\"reported\"|104.6|9.2|8.8|0|false",
	    "2023|\"target\"|\"reported\"|8|\"%\"|null|null|null|null|null|null|null",
	    "2021|\"result\"|\"reported\"|2.46|\"亿元\"|2020|\"implied\"|2.34|0.12|5.1|null|false",
	    "2022|\"result\"|\"reported\"|27600|\"万元\"|2021|\"reported\"|24600|3000|12.2|0|false",
	    "2023|\"result\"|\"reported\"|3.05|\"亿元\"|2022|\"reported\"|2.76|0.29|10.51|0.01|"
	    "false",
	    "2023|\"target\"|\"reported\"|3|\"亿元\"|null|null|null|null|null|null|null",
	    NULL};
	expect_rows(body, keys, want);
	json_t *items = json_object_get(body, "items");
	for (size_t i = 0; i < 8; i++)
		cr_assert_eq(
		    json_integer_value(json_object_get(json_array_get(items, i), "indicator_id")),
		    i < 4 ? scale : revenue);
	json_decref(body);
	free(path);

	/* asked the other way round: the other order */
	path = api_path("/api/v1/series?indicator=%lld,%lld&org=%s&from=2023&to=2023", revenue,
	                scale, SYN_ORG);
	body = api_get_json(path, 200, NULL);
	static const char *const keys2[] = {"indicator_id", "kind", "value", NULL};
	char w0[96], w1[96], w2[96], w3[96];
	snprintf(w0, sizeof w0, "%s|\"result\"|3.05", s1);
	snprintf(w1, sizeof w1, "%s|\"target\"|3", s1);
	snprintf(w2, sizeof w2, "%s|\"result\"|113.8", s0);
	snprintf(w3, sizeof w3, "%s|\"target\"|8", s0);
	expect_rows(body, keys2, (const char *const[]){w0, w1, w2, w3, NULL});
	json_decref(body);
	free(path);

	/* one indicator, open-ended range: the same points and fields */
	path = api_path("/api/v1/indicators/%lld/series?org=%s&from=2022", scale, SYN_ORG);
	body = api_get_json(path, 200, NULL);
	expect_rows(body, keys, (const char *const[]){want[1], want[2], want[3], NULL});
	json_decref(body);
	free(path);
}

Test(api_series, comparisons_over_a_range)
{
	long long scale = seeded_id("规模以上工业增加值"), revenue = seeded_id("一般公共预算收入");
	char *path = api_path("/api/v1/comparisons?org=%s&from=2022&to=2023&indicator=%lld,%lld",
	                      SYN_ORG, revenue, scale);
	json_t *body = api_get_json(path, 200, NULL);
	static const char *const keys[] = {"year",   "indicator",  "value",       "base_value",
	                                   "change", "change_pct", "discrepancy", NULL};
	static const char *const want[] = {"2022|\"规模以上工业增加值\"|104.6|96.5|8.1|8.39|-0.01",
	                                   "2022|\"一般公共预算收入\"|27600|24600|3000|12.2|0",
	                                   "2023|\"规模以上工业增加值\"|113.8|104.6|9.2|8.8|0",
	                                   "2023|\"一般公共预算收入\"|3.05|2.76|0.29|10.51|0.01",
	                                   NULL};
	expect_rows(body, keys, want);
	json_decref(body);
	free(path);

	/* a range is the years one by one, in year order */
	long long sum = 0;
	for (int y = 2021; y <= 2023; y++) {
		path = api_path("/api/v1/comparisons?org=%s&year=%d&limit=1000", SYN_ORG, y);
		body = api_get_json(path, 200, NULL);
		sum += json_integer_value(json_object_get(body, "total"));
		json_decref(body);
		free(path);
	}
	body = api_get_json("/api/v1/comparisons?org=" SYN_ORG "&from=2021&limit=1000", 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), sum);
	json_t *items = json_object_get(body, "items");
	for (size_t i = 1; i < json_array_size(items); i++)
		cr_assert_leq(
		    json_integer_value(json_object_get(json_array_get(items, i - 1), "year")),
		    json_integer_value(json_object_get(json_array_get(items, i), "year")));
	json_decref(body);
	/* targets over a range: the five of 2023 */
	body = api_get_json("/api/v1/comparisons?org=" SYN_ORG "&from=2020&to=2024&mode=target",
	                    200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 5);
	json_decref(body);
}

Test(api_series, bad_requests)
{
	static const struct {
		const char *path, *code, *param;
	} cases[] = {
	    {"/api/v1/series", "missing_parameter", "indicator"},
	    {"/api/v1/series?indicator=999999999", "invalid_parameter", "indicator"},
	    {"/api/v1/series?indicator=1,x", "invalid_parameter", "indicator"},
	    {"/api/v1/series?indicator=1&from=2023&to=2021", "invalid_parameter", "from"},
	    {"/api/v1/series?indicator=1&year=2023", "unknown_parameter", "year"},
	    {"/api/v1/indicators/1/series?to=1800", "invalid_parameter", "to"},
	    {"/api/v1/comparisons?org=" SYN_ORG, "missing_parameter", "year"},
	    {"/api/v1/comparisons?org=" SYN_ORG "&year=2023&from=2021", "invalid_parameter",
	     "from"},
	    {"/api/v1/comparisons?org=" SYN_ORG "&from=2021&base=2020", "invalid_parameter",
	     "base"},
	    {"/api/v1/comparisons?org=" SYN_ORG "&from=2023&to=2022", "invalid_parameter", "from"},
	    {"/api/v1/comparisons?org=" SYN_ORG "&from=2021&indicator=1,1", "invalid_parameter",
	     "indicator"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		itest_http res;
		itest_get(cases[i].path, NULL, &res);
		api_expect_problem(&res, 400, cases[i].code, cases[i].param);
		itest_http_free(&res);
	}
}
