/* The database as the handlers see it: one connection per worker thread,
 * made on first use with the read-only role, reset when broken. */
#ifndef SERVER_DB_POOL_H
#define SERVER_DB_POOL_H

#include "http.h"

#include <libpq-fe.h>

/* Runs a parameterised statement on this thread's connection. On success
 * returns the result (caller PQclears). On failure logs the real error and
 * writes the reply into `res` — 503 with Retry-After when the database is
 * unreachable, 500 otherwise, never SQL text — and returns NULL. */
PGresult *db_query(http_response *res, const char *sql, int n_params, const char *const *params);

#endif
