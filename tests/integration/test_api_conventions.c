/* Conventions shared by every route, over real HTTP: problem+json for every
 * error code, CSV bytes, ETag/304, HEAD, Link, OpenAPI, health. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

static void expect(const char *method, const char *path, const char *const *headers, long status,
                   const char *code, const char *param)
{
	itest_http res;
	itest_request(method, path, headers, &res);
	api_expect_problem(&res, status, code, param);
	char *cc = itest_http_header(&res, "Cache-Control");
	cr_assert_str_eq(cc, "no-store");
	free(cc);
	cr_assert_null(itest_http_header(&res, "ETag"));
	itest_http_free(&res);
}

Test(api_errors, bad_parameters_are_400)
{
	expect("GET", "/api/v1/reports?year=abc", NULL, 400, "invalid_parameter", "year");
	expect("GET", "/api/v1/reports?year=20233", NULL, 400, "invalid_parameter", "year");
	expect("GET", "/api/v1/metrics?limit=-1", NULL, 400, "invalid_parameter", "limit");
	expect("GET", "/api/v1/metrics?limit=0", NULL, 400, "invalid_parameter", "limit");
	expect("GET", "/api/v1/metrics?offset=x", NULL, 400, "invalid_parameter", "offset");
	expect("GET", "/api/v1/metrics?sort=price", NULL, 400, "invalid_parameter", "sort");
	expect("GET", "/api/v1/metrics?kind=plan", NULL, 400, "invalid_parameter", "kind");
	expect("GET", "/api/v1/metrics?has_yoy=yes", NULL, 400, "invalid_parameter", "has_yoy");
	expect("GET", "/api/v1/sections?level=5", NULL, 400, "invalid_parameter", "level");
	expect("GET", "/api/v1/reports?format=xml", NULL, 400, "invalid_parameter", "format");
	expect("GET", "/api/v1/metrics?name=%E5%B7", NULL, 400, "invalid_utf8", "name");
	expect("GET", "/api/v1/metrics?name=%FF%FE", NULL, 400, "invalid_utf8", "name");
	expect("GET", "/api/v1/metrics?name=%E5%B7%A", NULL, 400, "invalid_percent_encoding",
	       "name");
	expect("GET", "/api/v1/metrics?name=100%", NULL, 400, "invalid_percent_encoding", "name");
	expect("GET", "/api/v1/reports/%C0%AF", NULL, 400, "invalid_utf8", NULL);
}

Test(api_errors, not_found_method_accept)
{
	expect("GET", "/api/v1/nothing", NULL, 404, "not_found", NULL);
	expect("GET", "/api/v2/reports", NULL, 404, "not_found", NULL);
	expect("GET", "/api/v1/reports/abc", NULL, 404, "not_found", NULL);
	expect("GET", "/api/v1/reports/999999999", NULL, 404, "not_found", NULL);

	itest_http res;
	itest_request("DELETE", "/api/v1/reports/1", NULL, &res);
	api_expect_problem(&res, 405, "method_not_allowed", NULL);
	char *allow = itest_http_header(&res, "Allow");
	cr_assert_str_eq(allow, "GET, HEAD, OPTIONS");
	free(allow);
	itest_http_free(&res);
	expect("POST", "/api/v1/metrics", NULL, 405, "method_not_allowed", NULL);
	expect("PUT", "/healthz", NULL, 405, "method_not_allowed", NULL);

	const char *html[] = {"Accept: text/html", NULL};
	expect("GET", "/api/v1/reports", html, 406, "not_acceptable", NULL);
	const char *csv[] = {"Accept: text/csv", NULL};
	expect("GET", "/api/v1/openapi.json", csv, 406, "not_acceptable", NULL);
}

static char *repeat(char c, size_t n)
{
	char *s = malloc(n + 1);
	memset(s, c, n);
	s[n] = '\0';
	return s;
}

Test(api_errors, long_targets_and_headers)
{
	char *q = repeat('a', 9000);
	char *path = api_path("/api/v1/reports?org=%s", q);
	expect("GET", path, NULL, 414, "uri_too_long", NULL);
	free(path);
	char *h = api_path("X-Filler: %s", q);
	const char *headers[] = {h, NULL};
	expect("GET", "/api/v1/reports", headers, 431, "headers_too_large", NULL);
	free(h);
	free(q);

	/* beyond the connection's memory (256 KiB), libmicrohttpd answers by itself */
	q = repeat('b', 300000);
	path = api_path("/api/v1/reports?org=%s", q);
	itest_http res;
	itest_get(path, NULL, &res);
	cr_assert_eq(res.status, 414);
	itest_http_free(&res);
	free(path);
	h = api_path("X-Filler: %s", q);
	const char *big[] = {h, NULL};
	itest_get("/api/v1/reports", big, &res);
	cr_assert_eq(res.status, 431);
	itest_http_free(&res);
	free(h);
	free(q);

	/* and the server is still fine */
	json_t *ok = api_get_json("/healthz", 200, NULL);
	json_decref(ok);
}

