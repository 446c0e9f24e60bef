/* dispatch() end to end without a network or a database: decoding errors,
 * 404/405/406/414/431, OPTIONS and CORS, ETag/304, format negotiation. */
#include "dispatch.h"
#include "openapi_doc.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>

static void setup(void)
{
	dispatch_set_cors_origins("https://app.example, https://other.example/");
	cr_assert_eq(openapi_load("api/openapi.json"), 0, "run from the repository root");
}

static void teardown(void)
{
	dispatch_free_config();
	openapi_free();
}

TestSuite(server_dispatch, .init = setup, .fini = teardown);

static const char *header(const http_response *res, const char *name)
{
	for (size_t i = 0; i < res->n_headers; i++)
		if (strcmp(res->headers[i].name, name) == 0)
			return res->headers[i].value;
	return NULL;
}

/* Dispatches and checks status and, for problems, code and param. */
static void run(const dispatch_input *in, http_response *res, int status, const char *code,
                const char *param)
{
	memset(res, 0, sizeof *res);
	dispatch(in, res);
	cr_assert_eq(res->status, status, "%s %s: %d", in->method, in->target, res->status);
	if (!code)
		return;
	cr_assert_str_eq(res->content_type, "application/problem+json");
	json_t *body = json_loads(sb_str(&res->body), 0, NULL);
	cr_assert_not_null(body);
	cr_assert_str_eq(json_string_value(json_object_get(body, "code")), code);
	cr_assert_eq(json_integer_value(json_object_get(body, "status")), status);
	if (param)
		cr_assert_str_eq(json_string_value(json_object_get(body, "param")), param);
	else
		cr_assert_null(json_object_get(body, "param"));
	json_decref(body);
	cr_assert_str_eq(header(res, "Cache-Control"), "no-store");
	cr_assert_null(header(res, "ETag"));
}

Test(server_dispatch, healthz)
{
	dispatch_input in = {.method = "GET", .target = "/healthz"};
	http_response res;
	run(&in, &res, 200, NULL, NULL);
	cr_assert_str_eq(sb_str(&res.body), "{\"status\":\"ok\"}");
	cr_assert_str_eq(header(&res, "Cache-Control"), "no-store");
	cr_assert_null(header(&res, "ETag"));
	http_response_free(&res);
}

