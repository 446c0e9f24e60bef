/* Request-head deadline (see conn_guard.h). */
#include "conn_guard.h"

#include "log.h"
#include "sb.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

struct guarded_conn {
	guarded_conn *prev, *next;
	int fd;
	int head_pending;  /* 1 while the request head is arriving */
	long head_started; /* ms, CLOCK_MONOTONIC */
	int cut;           /* the watchdog has shut the socket down */
};

struct conn_guard {
	pthread_mutex_t lock; /* guards the list, every entry and `stop` */
	pthread_cond_t wake;
	guarded_conn *head;
	int stop;
	int head_timeout_ms;
	unsigned long cuts;
	pthread_t thread;
};

static long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Checks a few times per deadline, so a head is cut at most a quarter of
 * the deadline (and at most 250 ms) late. */
static int check_interval_ms(const conn_guard *g)
{
	int ms = g->head_timeout_ms / 4;
	return ms > 250 ? 250 : ms < 10 ? 10 : ms;
}

/* Shuts down the sockets of overdue heads. The lock is held throughout,
 * and a connection leaves the list (conn_guard_remove) before
 * libmicrohttpd closes its descriptor, so the fd here is still that
 * connection's and never a reused number. */
static int cut_overdue(conn_guard *g, long now)
{
	int n = 0;
	for (guarded_conn *c = g->head; c; c = c->next) {
		if (!c->head_pending || c->cut || now - c->head_started < g->head_timeout_ms)
			continue;
		c->cut = 1;
		if (shutdown(c->fd, SHUT_RDWR) == 0 || errno == ENOTCONN)
			n++;
	}
	g->cuts += (unsigned long)n;
	return n;
}

static void *watch(void *arg)
{
	conn_guard *g = arg;
	pthread_mutex_lock(&g->lock);
	while (!g->stop) {
		int n = cut_overdue(g, now_ms());
		if (n > 0)
			/* One line per round, not per connection: a flood of
			 * slow clients must not become a flood of log lines. */
			log_info("closed %d connection%s whose request head took over %d ms", n,
			         n == 1 ? "" : "s", g->head_timeout_ms);
		struct timespec until;
		clock_gettime(CLOCK_MONOTONIC, &until);
		long ns = until.tv_nsec + (long)check_interval_ms(g) * 1000000L;
		until.tv_sec += ns / 1000000000L;
		until.tv_nsec = ns % 1000000000L;
		pthread_cond_timedwait(&g->wake, &g->lock, &until);
	}
	pthread_mutex_unlock(&g->lock);
	return NULL;
}

conn_guard *conn_guard_start(int head_timeout_ms)
{
	conn_guard *g = xcalloc(1, sizeof *g);
	g->head_timeout_ms = head_timeout_ms;
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&g->wake, &ca);
	pthread_condattr_destroy(&ca);
	pthread_mutex_init(&g->lock, NULL);
	int rc = pthread_create(&g->thread, NULL, watch, g);
	if (rc != 0) {
		log_error("cannot start the request-head watchdog: %s", strerror(rc));
		pthread_cond_destroy(&g->wake);
		pthread_mutex_destroy(&g->lock);
		free(g);
		return NULL;
	}
	return g;
}

void conn_guard_stop(conn_guard *g)
{
	if (!g)
		return;
	pthread_mutex_lock(&g->lock);
	g->stop = 1;
	pthread_cond_signal(&g->wake);
	pthread_mutex_unlock(&g->lock);
	pthread_join(g->thread, NULL);
	/* Connections still listed would be a caller bug; free them anyway. */
	while (g->head) {
		guarded_conn *c = g->head;
		g->head = c->next;
		free(c);
	}
	pthread_cond_destroy(&g->wake);
	pthread_mutex_destroy(&g->lock);
	free(g);
}

guarded_conn *conn_guard_add(conn_guard *g, int fd)
{
	guarded_conn *c = xcalloc(1, sizeof *c);
	c->fd = fd;
	c->head_pending = 1;
	c->head_started = now_ms();
	pthread_mutex_lock(&g->lock);
	c->next = g->head;
	if (g->head)
		g->head->prev = c;
	g->head = c;
	pthread_mutex_unlock(&g->lock);
	return c;
}

void conn_guard_head_done(conn_guard *g, guarded_conn *c)
{
	if (!c)
		return;
	pthread_mutex_lock(&g->lock);
	c->head_pending = 0;
	pthread_mutex_unlock(&g->lock);
}

void conn_guard_next_head(conn_guard *g, guarded_conn *c)
{
	if (!c)
		return;
	long now = now_ms();
	pthread_mutex_lock(&g->lock);
	c->head_pending = 1;
	c->head_started = now;
	pthread_mutex_unlock(&g->lock);
}

void conn_guard_remove(conn_guard *g, guarded_conn *c)
{
	if (!c)
		return;
	pthread_mutex_lock(&g->lock);
	if (c->prev)
		c->prev->next = c->next;
	else
		g->head = c->next;
	if (c->next)
		c->next->prev = c->prev;
	pthread_mutex_unlock(&g->lock);
	free(c);
}

unsigned long conn_guard_cut_count(conn_guard *g)
{
	pthread_mutex_lock(&g->lock);
	unsigned long n = g->cuts;
	pthread_mutex_unlock(&g->lock);
	return n;
}
