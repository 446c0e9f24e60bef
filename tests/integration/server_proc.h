/* A report-server the test starts itself (own flags, own log), for tests
 * that need limits of their own or must stop it: started on a free port of
 * 127.0.0.1 with the reader role and two workers, its stderr captured. */
#ifndef TESTS_INTEGRATION_SERVER_PROC_H
#define TESTS_INTEGRATION_SERVER_PROC_H

#include <stddef.h>
#include <sys/types.h>

typedef struct server_proc {
	pid_t pid;
	int err_fd; /* its stderr */
	char log[262144];
	size_t log_len;
	int port;
	char base[64]; /* "http://127.0.0.1:PORT" */
} server_proc;

/* Starts it with the extra arguments (NULL-terminated, or NULL) and waits
 * for its listen line; fails the test otherwise. */
void server_proc_start(server_proc *s, const char *const *extra);

/* Reads its stderr for up to `ms`, stopping early once `until` appears
 * (when not NULL). Returns 1 when it appeared. */
int server_proc_read_log(server_proc *s, const char *until, int ms);

/* SIGTERM, then waits up to 15 s (SIGKILL and a failed test after that).
 * Returns the exit status (128 + signal when killed); *elapsed_ms, when
 * not NULL, gets how long the stop took. */
int server_proc_stop(server_proc *s, long *elapsed_ms);

/* A Criterion .fini: kills (SIGKILL) the server last started when it still
 * runs, e.g. after a failed assertion; otherwise the runner would wait for
 * the output pipe it holds. */
void server_proc_cleanup(void);

/* Milliseconds on a monotonic clock. */
long server_proc_now_ms(void);

/* A TCP connection to 127.0.0.1:port from source address `from` (another
 * loopback address such as "127.0.0.2", or NULL for any). Returns the
 * socket, or -1 when the connection failed. */
int server_proc_connect(int port, const char *from);

#endif
