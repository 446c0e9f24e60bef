#include "httpd.h"

#include "conn_guard.h"
#include "dispatch.h"
#include "log.h"
#include "log_limit.h"
#include "sb.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Limits, set deliberately (the connection limits, the per-address limit
 * and the head deadline are flags: httpd.h):
 * - CONNECTION_TIMEOUT: an idle keep-alive connection or a client that
 *   stops sending is closed after this many seconds of inactivity. It
 *   restarts on every byte, so a client trickling its head is bounded by
 *   the head deadline instead (conn_guard.h).
 * - MEMORY_LIMIT: the per-connection pool holds the request line, headers
 *   (one record per header line) and MHD's own state (response bodies live
 *   outside it). dispatch.h refuses targets and headers above 8 KiB each
 *   with problem+json; the pool is large enough that such requests, even
 *   as a few thousand one-byte header lines, still arrive there, and MHD
 *   answers 414/431 itself only for requests beyond the pool. Pages of an
 *   idle connection's pool are touched only as bytes arrive, but
 *   libmicrohttpd 0.9.76 zeroes the pool between the requests of a
 *   connection (under gdb: memsets of 130,969 and 262,144 bytes per
 *   request), ~6 % of the server's samples under perf on an uncached list
 *   page: the price of this limit, per request, not per byte. */
#define CONNECTION_TIMEOUT_S 30
/* libmicrohttpd log lines: at most this many per window (log_limit.h). */
#define MHD_LOG_BURST           10
#define MHD_LOG_WINDOW_MS       10000
#define CONNECTION_MEMORY_LIMIT (256 * 1024)

struct httpd {
	struct MHD_Daemon *daemon;
	conn_guard *guard;
};

/* Requests between the URI callback and their end (completion callback,
 * or the connection's close when MHD never completes them). */
static atomic_int in_flight;

typedef struct conn_state conn_state;

typedef struct request_ctx {
	conn_state *conn; /* the connection that owns this request */
	struct timespec start;
	char *target;     /* raw request target, for the access log */
	int headers_seen; /* the access handler has been called once */
	int status;       /* 0 until a response is queued */
	size_t bytes;     /* body bytes sent (none for HEAD and 304) */
	char method[16];
} request_ctx;

/* Per connection, from MHD_CONNECTION_NOTIFY_STARTED to _CLOSED (which MHD
 * calls for every connection it started, whatever happened). It owns the
 * current request: MHD 0.9.75 skips the completion callback on some error
 * paths, and the close then frees what the request holds. */
struct conn_state {
	guarded_conn *guard;
	request_ctx *req; /* the request in progress, or NULL */
};

static void request_free(request_ctx *ctx)
{
	free(ctx->target);
	free(ctx);
	atomic_fetch_sub(&in_flight, 1);
}

static void on_connection(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
	httpd *h = cls;
	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *fd =
		    MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
		conn_state *cs = xcalloc(1, sizeof *cs);
		if (fd)
			cs->guard = conn_guard_add(h->guard, fd->connect_fd);
		*socket_context = cs;
		return;
	}
	conn_state *cs = *socket_context;
	if (!cs)
		return;
	if (cs->req) {
		log_debug("connection closed without completing its request");
		request_free(cs->req);
	}
	conn_guard_remove(h->guard, cs->guard);
	free(cs);
	*socket_context = NULL;
}

/* libmicrohttpd 0.9.75 parses the query, right after this callback, into
 * one header record per argument in the connection's memory pool
 * (parse_initial_message_line): 2,000 '&' exhaust a 64 KiB pool, and its
 * error path then overwrites the state of the 431 it queued, so the client
 * waits for the timeout and the completion callback never comes. dispatch()
 * decodes the raw target itself and nothing reads MHD's GET arguments, so
 * the argument string is ended here and MHD parses none. `uri` is the
 * request line MHD split in place in its own writable read buffer; the
 * write stays inside it. (A NUL byte before the '?' hides the query from
 * strchr; such a request can still hit MHD's error path, and is then cut
 * by the head deadline and freed at the close.) */
static void skip_mhd_argument_parsing(const char *uri)
{
	char *q = strchr(uri, '?');
	if (q && q[1])
		q[1] = '\0';
}

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *conn)
{
	(void)cls;
	const union MHD_ConnectionInfo *ci =
	    MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	conn_state *cs = ci ? ci->socket_context : NULL;
	request_ctx *ctx = xcalloc(1, sizeof *ctx);
	clock_gettime(CLOCK_MONOTONIC, &ctx->start);
	ctx->target = xstrdup(uri);
	atomic_fetch_add(&in_flight, 1);
	skip_mhd_argument_parsing(uri);
	if (cs) {
		if (cs->req) /* a request MHD abandoned without completing it */
			request_free(cs->req);
		cs->req = ctx;
		ctx->conn = cs;
	}
	return ctx;
}

