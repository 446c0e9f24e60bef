/* The database as the handlers see it: a fixed set of connections shared
 * by the request threads, each made on first use with the read-only role,
 * reset when broken; a request borrows one per statement (or batch), and
 * keeps it while a transaction is open on it. */
#ifndef SERVER_DB_POOL_H
#define SERVER_DB_POOL_H

#include "http.h"

#include <libpq-fe.h>

/* Runs a parameterised statement on a connection of the pool (an idle
 * one, waiting up to the statement timeout while all are busy, in arrival
 * order; the one this request holds when a transaction is open on it),
 * which goes back once the result is read unless a transaction is open on
 * it then. On success
 * returns the result (caller PQclears). On failure logs the real error and
 * writes the reply into `res` — 503 with Retry-After when the database is
 * unreachable, 500 otherwise, never SQL text — and returns NULL. */
PGresult *db_query(http_response *res, const char *sql, int n_params, const char *const *params);

/* A statement of a batch: parameterised as for db_query. */
typedef struct db_stmt {
	const char *sql;
	int n_params;
	const char *const *params;
} db_stmt;
#define DB_BATCH_MAX 8

/* Runs n (1..DB_BATCH_MAX) independent statements as db_query would, but
 * sent together and answered in one round trip (libpq's pipeline mode):
 * none can use another's result. Returns 0 with every out[i] a result
 * (caller PQclears each), or -1 with every out[i] NULL and the first
 * error's reply in `res`, as db_query writes it. */
int db_query_batch(http_response *res, const db_stmt *stmts, size_t n, PGresult **out);

/* Behaviour of db_query:
 * - a connection is made on the first query given it with `url` (the
 *   read-only role), then sets statement_timeout and read-only transactions;
 * - a connection found broken is dropped and made anew on the next query;
 *   after a failed connect that connection answers 503 for about a second before
 *   trying again, so a stopped database costs no connect per request;
 * - a statement whose connection died while idle (the database restarted
 *   between two requests) runs once more on a new connection: handlers
 *   only read, so this is safe;
 * - a transaction left open is rolled back before the next statement;
 * - each distinct SQL text is prepared once per connection (up to 64 texts,
 *   then run unprepared), so build SQL from fixed fragments, never values;
 * - results are text (format 0): numerics come as exact decimal text;
 * - a lost connection → 503 "database_unavailable" + Retry-After; a
 *   statement timeout → 503 "query_timeout" + Retry-After; any other error
 *   → 500 "internal_error". The client never sees SQL or error text. */

/* Sets the connection string (copied), the statement timeout in ms and
 * how many connections there are (at least 1). Call once before serving. */
void db_pool_configure(const char *url, int statement_timeout_ms, unsigned connections);

/* Gives back the connection the calling thread's request holds, if any
 * (one left in a transaction, or broken), and forgets the request's
 * servers: dispatch() calls it when a response is complete. */
void db_pool_return(void);

/* 1 when every statement of the current request so far ran on one
 * database server (host and port), as a connection string naming several
 * hosts may not give: only then are they later, in one server's order,
 * than the data version read before them. */
int db_pool_one_server(void);

/* Closes every connection and forgets the configuration; serving has
 * stopped (every connection has been given back). */
void db_pool_shutdown(void);

#endif
