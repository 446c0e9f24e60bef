/* The record of every HTTP exchange the integration tests make, for the
 * contract check of scripts/test.sh (api/validate-answers.mjs checks each
 * answer against api/openapi.json).
 *
 * When TEST_EXCHANGE_LOG names a file, each exchange is appended to it as one
 * JSON line: {"method", "url" (path and query, as sent), "request_headers"
 * (array of "Name: value"), "status", "content_type" (null when absent),
 * "content_encoding" (null when absent), "body_len", "body"}. "body" is the
 * body as a string when the answer is JSON (a media type ending in json) and
 * valid UTF-8, else null: other bodies (CSV, the dashboard's files) have no
 * schema beyond "a string", and a 100,000-row CSV would only bloat the log.
 *
 * Each line is written with one write(2) on a descriptor opened with
 * O_APPEND, so the forked Criterion workers never interleave their lines. */
#ifndef TESTS_INTEGRATION_EXCHANGE_LOG_H
#define TESTS_INTEGRATION_EXCHANGE_LOG_H

#include "itest.h"

/* Appends the exchange to $TEST_EXCHANGE_LOG; does nothing when the
 * variable is unset or empty. Fails the test when the file cannot be
 * written: a silently missing record would let the contract check pass on
 * nothing. `url` is the full URL that was requested. */
void exchange_log_append(const char *method, const char *url, const char *const *request_headers,
                         const itest_http *res);

#endif
