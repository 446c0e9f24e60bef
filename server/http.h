/* Requests and responses as plain data. Handlers compute a response from a
 * parsed request and never touch libmicrohttpd: routing, HEAD, ETag/304,
 * CORS, content negotiation, logging and error bodies live in dispatch.c. */
#ifndef SERVER_HTTP_H
#define SERVER_HTTP_H

#include "sb.h"

#include <jansson.h>
#include <stddef.h>

#define HTTP_MAX_PATH_PARAMS 4
#define HTTP_MAX_HEADERS     16

typedef struct http_param {
	char *name;  /* percent-decoded, valid UTF-8 */
	char *value; /* percent-decoded, valid UTF-8 */
} http_param;

enum http_format { FORMAT_JSON, FORMAT_CSV };

/* What a list's "total" should be, from the request's Prefer header
 * (RFC 7240, as PostgREST: count=exact|planned|estimated); COUNT_NONE
 * when absent or not understood. */
enum http_count { COUNT_NONE, COUNT_EXACT, COUNT_PLANNED, COUNT_ESTIMATED };

typedef struct http_request {
	const char *method; /* "GET", "HEAD", "OPTIONS", ... */
	const char *path;   /* decoded path, valid UTF-8 */
	http_param *query;  /* in the order given */
	size_t n_query;
	const char *accept; /* header values, NULL when absent */
	const char *if_none_match;
	const char *origin;
	enum http_format format; /* negotiated from Accept and ?format= */
	enum http_count count;   /* from Prefer: count=... */
	/* Captured by the router: "/reports/{id}" → path_params[0] = "42". */
	const char *path_params[HTTP_MAX_PATH_PARAMS];
	size_t n_path_params;
} http_request;

typedef struct http_header {
	char *name;
	char *value;
} http_header;

/* A body produced while it is sent, for answers of any length (a CSV
 * export): the handler describes it, the transport drives it. The transport
 * calls read until it returns 0 (the end) or -1 (an error: the connection is
 * then cut, so a client sees an incomplete transfer, never a short body that
 * looks whole), and free exactly once, whether or not it ever read. read
 * writes at most `max` (> 0) bytes to buf and returns how many (> 0) unless
 * at the end or failed. */
typedef struct body_stream {
	long (*read)(void *state, char *buf, size_t max);
	void (*free)(void *state);
	void *state;
} body_stream;

/* The body_stream of a HEAD of a streamed answer: it reads as empty, and
 * the transport never reads it (HEAD sends no body). It is there so that
 * the HEAD is framed, encoded and labelled as its GET is (chunked, no
 * Content-Length, Content-Encoding when gzipped) instead of as an empty
 * body, which would claim "Content-Length: 0". Freed like any stream. */
body_stream *body_stream_for_head(void);

typedef struct http_response {
	int status;
	char *content_type; /* owned; NULL = no body */
	sb body;
	/* Owned; NULL for a body held in `body`. A streamed response has no
	 * ETag and is never cached (no_etag is set with it): its bytes are
	 * not known before they are sent. */
	body_stream *stream;
	http_header headers[HTTP_MAX_HEADERS];
	size_t n_headers;
	int no_etag; /* set for bodies that must not be cached */
} http_response;

typedef void (*http_handler)(const http_request *req, http_response *res);

/* The value of query parameter `name`, or NULL when absent (last one wins). */
const char *http_query(const http_request *req, const char *name);

/* Adds a header; name and value are copied. */
void http_set_header(http_response *res, const char *name, const char *value);

/* Starts a reply whose body the caller writes as text: sets the status and
 * the content type (copied), empties the body, and returns it to append to
 * (owned by res). */
sb *reply_body(http_response *res, int status, const char *content_type);

/* Replies with a JSON body; `body` is stolen (decref'd here). */
void reply_json(http_response *res, int status, json_t *body);

/* Replies with an RFC 9457 problem+json body:
 * {"type","title","status","detail","code"[,"param"]}. `param` may be NULL. */
void reply_problem(http_response *res, int status, const char *code, const char *detail,
                   const char *param);

/* reply_problem with extension members: each member of the object `extra`
 * (stolen; NULL for none) is added to the body ("params": [...]). */
void reply_problem_ext(http_response *res, int status, const char *code, const char *detail,
                       const char *param, json_t *extra);

/* A 503 for a database that is unreachable or failed (with Retry-After);
 * the real error goes to the log, never to the client. */
void reply_db_unavailable(http_response *res);

/* The reason phrase of a status ("Not Found"); "Error" for unlisted codes. */
const char *http_status_title(int status);

/* Seconds a client is told to wait (Retry-After) when the database is down:
 * the server retries its connection on the next request after about 1 s. */
#define HTTP_RETRY_AFTER_SECONDS "2"

/* Releases what the response owns. */
void http_response_free(http_response *res);

#endif