/* Log text of the target: at most 300 bytes, control bytes as '?'. It is
 * what the client sent; this API takes no credentials in URLs. */
static void log_target(sb *out, const char *target)
{
	size_t n = strlen(target);
	for (size_t i = 0; i < n && i < 300; i++) {
		unsigned char c = (unsigned char)target[i];
		sb_putc(out, c < 0x20 || c == 0x7f ? '?' : (char)c);
	}
	if (n > 300)
		sb_puts(out, "...");
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
	httpd *h = cls;
	(void)conn;
	request_ctx *ctx = *con_cls;
	if (!ctx)
		return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double ms = (double)(now.tv_sec - ctx->start.tv_sec) * 1e3 +
	            (double)(now.tv_nsec - ctx->start.tv_nsec) / 1e6;
	sb target = SB_INIT;
	log_target(&target, ctx->target);
	if (ctx->status)
		log_info("%s %s %d %zu %.1fms%s", ctx->method[0] ? ctx->method : "-",
		         sb_str(&target), ctx->status, ctx->bytes, ms,
		         toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (aborted)");
	else
		log_info("%s %s - 0 %.1fms (no response, termination %d)",
		         ctx->method[0] ? ctx->method : "-", sb_str(&target), ms, (int)toe);
	sb_free(&target);
	conn_state *cs = ctx->conn;
	if (cs) {
		cs->req = NULL;
		/* Kept open for the next request, whose head has a deadline of
		 * its own; when the connection closes instead, the close
		 * notification removes it. */
		conn_guard_next_head(h->guard, cs->guard);
	}
	request_free(ctx);
	*con_cls = NULL;
}

static enum MHD_Result note_header(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
	(void)kind;
	dispatch_note_header(cls, key, value);
	return MHD_YES;
}

static void read_input(struct MHD_Connection *conn, const char *method, const request_ctx *ctx,
                       dispatch_input *in)
{
	*in = (dispatch_input){
	    .method = method,
	    .target = ctx->target,
	    .accept = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept"),
	    .if_none_match = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "If-None-Match"),
	    .origin = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Origin"),
	    .prefer = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Prefer"),
	    .accept_encoding =
	        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept-Encoding"),
	    .acr_method =
	        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Access-Control-Request-Method"),
	    .acr_headers = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
	                                               "Access-Control-Request-Headers"),
	};
	MHD_get_connection_values(conn, MHD_HEADER_KIND, note_header, in);
}

/* Bytes a streamed body is asked for at a time: MHD's buffer for it. */
#define STREAM_BLOCK_BYTES (64 * 1024)

/* The body_stream of http.h as libmicrohttpd's content reader. */
static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
	(void)pos;
	body_stream *s = cls;
	long n = s->read(s->state, buf, max);
	if (n > 0)
		return (ssize_t)n;
	return n == 0 ? MHD_CONTENT_READER_END_OF_STREAM : MHD_CONTENT_READER_END_WITH_ERROR;
}

static void stream_free(void *cls)
{
	body_stream *s = cls;
	s->free(s->state);
	free(s);
}

