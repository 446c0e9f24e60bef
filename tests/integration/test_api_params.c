/* Every route takes only the query parameters it declares (server/routes.c):
 * an unknown name or a name given twice is a 400 naming it, never silently
 * ignored or silently resolved. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* GETs `path`, expects a 400 problem with `code`, "param" = names[0] and
 * "params" = names (NULL-terminated), and returns nothing. */
static void expect_refused(const char *path, const char *code, const char *const *names)
{
	itest_http res;
	itest_get(path, NULL, &res);
	api_expect_problem(&res, 400, code, names[0]);
	json_t *body = json_loadb(res.body, res.body_len, 0, NULL);
	json_t *params = json_object_get(body, "params");
	size_t n = 0;
	for (; names[n]; n++)
		cr_assert_str_eq(json_string_value(json_array_get(params, n)), names[n], "%s: %s",
		                 path, res.body);
	cr_assert_eq(json_array_size(params), n, "%s: %s", path, res.body);
	char *cache = itest_http_header(&res, "Cache-Control");
	cr_assert_str_eq(cache, "no-store");
	free(cache);
	json_decref(body);
	itest_http_free(&res);
}

Test(api_params, unknown_names_are_refused)
{
	expect_refused("/api/v1/metrics?nosuch=1", "unknown_parameter",
	               (const char *const[]){"nosuch", NULL});
	/* several, each named once, in the order given */
	expect_refused("/api/v1/metrics?limit=5&Year=2023&nosuch=1&Year=2022", "unknown_parameter",
	               (const char *const[]){"Year", "nosuch", NULL});
	/* paging only where there is a list; nothing at all on /healthz */
	expect_refused("/api/v1/metrics/1?limit=5", "unknown_parameter",
	               (const char *const[]){"limit", NULL});
	expect_refused("/healthz?probe=1", "unknown_parameter",
	               (const char *const[]){"probe", NULL});
	expect_refused("/api/v1/reports?q=%E5%B7%A5", "unknown_parameter",
	               (const char *const[]){"q", NULL});
	expect_refused("/api/v1/indicators/1/series?year=2023", "unknown_parameter",
	               (const char *const[]){"year", NULL});

	itest_http res;
	itest_get("/api/v1/metrics?nosuch=1", NULL, &res);
	cr_assert_not_null(strstr(res.body, "This route takes: report org year"), "%s", res.body);
	itest_http_free(&res);
}

Test(api_params, repeated_names_are_refused)
{
	expect_refused("/api/v1/metrics?year=2021&year=2022", "repeated_parameter",
	               (const char *const[]){"year", NULL});
	expect_refused("/api/v1/reports?org=a&kind=b&org=a&kind=b&org=a", "repeated_parameter",
	               (const char *const[]){"org", "kind", NULL});
	expect_refused("/api/v1/reports?format=csv&format=json", "repeated_parameter",
	               (const char *const[]){"format", NULL});
	/* unknown beats repeated */
	expect_refused("/api/v1/reports?year=1&year=2&nosuch=1", "unknown_parameter",
	               (const char *const[]){"nosuch", NULL});
}

Test(api_params, declared_names_still_work)
{
	json_t *body =
	    api_get_json("/api/v1/reports?year=2023&limit=1&offset=0&format=json", 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "limit")), 1);
	json_decref(body);
	body = api_get_json("/healthz", 200, NULL);
	json_decref(body);
	/* format=json is taken by every route, not only lists */
	body = api_get_json("/api/v1/openapi.json?format=json", 200, NULL);
	json_decref(body);
}
