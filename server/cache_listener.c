/* The cache's change listener (see cache_listener.h). */
#include "cache_listener.h"

#include "db.h"
#include "log.h"
#include "lsn.h"
#include "replica.h"
#include "sb.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BACKOFF_MIN_MS 100
#define BACKOFF_MAX_MS 5000
/* After this long without traffic a ping goes out; a ping unanswered for
 * as long again means the connection is dead even if the socket says
 * nothing (a network that silently drops everything). */
#define IDLE_PING_MS 5000

struct cache_listener {
	cache *cache;
	char *url;
	pthread_t thread;
	int wake[2]; /* self-pipe: a byte written to wake[1] means "stop" */
};

static long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Waits up to timeout_ms for fd (or only the stop pipe when fd < 0) to be
 * readable. Returns 1 when stop was asked, 0 otherwise. */
static int wait_for(cache_listener *l, int fd, int timeout_ms, int *readable)
{
	struct pollfd p[2] = {{.fd = l->wake[0], .events = POLLIN}, {.fd = fd, .events = POLLIN}};
	int n = poll(p, fd >= 0 ? 2 : 1, timeout_ms);
	if (readable)
		*readable = n > 0 && fd >= 0 && (p[1].revents & (POLLIN | POLLERR | POLLHUP));
	return n > 0 && (p[0].revents & POLLIN);
}

/* Messages the server sends outside any query ("terminating connection due
 * to administrator command") would go raw to stderr: keep the one-line log. */
static void log_notice(void *arg, const char *message)
{
	(void)arg;
	size_t n = strcspn(message, "\n");
	log_debug("cache listener: database says: %.*s", (int)n, message);
}

/* The data version (migration 0006): a counter every data-changing
 * statement bumps in its own transaction. Anyone with a connection can
 * NOTIFY any channel, the read-only role included, so a notification is
 * only a hint to look: the cache is cleared when the version read after it
 * differs from the one seen before. */
/* The same read gives the primary's WAL position (replica.h, and the
 * replay check of cache.h). Read after a notification it is past the
 * notifier's commit record: the notification is delivered only once the
 * commit is durable (synchronous_commit on, the default), and that flush
 * moved pg_current_wal_lsn() past it. The position in the payload (taken
 * inside the notifier's transaction, migration 0007) is before its commit
 * record, so it is not enough on its own; it is checked against this one. */
#define VERSION_SQL    "SELECT version, pg_current_wal_lsn() FROM data_version"
#define NO_VERSION_SQL "SELECT NULL, pg_current_wal_lsn()"

typedef struct listen_state {
	int versioned;       /* the database has data_version */
	long long seen;      /* the version the cache's contents are from */
	uint64_t lsn;        /* the primary's position at the last read */
	uint64_t payload;    /* the highest position notified since that read */
	int query_pending;   /* a version read (or ping) is under way */
	int check_again;     /* a notification came after it was sent */
	int clear_pending;   /* no version: a notification awaits its clear */
	int sent_with_clear; /* no version: the read under way does that clear */
} listen_state;

/* The WAL position in column 1 of a version read, or 0. */
static uint64_t lsn_of(const PGresult *r)
{
	uint64_t lsn = 0;
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQnfields(r) == 2 &&
	    lsn_parse(PQgetvalue(r, 0, 1), &lsn) < 0)
		lsn = 0;
	return lsn;
}

