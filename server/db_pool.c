/* A fixed set of PostgreSQL connections shared by every request thread
 * (see db_pool.h).
 *
 * The server used to keep one connection per libmicrohttpd pool thread.
 * A keep-alive connection stays on the thread that accepted it, and wrk's
 * 16 connections often all landed on one thread (bench/thread_spread.sh:
 * one thread did 97-100 % of the work in two rounds of six), so one query
 * was in flight while the other connections sat idle. Now each HTTP
 * connection has a thread of its own (httpd.c) and a request borrows any
 * idle database connection for its queries, so the load spreads over
 * every database connection whatever the keep-alive pattern. A request
 * waits for one while all are busy, at most the statement timeout, then
 * is answered 503. The per-connection state (prepared statements, the
 * reconnect backoff) lives with the connection, not the thread.
 *
 * A connection is borrowed for one statement (or one batch), not for the
 * whole request: it goes back as soon as its result has been read, unless
 * a transaction is open on it (then at the end of dispatch(),
 * db_pool_return). A request held it while its handler wrote the rows'
 * JSON and dispatch hashed the ETag — on a list page about as much CPU as
 * PostgreSQL's own — so the backend sat idle while the request computed
 * and the 14 other requests of a wrk -c16 run queued for it.
 *
 * Waiters are served in arrival order: a returned connection is handed to
 * the oldest waiter directly. With one condition variable for all, a
 * request that arrived just as a connection came back took it before the
 * waiter that had been woken for it ran, and that waiter went back to
 * waiting, again and again: the tail of a busy run (p99 of the list page
 * several times its median) was such requests.
 *
 * A request's statements may now run on different connections. What it
 * relies on (dispatch.h: the data version and replay position read before
 * the handler's statements, which therefore see a snapshot at least as new)
 * holds when they run on the same database server, later in time; a
 * connection string naming several hosts could put two connections on two
 * servers, so the pool tells dispatch whether all of a request's statements
 * ran on one (db_pool_one_server), and an answer that did not is not cached. */
#include "db_pool.h"

#include "db.h"
#include "log.h"
#include "sb.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* After a failed connect, requests given that connection answer 503 at
 * once for this long instead of each waiting on a connect attempt. */
#define RECONNECT_BACKOFF_MS 1000

/* Statements prepared on a connection, by SQL text. The handlers build a
 * bounded set of texts (fixed fragments per filter combination), so a small
 * cache spares nearly every request the planning of its statements, which
 * costs more than running them on data of this size. */
#define PREPARED_MAX 64

typedef struct prepared {
	char *sql;
	char name[16];
} prepared;

/* host:port of a connected server, as libpq reports it */
#define SERVER_NAME_MAX 320

typedef struct thread_conn {
	PGconn *conn;
	char server[SERVER_NAME_MAX]; /* where conn is connected; "" when not */
	struct timespec failed_at;    /* last failed connect; zero when none */
	prepared stmts[PREPARED_MAX];
	size_t n_stmts;
} thread_conn;

static void forget_prepared(thread_conn *tc)
{
	for (size_t i = 0; i < tc->n_stmts; i++)
		free(tc->stmts[i].sql);
	tc->n_stmts = 0;
}

static char *pool_url;
static char pool_timeout[32] = "5000";
static int pool_wait_ms = 5000;

/* A request waiting for a connection: db_pool_return hands one to the
 * oldest (`given`) and signals it. Lives on the waiter's stack. */
typedef struct waiter {
	pthread_cond_t cond;
	thread_conn *given;
	struct waiter *next;
} waiter;

/* The idle connections (a stack), how many exist and the waiters in
 * arrival order; `lock` guards all of them. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static thread_conn **idle;
static size_t n_idle, n_total;
static waiter *first_waiter, *last_waiter;

/* The connection this thread holds, NULL when none: between statements
 * outside a transaction, and between requests. */
static _Thread_local thread_conn *borrowed;

/* The server the current request's first statement ran on, and whether a
 * later one ran on another (db_pool_one_server); reset by db_pool_return. */
static _Thread_local char request_server[SERVER_NAME_MAX];
static _Thread_local int request_servers_differ;

static void thread_conn_free(thread_conn *tc)
{
	if (tc->conn)
		PQfinish(tc->conn);
	forget_prepared(tc);
	free(tc);
}