Test(server_dispatch, errors)
{
	http_response res;
	struct {
		const char *method, *target, *accept;
		int status;
		const char *code, *param;
	} cases[] = {
	    {"GET", "/nope", NULL, 404, "not_found", NULL},
	    {"GET", "/api/v1/reports/", NULL, 404, "not_found", NULL},
	    {"GET", "/api/v1/reports/abc", NULL, 404, "not_found", NULL},
	    {"GET", "/api/v1/reports/0", NULL, 404, "not_found", NULL},
	    {"GET", "/api/v1/reports?year=abc", NULL, 400, "invalid_parameter", "year"},
	    {"GET", "/api/v1/reports?limit=-1", NULL, 400, "invalid_parameter", "limit"},
	    {"GET", "/api/v1/metrics?sort=bogus", NULL, 400, "invalid_parameter", "sort"},
	    {"GET", "/api/v1/metrics?kind=x", NULL, 400, "invalid_parameter", "kind"},
	    {"GET", "/api/v1/metrics?has_yoy=maybe", NULL, 400, "invalid_parameter", "has_yoy"},
	    {"GET", "/api/v1/sections?level=9", NULL, 400, "invalid_parameter", "level"},
	    {"GET", "/api/v1/reports?org=%E4%B8", NULL, 400, "invalid_utf8", "org"},
	    {"GET", "/api/v1/reports?org=%zz", NULL, 400, "invalid_percent_encoding", "org"},
	    {"GET", "/api/v1/reports?%zz=1", NULL, 400, "invalid_percent_encoding", NULL},
	    {"GET", "/api/v1/%FF", NULL, 400, "invalid_utf8", NULL},
	    {"GET", "/api/v1/reports%", NULL, 400, "invalid_percent_encoding", NULL},
	    {"GET", "/api/v1/reports?format=xml", NULL, 400, "invalid_parameter", "format"},
	    {"GET", "/api/v1/reports/1?format=csv", NULL, 400, "invalid_parameter", "format"},
	    {"GET", "/api/v1/metrics?nosuch=1", NULL, 400, "unknown_parameter", "nosuch"},
	    {"GET", "/api/v1/reports?year=2021&year=2022", NULL, 400, "repeated_parameter", "year"},
	    {"GET", "/api/v1/reports?format=json&format=csv", NULL, 400, "repeated_parameter",
	     "format"},
	    {"GET", "/api/v1/reports?year=1&year=2&nosuch=1", NULL, 400, "unknown_parameter",
	     "nosuch"},
	    {"GET", "/api/v1/reports/1?limit=5", NULL, 400, "unknown_parameter", "limit"},
	    {"GET", "/healthz?probe=1", NULL, 400, "unknown_parameter", "probe"},
	    {"HEAD", "/api/v1/sections?Level=1", NULL, 400, "unknown_parameter", "Level"},
	    {"GET", "/api/v1/reports", "text/html", 406, "not_acceptable", NULL},
	    {"GET", "/api/v1/reports/1", "text/csv", 406, "not_acceptable", NULL},
	    {"DELETE", "/api/v1/reports", NULL, 405, "method_not_allowed", NULL},
	    {"POST", "/healthz", NULL, 405, "method_not_allowed", NULL},
	    {"GET", "http://example/healthz", NULL, 400, "invalid_target", NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		dispatch_input in = {.method = cases[i].method,
		                     .target = cases[i].target,
		                     .accept = cases[i].accept};
		run(&in, &res, cases[i].status, cases[i].code, cases[i].param);
		if (cases[i].status == 405)
			cr_assert_str_eq(header(&res, "Allow"), "GET, HEAD, OPTIONS");
		http_response_free(&res);
	}
}

Test(server_dispatch, limits_give_414_and_431)
{
	char target[DISPATCH_MAX_TARGET_BYTES + 2];
	memset(target, 'a', sizeof target - 1);
	target[sizeof target - 1] = '\0';
	target[0] = '/';
	http_response res;
	dispatch_input in = {.method = "GET", .target = target};
	run(&in, &res, 414, "uri_too_long", NULL);
	http_response_free(&res);
	target[DISPATCH_MAX_TARGET_BYTES] = '\0'; /* exactly at the limit: fine (404) */
	run(&in, &res, 404, "not_found", NULL);
	http_response_free(&res);

	dispatch_input big = {
	    .method = "GET", .target = "/healthz", .header_bytes = DISPATCH_MAX_HEADER_BYTES + 1};
	run(&big, &res, 431, "headers_too_large", NULL);
	http_response_free(&res);
}

Test(server_dispatch, etag_and_304_and_head)
{
	dispatch_input in = {.method = "GET", .target = "/api/v1/openapi.json"};
	http_response res;
	run(&in, &res, 200, NULL, NULL);
	const char *tag = header(&res, "ETag");
	cr_assert_not_null(tag);
	cr_assert_eq(strlen(tag), 34);
	cr_assert_str_eq(header(&res, "Cache-Control"), "no-cache");
	char *saved = strdup(tag);
	size_t len = res.body.len;
	http_response_free(&res);

	in.method = "HEAD";
	run(&in, &res, 200, NULL, NULL);
	cr_assert_str_eq(header(&res, "ETag"), saved);
	cr_assert_eq(res.body.len, len, "HEAD keeps the length");
	http_response_free(&res);

	in.method = "GET";
	in.if_none_match = saved;
	run(&in, &res, 304, NULL, NULL);
	cr_assert_str_eq(header(&res, "ETag"), saved);
	cr_assert_eq(res.body.len, 0);
	http_response_free(&res);

	in.if_none_match = "\"00000000000000000000000000000000\"";
	run(&in, &res, 200, NULL, NULL);
	http_response_free(&res);
	free(saved);
}

Test(server_dispatch, options_and_cors)
{
	http_response res;
	dispatch_input pre = {.method = "OPTIONS",
	                      .target = "/api/v1/metrics",
	                      .origin = "https://app.example",
	                      .acr_method = "GET",
	                      .acr_headers = "If-None-Match, Accept"};
	run(&pre, &res, 204, NULL, NULL);
	cr_assert_str_eq(header(&res, "Allow"), "GET, HEAD, OPTIONS");
	cr_assert_str_eq(header(&res, "Access-Control-Allow-Origin"), "https://app.example");
	cr_assert_str_eq(header(&res, "Access-Control-Allow-Methods"), "GET, HEAD, OPTIONS");
	cr_assert_str_eq(header(&res, "Access-Control-Allow-Headers"), "If-None-Match, Accept");
	cr_assert_str_eq(header(&res, "Access-Control-Max-Age"), "600");
	cr_assert_str_eq(header(&res, "Vary"),
	                 "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
	cr_assert_eq(res.body.len, 0);
	http_response_free(&res);

	/* the configured origin had a trailing slash: still matches */
	pre.origin = "https://other.example";
	run(&pre, &res, 204, NULL, NULL);
	cr_assert_str_eq(header(&res, "Access-Control-Allow-Origin"), "https://other.example");
	http_response_free(&res);

	pre.origin = "https://evil.example";
	run(&pre, &res, 204, NULL, NULL);
	cr_assert_null(header(&res, "Access-Control-Allow-Origin"));
	http_response_free(&res);

	pre.origin = "https://app.example";
	pre.acr_method = "DELETE";
	run(&pre, &res, 204, NULL, NULL);
	cr_assert_null(header(&res, "Access-Control-Allow-Origin"));
	http_response_free(&res);

	pre.acr_method = "GET";
	pre.acr_headers = "X-Secret";
	run(&pre, &res, 204, NULL, NULL);
	cr_assert_null(header(&res, "Access-Control-Allow-Origin"));
	http_response_free(&res);

	dispatch_input get = {
	    .method = "GET", .target = "/healthz", .origin = "https://app.example"};
	run(&get, &res, 200, NULL, NULL);
	cr_assert_str_eq(header(&res, "Access-Control-Allow-Origin"), "https://app.example");
	cr_assert_str_eq(header(&res, "Access-Control-Expose-Headers"),
	                 "ETag, Link, Retry-After, Preference-Applied");
	cr_assert_str_eq(header(&res, "Vary"), "Accept-Encoding, Origin");
	http_response_free(&res);

	get.origin = "https://evil.example";
	run(&get, &res, 200, NULL, NULL);
	cr_assert_null(header(&res, "Access-Control-Allow-Origin"));
	http_response_free(&res);

	dispatch_input unknown = {.method = "OPTIONS", .target = "/nope"};
	run(&unknown, &res, 404, "not_found", NULL);
	http_response_free(&res);
}
