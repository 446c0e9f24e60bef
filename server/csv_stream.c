/* Streamed CSV downloads (see csv_stream.h): the handler half opens the
 * transaction, counts, declares the cursor and describes the response; the
 * body_stream half fetches a page whenever libmicrohttpd has sent the last
 * one. Each download's state is one csv_stream, owned by the response until
 * libmicrohttpd frees it; holding one is holding one of the CSV_STREAMS_MAX
 * slots, so the count of open downloads is exact on every path. */
#include "csv_stream.h"

#include "csv.h"
#include "db.h"
#include "log.h"
#include "row_text.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define STR_(x) #x
#define STR(x)  STR_(x)

static char *stream_url;
static char stream_timeout[32] = "5000";
static atomic_int open_streams;

typedef struct csv_stream {
	PGconn *conn; /* in the transaction that holds the cursor; NULL at the end */
	const col_spec *cols;
	size_t n_cols;
	sb pending;    /* CSV text of the last page, not all handed out yet */
	size_t handed; /* bytes of `pending` already handed to the transport */
	int at_end;    /* the cursor has given its last row */
	long long rows;
	struct timespec start;
} csv_stream;

void csv_stream_configure(const char *url, int statement_timeout_ms)
{
	free(stream_url);
	stream_url = xstrdup(url);
	snprintf(stream_timeout, sizeof stream_timeout, "%d", statement_timeout_ms);
}

void csv_stream_shutdown(void)
{
	free(stream_url);
	stream_url = NULL;
}

int csv_streams_open(void)
{
	return atomic_load(&open_streams);
}

static long seconds_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(now.tv_sec - t->tv_sec);
}

/* Gives the slot back with the state; the connection's close rolls back
 * whatever transaction is still open. */
static void stream_free(void *state)
{
	csv_stream *st = state;
	if (st->conn)
		PQfinish(st->conn);
	sb_free(&st->pending);
	free(st);
	atomic_fetch_sub(&open_streams, 1);
}

/* Replies to a failed statement as db_query does (db_pool.h): 503 for a
 * lost connection or a timeout, 500 otherwise, the details only logged. */
static void reply_failure(PGconn *conn, const PGresult *r, http_response *res)
{
	char err[512];
	db_error_text(conn, r, err, sizeof err);
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (db_connection_lost(conn, r)) {
		log_warn("csv export: database connection lost: %s", err);
		reply_db_unavailable(res);
	} else if (state && strcmp(state, "57014") == 0) {
		log_warn("csv export: statement timed out: %s", err);
		reply_problem(res, 503, "query_timeout", "The query took too long; retry later.",
		              NULL);
		http_set_header(res, "Retry-After", HTTP_RETRY_AFTER_SECONDS);
	} else {
		log_error("csv export: query failed (%s): %s", state ? state : "?", err);
		reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
	}
}

/* Runs a statement; returns its result when it has status `want`, else
 * replies the failure into `res` (when not NULL), clears it and returns
 * NULL. Caller PQclears. */
static PGresult *run(PGconn *conn, http_response *res, ExecStatusType want, const char *sql,
                     int n_params, const char *const *params)
{
	PGresult *r = PQexecParams(conn, sql, n_params, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) == want)
		return r;
	if (res)
		reply_failure(conn, r, res);
	else
		log_warn("csv export: %s", PQresultErrorMessage(r));
	PQclear(r);
	return NULL;
}

/* (clang-format cannot lay out string macros between literals.) */
/* clang-format off */
static const char session_sql[] =
    "SELECT set_config('statement_timeout', $1, false),"
    " set_config('cursor_tuple_fraction', '1', false),"
    " set_config('idle_in_transaction_session_timeout', '" STR(CSV_STREAM_MAX_SECONDS) "s', false),"
    " set_config('default_transaction_read_only', 'on', false)";
/* clang-format on */

/* The download's own connection, read-only, with the server's statement
 * timeout, an idle-in-transaction timeout as long as a download may last (a
 * stalled client cannot keep a snapshot open beyond it), and
 * cursor_tuple_fraction 1: every row is read, so the planner must not pick
 * a plan that is fast for the first tenth only (its default), in a
 * REPEATABLE READ transaction. NULL with the reply in `res` when the
 * database cannot be reached. */
static PGconn *open_transaction(http_response *res)
{
	char err[512];
	PGconn *conn = db_connect(stream_url ? stream_url : db_url(NULL), "report-server-csv", err,
	                          sizeof err);
	if (!conn) {
		log_warn("csv export: database connection failed: %s", err);
		reply_db_unavailable(res);
		return NULL;
	}
	const char *params[] = {stream_timeout};
	PGresult *r = run(conn, res, PGRES_TUPLES_OK, session_sql, 1, params);
	if (r) {
		PQclear(r);
		r = run(conn, res, PGRES_COMMAND_OK,
		        "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", 0, NULL);
	}
	if (!r) {
		PQfinish(conn);
		return NULL;
	}
	PQclear(r);
	return conn;
}