/* Grows the pool to n connection slots (not connected yet); never shrinks
 * it, as slots out on loan must find their place in `idle` when they come
 * back. The caller holds `lock`. */
static void grow_to(size_t n)
{
	if (n_total >= n)
		return;
	idle = xrealloc(idle, n * sizeof *idle);
	for (; n_total < n; n_total++)
		idle[n_idle++] = xcalloc(1, sizeof **idle);
}

void db_pool_configure(const char *url, int statement_timeout_ms, unsigned connections)
{
	free(pool_url);
	pool_url = xstrdup(url);
	snprintf(pool_timeout, sizeof pool_timeout, "%d", statement_timeout_ms);
	pool_wait_ms = statement_timeout_ms;
	pthread_mutex_lock(&lock);
	grow_to(connections ? connections : 1);
	pthread_mutex_unlock(&lock);
}

/* Takes w out of the waiters' list, if it is still there. The caller holds
 * `lock`. */
static void unlink_waiter(waiter *w)
{
	waiter **p = &first_waiter, *prev = NULL;
	while (*p && *p != w) {
		prev = *p;
		p = &(*p)->next;
	}
	if (!*p)
		return;
	*p = w->next;
	if (last_waiter == w)
		last_waiter = prev;
}

/* An idle connection, waiting up to pool_wait_ms for one, in arrival
 * order; NULL (logged) when none came in time. The slot is not connected
 * yet, maybe. */
static thread_conn *checkout(void)
{
	thread_conn *tc = NULL;
	pthread_mutex_lock(&lock);
	grow_to(1); /* never configured (unit tests, fuzzing): one */
	if (n_idle > 0 && !first_waiter) {
		tc = idle[--n_idle];
		pthread_mutex_unlock(&lock);
		return tc;
	}
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += pool_wait_ms / 1000;
	until.tv_nsec += (long)(pool_wait_ms % 1000) * 1000000;
	if (until.tv_nsec >= 1000000000) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000;
	}
	waiter w = {.given = NULL, .next = NULL};
	pthread_cond_init(&w.cond, NULL);
	if (last_waiter)
		last_waiter->next = &w;
	else
		first_waiter = &w;
	last_waiter = &w;
	int rc = 0;
	while (!w.given && rc != ETIMEDOUT)
		rc = pthread_cond_timedwait(&w.cond, &lock, &until);
	tc = w.given;
	if (!tc)
		unlink_waiter(&w); /* timed out: a later return must not pick it */
	pthread_mutex_unlock(&lock);
	pthread_cond_destroy(&w.cond);
	if (!tc)
		log_warn("no database connection came free within %d ms", pool_wait_ms);
	return tc;
}

/* Gives the borrowed connection to the oldest waiter, or back to the idle
 * stack when nobody waits. */
static void give_back(void)
{
	if (!borrowed)
		return;
	pthread_mutex_lock(&lock);
	waiter *w = first_waiter;
	if (w) {
		first_waiter = w->next;
		if (!first_waiter)
			last_waiter = NULL;
		w->given = borrowed;
		pthread_cond_signal(&w->cond);
	} else {
		idle[n_idle++] = borrowed;
	}
	pthread_mutex_unlock(&lock);
	borrowed = NULL;
}

/* After a statement: the connection goes back unless a transaction is open
 * on it (or its state is unknown: a broken connection stays with the
 * request, which answers 503, until db_pool_return). */
static void give_back_unless_in_transaction(void)
{
	if (borrowed && borrowed->conn && PQtransactionStatus(borrowed->conn) == PQTRANS_IDLE)
		give_back();
}

/* Notes the server a statement of this request runs on. */
static void note_server(const thread_conn *tc)
{
	if (!request_server[0])
		snprintf(request_server, sizeof request_server, "%s", tc->server);
	else if (strcmp(request_server, tc->server) != 0)
		request_servers_differ = 1;
}

int db_pool_one_server(void)
{
	return !request_servers_differ;
}

void db_pool_return(void)
{
	give_back();
	request_server[0] = '\0';
	request_servers_differ = 0;
}

void db_pool_shutdown(void)
{
	db_pool_return();
	pthread_mutex_lock(&lock);
	for (size_t i = 0; i < n_idle; i++)
		thread_conn_free(idle[i]);
	free(idle);
	idle = NULL;
	n_idle = n_total = 0;
	pthread_mutex_unlock(&lock);
	free(pool_url);
	pool_url = NULL;
}

