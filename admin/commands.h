/* The subcommands of bin/report-admin. Each runs its change as one SQL
 * statement — one transaction — through the functions of
 * migrations/0003_indicators.sql, which re-run the matching and refresh the
 * precomputed comparison rows of every organisation the change affects, so
 * it takes effect without a re-import. Each prints its result on stdout
 * (tab-separated for lists) and returns an exit code (admin_exit). */
#ifndef ADMIN_COMMANDS_H
#define ADMIN_COMMANDS_H

#include <libpq-fe.h>

enum admin_exit {
	ADMIN_OK = 0,
	ADMIN_FAILED = 1, /* the database refused: conflict, unknown name */
	ADMIN_USAGE = 2,
	ADMIN_UNREACHABLE = 3, /* no connection */
};

/* id, name, unit family, aliases (joined with "、"); org NULL = all. */
int admin_list(PGconn *conn, const char *org);
int admin_indicator_add(PGconn *conn, const char *name, const char *unit_family);
int admin_alias_add(PGconn *conn, const char *indicator, const char *alias);
int admin_alias_remove(PGconn *conn, const char *alias);
int admin_merge(PGconn *conn, const char *from, const char *into);
/* organisation, status, name, figures, candidates; org NULL = all. */
int admin_unmatched(PGconn *conn, const char *org);
/* Re-runs matching for one organisation, or all when org is NULL. */
int admin_refresh(PGconn *conn, const char *org);

#endif
