/* gzip from the real server (content_coding.h): a client that takes gzip
 * gets Content-Encoding: gzip and, once libcurl has inflated it, exactly the
 * bytes of the identity answer, under an ETag of its own; a streamed CSV
 * download is compressed as it streams. */
#include "test_api_util.h"

#include "sb.h"

#include <criterion/criterion.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

static size_t collect(char *data, size_t size, size_t n, void *userdata)
{
	sb_append(userdata, data, size * n);
	return size * n;
}

/* GET `path` offering gzip; libcurl inflates. *headers and *body are the
 * caller's (sb_free). */
static long get_gzip(const char *path, sb *headers, sb *body)
{
	char *url = api_path("%s%s", itest_env("TEST_API_URL"), path);
	CURL *curl = curl_easy_init();
	curl_easy_setopt(curl, CURLOPT_URL, url);
	curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
	curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect);
	curl_easy_setopt(curl, CURLOPT_HEADERDATA, headers);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, body);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
	CURLcode rc = curl_easy_perform(curl);
	long status = 0;
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_cleanup(curl);
	free(url);
	cr_assert_eq(rc, CURLE_OK, "%s: %s", path, curl_easy_strerror(rc));
	return status;
}

static void check_gzipped(const char *path)
{
	itest_http plain;
	itest_get(path, NULL, &plain);
	cr_assert_eq(plain.status, 200);
	sb head = SB_INIT, body = SB_INIT;
	cr_assert_eq(get_gzip(path, &head, &body), 200);
	itest_http packed = {.status = 200, .headers = (char *)sb_str(&head)};
	char *encoding = itest_http_header(&packed, "Content-Encoding");
	char *vary = itest_http_header(&packed, "Vary");
	char *gz_tag = itest_http_header(&packed, "ETag");
	char *tag = itest_http_header(&plain, "ETag");
	cr_expect_str_eq(encoding ? encoding : "(none)", "gzip", "%s", path);
	cr_expect(vary && strstr(vary, "Accept-Encoding"), "%s: Vary %s", path, vary);
	cr_assert_eq(body.len, plain.body_len, "%s: inflated %zu, identity %zu", path, body.len,
	             plain.body_len);
	cr_assert(memcmp(sb_str(&body), plain.body, body.len) == 0, "%s", path);
	char want[64];
	snprintf(want, sizeof want, "%.*s-gzip\"", (int)strlen(tag) - 1, tag);
	cr_expect_str_eq(gz_tag, want);
	free(encoding);
	free(vary);
	free(gz_tag);
	free(tag);
	sb_free(&head);
	sb_free(&body);
	itest_http_free(&plain);
}

Test(api_gzip, json_answers_are_gzipped_for_clients_that_take_it)
{
	check_gzipped("/api/v1/metrics?limit=200");
	check_gzipped("/api/v1/reports");
	check_gzipped("/api/v1/openapi.json");
}

Test(api_gzip, a_streamed_download_is_gzipped_as_it_streams)
{
	const char *path = "/api/v1/metrics?format=csv";
	itest_http plain;
	itest_get(path, NULL, &plain);
	cr_assert_eq(plain.status, 200);
	sb head = SB_INIT, body = SB_INIT;
	cr_assert_eq(get_gzip(path, &head, &body), 200);
	itest_http res = {.status = 200, .headers = (char *)sb_str(&head)};
	char *encoding = itest_http_header(&res, "Content-Encoding");
	char *te = itest_http_header(&res, "Transfer-Encoding");
	cr_expect_str_eq(encoding ? encoding : "(none)", "gzip");
	cr_expect_str_eq(te ? te : "(none)", "chunked");
	cr_assert_gt(plain.body_len, 1000);
	cr_assert_eq(body.len, plain.body_len);
	cr_assert(memcmp(sb_str(&body), plain.body, body.len) == 0);
	free(encoding);
	free(te);
	sb_free(&head);
	sb_free(&body);
	itest_http_free(&plain);
}
