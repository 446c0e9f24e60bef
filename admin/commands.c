/* report-admin subcommands (see commands.h): thin wrappers around the SQL
 * functions that own the logic, so that the CLI, the import job and the
 * tests all go through the same code. */
#include "commands.h"

#include "db.h"
#include "log.h"

#include <stdio.h>
#include <string.h>

/* Runs one parameterised statement. The changing functions are called once,
 * in a WITH (never in a WHERE, where they would run per row). Returns the result (caller PQclears)
 * or NULL after logging the server's message. */
static PGresult *run(PGconn *conn, const char *sql, int n, const char *const *params)
{
	PGresult *res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
		return res;
	const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	if (primary) {
		log_error("%s", primary);
	} else {
		char err[512];
		db_error_text(conn, res, err, sizeof err);
		log_error("%s", err);
	}
	PQclear(res);
	return NULL;
}

/* Prints every row of `res` as tab-separated fields, NULL as "". */
static void print_rows(const PGresult *res)
{
	for (int r = 0; r < PQntuples(res); r++)
		for (int c = 0; c < PQnfields(res); c++)
			printf("%s%c", PQgetvalue(res, r, c), c + 1 < PQnfields(res) ? '\t' : '\n');
}

static int run_and_print(PGconn *conn, const char *sql, int n, const char *const *params)
{
	PGresult *res = run(conn, sql, n, params);
	if (!res)
		return ADMIN_FAILED;
	print_rows(res);
	PQclear(res);
	return ADMIN_OK;
}

int admin_list(PGconn *conn, const char *org)
{
	const char *params[] = {org};
	return run_and_print(conn,
	                     "SELECT i.id, i.name, coalesce(i.unit_family, ''),"
	                     " (SELECT string_agg(a.alias, '、' ORDER BY a.alias)"
	                     "  FROM indicator_aliases a WHERE a.indicator_id = i.id)"
	                     " FROM indicators i"
	                     " WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM indicator_points p"
	                     "  WHERE p.indicator_id = i.id AND p.organization = $1)"
	                     " ORDER BY i.id",
	                     1, params);
}

int admin_indicator_add(PGconn *conn, const char *name, const char *unit_family)
{
	const char *params[] = {name, unit_family};
	return run_and_print(conn,
	                     "SELECT 'indicator ' || id || E'\\t' || $1 FROM"
	                     " (SELECT indicator_add($1, $2) AS id) x",
	                     2, params);
}

int admin_alias_add(PGconn *conn, const char *indicator, const char *alias)
{
	const char *params[] = {indicator, alias};
	return run_and_print(
	    conn,
	    "WITH x AS (SELECT indicator_alias_add($1, $2) AS id)"
	    " SELECT 'alias ' || $2 || ' -> indicator ' || i.id || E'\\t' || i.name"
	    " FROM x JOIN indicators i ON i.id = x.id",
	    2, params);
}

int admin_alias_remove(PGconn *conn, const char *alias)
{
	const char *params[] = {alias};
	return run_and_print(conn,
	                     "SELECT 'removed alias ' || $1 || ' of indicator ' || x.id FROM"
	                     " (SELECT indicator_alias_remove($1) AS id) x",
	                     1, params);
}

int admin_merge(PGconn *conn, const char *from, const char *into)
{
	const char *params[] = {from, into};
	return run_and_print(
	    conn,
	    "WITH x AS (SELECT indicator_merge($1, $2) AS id)"
	    " SELECT 'merged ' || $1 || ' into indicator ' || i.id || E'\\t' || i.name"
	    " FROM x JOIN indicators i ON i.id = x.id",
	    2, params);
}

int admin_unmatched(PGconn *conn, const char *org)
{
	const char *params[] = {org};
	return run_and_print(
	    conn,
	    "SELECT u.organization, u.status, u.name, u.metrics,"
	    " coalesce((SELECT string_agg(c.id || ' ' || c.name, '、' ORDER BY c.id)"
	    "  FROM indicators c WHERE c.id = ANY (u.candidates)), '')"
	    " FROM unmatched_names u WHERE $1::text IS NULL OR u.organization = $1"
	    " ORDER BY u.organization, u.name_key",
	    1, params);
}

int admin_refresh(PGconn *conn, const char *org)
{
	const char *params[] = {org};
	return run_and_print(conn,
	                     "SELECT 'refreshed ' || count(refresh_organization(o.organization))"
	                     " || ' organisation(s)'"
	                     " FROM (SELECT DISTINCT organization FROM reports"
	                     "  WHERE $1::text IS NULL OR organization = $1 ORDER BY 1) o",
	                     1, params);
}
