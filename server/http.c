/* The request/response helpers of http.h: plain data, no libmicrohttpd. */
#include "http.h"

#include "json_num.h"
#include "log.h"

#include <stdlib.h>
#include <string.h>

const char *http_query(const http_request *req, const char *name)
{
	const char *found = NULL;
	for (size_t i = 0; i < req->n_query; i++)
		if (strcmp(req->query[i].name, name) == 0)
			found = req->query[i].value;
	return found;
}

void http_set_header(http_response *res, const char *name, const char *value)
{
	if (res->n_headers >= HTTP_MAX_HEADERS) {
		/* A programming error, not a client's: the limit is far above
		 * what any route sets. Dropping beats overflowing. */
		log_error("too many response headers, dropped %s", name);
		return;
	}
	res->headers[res->n_headers].name = xstrdup(name);
	res->headers[res->n_headers].value = xstrdup(value);
	res->n_headers++;
}

sb *reply_body(http_response *res, int status, const char *content_type)
{
	res->status = status;
	free(res->content_type);
	res->content_type = xstrdup(content_type);
	sb_truncate(&res->body, 0);
	return &res->body;
}

static void set_body(http_response *res, int status, const char *content_type, json_t *body)
{
	reply_body(res, status, content_type);
	char *text = json_dumps(body, JSON_NUM_FLAGS);
	if (!text) {
		/* Only out of memory makes json_dumps fail on a valid value. */
		log_error("json_dumps failed");
		abort();
	}
	sb_puts(&res->body, text);
	free(text);
}

void reply_json(http_response *res, int status, json_t *body)
{
	set_body(res, status, "application/json", body);
	json_decref(body);
}

const char *http_status_title(int status)
{
	switch (status) {
	case 200:
		return "OK";
	case 204:
		return "No Content";
	case 304:
		return "Not Modified";
	case 400:
		return "Bad Request";
	case 404:
		return "Not Found";
	case 405:
		return "Method Not Allowed";
	case 406:
		return "Not Acceptable";
	case 414:
		return "URI Too Long";
	case 431:
		return "Request Header Fields Too Large";
	case 500:
		return "Internal Server Error";
	case 501:
		return "Not Implemented";
	case 503:
		return "Service Unavailable";
	default:
		return "Error";
	}
}

void reply_problem(http_response *res, int status, const char *code, const char *detail,
                   const char *param)
{
	reply_problem_ext(res, status, code, detail, param, NULL);
}

void reply_problem_ext(http_response *res, int status, const char *code, const char *detail,
                       const char *param, json_t *extra)
{
	/* "about:blank" with the status phrase as title (RFC 9457 §4.2.1);
	 * `code` is the stable, machine-readable distinction. */
	json_t *body = json_pack("{s:s, s:s, s:i, s:s, s:s}", "type", "about:blank", "title",
	                         http_status_title(status), "status", status, "detail",
	                         detail ? detail : "", "code", code);
	if (param)
		json_object_set_new(body, "param", json_string(param));
	if (extra) {
		json_object_update_missing(body, extra);
		json_decref(extra);
	}
	set_body(res, status, "application/problem+json", body);
	json_decref(body);
	res->no_etag = 1;
}

void reply_db_unavailable(http_response *res)
{
	reply_problem(res, 503, "database_unavailable", "The database is unavailable; retry later.",
	              NULL);
	http_set_header(res, "Retry-After", HTTP_RETRY_AFTER_SECONDS);
}

static long head_read(void *state, char *buf, size_t max)
{
	(void)state;
	(void)buf;
	(void)max;
	return 0;
}

static void head_free(void *state)
{
	(void)state;
}

body_stream *body_stream_for_head(void)
{
	body_stream *s = xcalloc(1, sizeof *s);
	s->read = head_read;
	s->free = head_free;
	return s;
}

void http_response_free(http_response *res)
{
	free(res->content_type);
	res->content_type = NULL;
	sb_free(&res->body);
	for (size_t i = 0; i < res->n_headers; i++) {
		free(res->headers[i].name);
		free(res->headers[i].value);
	}
	res->n_headers = 0;
	if (res->stream) {
		res->stream->free(res->stream->state);
		free(res->stream);
		res->stream = NULL;
	}
}
