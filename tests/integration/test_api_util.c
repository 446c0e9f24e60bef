#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *api_path(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = NULL;
	cr_assert_geq(vasprintf(&s, fmt, ap), 0);
	va_end(ap);
	return s;
}

char *api_enc(const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	char *out = malloc(strlen(s) * 3 + 1);
	char *o = out;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' || *p == '~') {
			*o++ = (char)*p;
		} else {
			*o++ = '%';
			*o++ = hex[*p >> 4];
			*o++ = hex[*p & 15];
		}
	}
	*o = '\0';
	return out;
}

json_t *api_get_json(const char *path, long status, itest_http *raw)
{
	itest_http res;
	/* The tests check totals, which a list only has when asked for. */
	const char *const headers[] = {"Prefer: count=exact", NULL};
	itest_get(path, headers, &res);
	cr_assert_eq(res.status, status, "GET %s: status %ld, body %s", path, res.status, res.body);
	json_error_t err;
	json_t *body = json_loadb(res.body, res.body_len, 0, &err);
	cr_assert_not_null(body, "GET %s: not JSON (%s): %s", path, err.text, res.body);
	if (raw)
		*raw = res;
	else
		itest_http_free(&res);
	return body;
}

void api_expect_problem(const itest_http *res, long status, const char *code, const char *param)
{
	cr_assert_eq(res->status, status, "status %ld, want %ld: %s", res->status, status,
	             res->body);
	char *type = itest_http_header(res, "Content-Type");
	cr_assert_str_eq(type, "application/problem+json");
	free(type);
	json_t *body = json_loadb(res->body, res->body_len, 0, NULL);
	cr_assert_not_null(body, "problem body is not JSON: %s", res->body);
	cr_assert_str_eq(api_str(body, "type"), "about:blank");
	cr_assert_gt(strlen(api_str(body, "title")), 0);
	cr_assert_gt(strlen(api_str(body, "detail")), 0);
	cr_assert_eq(json_integer_value(json_object_get(body, "status")), status);
	cr_assert_str_eq(api_str(body, "code"), code);
	if (param)
		cr_assert_str_eq(api_str(body, "param"), param);
	else
		cr_assert_null(json_object_get(body, "param"), "unexpected param: %s", res->body);
	/* never SQL, never a stack trace */
	cr_assert_null(strstr(res->body, "SELECT"));
	cr_assert_null(strstr(res->body, "ERROR"));
	json_decref(body);
}

void api_get_expect_problem(const char *path, long status, const char *code, const char *param)
{
	itest_http res;
	itest_get(path, NULL, &res);
	api_expect_problem(&res, status, code, param);
	itest_http_free(&res);
}

long long api_sample_report_id(void)
{
	PGconn *db = itest_admin();
	long long id = itest_scalar(db,
	                            "SELECT id FROM reports WHERE organization = '济源高新区'"
	                            " AND year = 2023 AND kind = '工作总结'",
	                            0, NULL);
	PQfinish(db);
	return id;
}

long long api_sample_section_id(const char *heading)
{
	PGconn *db = itest_admin();
	const char *params[] = {heading};
	long long id =
	    itest_scalar(db,
	                 "SELECT s.id FROM sections s JOIN reports r ON r.id = s.report_id"
	                 " WHERE r.organization = '济源高新区' AND r.year = 2023"
	                 " AND r.kind = '工作总结' AND s.heading = $1",
	                 1, params);
	PQfinish(db);
	return id;
}

const char *api_str(const json_t *obj, const char *key)
{
	const json_t *v = json_object_get(obj, key);
	cr_assert(json_is_string(v), "member %s is not a string", key);
	return json_string_value(v);
}

void api_expect_metric_by_id(const json_t *item)
{
	long long id = json_integer_value(json_object_get(item, "id"));
	char *path = api_path("/api/v1/metrics/%lld", id);
	json_t *single = api_get_json(path, 200, NULL);
	cr_assert(json_equal(single, item), "/api/v1/metrics/%lld is another object", id);
	json_decref(single);
	free(path);
}
