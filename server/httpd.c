#include "httpd.h"

#include "dispatch.h"
#include "log.h"
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

/* Limits, set deliberately:
 * - CONNECTION_LIMIT: each connection is a descriptor; with the default
 *   soft limit of 1024 descriptors this leaves room for one database
 *   connection per worker, logs and libpq. Beyond it MHD refuses new
 *   connections instead of failing accept() at random.
 * - CONNECTION_TIMEOUT: an idle keep-alive connection or a client that
 *   trickles its request (slowloris) is closed after this many seconds.
 * - MEMORY_LIMIT: the per-connection pool holds the request line, headers
 *   and MHD's own state (response bodies live outside it). dispatch.h
 *   refuses targets and headers above 8 KiB each with problem+json; the
 *   pool is large enough that such requests still arrive there, and MHD
 *   answers 414/431 itself only for requests beyond the pool. */
#define CONNECTION_LIMIT        512
#define CONNECTION_TIMEOUT_S    30
#define CONNECTION_MEMORY_LIMIT (64 * 1024)

struct httpd {
	struct MHD_Daemon *daemon;
};

/* Requests between the URI callback and the completion callback. */
static atomic_int in_flight;

typedef struct request_ctx {
	struct timespec start;
	char *target;     /* raw request target, for the access log */
	int headers_seen; /* the access handler has been called once */
	int status;       /* 0 until a response is queued */
	size_t bytes;     /* body bytes sent (none for HEAD and 304) */
	char method[16];
} request_ctx;

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *conn)
{
	(void)cls;
	(void)conn;
	request_ctx *ctx = xcalloc(1, sizeof *ctx);
	clock_gettime(CLOCK_MONOTONIC, &ctx->start);
	ctx->target = xstrdup(uri);
	atomic_fetch_add(&in_flight, 1);
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
	(void)cls;
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
	free(ctx->target);
	free(ctx);
	*con_cls = NULL;
	atomic_fetch_sub(&in_flight, 1);
}

static enum MHD_Result add_header_bytes(void *cls, enum MHD_ValueKind kind, const char *key,
                                        const char *value)
{
	(void)kind;
	size_t *sum = cls;
	*sum += strlen(key) + (value ? strlen(value) : 0);
	return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
	(void)cls;
	(void)url; /* already unescaped by MHD: dispatch decodes ctx->target itself */
	(void)version;
	(void)upload_data;
	request_ctx *ctx = *con_cls;
	if (!ctx)
		return MHD_NO;
	if (!ctx->headers_seen) {
		/* The first call has only the headers. Answering now would
		 * make MHD close the connection (it could not tell where an
		 * unread body ends), losing keep-alive; answer on the call
		 * that says the request is complete. */
		ctx->headers_seen = 1;
		return MHD_YES;
	}
	if (*upload_data_size != 0) {
		/* A request body: of no interest to a read-only API. */
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (ctx->status)
		return MHD_YES;
	snprintf(ctx->method, sizeof ctx->method, "%s", method);

	dispatch_input in = {
	    .method = method,
	    .target = ctx->target,
	    .accept = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept"),
	    .if_none_match = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "If-None-Match"),
	    .origin = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Origin"),
	    .acr_method =
	        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Access-Control-Request-Method"),
	    .acr_headers = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
	                                               "Access-Control-Request-Headers"),
	};
	MHD_get_connection_values(conn, MHD_HEADER_KIND, add_header_bytes, &in.header_bytes);

	http_response res = {0};
	dispatch(&in, &res);

	size_t len = res.body.len;
	struct MHD_Response *r;
	/* A 304 has no body. MHD 0.9.75 then sends "Content-Length: 0" and
	 * offers no way to state the 200's length instead (adding one by hand
	 * gives two headers); clients ignore it on a 304. */
	if (len > 0)
		/* Ownership of the body passes to MHD, which free()s it. */
		r = MHD_create_response_from_buffer(len, sb_take(&res.body), MHD_RESPMEM_MUST_FREE);
	else
		r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
	enum MHD_Result ret = MHD_NO;
	if (!r) {
		log_error("cannot create a response");
		goto out;
	}
	if (res.content_type && len > 0)
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, res.content_type);
	for (size_t i = 0; i < res.n_headers; i++)
		MHD_add_response_header(r, res.headers[i].name, res.headers[i].value);

	ret = MHD_queue_response(conn, (unsigned)res.status, r);
	MHD_destroy_response(r);
	ctx->status = res.status;
	ctx->bytes = strcmp(method, "HEAD") == 0 ? 0 : len;
out:
	http_response_free(&res);
	return ret;
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	sb line = SB_INIT;
	sb_vprintf(&line, fmt, ap);
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
	unsigned flags =
	    MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_USE_ERROR_LOG;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	struct MHD_Daemon *d = MHD_start_daemon(
	    flags, 0, NULL, NULL, on_request, NULL, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE, opt->workers,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTION_LIMIT, MHD_OPTION_CONNECTION_TIMEOUT,
	    (unsigned)CONNECTION_TIMEOUT_S, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	    (size_t)CONNECTION_MEMORY_LIMIT, MHD_OPTION_URI_LOG_CALLBACK, on_uri, NULL,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL, MHD_OPTION_LISTENING_ADDRESS_REUSE, 1U,
	    MHD_OPTION_END);
	if (!d) {
		log_error("cannot listen on %s: %s", opt->listen,
		          errno ? strerror(errno) : "failed");
		return NULL;
	}
	log_listening(d);
	httpd *h = xcalloc(1, sizeof *h);
	h->daemon = d;
	return h;
}

void httpd_stop(httpd *h, int grace_ms)
{
	if (!h)
		return;
	/* Quiesce stops accepting; closing the socket it hands back makes new
	 * connections fail at once instead of waiting in the backlog. */
	MHD_socket fd = MHD_quiesce_daemon(h->daemon);
	if (fd != MHD_INVALID_SOCKET)
		close(fd);
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
	free(h);
}
