/* Login roles for deployments: `report-migrate --create-login ROLE
 * --member-of report_reader|report_writer`. */
#ifndef MIGRATE_LOGIN_H
#define MIGRATE_LOGIN_H

#include <libpq-fe.h>

/* Creates login role `role` (or, when it exists, makes sure it can log in),
 * sets its password when `password` is not NULL (else leaves it as it is: no
 * password suits trust/peer setups), and grants it `member_of`. Idempotent.
 * Returns a MIGRATE_* exit code. */
int migrate_create_login(PGconn *conn, const char *role, const char *member_of,
                         const char *password);

#endif
