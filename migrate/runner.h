/* Applying migrations and reporting their state. Each function returns the
 * program's exit code (MIGRATE_*) and prints what it did on stdout, errors
 * through common/log.h. */
#ifndef MIGRATE_RUNNER_H
#define MIGRATE_RUNNER_H

#include "migration_files.h"

#include <libpq-fe.h>
#include <stdio.h>

enum migrate_exit {
	MIGRATE_OK = 0,
	MIGRATE_USAGE = 1,
	MIGRATE_UNREACHABLE = 2, /* cannot connect to the database */
	MIGRATE_FAILED = 3,      /* a migration failed, or an applied one was changed */
};

/* Applies the pending migrations of `set` in version order, each in its own
 * transaction together with its schema_migrations row, under a session
 * advisory lock so that two migrators never interleave. Before applying
 * anything, checks that every applied migration's file is unchanged. */
int migrate_apply(PGconn *conn, const migration_set *set);

/* Prints one line per migration, applied and pending, on `out`. Takes no
 * lock and changes nothing. */
int migrate_status(PGconn *conn, const migration_set *set, FILE *out);

/* The session advisory lock shared by everything that changes the schema or
 * roles. Returns 0, or -1 after logging the error. */
int migrate_lock(PGconn *conn);
void migrate_unlock(PGconn *conn);

#endif
