/* Connecting to PostgreSQL, shared by the three programs. */
#ifndef COMMON_DB_H
#define COMMON_DB_H

#include <libpq-fe.h>
#include <stddef.h>

/* The connection string: `flag` when given, else $DATABASE_URL, else
 * "dbname=reports". Never NULL; not owned by the caller. */
const char *db_url(const char *flag);

/* Connects, sets client_encoding UTF8 and the application name. Returns the
 * connection (caller PQfinish-es it) or NULL with a message in err; the
 * message never holds the password. */
PGconn *db_connect(const char *url, const char *application_name, char *err, size_t errlen);

/* Copies PQerrorMessage/PQresultErrorMessage to err without its final
 * newline. `res` may be NULL. */
void db_error_text(PGconn *conn, const PGresult *res, char *err, size_t errlen);

/* 1 when the result failed because the connection is gone (SQLSTATE class
 * 08, or the connection is bad), 0 for an error in the statement itself. */
int db_connection_lost(PGconn *conn, const PGresult *res);

#endif