/* The CSV of the sample's report row, byte for byte from the database. */
Test(api_csv, report_list_bytes)
{
	PGconn *db = itest_admin();
	char *row = itest_scalar_text(
	    db,
	    "SELECT concat_ws(',', r.id, r.organization, r.year, r.kind, r.title, r.source_file,"
	    " r.content_hash,"
	    " to_char(r.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
	    " (SELECT count(*) FROM sections s WHERE s.report_id = r.id),"
	    " (SELECT count(*) FROM metrics m WHERE m.report_id = r.id))"
	    " FROM reports r WHERE organization = '济源高新区' AND year = 2023",
	    0, NULL);
	PQfinish(db);
	char *want = api_path("\xEF\xBB\xBF"
	                      "id,organization,year,kind,title,source_file,content_hash,"
	                      "imported_at,sections_count,metrics_count\r\n%s\r\n",
	                      row);
	char *org = api_enc("济源高新区");
	char *path = api_path("/api/v1/reports?org=%s&format=csv", org);
	itest_http res;
	itest_get(path, NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_eq(res.body_len, strlen(want));
	cr_assert_str_eq(res.body, want);
	char *type = itest_http_header(&res, "Content-Type");
	cr_assert_str_eq(type, "text/csv; charset=utf-8; header=present");
	free(type);
	itest_http_free(&res);

	/* Accept: text/csv gives the same bytes */
	free(path);
	path = api_path("/api/v1/reports?org=%s", org);
	const char *accept[] = {"Accept: text/csv", NULL};
	itest_get(path, accept, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(res.body, want);
	itest_http_free(&res);
	free(path);
	free(org);
	free(want);
	free(row);
}

/* Quotes hold commas and the like: a metric row is quoted per RFC 4180. */
Test(api_csv, metric_rows_quote_and_crlf)
{
	long long rid = api_sample_report_id();
	char *path = api_path("/api/v1/metrics?report=%lld&limit=3&format=csv", rid);
	itest_http res;
	itest_get(path, NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_eq(memcmp(res.body, "\xEF\xBB\xBF", 3), 0, "BOM");
	const char *header =
	    "id,report_id,section_id,indicator_id,organization,report_year,position,"
	    "name,value,"
	    "unit,base_value,base_unit,qualifier,qualifier_text,approx,yoy_pct,"
	    "yoy_points,is_target,is_ranking,period_year,against_year,quote,span_start,span_end"
	    "\r\n";
	cr_assert_eq(strncmp(res.body + 3, header, strlen(header)), 0, "%s", res.body);
	/* 1 header + 3 rows, each ending in CRLF, no bare LF outside quotes */
	int crlf = 0;
	for (const char *p = res.body; (p = strstr(p, "\r\n")); p += 2)
		crlf++;
	cr_assert_eq(crlf, 4, "%s", res.body);
	cr_assert_null(strstr(res.body, "\\u"));
	itest_http_free(&res);
	free(path);
}

Test(api_conventions, etag_304_and_head)
{
	long long rid = api_sample_report_id();
	char *path = api_path("/api/v1/reports/%lld", rid);
	itest_http res;
	itest_get(path, NULL, &res);
	cr_assert_eq(res.status, 200);
	char *etag = itest_http_header(&res, "ETag");
	cr_assert_not_null(etag);
	cr_assert_eq(strlen(etag), 34, "strong, quoted: %s", etag);
	cr_assert_eq(etag[0], '"');
	char *cc = itest_http_header(&res, "Cache-Control");
	cr_assert_str_eq(cc, "no-cache");
	free(cc);
	size_t len = res.body_len;
	itest_http_free(&res);

	char *inm = api_path("If-None-Match: %s", etag);
	const char *h[] = {inm, NULL};
	itest_get(path, h, &res);
	cr_assert_eq(res.status, 304);
	cr_assert_eq(res.body_len, 0);
	char *etag2 = itest_http_header(&res, "ETag");
	cr_assert_str_eq(etag2, etag);
	free(etag2);
	itest_http_free(&res);

	const char *other[] = {"If-None-Match: \"0123\", W/\"4567\"", NULL};
	itest_get(path, other, &res);
	cr_assert_eq(res.status, 200);
	itest_http_free(&res);

	itest_request("HEAD", path, NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_eq(res.body_len, 0);
	char *cl = itest_http_header(&res, "Content-Length");
	cr_assert_eq(strtoul(cl, NULL, 10), len);
	free(cl);
	char *etag3 = itest_http_header(&res, "ETag");
	cr_assert_str_eq(etag3, etag);
	free(etag3);
	itest_http_free(&res);

	/* HEAD of an error: same status, no body */
	itest_request("HEAD", "/api/v1/reports?year=abc", NULL, &res);
	cr_assert_eq(res.status, 400);
	cr_assert_eq(res.body_len, 0);
	itest_http_free(&res);
	free(inm);
	free(etag);
	free(path);
}

Test(api_conventions, link_headers_page_through)
{
	json_t *all = api_get_json("/api/v1/sections?limit=1000", 200, NULL);
	long long total = json_integer_value(json_object_get(all, "total"));
	cr_assert_gt(total, 3);
	itest_http res;
	itest_get("/api/v1/sections?limit=2", NULL, &res);
	char *link = itest_http_header(&res, "Link");
	cr_assert_str_eq(link, "</api/v1/sections?limit=2&offset=2>; rel=\"next\"");
	free(link);
	itest_http_free(&res);
	char *last = api_path("/api/v1/sections?limit=2&offset=%lld", total - 1);
	itest_get(last, NULL, &res);
	link = itest_http_header(&res, "Link");
	char *want = api_path("</api/v1/sections?limit=2&offset=%lld>; rel=\"prev\"", total - 3);
	cr_assert_str_eq(link, want);
	free(want);
	free(link);
	itest_http_free(&res);
	free(last);
	json_decref(all);
}

Test(api_conventions, openapi_and_health)
{
	json_t *doc = api_get_json("/api/v1/openapi.json", 200, NULL);
	cr_assert_str_eq(api_str(doc, "openapi"), "3.1.0");
	cr_assert_not_null(json_object_get(json_object_get(doc, "paths"), "/api/v1/metrics"));
	json_decref(doc);
	json_t *h = api_get_json("/healthz", 200, NULL);
	cr_assert_str_eq(api_str(h, "status"), "ok");
	json_decref(h);
	json_t *r = api_get_json("/readyz", 200, NULL);
	cr_assert_str_eq(api_str(r, "status"), "ready");
	PGconn *db = itest_admin();
	cr_assert_eq(json_integer_value(json_object_get(r, "schema_version")),
	             itest_scalar(db, "SELECT max(version) FROM schema_migrations", 0, NULL));
	PQfinish(db);
	json_decref(r);
}
