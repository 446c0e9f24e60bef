/* HEAD of a streamed CSV download (server/httpd.c, csv_stream.c): the
 * GET's status and headers without the body, and no length the GET would
 * not have. The GET is chunked, so neither answer has a Content-Length
 * (the HEAD used to claim "Content-Length: 0"). The two differ only in the
 * headers that frame the bytes on this one connection: the GET's
 * Transfer-Encoding, the HEAD's Connection: close, and the Date. On the
 * wire, nothing follows the HEAD's headers: libmicrohttpd 0.9.75 sends the
 * last chunk of a chunked HEAD, which a client would read as the start of
 * the next response. The sample's metrics, already imported, are the
 * list. */
#include "test_api_util.h"

#include "sb.h"

#include <criterion/criterion.h>
#include <ctype.h>
#include <curl/curl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define CSV_PATH "/api/v1/metrics?format=csv&limit=5"
#define CSV_TYPE "text/csv; charset=utf-8; header=present"

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The header lines of `res` as "name: value" with the name in lower case,
 * sorted, one a line, leaving out the status line and the framing headers
 * Date, Connection and Transfer-Encoding. Caller frees. */
static char *end_to_end_headers(const itest_http *res)
{
	char *lines[64];
	size_t n = 0;
	char *copy = xstrdup(res->headers);
	for (char *save = NULL, *line = strtok_r(copy, "\r\n", &save); line;
	     line = strtok_r(NULL, "\r\n", &save)) {
		char *colon = strchr(line, ':');
		if (!colon || strncmp(line, "HTTP/", 5) == 0)
			continue;
		size_t name_len = (size_t)(colon - line);
		static const char *const framing[] = {"date", "connection", "transfer-encoding"};
		int skip = 0;
		for (size_t i = 0; i < sizeof framing / sizeof framing[0]; i++)
			skip |= name_len == strlen(framing[i]) &&
			        strncasecmp(line, framing[i], name_len) == 0;
		if (skip)
			continue;
		cr_assert_lt(n, sizeof lines / sizeof lines[0], "too many headers");
		for (size_t i = 0; i < name_len; i++)
			line[i] = (char)tolower((unsigned char)line[i]);
		lines[n++] = line;
	}
	qsort(lines, n, sizeof lines[0], by_text);
	sb out = SB_INIT;
	for (size_t i = 0; i < n; i++)
		sb_printf(&out, "%s\n", lines[i]);
	free(copy);
	return sb_take(&out);
}

static void expect_head_as_get(const char *const *request_headers, const char *encoding)
{
	itest_http get, head;
	itest_get(CSV_PATH, request_headers, &get);
	itest_request("HEAD", CSV_PATH, request_headers, &head);

	cr_expect_eq(get.status, 200);
	cr_expect_eq(head.status, get.status);
	cr_expect_eq(head.body_len, 0);
	cr_expect_gt(get.body_len, 0);
	char *te = itest_http_header(&get, "Transfer-Encoding");
	cr_expect_str_eq(te ? te : "(none)", "chunked", "the GET is streamed");
	char *get_len = itest_http_header(&get, "Content-Length");
	char *head_len = itest_http_header(&head, "Content-Length");
	cr_expect_null(get_len, "GET Content-Length: %s", get_len);
	cr_expect_null(head_len, "HEAD Content-Length: %s", head_len);
	char *type = itest_http_header(&head, "Content-Type");
	cr_expect_str_eq(type ? type : "(none)", CSV_TYPE);
	char *coding = itest_http_header(&head, "Content-Encoding");
	cr_expect_str_eq(coding ? coding : "(none)", encoding);

	char *want = end_to_end_headers(&get);
	char *got = end_to_end_headers(&head);
	cr_expect_str_eq(got, want, "HEAD headers:\n%s\nGET headers:\n%s", head.headers,
	                 get.headers);

	free(got);
	free(want);
	free(coding);
	free(type);
	free(head_len);
	free(get_len);
	free(te);
	itest_http_free(&head);
	itest_http_free(&get);
}

Test(api_csv_head, head_has_the_gets_headers_and_no_length)
{
	expect_head_as_get(NULL, "(none)");
	const char *gzip[] = {"Accept-Encoding: gzip", NULL};
	expect_head_as_get(gzip, "gzip");
}

/* Everything the server sends on a connection that carries one HEAD, until
 * it closes it or 5 s pass. Caller frees. */
static char *raw_head_exchange(void)
{
	CURL *curl = curl_easy_init();
	cr_assert_not_null(curl);
	curl_easy_setopt(curl, CURLOPT_URL, itest_env("TEST_API_URL"));
	curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
	cr_assert_eq(curl_easy_perform(curl), CURLE_OK);
	curl_socket_t fd;
	cr_assert_eq(curl_easy_getinfo(curl, CURLINFO_ACTIVESOCKET, &fd), CURLE_OK);
	static const char request[] = "HEAD " CSV_PATH " HTTP/1.1\r\nHost: itest\r\n\r\n";
	size_t sent = 0;
	while (sent < sizeof request - 1) {
		size_t n = 0;
		CURLcode rc = curl_easy_send(curl, request + sent, sizeof request - 1 - sent, &n);
		if (rc == CURLE_AGAIN) {
			poll(&(struct pollfd){.fd = fd, .events = POLLOUT}, 1, 1000);
			continue;
		}
		cr_assert_eq(rc, CURLE_OK, "send: %s", curl_easy_strerror(rc));
		sent += n;
	}
	sb got = SB_INIT;
	struct timespec t0, now;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		char buf[4096];
		size_t n = 0;
		CURLcode rc = curl_easy_recv(curl, buf, sizeof buf, &n);
		if (rc == CURLE_OK && n == 0)
			break; /* closed by the server */
		if (rc == CURLE_OK) {
			sb_append(&got, buf, n);
			continue;
		}
		cr_assert_eq(rc, CURLE_AGAIN, "recv: %s", curl_easy_strerror(rc));
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - t0.tv_sec >= 5)
			break;
		poll(&(struct pollfd){.fd = fd, .events = POLLIN}, 1, 200);
	}
	curl_easy_cleanup(curl);
	return sb_take(&got);
}

Test(api_csv_head, nothing_follows_the_heads_headers)
{
	char *got = raw_head_exchange();
	cr_assert(strncmp(got, "HTTP/1.1 200 ", 13) == 0, "%.200s", got);
	char *end = strstr(got, "\r\n\r\n");
	cr_assert_not_null(end, "no end of the headers: %s", got);
	cr_expect_str_eq(end + 4, "", "bytes after the HEAD's headers");
	free(got);
}
