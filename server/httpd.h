/* The libmicrohttpd daemon: sockets, threads, limits, and the glue between
 * a connection and dispatch(). */
#ifndef SERVER_HTTPD_H
#define SERVER_HTTPD_H

typedef struct httpd httpd;

/* Defaults of the limits (flags of report-server):
 * - MAX_CONNECTIONS: each connection is a descriptor; with the default soft
 *   limit of 1024 descriptors this leaves room for one database connection
 *   per worker, logs and libpq. Beyond it new clients wait in the listen
 *   backlog (or are closed at once when a worker took them at the limit).
 * - PER_IP_LIMIT: one address cannot take more than this share of them.
 *   Behind a reverse proxy every client has the proxy's address: raise it
 *   to the connection limit there (or 0 for none).
 * - HEAD_TIMEOUT_MS: the whole request head (request line and headers)
 *   must arrive within this time (conn_guard.h). */
#define HTTPD_DEFAULT_MAX_CONNECTIONS 512
#define HTTPD_DEFAULT_PER_IP_LIMIT    64
#define HTTPD_DEFAULT_HEAD_TIMEOUT_MS 10000

typedef struct httpd_options {
	const char *listen;       /* "HOST:PORT", "[::1]:PORT"; port 0 picks a free one */
	unsigned max_connections; /* a thread each; the database connections are db_pool's */
	unsigned per_ip_limit;    /* connections from one address; 0 = no limit */
	int head_timeout_ms;      /* > 0 */
} httpd_options;

/* Binds and starts serving; logs "listening on HOST:PORT". Returns the
 * daemon (release with httpd_stop) or NULL with the reason logged. */
httpd *httpd_start(const httpd_options *opt);

/* Graceful stop: stops accepting, lets requests in flight finish (waiting
 * at most grace_ms), then stops the threads and frees everything. */
void httpd_stop(httpd *h, int grace_ms);

#endif