static long ms_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1000 + (now.tv_nsec - t->tv_nsec) / 1000000;
}

/* Session settings made once per connection: a statement timeout so that
 * no request holds a worker for long, and read-only transactions as a
 * second guard beside the role's SELECT-only grants.
 *
 * Generic plans, always: every statement is prepared once per connection
 * with its filters, LIMIT and OFFSET as parameters. Left to itself
 * (plan_cache_mode auto) PostgreSQL compares the generic plan's cost, which
 * must assume an unknown LIMIT, with a custom plan's for LIMIT 101, finds
 * the generic one dearer and plans every execution anew; that planning
 * grows with the tables' statistics and was most of the cost of a list
 * page at 400 reports (pgbench on the list statement: 0.45× the rate at 1
 * report with custom plans, 0.95× with the generic one;
 * bench/list_growth_bench.sh measures it through the server). The generic
 * plans are the same index plans: bench/scale_bench.sh fails on any
 * sequential scan of a big table, and test_api_search_report checks that
 * the server's searches use their index.
 *
 * No parallel workers: a generic plan assumes a tenth of the rows for an
 * unknown LIMIT and then plans a Gather over two workers for a page of
 * 100 rows, whose start-up alone is ~14 ms (0.48 ms without; /metrics at
 * 1,000 reports fell to 88 req/s). The API's statements are index walks
 * over one page; a worker would only take a core from another request.
 * The CSV export has its own session (csv_stream.c).
 *
 * No JIT either, for the same reason: the generic plan's cost for a page
 * is that of a tenth of the table, which at 2 million figures passes
 * jit_above_cost, and compiling the expressions took 11 ms of the list's
 * 11.5 (bench/scale_bench.sh at 10,000 reports: 124 req/s, 1,726 at
 * 1,000).
 *
 * random_page_cost 1.1, not 4: the API reads a database that fits in memory
 * (the committee's, and the national one's hot indexes), where a page read
 * at random costs about what a sequential one does. At 4 the planner put a
 * sequential scan of metric_matches inside the per-row subquery of every
 * figure list (METRIC_SELECT) whenever that table was a few pages: 101 scans
 * of all its rows per page. With the primary-key lookup the statement takes
 * 0.21 ms instead of 0.72, and the uncached /metrics?limit=100 went from
 * 2,185 to 4,500 req/s (wrk -t2 -c16 on bench/server_bench.sh's database).
 * It only makes index paths cheaper, the ones bench/scale_bench.sh requires
 * of every route. */
static int configure_session(PGconn *conn)
{
	const char *params[] = {pool_timeout};
	PGresult *r = PQexecParams(conn,
	                           "SELECT set_config('statement_timeout', $1, false),"
	                           " set_config('default_transaction_read_only', 'on', false),"
	                           " set_config('plan_cache_mode', 'force_generic_plan', false),"
	                           " set_config('max_parallel_workers_per_gather', '0', false),"
	                           " set_config('jit', 'off', false),"
	                           " set_config('random_page_cost', '1.1', false)",
	                           1, NULL, params, NULL, NULL, 0);
	int ok = PQresultStatus(r) == PGRES_TUPLES_OK;
	if (!ok) {
		char err[512];
		db_error_text(conn, r, err, sizeof err);
		log_error("database session setup failed: %s", err);
	}
	PQclear(r);
	return ok ? 0 : -1;
}

/* The connection for this thread's next statement (the one it holds, else one
 * borrowed from the pool), made usable, or NULL (logged) when there is none. */
