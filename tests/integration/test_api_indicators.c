/* /indicators counts and /indicators/{id} years agree with the series:
 * with ?org= the counts are that organisation's, and an implied point (the
 * base a stated growth implies) is a point like a reported one. Values
 * from tests/fixtures/synthetic/README.md and the real sample. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#define SYN_ORG  "%E9%B9%AD%E6%B1%80%E9%AB%98%E6%96%B0%E5%8C%BA" /* 鹭汀高新区 */
#define REAL_ORG "%E6%B5%8E%E6%BA%90%E9%AB%98%E6%96%B0%E5%8C%BA" /* 济源高新区 */

static long long seeded_id(const char *name)
{
	PGconn *db = itest_admin();
	const char *params[] = {name};
	long long id = itest_scalar(db, "SELECT id FROM indicators WHERE name = $1", 1, params);
	PQfinish(db);
	return id;
}

/* The item of `items` with "id" = id, or NULL. */
static json_t *by_id(json_t *items, long long id)
{
	size_t i;
	json_t *row;
	json_array_foreach(items, i, row) if (json_integer_value(json_object_get(row, "id")) ==
	                                      id) return row;
	return NULL;
}

static long long int_of(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	cr_assert(json_is_integer(v), "%s is not an integer", key);
	return json_integer_value(v);
}

/* The number of points /series gives for indicator `id` (and `org_q`, a
 * query-encoded organisation, or NULL). */
static long long series_total(long long id, const char *org_q)
{
	char *path = org_q ? api_path("/api/v1/indicators/%lld/series?org=%s&limit=1", id, org_q)
	                   : api_path("/api/v1/indicators/%lld/series?limit=1", id);
	json_t *body = api_get_json(path, 200, NULL);
	long long n = int_of(body, "total");
	json_decref(body);
	free(path);
	return n;
}

Test(api_indicators, counts_honour_org)
{
	long long revenue = seeded_id("一般公共预算收入");
	long long scale = seeded_id("规模以上工业增加值");
	long long value_added = seeded_id("工业增加值");
	/* 鹭汀高新区: 一般公共预算收入 reported 2021, 2022, 2023, its 2023
	 * target, and 2020 implied from 2021's growth: 5 points, 1 org */
	json_t *body = api_get_json("/api/v1/indicators?org=" SYN_ORG "&limit=1000", 200, NULL);
	json_t *items = json_object_get(body, "items");
	json_t *row = by_id(items, revenue);
	cr_assert_not_null(row);
	cr_assert_eq(int_of(row, "organizations"), 1);
	cr_assert_eq(int_of(row, "points"), 5);
	row = by_id(items, scale);
	cr_assert_not_null(row);
	cr_assert_eq(int_of(row, "organizations"), 1);
	cr_assert_eq(int_of(row, "points"), 5);
	/* the sample's 工业增加值 is not one of this zone's */
	cr_assert_null(by_id(items, value_added));
	/* every count is the series' for this organisation */
	size_t i;
	json_array_foreach(items, i, row)
	{
		cr_assert_eq(int_of(row, "organizations"), 1, "%s", api_str(row, "name"));
		cr_assert_eq(int_of(row, "points"), series_total(int_of(row, "id"), SYN_ORG), "%s",
		             api_str(row, "name"));
	}
	json_decref(body);

	/* 济源高新区: 3.03 亿元 (2023) and 2.81 implied for 2022 */
	body = api_get_json("/api/v1/indicators?org=" REAL_ORG "&limit=1000", 200, NULL);
	row = by_id(json_object_get(body, "items"), revenue);
	cr_assert_not_null(row);
	cr_assert_eq(int_of(row, "organizations"), 1);
	cr_assert_eq(int_of(row, "points"), 2);
	json_decref(body);

	/* without org: all organisations, and still the series' count */
	body = api_get_json("/api/v1/indicators?limit=1000", 200, NULL);
	json_array_foreach(json_object_get(body, "items"), i, row)
	    cr_assert_eq(int_of(row, "points"), series_total(int_of(row, "id"), NULL), "%s",
	                 api_str(row, "name"));
	row = by_id(json_object_get(body, "items"), revenue);
	cr_assert_geq(int_of(row, "organizations"), 2);
	json_decref(body);
}

