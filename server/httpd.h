/* The libmicrohttpd daemon: sockets, threads, limits, and the glue between
 * a connection and dispatch(). */
#ifndef SERVER_HTTPD_H
#define SERVER_HTTPD_H

typedef struct httpd httpd;

typedef struct httpd_options {
	const char *listen; /* "HOST:PORT", "[::1]:PORT"; port 0 picks a free one */
	unsigned workers;   /* threads in the pool, each with its own DB connection */
} httpd_options;

/* Binds and starts serving; logs "listening on HOST:PORT". Returns the
 * daemon (release with httpd_stop) or NULL with the reason logged. */
httpd *httpd_start(const httpd_options *opt);

/* Graceful stop: stops accepting, lets requests in flight finish (waiting
 * at most grace_ms), then stops the threads and frees everything. */
void httpd_stop(httpd *h, int grace_ms);

#endif