/* A connection that LISTENs, or NULL with the reason in err. */
static PGconn *connect_listening(const char *url, listen_state *st, char *err, size_t errlen)
{
	PGconn *conn = db_connect(url, "report-server-listener", err, errlen);
	if (!conn)
		return NULL;
	PQsetNoticeProcessor(conn, log_notice, NULL);
	PGresult *r = PQexec(conn, "LISTEN " CACHE_CHANNEL);
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok)
		db_error_text(conn, r, err, errlen);
	PQclear(r);
	if (ok) {
		/* Read after LISTEN: a change committed from here on is
		 * notified, one committed before is in this version. An older
		 * schema without the table falls back to clearing on every
		 * notification. */
		r = PQexecParams(conn, VERSION_SQL, 0, NULL, NULL, NULL, NULL, 0);
		st->versioned = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
		st->seen = st->versioned ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : -1;
		st->lsn = lsn_of(r);
		PQclear(r);
		if (!st->versioned) {
			r = PQexecParams(conn, NO_VERSION_SQL, 0, NULL, NULL, NULL, NULL, 0);
			st->lsn = lsn_of(r);
			PQclear(r);
		}
		if (!st->lsn) {
			/* a hot standby: LISTEN works there, but it never
			 * hears the primary's notifications */
			ok = 0;
			snprintf(err, errlen,
			         "no WAL position (is this a standby? --notify-url must be the "
			         "primary)");
		}
		if (!st->versioned) {
			/* the failed read aborted nothing (autocommit), but say so */
			log_info("cache listener: no data_version table; clearing the cache on "
			         "every notification");
		}
	}
	st->query_pending = st->check_again = st->clear_pending = st->sent_with_clear = 0;
	st->payload = 0;
	if (!ok || PQsetnonblocking(conn, 1) != 0) {
		if (ok)
			snprintf(err, errlen, "cannot make the connection non-blocking");
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

/* Sends the version read (also the idle ping). Returns 0 or -1. */
static int send_check(PGconn *conn, listen_state *st)
{
	const char *sql = st->versioned ? VERSION_SQL : NO_VERSION_SQL;
	if (!PQsendQueryParams(conn, sql, 0, NULL, NULL, NULL, NULL, 0) || PQflush(conn) < 0)
		return -1;
	st->query_pending = 1;
	st->check_again = 0;
	st->sent_with_clear = st->clear_pending;
	st->clear_pending = 0;
	return 0;
}

/* Records the primary's position of a read before anything is cleared
 * (cache.h: a request that starts after the clear must compare with it). */
static void take_lsn(cache_listener *l, listen_state *st, const PGresult *r)
{
	uint64_t lsn = lsn_of(r);
	if (!lsn)
		return;
	st->lsn = lsn;
	replica_note_primary(lsn, replica_now_ms());
	cache_note_lsn(l->cache, lsn);
	if (st->payload > lsn && !st->check_again) {
		char a[LSN_TEXT_SIZE], b[LSN_TEXT_SIZE];
		lsn_format(st->payload, a);
		lsn_format(lsn, b);
		log_warn("cache listener: a notification names WAL position %s, past the "
		         "primary's %s (not from a commit there); ignored",
		         a, b);
	}
	if (!st->check_again)
		st->payload = 0;
}

/* The WAL position at the end of a payload ("reports 0/3000148"), or 0. */
static uint64_t payload_lsn(const char *extra)
{
	const char *sp = strrchr(extra, ' ');
	uint64_t lsn = 0;
	if (lsn_parse(sp ? sp + 1 : extra, &lsn) < 0)
		lsn = 0;
	return lsn;
}

/* A version read came back: clear when the data changed since `seen`. A
 * failed read says nothing, so it clears too (the safe side). */
static void take_version(cache_listener *l, listen_state *st, PGresult *r)
{
	take_lsn(l, st, r);
	if (!st->versioned) {
		if (st->sent_with_clear) {
			cache_clear(l->cache);
			log_debug("cache cleared");
		}
		return;
	}
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
		cache_clear(l->cache);
		log_debug("cache cleared: the data version could not be read");
		return;
	}
	long long v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	if (v == st->seen)
		return;
	cache_clear(l->cache);
	log_debug("cache cleared: data version %lld -> %lld", st->seen, v);
	st->seen = v;
}

/* Reads what arrived: notifications start a version read (or, without a
 * version table, clear the cache), results are taken. Returns 0, or -1
 * when the connection is gone. */
static int drain(cache_listener *l, PGconn *conn, listen_state *st)
{
	if (!PQconsumeInput(conn))
		return -1;
	PGnotify *n;
	int notified = 0;
	while ((n = PQnotifies(conn))) {
		log_debug("cache listener: notification '%s'", n->extra);
		notified = 1;
		uint64_t at = payload_lsn(n->extra);
		if (at > st->payload)
			st->payload = at;
		PQfreemem(n);
	}
	if (notified) {
		/* Until the read tells, serve nothing from the cache: the
		 * notifier's next request must not get an answer from before
		 * its own commit. A read already under way may have started
		 * before that commit: read once more after it. Without a
		 * version table the read's result clears (after it has set
		 * the WAL position, which a replica's answers must reach). */
		if (!st->versioned)
			st->clear_pending = 1;
		cache_hold(l->cache, 1);
		if (st->query_pending)
			st->check_again = 1;
		else if (send_check(conn, st) < 0)
			return -1;
	}
	while (st->query_pending && !PQisBusy(conn)) {
		PGresult *r = PQgetResult(conn);
		if (!r) {
			st->query_pending = 0;
			if (st->check_again) {
				if (send_check(conn, st) < 0)
					return -1;
			} else {
				cache_hold(l->cache, 0); /* cleared or not: it is current */
			}
			break;
		}
		take_version(l, st, r);
		PQclear(r);
	}
	return PQstatus(conn) == CONNECTION_OK ? 0 : -1;
}