Test(api_indicators, detail_years_are_those_of_the_series)
{
	/* 规模以上工业增加值 of 鹭汀高新区: its series starts with 2020, implied
	 * by 2021's 96.5 亿元 +7.8 % (89.52), and ends with 2023 */
	long long scale = seeded_id("规模以上工业增加值");
	char *path = api_path("/api/v1/indicators/%lld", scale);
	json_t *body = api_get_json(path, 200, NULL);
	free(path);
	json_t *orgs = json_object_get(body, "organizations");
	json_t *syn = NULL;
	size_t i;
	json_t *o;
	json_array_foreach(orgs, i, o) if (strcmp(api_str(o, "organization"), "鹭汀高新区") == 0)
	    syn = o;
	cr_assert_not_null(syn);
	cr_assert_eq(int_of(syn, "first_year"), 2020);
	cr_assert_eq(int_of(syn, "last_year"), 2023);
	cr_assert_eq(int_of(syn, "points"), 5);

	/* every organisation of every indicator: first/last year and points
	 * are those of its series */
	json_decref(body);
	json_t *list = api_get_json("/api/v1/indicators?limit=1000", 200, NULL);
	json_t *ind;
	size_t k;
	json_array_foreach(json_object_get(list, "items"), k, ind)
	{
		if (int_of(ind, "points") == 0)
			continue;
		path = api_path("/api/v1/indicators/%lld", int_of(ind, "id"));
		body = api_get_json(path, 200, NULL);
		free(path);
		json_array_foreach(json_object_get(body, "organizations"), i, o)
		{
			char *org = api_enc(api_str(o, "organization"));
			path = api_path("/api/v1/indicators/%lld/series?org=%s&limit=1000",
			                int_of(ind, "id"), org);
			json_t *series = api_get_json(path, 200, NULL);
			json_t *points = json_object_get(series, "items");
			cr_assert_eq(int_of(o, "points"), int_of(series, "total"), "%s", path);
			long long first = 9999, last = 0;
			size_t j;
			json_t *p;
			json_array_foreach(points, j, p)
			{
				long long y = int_of(p, "period_year");
				first = y < first ? y : first;
				last = y > last ? y : last;
			}
			cr_assert_eq(int_of(o, "first_year"), first, "%s", path);
			cr_assert_eq(int_of(o, "last_year"), last, "%s", path);
			json_decref(series);
			free(path);
			free(org);
		}
		json_decref(body);
	}
	json_decref(list);
}

/* The lists whose items come in two shapes say which, also on an empty
 * page (the discriminator of IndicatorList and ComparisonList in
 * api/openapi.json): the kind follows the request, never the rows. */
Test(api_indicators, lists_name_their_item_kind)
{
	static const struct {
		const char *path;
		const char *kind;
		long long total; /* -1: some, not checked here */
	} cases[] = {
	    {"/api/v1/indicators?limit=1", "indicator", -1},
	    {"/api/v1/indicators?q=%E6%97%A0%E6%AD%A4%E6%8C%87%E6%A0%87", "indicator",
	     0}, /* 无此指标 */
	    {"/api/v1/indicators?unmatched=true&limit=1", "unmatched_name", -1},
	    {"/api/v1/indicators?unmatched=true&q=%E6%97%A0%E6%AD%A4%E6%8C%87%E6%A0%87",
	     "unmatched_name", 0},
	    {"/api/v1/comparisons?org=" SYN_ORG "&year=2023&limit=1", "comparison", -1},
	    {"/api/v1/comparisons?org=" SYN_ORG "&year=2023&mode=target&limit=1",
	     "target_comparison", -1},
	    {"/api/v1/comparisons?org=%E6%97%A0%E6%AD%A4%E5%8C%BA&year=2023", "comparison",
	     0}, /* 无此区 */
	    {"/api/v1/comparisons?org=%E6%97%A0%E6%AD%A4%E5%8C%BA&year=2023&mode=target",
	     "target_comparison", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		json_t *body = api_get_json(cases[i].path, 200, NULL);
		cr_expect_str_eq(api_str(body, "item_kind"), cases[i].kind, "%s", cases[i].path);
		if (cases[i].total >= 0)
			cr_expect_eq(int_of(body, "total"), cases[i].total, "%s", cases[i].path);
		else
			cr_expect_gt(int_of(body, "total"), 0, "%s", cases[i].path);
		json_decref(body);
	}
}