/* Computes the response with dispatch() and queues it. */
static enum MHD_Result answer(struct MHD_Connection *conn, request_ctx *ctx,
                              const dispatch_input *in)
{
	snprintf(ctx->method, sizeof ctx->method, "%s", in->method);
	http_response res = {0};
	dispatch(in, &res);

	size_t len = res.body.len;
	struct MHD_Response *r;
	int streamed = 0;
	/* A 304 has no body. MHD 0.9.75 then sends "Content-Length: 0" and
	 * offers no way to state the 200's length instead (adding one by hand
	 * gives two headers); clients ignore it on a 304. */
	if (res.stream) {
		/* Chunked: the length is known only at the end. MHD calls the
		 * producer as the socket drains and frees it with the response,
		 * whatever happens to the connection. */
		r = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, STREAM_BLOCK_BYTES,
		                                      stream_read, res.stream, stream_free);
		if (r) {
			res.stream = NULL; /* MHD's now */
			streamed = 1;
			/* A HEAD's stream is never read (MHD sends no body for
			 * HEAD), and it must not claim a length the GET would not
			 * have: an empty buffer would say "Content-Length: 0". Not
			 * chunked either: MHD 0.9.75 (Debian 12) still sends a
			 * chunked reply's last chunk, "0\r\n\r\n", after a HEAD's
			 * headers, bytes that a client reads as the start of the
			 * next response (0.9.77 stopped, commit 2a1ff2f9). Not
			 * chunked and of unknown length, the reply has neither
			 * Content-Length nor Transfer-Encoding (which a HEAD may
			 * leave out, RFC 9112 6.1) and MHD closes the connection
			 * after the headers. */
			if (strcmp(in->method, "HEAD") == 0)
				MHD_set_response_options(r, MHD_RF_HTTP_1_0_COMPATIBLE_STRICT,
				                         MHD_RO_END);
		}
	} else if (len > 0)
		/* Ownership of the body passes to MHD, which free()s it. */
		r = MHD_create_response_from_buffer(len, sb_take(&res.body), MHD_RESPMEM_MUST_FREE);
	else
		r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
	enum MHD_Result ret = MHD_NO;
	if (!r) {
		log_error("cannot create a response");
		goto out;
	}
	if (res.content_type && (len > 0 || streamed || res.status == 200))
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, res.content_type);
	for (size_t i = 0; i < res.n_headers; i++)
		MHD_add_response_header(r, res.headers[i].name, res.headers[i].value);

	ret = MHD_queue_response(conn, (unsigned)res.status, r);
	MHD_destroy_response(r);
	ctx->status = res.status;
	ctx->bytes = strcmp(in->method, "HEAD") == 0 ? 0 : len;
out:
	http_response_free(&res);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
	httpd *h = cls;
	(void)url; /* already unescaped by MHD: dispatch decodes ctx->target itself */
	(void)version;
	(void)upload_data;
	request_ctx *ctx = *con_cls;
	if (!ctx)
		return MHD_NO;
	dispatch_input in;
	if (!ctx->headers_seen) {
		ctx->headers_seen = 1;
		if (ctx->conn)
			conn_guard_head_done(h->guard, ctx->conn->guard);
		read_input(conn, method, ctx, &in);
		/* Ambiguous framing is answered now: with no body read, MHD
		 * closes the connection after the answer, which is the point
		 * (nobody can tell where this request ends). */
		if (dispatch_framing_invalid(&in))
			return answer(conn, ctx, &in);
		/* Otherwise answering now would make MHD close the connection
		 * (it could not tell where an unread body ends), losing
		 * keep-alive; answer on the call that says the request is
		 * complete. */
		return MHD_YES;
	}
	if (*upload_data_size != 0) {
		/* A request body: of no interest to a read-only API. */
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (ctx->status)
		return MHD_YES;
	read_input(conn, method, ctx, &in);
	return answer(conn, ctx, &in);
}

/* libmicrohttpd's messages are mostly about what clients did (a reset
 * connection, a refused one at the limit, a malformed request): any client
 * can cause them at will, so they are rate-limited, with the number held
 * back said on the next line let through. */
static log_limit mhd_log_limit = LOG_LIMIT_INIT(MHD_LOG_BURST, MHD_LOG_WINDOW_MS);

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	unsigned long held = 0;
	if (!log_limit_admit(&mhd_log_limit, (long)now.tv_sec * 1000 + now.tv_nsec / 1000000,
	                     &held))
		return;
	sb line = SB_INIT;
	sb_vprintf(&line, fmt, ap);
	while (line.len && (line.data[line.len - 1] == '\n' || line.data[line.len - 1] == ' '))
		sb_truncate(&line, line.len - 1);
	if (held)
		log_warn("libmicrohttpd: %s (%lu similar messages suppressed)", sb_str(&line),
		         held);
	else
		log_warn("libmicrohttpd: %s", sb_str(&line));
	sb_free(&line);
}

/* Splits "HOST:PORT" / "[V6]:PORT" and resolves it numerically or by name.
 * Returns 0 and fills *ss, or -1 (logged). */
static int resolve_listen(const char *listen, struct sockaddr_storage *ss, socklen_t *len)
{
	char host[256];
	const char *port;
	if (listen[0] == '[') {
		const char *close = strchr(listen, ']');
		if (!close || close[1] != ':' || (size_t)(close - listen - 1) >= sizeof host)
			goto bad;
		memcpy(host, listen + 1, (size_t)(close - listen - 1));
		host[close - listen - 1] = '\0';
		port = close + 2;
	} else {
		const char *colon = strrchr(listen, ':');
		if (!colon || (size_t)(colon - listen) >= sizeof host)
			goto bad;
		memcpy(host, listen, (size_t)(colon - listen));
		host[colon - listen] = '\0';
		port = colon + 1;
	}
	if (!*port || strspn(port, "0123456789") != strlen(port) || atol(port) > 65535)
		goto bad;
	struct addrinfo hints = {.ai_family = AF_UNSPEC,
	                         .ai_socktype = SOCK_STREAM,
	                         .ai_flags = AI_NUMERICSERV | AI_PASSIVE};
	struct addrinfo *ai = NULL;
	int rc = getaddrinfo(*host ? host : NULL, port, &hints, &ai);
	if (rc != 0 || !ai) {
		log_error("cannot resolve listen address %s: %s", listen, gai_strerror(rc));
		return -1;
	}
	memcpy(ss, ai->ai_addr, ai->ai_addrlen);
	*len = ai->ai_addrlen;
	freeaddrinfo(ai);
	return 0;
bad:
	log_error("listen address must be HOST:PORT, got %s", listen);
	return -1;
}