static thread_conn *thread_connection(int *fresh)
{
	*fresh = 0;
	if (!borrowed)
		borrowed = checkout();
	thread_conn *tc = borrowed;
	if (!tc)
		return NULL;
	if (tc->conn && (PQstatus(tc->conn) != CONNECTION_OK ||
	                 PQpipelineStatus(tc->conn) != PQ_PIPELINE_OFF)) {
		/* Lost since the last request (server restart, network), or
		 * left in pipeline mode by a batch whose results broke off:
		 * start afresh rather than PQreset, so the backoff below
		 * applies the same way to both. */
		PQfinish(tc->conn);
		tc->conn = NULL;
		tc->server[0] = '\0';
		forget_prepared(tc);
	}
	if (!tc->conn) {
		if ((tc->failed_at.tv_sec || tc->failed_at.tv_nsec) &&
		    ms_since(&tc->failed_at) < RECONNECT_BACKOFF_MS)
			return NULL;
		char err[512];
		tc->conn = db_connect(pool_url ? pool_url : db_url(NULL), "report-server", err,
		                      sizeof err);
		if (tc->conn && configure_session(tc->conn) < 0) {
			PQfinish(tc->conn);
			tc->conn = NULL;
			snprintf(err, sizeof err, "session setup failed");
		}
		if (!tc->conn) {
			clock_gettime(CLOCK_MONOTONIC, &tc->failed_at);
			log_warn("database connection failed: %s", err);
			return NULL;
		}
		tc->failed_at.tv_sec = tc->failed_at.tv_nsec = 0;
		snprintf(tc->server, sizeof tc->server, "%s:%s", PQhost(tc->conn),
		         PQport(tc->conn));
		*fresh = 1;
		log_info("database connected");
	}
	if (PQtransactionStatus(tc->conn) != PQTRANS_IDLE) {
		/* A handler left a transaction open or failed inside one:
		 * never let it leak into the next request. */
		PGresult *r = PQexec(tc->conn, "ROLLBACK");
		PQclear(r);
	}
	note_server(tc);
	return tc;
}

/* The name `sql` is prepared under on this connection, preparing it on
 * first use while the cache has room; NULL when the cache is full (run it
 * as a one-off), or when preparing failed: then *failed is that error. */
static const char *prepared_name(thread_conn *tc, const char *sql, int n_params, PGresult **failed)
{
	*failed = NULL;
	for (size_t i = 0; i < tc->n_stmts; i++)
		if (strcmp(tc->stmts[i].sql, sql) == 0)
			return tc->stmts[i].name;
	if (tc->n_stmts >= PREPARED_MAX)
		return NULL;
	prepared *p = &tc->stmts[tc->n_stmts];
	snprintf(p->name, sizeof p->name, "s%zu", tc->n_stmts);
	PGresult *r = PQprepare(tc->conn, p->name, sql, n_params, NULL);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		*failed = r; /* the error, as running it would have given */
		return NULL;
	}
	PQclear(r);
	p->sql = xstrdup(sql);
	tc->n_stmts++;
	return p->name;
}

/* Runs `sql` as a statement prepared on this connection (prepared_name),
 * else as a one-off. */
static PGresult *exec_cached(thread_conn *tc, const char *sql, int n_params,
                             const char *const *params)
{
	PGresult *failed;
	const char *name = prepared_name(tc, sql, n_params, &failed);
	if (failed)
		return failed;
	if (name)
		return PQexecPrepared(tc->conn, name, n_params, params, NULL, NULL, 0);
	return PQexecParams(tc->conn, sql, n_params, NULL, params, NULL, NULL, 0);
}

/* A result as db_query returns it: r itself when it holds rows or a
 * command's success; otherwise NULL, with the error logged, the reply
 * written into res and r cleared. */
static PGresult *checked_result(PGconn *conn, PGresult *r, http_response *res)
{
	ExecStatusType st = PQresultStatus(r);
	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
		return r;

	char err[512];
	db_error_text(conn, r, err, sizeof err);
	const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
	if (db_connection_lost(conn, r)) {
		log_warn("database connection lost: %s", err);
		reply_db_unavailable(res);
	} else if (state && strcmp(state, "57014") == 0) {
		log_warn("statement timed out: %s", err);
		reply_problem(res, 503, "query_timeout", "The query took too long; retry later.",
		              NULL);
		http_set_header(res, "Retry-After", HTTP_RETRY_AFTER_SECONDS);
	} else {
		log_error("query failed (%s): %s", state ? state : "?", err);
		reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
	}
	PQclear(r);
	return NULL;
}

/* Sends every statement of the batch in one round trip (pipeline mode)
 * and reads their results into out[] (each a result, or NULL when libpq
 * gave none). Statements not prepared yet are prepared first, one round
 * trip each, once per connection. Returns -1 with nothing sent when a
 * prepare failed (*failed is its error) or the pipeline could not start. */