/* Appends the next page of rows as CSV text to st->pending; at the
 * cursor's end the transaction is committed and the connection closed. -1
 * on failure, replied into `res` when not NULL (the first page, fetched
 * before the status is sent), else only logged (the transport then cuts
 * the connection). */
static int fetch_page(csv_stream *st, http_response *res)
{
	PGresult *r = run(st->conn, res, PGRES_TUPLES_OK,
	                  "FETCH FORWARD " STR(CSV_STREAM_PAGE_ROWS) " FROM export", 0, NULL);
	if (!r)
		return -1;
	int n = PQntuples(r);
	rows_write_csv_rows(&st->pending, r, ROWS_ALL, st->cols, st->n_cols);
	st->rows += n;
	PQclear(r);
	if (n < CSV_STREAM_PAGE_ROWS) {
		/* A short page is the last one: no FETCH that returns nothing. */
		r = run(st->conn, NULL, PGRES_COMMAND_OK, "COMMIT", 0, NULL);
		PQclear(r);
		PQfinish(st->conn);
		st->conn = NULL;
		st->at_end = 1;
		log_info("csv export: %lld rows in %ld s", st->rows, seconds_since(&st->start));
	}
	return 0;
}

static long stream_read(void *state, char *buf, size_t max)
{
	csv_stream *st = state;
	while (st->handed == st->pending.len) {
		if (st->at_end)
			return 0;
		if (seconds_since(&st->start) > CSV_STREAM_MAX_SECONDS) {
			log_warn("csv export: cut after %d s (%lld rows sent)",
			         CSV_STREAM_MAX_SECONDS, st->rows);
			return -1;
		}
		sb_truncate(&st->pending, 0);
		st->handed = 0;
		if (fetch_page(st, NULL) < 0)
			return -1;
	}
	size_t n = st->pending.len - st->handed;
	if (n > max)
		n = max;
	memcpy(buf, sb_str(&st->pending) + st->handed, n);
	st->handed += n;
	return (long)n;
}

void csv_stream_reply(const http_request *req, http_response *res, const char *select,
                      const char *from, sql_where *where, const char *order, const paging *page,
                      const col_spec *cols, size_t n_cols)
{
	sb sql = SB_INIT;
	PGresult *r = NULL;
	if (atomic_fetch_add(&open_streams, 1) >= CSV_STREAMS_MAX) {
		atomic_fetch_sub(&open_streams, 1);
		reply_problem(res, 503, "too_many_exports",
		              "Too many CSV downloads are running at once; retry later.", NULL);
		http_set_header(res, "Retry-After", HTTP_RETRY_AFTER_SECONDS);
		return;
	}
	csv_stream *st = xcalloc(1, sizeof *st); /* holds the slot taken above */
	st->cols = cols;
	st->n_cols = n_cols;
	clock_gettime(CLOCK_MONOTONIC, &st->start);
	st->conn = open_transaction(res);
	if (!st->conn)
		goto out;

	const char *const *params = (const char *const *)where->params;
	sb_printf(&sql, "SELECT count(*) FROM %s%s", from, sb_str(&where->clause));
	r = run(st->conn, res, PGRES_TUPLES_OK, sb_str(&sql), (int)where->n_params, params);
	if (!r)
		goto out;
	long long total = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	r = NULL;
	if (reply_refuse_cut_csv(req, res, total, page))
		goto out;

	int limit_n = sql_where_param_long(where, page->limit);
	int offset_n = sql_where_param_long(where, page->offset);
	params = (const char *const *)where->params;
	sb_truncate(&sql, 0);
	sb_printf(&sql,
	          "DECLARE export NO SCROLL CURSOR FOR SELECT %s FROM %s%s ORDER BY %s"
	          " LIMIT $%d OFFSET $%d",
	          select, from, sb_str(&where->clause), order, limit_n, offset_n);
	if (strcmp(req->method, "HEAD") != 0) {
		r = run(st->conn, res, PGRES_COMMAND_OK, sb_str(&sql), (int)where->n_params,
		        params);
		if (!r)
			goto out;
		PQclear(r);
		r = NULL;
		/* The first page before the status: a query that fails or
		 * times out is still a proper 503, not a cut transfer. */
		csv_write_header(&st->pending, cols, n_cols);
		if (fetch_page(st, res) < 0)
			goto out;
		res->stream = xcalloc(1, sizeof *res->stream);
		res->stream->read = stream_read;
		res->stream->free = stream_free;
		res->stream->state = st;
		st = NULL; /* the response's now */
	} else {
		/* No cursor and no rows; the slot and the connection go at
		 * once (below), and the HEAD still answers as a stream. */
		res->stream = body_stream_for_head();
	}
	reply_page_links(req, res, total, page);
	reply_body(res, 200, CSV_CONTENT_TYPE);
	res->no_etag = 1;
out:
	PQclear(r);
	sb_free(&sql);
	if (st)
		stream_free(st);
}