static void log_listening(struct MHD_Daemon *d)
{
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_LISTEN_FD);
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	char host[INET6_ADDRSTRLEN] = "?";
	unsigned port = 0;
	if (info && getsockname(info->listen_fd, (struct sockaddr *)&ss, &len) == 0) {
		if (ss.ss_family == AF_INET6) {
			struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
			inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
			port = ntohs(a->sin6_port);
			log_info("listening on [%s]:%u", host, port);
			return;
		}
		struct sockaddr_in *a = (struct sockaddr_in *)&ss;
		inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
		port = ntohs(a->sin_port);
	}
	log_info("listening on %s:%u", host, port);
}

httpd *httpd_start(const httpd_options *opt)
{
	struct sockaddr_storage ss;
	socklen_t ss_len;
	if (resolve_listen(opt->listen, &ss, &ss_len) < 0)
		return NULL;
	httpd *h = xcalloc(1, sizeof *h);
	h->guard = conn_guard_start(opt->head_timeout_ms);
	if (!h->guard)
		goto fail;
	/* A thread per connection, the database connections shared
	 * (db_pool.c): with a pool of threads a keep-alive connection stayed
	 * on the thread that accepted it, and all of a client's connections
	 * could land on one thread and one database connection. The thread
	 * count is bounded by the connection limit. poll, not epoll: with
	 * MHD_USE_EPOLL, 0.9.75 stalls once the connection limit is reached
	 * and does not recover. */
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION |
	                 MHD_USE_POLL | MHD_USE_ITC | MHD_USE_ERROR_LOG;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	struct MHD_Daemon *d = MHD_start_daemon(
	    flags, 0, NULL, NULL, on_request, h, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss, MHD_OPTION_CONNECTION_LIMIT,
	    opt->max_connections, MHD_OPTION_PER_IP_CONNECTION_LIMIT, opt->per_ip_limit,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)CONNECTION_TIMEOUT_S,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONNECTION_MEMORY_LIMIT,
	    MHD_OPTION_URI_LOG_CALLBACK, on_uri, h, MHD_OPTION_NOTIFY_COMPLETED, on_completed, h,
	    MHD_OPTION_NOTIFY_CONNECTION, on_connection, h, MHD_OPTION_LISTENING_ADDRESS_REUSE, 1U,
	    MHD_OPTION_END);
	if (!d) {
		log_error("cannot listen on %s: %s", opt->listen,
		          errno ? strerror(errno) : "failed");
		goto fail;
	}
	log_listening(d);
	h->daemon = d;
	return h;
fail:
	conn_guard_stop(h->guard);
	free(h);
	return NULL;
}

void httpd_stop(httpd *h, int grace_ms)
{
	if (!h)
		return;
	/* Quiesce stops accepting; the socket it hands back must then refuse new
	 * connections at once instead of queueing them in the backlog. close()
	 * alone does not do that while a worker thread still sits in poll() on
	 * it (poll holds the socket until it returns); shutdown() takes a
	 * listening socket out of LISTEN whoever holds it. */
	MHD_socket fd = MHD_quiesce_daemon(h->daemon);
	if (fd != MHD_INVALID_SOCKET) {
		shutdown(fd, SHUT_RDWR);
		close(fd);
	}
	log_info("stopped accepting; %d requests in flight", atomic_load(&in_flight));
	int waited = 0;
	while (atomic_load(&in_flight) > 0 && waited < grace_ms) {
		struct timespec pause = {0, 10 * 1000 * 1000};
		nanosleep(&pause, NULL);
		waited += 10;
	}
	if (atomic_load(&in_flight) > 0)
		log_warn("%d requests still in flight after %d ms; stopping anyway",
		         atomic_load(&in_flight), grace_ms);
	MHD_stop_daemon(h->daemon);
	/* Every connection is closed and removed now. */
	conn_guard_stop(h->guard);
	free(h);
}
