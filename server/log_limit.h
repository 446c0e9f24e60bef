/* Rate limit for log lines that clients can cause at will (libmicrohttpd's
 * messages about aborted or refused connections): at most `burst` lines per
 * window; the rest are counted, and the count goes out with the next line
 * admitted, so a flood costs a few lines and still shows its size. */
#ifndef SERVER_LOG_LIMIT_H
#define SERVER_LOG_LIMIT_H

#include <pthread.h>

typedef struct log_limit {
	pthread_mutex_t lock;
	int burst;          /* lines admitted per window */
	long window_ms;     /* window length */
	long window_start;  /* ms; start of the current window */
	int admitted;       /* lines admitted in the current window */
	unsigned long held; /* lines suppressed since the last admitted one */
} log_limit;

#define LOG_LIMIT_INIT(burst_, window_ms_)                                                         \
	{                                                                                          \
		PTHREAD_MUTEX_INITIALIZER, (burst_), (window_ms_), 0, 0, 0                         \
	}

/* Returns 1 when a line at time now_ms (any monotonic clock, in ms) may be
 * written, with *suppressed set to the number of lines held back before it;
 * 0 when it must be dropped (it is counted). */
int log_limit_admit(log_limit *l, long now_ms, unsigned long *suppressed);

#endif