static int exec_batch(thread_conn *tc, const db_stmt *stmts, size_t n, PGresult **out,
                      PGresult **failed)
{
	const char *names[DB_BATCH_MAX];
	for (size_t i = 0; i < n; i++) {
		out[i] = NULL;
		names[i] = prepared_name(tc, stmts[i].sql, stmts[i].n_params, failed);
		if (*failed)
			return -1;
	}
	PGconn *conn = tc->conn;
	if (!PQenterPipelineMode(conn))
		return -1;
	int sent = 1;
	for (size_t i = 0; i < n && sent; i++)
		sent = names[i] ? PQsendQueryPrepared(conn, names[i], stmts[i].n_params,
		                                      stmts[i].params, NULL, NULL, 0)
		                : PQsendQueryParams(conn, stmts[i].sql, stmts[i].n_params, NULL,
		                                    stmts[i].params, NULL, NULL, 0);
	if (sent)
		sent = PQpipelineSync(conn);
	/* Each statement's result, then the NULL that ends it; then the
	 * sync's. A broken connection ends with NULLs throughout. */
	for (size_t i = 0; i < n && sent; i++) {
		out[i] = PQgetResult(conn);
		if (!out[i])
			break;
		PGresult *rest;
		while ((rest = PQgetResult(conn)))
			PQclear(rest);
	}
	PGresult *sync;
	while (sent && (sync = PQgetResult(conn))) {
		int done = PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
		PQclear(sync);
		if (done)
			break;
	}
	/* Fails only when results are left unread, i.e. on a broken
	 * connection; a connection left in pipeline mode is dropped by the
	 * next thread_connection, since it would refuse every db_query. */
	if (!PQexitPipelineMode(conn) && PQstatus(conn) == CONNECTION_OK)
		log_warn("database connection left in pipeline mode: %s", PQerrorMessage(conn));
	return 0;
}

int db_query_batch(http_response *res, const db_stmt *stmts, size_t n, PGresult **out)
{
	for (size_t i = 0; i < n; i++)
		out[i] = NULL;
	if (n == 0 || n > DB_BATCH_MAX) {
		log_error("db_query_batch: %zu statements (1 to %d)", n, DB_BATCH_MAX);
		reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
		return -1;
	}
	int fresh;
	thread_conn *tc = thread_connection(&fresh);
	if (!tc) {
		reply_db_unavailable(res);
		return -1;
	}
	PGresult *failed = NULL;
	int rc = exec_batch(tc, stmts, n, out, &failed);
	if (!fresh && PQstatus(tc->conn) != CONNECTION_OK) {
		/* Died while idle, as in db_query: once more on a new one. */
		for (size_t i = 0; i < n; i++) {
			PQclear(out[i]);
			out[i] = NULL;
		}
		PQclear(failed);
		failed = NULL;
		tc = thread_connection(&fresh);
		if (!tc) {
			reply_db_unavailable(res);
			return -1;
		}
		rc = exec_batch(tc, stmts, n, out, &failed);
	}
	if (rc < 0) {
		/* Nothing was sent: out[] is empty. */
		checked_result(tc->conn,
		               failed ? failed : PQmakeEmptyPGresult(tc->conn, PGRES_FATAL_ERROR),
		               res);
		return -1;
	}
	/* The first error answers; the statements after it were aborted. */
	for (size_t i = 0; i < n && rc == 0; i++) {
		PGresult *r = out[i] ? out[i] : PQmakeEmptyPGresult(tc->conn, PGRES_FATAL_ERROR);
		out[i] = checked_result(tc->conn, r, res);
		if (!out[i])
			rc = -1;
	}
	for (size_t i = 0; i < n && rc < 0; i++) {
		PQclear(out[i]);
		out[i] = NULL;
	}
	give_back_unless_in_transaction();
	return rc;
}

PGresult *db_query(http_response *res, const char *sql, int n_params, const char *const *params)
{
	int fresh;
	thread_conn *tc = thread_connection(&fresh);
	if (!tc) {
		reply_db_unavailable(res);
		return NULL;
	}
	PGresult *r = exec_cached(tc, sql, n_params, params);
	if (!fresh && PQstatus(tc->conn) != CONNECTION_OK) {
		/* The connection died while idle (the database restarted
		 * since this thread's last request). Every statement here is
		 * a read, so running it once more on a new connection is
		 * safe and spares the client a needless 503. */
		PQclear(r);
		tc = thread_connection(&fresh);
		if (!tc) {
			reply_db_unavailable(res);
			return NULL;
		}
		r = exec_cached(tc, sql, n_params, params);
	}
	r = checked_result(tc->conn, r, res);
	give_back_unless_in_transaction();
	return r;
}
