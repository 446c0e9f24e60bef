/* The deadline for a request head. libmicrohttpd 0.9.75 only times out
 * inactivity (MHD_OPTION_CONNECTION_TIMEOUT restarts on every byte), so a
 * client that sends one header line every few seconds (slowloris) keeps a
 * connection slot for ever. Each connection is registered here while its
 * request head (request line and headers) is arriving; a watchdog thread
 * shuts down the socket of any connection whose head is not complete within
 * the deadline, and libmicrohttpd then closes it through its normal path
 * (it reads end-of-stream) in its own thread.
 *
 * Thread safety: every function may be called from any thread. */
#ifndef SERVER_CONN_GUARD_H
#define SERVER_CONN_GUARD_H

typedef struct conn_guard conn_guard;
typedef struct guarded_conn guarded_conn;

/* Starts the watchdog; heads must be complete within head_timeout_ms.
 * Returns NULL (logged) when the thread cannot start. */
conn_guard *conn_guard_start(int head_timeout_ms);

/* Stops the watchdog and frees the guard. Every connection must have been
 * removed first (the daemon is stopped). NULL is a no-op. */
void conn_guard_stop(conn_guard *g);

/* A new connection on socket fd: its first head's clock starts now. The
 * fd must stay open until conn_guard_remove (libmicrohttpd closes it only
 * after its MHD_CONNECTION_NOTIFY_CLOSED, where the caller removes it). */
guarded_conn *conn_guard_add(conn_guard *g, int fd);

/* The head of the current request is complete: no deadline until the next. */
void conn_guard_head_done(conn_guard *g, guarded_conn *c);

/* A request is finished and the connection stays open: the next head's
 * clock starts now (this also bounds how long a keep-alive connection may
 * sit idle). */
void conn_guard_next_head(conn_guard *g, guarded_conn *c);

/* The connection is closed: forget and free it. NULL c is a no-op. */
void conn_guard_remove(conn_guard *g, guarded_conn *c);

/* How many connections the watchdog has cut so far (for tests and logs). */
unsigned long conn_guard_cut_count(conn_guard *g);

#endif
