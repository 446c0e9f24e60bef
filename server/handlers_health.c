/* /healthz, /readyz and the OpenAPI document. */
#include "db_pool.h"
#include "handlers.h"
#include "openapi_doc.h"

#include <stdlib.h>
#include <string.h>

/* The newest migration whose tables this server's queries (and those of
 * handlers_comparisons.c) need; /readyz says "not ready" below it. */
#define SERVER_SCHEMA_VERSION 3

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
	reply_json(res, 200,
	           json_pack("{s:s, s:s, s:i}", "status", "ready", "database", "ok",
	                     "schema_version", (int)version));
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
	res->status = 200;
	free(res->content_type);
	res->content_type = xstrdup("application/json");
	sb_truncate(&res->body, 0);
	sb_puts(&res->body, text);
}
