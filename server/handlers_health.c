/* /healthz, /readyz and the OpenAPI document. */
#include "db_pool.h"
#include "handlers.h"
#include "lsn.h"
#include "openapi_doc.h"
#include "replica.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The newest migration whose tables and columns this server's queries need
 * (0012: metrics.against_year, read by every metric route); /readyz says
 * "not ready" below it. */
#define SERVER_SCHEMA_VERSION 12

void handle_healthz(const http_request *req, http_response *res)
{
	(void)req;
	reply_json(res, 200, json_pack("{s:s}", "status", "ok"));
	res->no_etag = 1;
}

static void not_ready(http_response *res, const char *code, const char *detail)
{
	reply_problem(res, 503, code, detail, NULL);
	http_set_header(res, "Retry-After", HTTP_RETRY_AFTER_SECONDS);
}

/* The replication fields of /readyz ({"role", "lag_seconds", "lag_bytes",
 * "max_lag_seconds"}; the lags null on a primary), or NULL with the reply
 * in res: the database's, or 503 replica_lagging beyond --max-replica-lag. */
static json_t *replication(http_response *res)
{
	PGresult *pg =
	    db_query(res,
	             "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() END,"
	             " CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn() END",
	             0, NULL);
	if (!pg)
		return NULL;
	double max_lag = (double)replica_max_lag_ms() / 1000.0;
	json_t *out = NULL;
	uint64_t replay, received;
	if (PQgetisnull(pg, 0, 0)) {
		out = json_pack("{s:s, s:n, s:n, s:f}", "role", "primary", "lag_seconds",
		                "lag_bytes", "max_lag_seconds", max_lag);
		goto out;
	}
	if (lsn_parse(PQgetvalue(pg, 0, 0), &replay) < 0) {
		reply_problem(res, 500, "internal_error", "The server failed to answer.", NULL);
		goto out;
	}
	long now = replica_now_ms();
	/* What the replica has received is a position the primary had
	 * reached (NULL when it streams nothing, e.g. restored from archive). */
	if (!PQgetisnull(pg, 0, 1) && lsn_parse(PQgetvalue(pg, 0, 1), &received) == 0)
		replica_note_primary(received, now);
	long lag_ms;
	uint64_t lag_bytes;
	replica_lag(replay, now, &lag_ms, &lag_bytes);
	if (lag_ms > replica_max_lag_ms()) {
		char detail[160];
		snprintf(detail, sizeof detail,
		         "The replica is %.3f s behind the primary (at most %.3f s allowed).",
		         (double)lag_ms / 1000.0, max_lag);
		not_ready(res, "replica_lagging", detail);
		goto out;
	}
	out = json_pack("{s:s, s:f, s:I, s:f}", "role", "replica", "lag_seconds",
	                (double)lag_ms / 1000.0, "lag_bytes", (json_int_t)lag_bytes,
	                "max_lag_seconds", max_lag);
out:
	PQclear(pg);
	return out;
}

void handle_readyz(const http_request *req, http_response *res)
{
	(void)req;
	PGresult *pg = db_query(res,
	                        "SELECT to_regclass('public.schema_migrations') IS NOT NULL"
	                        " AND has_table_privilege('public.schema_migrations', 'SELECT')",
	                        0, NULL);
	if (!pg)
		return;
	int has_table = PQgetvalue(pg, 0, 0)[0] == 't';
	PQclear(pg);
	if (!has_table) {
		not_ready(res, "schema_missing", "The database has no migrations applied.");
		return;
	}
	pg = db_query(res, "SELECT coalesce(max(version), 0) FROM schema_migrations", 0, NULL);
	if (!pg)
		return;
	long version = strtol(PQgetvalue(pg, 0, 0), NULL, 10);
	PQclear(pg);
	if (version < SERVER_SCHEMA_VERSION) {
		not_ready(res, "schema_outdated", "The database schema is older than this server.");
		return;
	}
	json_t *lag = replication(res);
	if (!lag)
		return;
	json_t *body = json_pack("{s:s, s:s, s:i}", "status", "ready", "database", "ok",
	                         "schema_version", (int)version);
	json_object_update(body, lag);
	json_decref(lag);
	reply_json(res, 200, body);
	res->no_etag = 1;
}

void handle_openapi(const http_request *req, http_response *res)
{
	(void)req;
	const char *text = openapi_text();
	if (!text) {
		reply_problem(res, 404, "not_found", "No OpenAPI document is loaded.", NULL);
		return;
	}
	sb_puts(reply_body(res, 200, "application/json"), text);
}
