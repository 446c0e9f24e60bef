#include "runner.h"

#include "db.h"
#include "log.h"
#include "sb.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One constant key for the whole migrator, computed by the server from a
 * fixed literal (no user value is involved). */
#define LOCK_KEY "hashtextextended('report-migrate', 0)"

typedef struct applied_row {
	int version;
	char *name;
	char *checksum;
	char *applied_at;
} applied_row;

typedef struct applied_list {
	applied_row *rows;
	size_t n;
} applied_list;

static void applied_list_free(applied_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->rows[i].name);
		free(l->rows[i].checksum);
		free(l->rows[i].applied_at);
	}
	free(l->rows);
	memset(l, 0, sizeof *l);
}

static const applied_row *applied_find(const applied_list *l, int version)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->rows[i].version == version)
			return &l->rows[i];
	return NULL;
}

/* Runs a statement without parameters or rows; logs and returns -1 on error. */
static int exec_simple(PGconn *conn, const char *sql, const char *what)
{
	PGresult *res = PQexecParams(conn, sql, 0, NULL, NULL, NULL, NULL, 0);
	int ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;
	if (!ok) {
		char err[1024];
		db_error_text(conn, res, err, sizeof err);
		log_error("%s: %s", what, err);
	}
	PQclear(res);
	return ok ? 0 : -1;
}

int migrate_lock(PGconn *conn)
{
	return exec_simple(conn, "SELECT pg_advisory_lock(" LOCK_KEY ")",
	                   "taking the migration lock");
}

void migrate_unlock(PGconn *conn)
{
	exec_simple(conn, "SELECT pg_advisory_unlock(" LOCK_KEY ")",
	            "releasing the migration lock");
}

/* Reads schema_migrations into *out (caller frees with applied_list_free).
 * Returns 0 or -1. */
static int load_applied(PGconn *conn, applied_list *out)
{
	memset(out, 0, sizeof *out);
	PGresult *res = PQexecParams(conn,
	                             "SELECT version, name, checksum,"
	                             " to_char(applied_at AT TIME ZONE 'UTC',"
	                             "         'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
	                             " FROM schema_migrations ORDER BY version",
	                             0, NULL, NULL, NULL, NULL, 0);
	int rc = -1;
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		char err[1024];
		db_error_text(conn, res, err, sizeof err);
		log_error("reading schema_migrations: %s", err);
		goto out;
	}
	out->n = (size_t)PQntuples(res);
	out->rows = xcalloc(out->n ? out->n : 1, sizeof *out->rows);
	for (size_t i = 0; i < out->n; i++) {
		applied_row *r = &out->rows[i];
		r->version = atoi(PQgetvalue(res, (int)i, 0));
		r->name = xstrdup(PQgetvalue(res, (int)i, 1));
		r->checksum = xstrdup(PQgetvalue(res, (int)i, 2));
		r->applied_at = xstrdup(PQgetvalue(res, (int)i, 3));
	}
	rc = 0;
out:
	PQclear(res);
	return rc;
}

/* 1 when schema_migrations exists, 0 when not, -1 on error. */
static int table_exists(PGconn *conn)
{
	PGresult *res = PQexecParams(conn, "SELECT to_regclass('schema_migrations') IS NOT NULL", 0,
	                             NULL, NULL, NULL, NULL, 0);
	int rc = -1;
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
		rc = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	else {
		char err[1024];
		db_error_text(conn, res, err, sizeof err);
		log_error("looking for schema_migrations: %s", err);
	}
	PQclear(res);
	return rc;
}

/* Refuses when an applied migration's file changed or was renamed: the
 * database would no longer match what the files say. Returns 0 or -1. */