/* Serves one connection until it is lost (returns 0) or stop (returns 1). */
static int serve(cache_listener *l, PGconn *conn, listen_state *st)
{
	long quiet_since = now_ms();
	for (;;) {
		long waited = now_ms() - quiet_since;
		int timeout = waited >= IDLE_PING_MS ? 0 : (int)(IDLE_PING_MS - waited);
		int readable = 0;
		if (wait_for(l, PQsocket(conn), timeout, &readable))
			return 1;
		if (readable) {
			if (drain(l, conn, st) < 0)
				return 0;
			if (!st->query_pending)
				quiet_since = now_ms();
			continue;
		}
		if (now_ms() - quiet_since < IDLE_PING_MS)
			continue;
		if (st->query_pending) {
			log_warn("cache listener: no answer to a ping for %d ms", IDLE_PING_MS);
			return 0;
		}
		/* The ping is a version read: a change whose notification
		 * was lost still clears the cache within a few seconds. */
		if (send_check(conn, st) < 0)
			return 0;
		quiet_since = now_ms();
	}
}

static void *listen_thread(void *arg)
{
	cache_listener *l = arg;
	int backoff = BACKOFF_MIN_MS;
	int was_connected = 0, failure_logged = 0;
	for (;;) {
		char err[512];
		listen_state st = {0};
		PGconn *conn = connect_listening(l->url, &st, err, sizeof err);
		if (!conn) {
			if (!failure_logged)
				log_warn(
				    "cache listener cannot connect (cache stays off, retrying): "
				    "%s",
				    err);
			failure_logged = 1;
			if (wait_for(l, -1, backoff, NULL))
				break;
			backoff = backoff * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : backoff * 2;
			continue;
		}
		/* Anything committed while nobody listened is unknown: start
		 * from an empty cache (set_enabled clears it). */
		cache_set_versioned(l->cache, st.versioned);
		/* Everything committed so far is before st.lsn: an empty
		 * cache takes answers from a replica that has replayed it. */
		cache_reset_lsn(l->cache, st.lsn);
		replica_note_primary(st.lsn, replica_now_ms());
		cache_set_enabled(l->cache, 1);
		log_info("cache listener %s on " CACHE_CHANNEL "; response cache on",
		         was_connected ? "listening again" : "listening");
		was_connected = 1;
		failure_logged = 0;
		backoff = BACKOFF_MIN_MS;
		int stop = serve(l, conn, &st);
		cache_set_enabled(l->cache, 0);
		if (!stop) {
			db_error_text(conn, NULL, err, sizeof err);
			log_warn("cache listener lost its database connection (%s); response cache "
			         "off until it is back",
			         err);
		}
		PQfinish(conn);
		if (stop)
			break;
	}
	return NULL;
}

cache_listener *cache_listener_start(cache *c, const char *url)
{
	cache_listener *l = xcalloc(1, sizeof *l);
	l->cache = c;
	l->url = xstrdup(url);
	cache_set_enabled(c, 0);
	if (pipe2(l->wake, O_CLOEXEC) != 0) {
		log_error("cache listener: pipe: %s", strerror(errno));
		goto fail;
	}
	if (pthread_create(&l->thread, NULL, listen_thread, l) != 0) {
		log_error("cache listener: cannot start its thread");
		close(l->wake[0]);
		close(l->wake[1]);
		goto fail;
	}
	return l;
fail:
	free(l->url);
	free(l);
	return NULL;
}

void cache_listener_stop(cache_listener *l)
{
	if (!l)
		return;
	ssize_t w = write(l->wake[1], "x", 1);
	(void)w;
	pthread_join(l->thread, NULL);
	close(l->wake[0]);
	close(l->wake[1]);
	free(l->url);
	free(l);
}
