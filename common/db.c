#include "db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *db_url(const char *flag)
{
	if (flag && *flag)
		return flag;
	const char *env = getenv("DATABASE_URL");
	if (env && *env)
		return env;
	return "dbname=reports";
}

void db_error_text(PGconn *conn, const PGresult *res, char *err, size_t errlen)
{
	const char *msg = res ? PQresultErrorMessage(res) : NULL;
	if (!msg || !*msg)
		msg = conn ? PQerrorMessage(conn) : "no connection";
	snprintf(err, errlen, "%s", msg);
	size_t n = strlen(err);
	while (n > 0 && (err[n - 1] == '\n' || err[n - 1] == ' '))
		err[--n] = '\0';
	for (char *p = err; *p; p++)
		if (*p == '\n')
			*p = ' ';
}

PGconn *db_connect(const char *url, const char *application_name, char *err, size_t errlen)
{
	const char *keys[] = {"dbname", "application_name", "client_encoding", "connect_timeout",
	                      NULL};
	const char *values[] = {url, application_name, "UTF8", "5", NULL};
	/* expand_dbname = 1: "dbname" may hold a full URL or key=value string. */
	PGconn *conn = PQconnectdbParams(keys, values, 1);
	if (!conn) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (PQstatus(conn) != CONNECTION_OK) {
		/* libpq's messages name host and user, never the password. */
		db_error_text(conn, NULL, err, errlen);
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

int db_connection_lost(PGconn *conn, const PGresult *res)
{
	if (!conn || PQstatus(conn) != CONNECTION_OK)
		return 1;
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	if (!state)
		return res == NULL || PQresultStatus(res) == PGRES_FATAL_ERROR;
	return strncmp(state, "08", 2) == 0 || strcmp(state, "57P01") == 0 ||
	       strcmp(state, "57P02") == 0 || strcmp(state, "57P03") == 0;
}
