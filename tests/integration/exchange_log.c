/* Appends each exchange as one JSON line (exchange_log.h). Jansson builds
 * the line, so quoting and UTF-8 checking are its job, not ours; the record
 * keeps the answer's own bytes so that the validator sees exactly what a
 * client would parse. */
#include "exchange_log.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The path and query of `url` ("http://host:port/a?b" → "/a?b"); a URL
 * without a path gives "/". Points into `url`. */
static const char *path_of(const char *url)
{
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	p = strchr(p, '/');
	return p ? p : "/";
}

/* `s` as a JSON string; bytes that are not valid UTF-8 (an abuse test's raw
 * URL or header) are percent-encoded so that the record is never lost.
 * Returns a new reference. */
static json_t *text_json(const char *s)
{
	json_t *j = json_string(s);
	if (j)
		return j;
	size_t len = strlen(s);
	char *esc = malloc(len * 3 + 1);
	cr_assert_not_null(esc, "out of memory");
	char *w = esc;
	for (const unsigned char *r = (const unsigned char *)s; *r; r++) {
		if (*r < 0x80) {
			*w++ = (char)*r;
		} else {
			static const char hex[] = "0123456789ABCDEF";
			*w++ = '%';
			*w++ = hex[*r >> 4];
			*w++ = hex[*r & 15];
		}
	}
	*w = '\0';
	j = json_string(esc);
	free(esc);
	return j;
}

/* A JSON media type: application/json, application/problem+json, … */
static int is_json_type(const char *content_type)
{
	if (!content_type)
		return 0;
	size_t len = strcspn(content_type, ";");
	while (len > 0 && content_type[len - 1] == ' ')
		len--;
	return len >= 4 && strncmp(content_type + len - 4, "json", 4) == 0;
}

/* Writes all of line[0..len) with one write (retried only when
 * interrupted); 0 on success. */
static int write_line(const char *path, const char *line, size_t len)
{
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	ssize_t n;
	do
		n = write(fd, line, len);
	while (n < 0 && errno == EINTR);
	int rc = (n == (ssize_t)len) ? 0 : -1;
	if (close(fd) != 0)
		rc = -1;
	return rc;
}

void exchange_log_append(const char *method, const char *url, const char *const *request_headers,
                         const itest_http *res)
{
	const char *path = getenv("TEST_EXCHANGE_LOG");
	if (!path || !*path)
		return;
	char *content_type = itest_http_header(res, "Content-Type");
	char *content_encoding = itest_http_header(res, "Content-Encoding");
	json_t *headers = json_array();
	for (size_t i = 0; request_headers && request_headers[i]; i++)
		json_array_append_new(headers, text_json(request_headers[i]));
	json_t *body = NULL;
	if (is_json_type(content_type) && !content_encoding)
		body = json_stringn(res->body, res->body_len); /* NULL when not UTF-8 */
	json_t *rec = json_pack(
	    "{s:s, s:o, s:o, s:I, s:o, s:o, s:I, s:o}", "method", method, "url",
	    text_json(path_of(url)), "request_headers", headers, "status", (json_int_t)res->status,
	    "content_type", content_type ? text_json(content_type) : json_null(),
	    "content_encoding", content_encoding ? text_json(content_encoding) : json_null(),
	    "body_len", (json_int_t)res->body_len, "body", body ? body : json_null());
	char *line = rec ? json_dumps(rec, JSON_COMPACT) : NULL;
	json_decref(rec);
	free(content_type);
	free(content_encoding);
	int ok = 0;
	if (line) {
		size_t len = strlen(line);
		line[len] = '\n'; /* replaces the NUL: the line is written by length */
		ok = write_line(path, line, len + 1) == 0;
		free(line);
	}
	cr_assert(ok, "cannot append the exchange to TEST_EXCHANGE_LOG (%s): %s", path,
	          strerror(errno));
}