static int check_applied_unchanged(const migration_set *set, const applied_list *applied)
{
	int rc = 0;
	for (size_t i = 0; i < applied->n; i++) {
		const applied_row *a = &applied->rows[i];
		const migration *m = migration_set_find(set, a->version);
		if (!m) {
			log_warn("migration %04d_%s.sql is applied but its file is missing",
			         a->version, a->name);
			continue;
		}
		if (strcmp(m->checksum, a->checksum) != 0) {
			log_error("refusing to migrate: %s was changed after it was applied "
			          "(applied sha256 %s, file now %s); add a new migration instead",
			          m->path, a->checksum, m->checksum);
			rc = -1;
		} else if (strcmp(m->name, a->name) != 0) {
			log_error("refusing to migrate: %s was applied under the name %04d_%s.sql",
			          m->path, a->version, a->name);
			rc = -1;
		}
	}
	return rc;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Applies one migration and records it, in one transaction. */
static int apply_one(PGconn *conn, const migration *m)
{
	int rc = -1;
	PGresult *res = NULL;
	char err[1024];
	double t0 = now_ms();
	if (exec_simple(conn, "BEGIN", "BEGIN") < 0)
		return -1;
	/* A migration holds several statements, so it goes through PQexec (simple
	 * query protocol). Migration files are trusted code from the repository,
	 * never user values; every value below goes as a parameter. */
	res = PQexec(conn, m->sql);
	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
		db_error_text(conn, res, err, sizeof err);
		log_error("migration %s failed: %s", m->path, err);
		goto out;
	}
	PQclear(res);
	char version[16];
	snprintf(version, sizeof version, "%d", m->version);
	const char *params[] = {version, m->name, m->checksum};
	res = PQexecParams(conn,
	                   "INSERT INTO schema_migrations (version, name, checksum)"
	                   " VALUES ($1::integer, $2, $3)",
	                   3, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		db_error_text(conn, res, err, sizeof err);
		log_error("recording migration %s: %s", m->path, err);
		goto out;
	}
	if (exec_simple(conn, "COMMIT", "COMMIT") < 0)
		goto out;
	rc = 0;
	printf("applied %s\n", m->file);
	log_info("applied %s in %.0f ms", m->file, now_ms() - t0);
out:
	PQclear(res);
	if (rc < 0 && PQstatus(conn) == CONNECTION_OK)
		exec_simple(conn, "ROLLBACK", "ROLLBACK");
	return rc;
}

int migrate_apply(PGconn *conn, const migration_set *set)
{
	int rc = MIGRATE_FAILED;
	applied_list applied = {0};
	if (migrate_lock(conn) < 0)
		return MIGRATE_FAILED;
	/* Created under the lock: two concurrent CREATE TABLE IF NOT EXISTS can
	 * still collide on the catalog's unique index. */
	if (exec_simple(conn,
	                "CREATE TABLE IF NOT EXISTS schema_migrations ("
	                " version    integer PRIMARY KEY CHECK (version >= 0),"
	                " name       text NOT NULL,"
	                " checksum   text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),"
	                " applied_at timestamptz NOT NULL DEFAULT now())",
	                "creating schema_migrations") < 0)
		goto out;
	if (load_applied(conn, &applied) < 0)
		goto out;
	if (check_applied_unchanged(set, &applied) < 0)
		goto out;
	size_t n_applied = 0;
	for (size_t i = 0; i < set->n; i++) {
		const migration *m = &set->items[i];
		if (applied_find(&applied, m->version))
			continue;
		if (applied.n && m->version < applied.rows[applied.n - 1].version)
			log_warn("%s is older than the newest applied migration; applying it now",
			         m->file);
		if (apply_one(conn, m) < 0)
			goto out;
		n_applied++;
	}
	if (n_applied == 0)
		printf("up to date: %zu migration%s applied, none pending\n", applied.n,
		       applied.n == 1 ? "" : "s");
	rc = MIGRATE_OK;
out:
	applied_list_free(&applied);
	if (PQstatus(conn) == CONNECTION_OK)
		migrate_unlock(conn);
	return rc;
}

int migrate_status(PGconn *conn, const migration_set *set, FILE *out)
{
	applied_list applied = {0};
	int exists = table_exists(conn);
	if (exists < 0)
		return MIGRATE_FAILED;
	if (exists && load_applied(conn, &applied) < 0)
		return MIGRATE_FAILED;
	size_t pending = 0;
	for (size_t i = 0; i < set->n; i++) {
		const migration *m = &set->items[i];
		const applied_row *a = applied_find(&applied, m->version);
		if (!a) {
			fprintf(out, "pending  %s\n", m->file);
			pending++;
		} else if (strcmp(a->checksum, m->checksum) != 0 || strcmp(a->name, m->name) != 0)
			fprintf(out,
			        "CHANGED  %s  applied %s, file differs from what was applied\n",
			        m->file, a->applied_at);
		else
			fprintf(out, "applied  %s  %s\n", m->file, a->applied_at);
	}
	for (size_t i = 0; i < applied.n; i++)
		if (!migration_set_find(set, applied.rows[i].version))
			fprintf(out, "MISSING  %04d_%s.sql  applied %s, no such file\n",
			        applied.rows[i].version, applied.rows[i].name,
			        applied.rows[i].applied_at);
	fprintf(out, "%zu applied, %zu pending\n", applied.n, pending);
	applied_list_free(&applied);
	return MIGRATE_OK;
}
