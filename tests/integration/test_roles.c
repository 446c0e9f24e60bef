/* The roles reduced to what their programs need (migration 0006): the
 * server's role cannot read import_runs nor make temporary tables, nor run
 * the import's ANALYZE (0010), and neither role can change
 * schema_migrations or the data version. */
#include "itest.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* The SQLSTATE of a statement that must fail ("" when it succeeded). */
static char *sqlstate_of(const char *url, const char *sql)
{
	PGconn *c = itest_connect(url);
	PGresult *res = PQexec(c, sql);
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	char *out = xstrdup(PQresultStatus(res) == PGRES_FATAL_ERROR && state ? state : "");
	PQclear(res);
	PQfinish(c);
	return out;
}

static void expect_denied(const char *url, const char *sql)
{
	char *state = sqlstate_of(url, sql);
	cr_expect_str_eq(state, "42501", "%s: SQLSTATE '%s' (empty: it succeeded)", sql, state);
	free(state);
}

Test(roles, the_server_role_reads_only_what_the_api_serves)
{
	const char *reader = itest_env("TEST_READER_DATABASE_URL");
	expect_denied(reader, "SELECT count(*) FROM import_runs");
	expect_denied(reader, "CREATE TEMP TABLE itest_reader_temp (id int)");
	expect_denied(reader, "UPDATE data_version SET version = version + 1");
	/* the import's ANALYZE runs as the tables' owner: the writer's alone */
	expect_denied(reader, "SELECT maintain_imported_tables()");
	/* what the server does read */
	PGconn *c = itest_connect(reader);
	cr_assert_geq(itest_scalar(c, "SELECT version FROM data_version", 0, NULL), 1);
	cr_assert_geq(itest_scalar(c, "SELECT max(version) FROM schema_migrations", 0, NULL), 6);
	cr_assert_geq(itest_scalar(c, "SELECT count(*) FROM metrics", 0, NULL), 1);
	PQfinish(c);
}

Test(roles, the_import_role_cannot_touch_the_migrations_or_the_version)
{
	const char *writer = itest_env("TEST_IMPORT_DATABASE_URL");
	expect_denied(writer, "UPDATE schema_migrations SET name = name");
	expect_denied(writer, "DELETE FROM schema_migrations WHERE version = 6");
	expect_denied(writer, "INSERT INTO schema_migrations (version, name, checksum)"
	                      " VALUES (9999, 'x', 'x')");
	expect_denied(writer, "TRUNCATE schema_migrations");
	expect_denied(writer, "UPDATE data_version SET version = 0");
	/* ... but its own writes bump the version, through the trigger */
	PGconn *admin = itest_admin();
	long long before = itest_scalar(admin, "SELECT version FROM data_version", 0, NULL);
	PGconn *c = itest_connect(writer);
	PQclear(itest_exec(c, "UPDATE reports SET title = title WHERE id = -1", 0, NULL));
	PQfinish(c);
	cr_assert_eq(itest_scalar(admin, "SELECT version FROM data_version", 0, NULL), before + 1);
	PQfinish(admin);
}
