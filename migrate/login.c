#include "login.h"

#include "db.h"
#include "log.h"
#include "runner.h"
#include "sb.h"

#include <stdio.h>
#include <string.h>

/* 1 when role `name` exists, 0 when not, -1 on error. */
static int role_exists(PGconn *conn, const char *name)
{
	const char *params[] = {name};
	PGresult *res = PQexecParams(conn, "SELECT 1 FROM pg_roles WHERE rolname = $1", 1, NULL,
	                             params, NULL, NULL, 0);
	int rc = -1;
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		rc = PQntuples(res) > 0;
	else {
		char err[1024];
		db_error_text(conn, res, err, sizeof err);
		log_error("looking up role %s: %s", name, err);
	}
	PQclear(res);
	return rc;
}

static int exec_command(PGconn *conn, const char *sql, const char *what)
{
	PGresult *res = PQexec(conn, sql);
	int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok) {
		char err[1024];
		db_error_text(conn, res, err, sizeof err);
		log_error("%s: %s", what, err);
	}
	PQclear(res);
	return ok ? 0 : -1;
}

int migrate_create_login(PGconn *conn, const char *role, const char *member_of,
                         const char *password)
{
	int rc = MIGRATE_FAILED;
	char *ident = NULL, *group = NULL, *secret = NULL, *literal = NULL;
	sb sql = SB_INIT;
	int locked = 0;
	if (migrate_lock(conn) < 0)
		goto out;
	locked = 1;
	int group_exists = role_exists(conn, member_of);
	if (group_exists <= 0) {
		if (group_exists == 0)
			log_error("role %s does not exist: apply the migrations first", member_of);
		goto out;
	}
	int exists = role_exists(conn, role);
	if (exists < 0)
		goto out;
	/* CREATE ROLE, ALTER ROLE and GRANT are utility statements: they take no
	 * bind parameters, so the name and the password are quoted by libpq
	 * (PQescapeIdentifier / PQescapeLiteral) instead. */
	ident = PQescapeIdentifier(conn, role, strlen(role));
	group = PQescapeIdentifier(conn, member_of, strlen(member_of));
	if (!ident || !group) {
		log_error("quoting role names: %s", PQerrorMessage(conn));
		goto out;
	}
	sb_printf(&sql, "%s ROLE %s LOGIN", exists ? "ALTER" : "CREATE", ident);
	if (password) {
		/* Send the SCRAM verifier, not the password, so the clear text never
		 * reaches the server's statement log. */
		secret = PQencryptPasswordConn(conn, password, role, NULL);
		if (!secret) {
			log_error("encrypting the password: %s", PQerrorMessage(conn));
			goto out;
		}
		literal = PQescapeLiteral(conn, secret, strlen(secret));
		if (!literal) {
			log_error("quoting the password: %s", PQerrorMessage(conn));
			goto out;
		}
		sb_printf(&sql, " PASSWORD %s", literal);
	}
	if (exec_command(conn, sb_str(&sql), exists ? "altering the role" : "creating the role") <
	    0)
		goto out;
	sb_truncate(&sql, 0);
	sb_printf(&sql, "GRANT %s TO %s", group, ident);
	if (exec_command(conn, sb_str(&sql), "granting the group role") < 0)
		goto out;
	printf("login role %s %s, member of %s%s\n", role, exists ? "updated" : "created",
	       member_of, password ? ", password set" : "");
	rc = MIGRATE_OK;
out:
	if (locked && PQstatus(conn) == CONNECTION_OK)
		migrate_unlock(conn);
	PQfreemem(ident);
	PQfreemem(group);
	PQfreemem(secret);
	PQfreemem(literal);
	sb_free(&sql);
	return rc;
}
