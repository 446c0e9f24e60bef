/* GET /api/v1/organizations over the imported fixtures: the real sample
 * (济源高新区, one report) and the synthetic zone (鹭汀高新区, four reports
 * of 2021–2023, two of them of 2023). Other tests import organisations of
 * their own (测试…), so the list is checked by name, and its total against
 * the database. */
#include "json_num.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

static json_t *org_row(json_t *items, const char *name)
{
	size_t i;
	json_t *row, *found = NULL;
	json_array_foreach(items, i, row)
	{
		if (strcmp(api_str(row, "organization"), name) == 0) {
			cr_assert_null(found, "%s listed twice", name);
			found = row;
		}
	}
	cr_assert_not_null(found, "%s not listed", name);
	return found;
}

/* row printed compactly, exactly as the API's JSON prints it */
static void expect_json(json_t *row, const char *key, const char *want)
{
	char *text = json_dumps(json_object_get(row, key), JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	cr_assert_str_eq(text, want, "%s: %s", key, text);
	free(text);
}

static long long report_id(const char *org, const char *year, const char *kind)
{
	PGconn *db = itest_admin();
	const char *params[] = {org, year, kind};
	long long id = itest_scalar(db,
	                            "SELECT id FROM reports WHERE organization = $1"
	                            " AND year = $2::integer AND kind = $3",
	                            3, params);
	PQfinish(db);
	return id;
}

Test(api_organizations, years_counts_and_latest_report)
{
	itest_http raw;
	json_t *body = api_get_json("/api/v1/organizations?limit=1000", 200, &raw);
	json_t *items = json_object_get(body, "items");
	PGconn *db = itest_admin();
	long long orgs =
	    itest_scalar(db, "SELECT count(DISTINCT organization) FROM reports", 0, NULL);
	PQfinish(db);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), orgs);
	cr_assert_eq((long long)json_array_size(items), orgs);
	/* sorted by name */
	for (size_t i = 1; i < json_array_size(items); i++)
		cr_assert_lt(strcmp(api_str(json_array_get(items, i - 1), "organization"),
		                    api_str(json_array_get(items, i), "organization")),
		             0);

	json_t *row = org_row(items, "鹭汀高新区");
	expect_json(row, "years", "[2021,2022,2023]");
	expect_json(row, "reports", "4");
	/* 2023 has a 政府工作报告 and a 工作总结: the one imported last */
	char *want = api_path("{\"id\":%lld,\"year\":2023,\"kind\":\"工作总结\","
	                      "\"title\":\"鹭汀高新区2023年工作总结\"}",
	                      report_id("鹭汀高新区", "2023", "工作总结"));
	expect_json(row, "latest_report", want);
	free(want);

	row = org_row(items, "济源高新区");
	expect_json(row, "years", "[2023]");
	expect_json(row, "reports", "1");
	want = api_path("{\"id\":%lld,\"year\":2023,\"kind\":\"工作总结\","
	                "\"title\":\"济源高新区2023年工作总结\"}",
	                api_sample_report_id());
	expect_json(row, "latest_report", want);
	free(want);
	/* members in this order, nothing escaped */
	cr_assert_not_null(strstr(raw.body, "{\"organization\":\"济源高新区\",\"years\":[2023],"
	                                    "\"reports\":1,\"latest_report\":{\"id\":"),
	                   "%s", raw.body);
	json_decref(body);
	itest_http_free(&raw);
}

Test(api_organizations, pages_and_csv)
{
	json_t *all = api_get_json("/api/v1/organizations?limit=1000", 200, NULL);
	json_t *items = json_object_get(all, "items");
	long long total = json_integer_value(json_object_get(all, "total"));
	cr_assert_geq(total, 2);
	itest_http raw;
	json_t *page = api_get_json("/api/v1/organizations?limit=1&offset=1", 200, &raw);
	cr_assert_eq(json_integer_value(json_object_get(page, "total")), total);
	cr_assert_eq(json_array_size(json_object_get(page, "items")), 1);
	cr_assert(json_equal(json_array_get(json_object_get(page, "items"), 0),
	                     json_array_get(items, 1)));
	char *link = itest_http_header(&raw, "Link");
	cr_assert_not_null(strstr(link, "</api/v1/organizations?limit=1&offset=0>; rel=\"prev\""),
	                   "%s", link);
	free(link);
	itest_http_free(&raw);
	json_decref(page);
	json_decref(all);

	char *org = api_enc("济源高新区");
	itest_http res;
	itest_get("/api/v1/organizations?format=csv", NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_eq(strncmp(res.body,
	                     "\xEF\xBB\xBF"
	                     "organization,years,reports,latest_report\r\n",
	                     strlen("\xEF\xBB\xBF"
	                            "organization,years,reports,latest_report\r\n")),
	             0, "%s", res.body);
	char *want = api_path(
	    "\r\n济源高新区,[2023],1,\"{\"\"id\"\":%lld,\"\"year\"\":2023,"
	    "\"\"kind\"\":\"\"工作总结\"\",\"\"title\"\":\"\"济源高新区2023年工作总结\"\"}\""
	    "\r\n",
	    api_sample_report_id());
	cr_assert_not_null(strstr(res.body, want), "%s", res.body);
	free(want);
	itest_http_free(&res);
	free(org);

	itest_get("/api/v1/organizations?org=x", NULL, &res);
	api_expect_problem(&res, 400, "unknown_parameter", "org");
	itest_http_free(&res);
}
