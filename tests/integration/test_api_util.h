/* Helpers of the HTTP API integration tests (test_api_*.c) on top of
 * itest.h: JSON GETs, problem checks, percent-encoding, sample lookups. */
#ifndef TESTS_INTEGRATION_TEST_API_UTIL_H
#define TESTS_INTEGRATION_TEST_API_UTIL_H

#include "itest.h"

#include <jansson.h>

/* A path from a printf format. Caller frees. */
char *api_path(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* s percent-encoded as a query component (UTF-8 bytes as %XX). Caller frees. */
char *api_enc(const char *s);

/* GETs `path` with "Prefer: count=exact" (a list then has its total),
 * asserts `status` and a JSON body, returns the parsed body
 * (caller decrefs). *raw, when not NULL, receives the response (caller
 * releases it with itest_http_free). */
json_t *api_get_json(const char *path, long status, itest_http *raw);

/* Asserts that /api/v1/metrics/{id} of `item` (a metric object from a list
 * or a section) answers exactly that object. */
void api_expect_metric_by_id(const json_t *item);

/* Asserts an RFC 9457 problem: status, content type, the members, `code`
 * and `param` (NULL: no param member). */
void api_expect_problem(const itest_http *res, long status, const char *code, const char *param);

/* GETs `path` (no extra headers) and asserts its problem, as
 * api_expect_problem. */
void api_get_expect_problem(const char *path, long status, const char *code, const char *param);

/* The id of the real sample's report (济源高新区 2023 工作总结), from the DB. */
long long api_sample_report_id(void);

/* The id of the sample's section with this heading, from the DB. */
long long api_sample_section_id(const char *heading);

/* A string member of a JSON object; fails the test when missing. */
const char *api_str(const json_t *obj, const char *key);

#endif
