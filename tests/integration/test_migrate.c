/* bin/report-migrate against the test cluster: re-runs, --status, changed
 * files, concurrent runs (in scratch databases of their own), login roles,
 * and the privileges of the two roles. */
#include "itest.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *migrations_dir(void)
{
	return itest_env_or("TEST_MIGRATIONS_DIR", "migrations");
}

/* Number of NNNN_*.sql files in `dir`. */
static long long count_migration_files(const char *dir)
{
	DIR *d = opendir(dir);
	cr_assert_not_null(d, "cannot read %s", dir);
	long long n = 0;
	const struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		n += len > 9 && strcmp(e->d_name + len - 4, ".sql") == 0 && e->d_name[4] == '_';
	}
	closedir(d);
	return n;
}

/* Copies the repository's migrations into a fresh temporary folder. */
static char *copy_migrations(void)
{
	char *dir = itest_tmpdir("migrations");
	DIR *d = opendir(migrations_dir());
	cr_assert_not_null(d);
	const struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		sb from = SB_INIT, to = SB_INIT;
		sb_printf(&from, "%s/%s", migrations_dir(), e->d_name);
		sb_printf(&to, "%s/%s", dir, e->d_name);
		size_t len = 0;
		char *text = itest_read_file(sb_str(&from), &len);
		itest_write_file(sb_str(&to), text, len);
		free(text);
		sb_free(&from);
		sb_free(&to);
	}
	closedir(d);
	return dir;
}

/* A scratch database, created empty; its connection string is returned
 * (caller frees) and dropped by drop_scratch. */
static char *create_scratch(const char *tag)
{
	PGconn *admin = itest_admin();
	char name[64];
	snprintf(name, sizeof name, "itest_%s_%d", tag, (int)getpid());
	char *quoted = PQescapeIdentifier(admin, name, strlen(name));
	sb sql = SB_INIT;
	sb_printf(&sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", quoted);
	PQclear(itest_exec(admin, sb_str(&sql), 0, NULL));
	sb_truncate(&sql, 0);
	sb_printf(&sql, "CREATE DATABASE %s", quoted);
	PQclear(itest_exec(admin, sb_str(&sql), 0, NULL));
	sb_free(&sql);
	PQfreemem(quoted);
	sb url = SB_INIT;
	sb_printf(&url, "host=%s port=%s user=%s dbname=%s", PQhost(admin), PQport(admin),
	          PQuser(admin), name);
	if (PQpass(admin) && *PQpass(admin))
		sb_printf(&url, " password=%s", PQpass(admin));
	PQfinish(admin);
	return sb_take(&url);
}

static void drop_scratch(const char *tag)
{
	PGconn *admin = itest_admin();
	char name[64];
	snprintf(name, sizeof name, "itest_%s_%d", tag, (int)getpid());
	char *quoted = PQescapeIdentifier(admin, name, strlen(name));
	sb sql = SB_INIT;
	sb_printf(&sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", quoted);
	PQclear(itest_exec(admin, sb_str(&sql), 0, NULL));
	sb_free(&sql);
	PQfreemem(quoted);
	PQfinish(admin);
}

/* Runs report-migrate with the given arguments (NULL-terminated, at most 8). */
static void migrate(itest_proc *out, const char *const *env, ...)
{
	char *bin = itest_bin("report-migrate");
	const char *argv[12] = {bin};
	size_t n = 1;
	va_list ap;
	va_start(ap, env);
	const char *a;
	while ((a = va_arg(ap, const char *)) != NULL && n < 11)
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	itest_run(argv, env, 120, out);
	free(bin);
}

static long long applied_count(const char *url)
{
	PGconn *c = itest_connect(url);
	long long n = itest_scalar(c, "SELECT count(*) FROM schema_migrations", 0, NULL);
	PQfinish(c);
	return n;
}

Test(migrate, rerun_on_the_test_database_is_a_noop)
{
	const char *url = itest_env("TEST_ADMIN_DATABASE_URL");
	long long files = count_migration_files(migrations_dir());
	long long before = applied_count(url);
	cr_assert_eq(before, files, "test database has %lld of %lld migrations", before, files);
	itest_proc p;
	migrate(&p, NULL, "--dir", migrations_dir(), "--database-url", url, (const char *)NULL);
	cr_expect_eq(p.exit_code, 0, "exit %d: %s", p.exit_code, p.err);
	cr_expect(strstr(p.out, "up to date") != NULL, "stdout: %s", p.out);
	cr_expect(strstr(p.out, "applied 0") == NULL, "applied something again: %s", p.out);
	itest_proc_free(&p);
	cr_expect_eq(applied_count(url), before);
}

Test(migrate, status_then_apply_then_status_in_a_scratch_database)
{
	char *url = create_scratch("status");
	char *dir = copy_migrations();
	long long files = count_migration_files(dir);
	itest_proc p;

	migrate(&p, NULL, "--dir", dir, "--database-url", url, "--status", (const char *)NULL);
	cr_expect_eq(p.exit_code, 0, "status exit %d: %s", p.exit_code, p.err);
	cr_expect(strstr(p.out, "pending  0001_init.sql") != NULL, "status: %s", p.out);
	char want[64];
	snprintf(want, sizeof want, "0 applied, %lld pending", files);
	cr_expect(strstr(p.out, want) != NULL, "want \"%s\" in: %s", want, p.out);
	itest_proc_free(&p);

	migrate(&p, NULL, "--dir", dir, "--database-url", url, (const char *)NULL);
	cr_expect_eq(p.exit_code, 0, "migrate exit %d: %s", p.exit_code, p.err);
	cr_expect(strstr(p.out, "applied 0001_init.sql\napplied 0002_roles.sql\n") == p.out,
	          "stdout: %s", p.out);
	itest_proc_free(&p);
	cr_expect_eq(applied_count(url), files);

	/* A new file is pending, then applied alone. */
	sb extra = SB_INIT;
	sb_printf(&extra, "%s/9000_itest_extra.sql", dir);
	const char *sql = "CREATE TABLE itest_extra (id integer);\n"
	                  "INSERT INTO itest_extra VALUES (1), (2);\n";
	itest_write_file(sb_str(&extra), sql, strlen(sql));
	migrate(&p, NULL, "--dir", dir, "--database-url", url, "--status", (const char *)NULL);
	cr_expect(strstr(p.out, "applied  0001_init.sql") != NULL, "status: %s", p.out);
	cr_expect(strstr(p.out, "pending  9000_itest_extra.sql") != NULL, "status: %s", p.out);
	itest_proc_free(&p);
	migrate(&p, NULL, "--dir", dir, "--database-url", url, (const char *)NULL);
	cr_expect_eq(p.exit_code, 0);
	cr_expect_str_eq(p.out, "applied 9000_itest_extra.sql\n");
	itest_proc_free(&p);
	PGconn *c = itest_connect(url);
	cr_expect_eq(itest_scalar(c, "SELECT count(*) FROM itest_extra", 0, NULL), 2);
	char *name = itest_scalar_text(c, "SELECT name FROM schema_migrations WHERE version = 9000",
	                               0, NULL);
	cr_expect_str_eq(name, "itest_extra");
	free(name);
	PQfinish(c);

	sb_free(&extra);
	itest_rm_rf(dir);
	free(dir);
	drop_scratch("status");
	free(url);
}

Test(migrate, changed_applied_file_is_refused_and_nothing_applied)
{
	char *url = create_scratch("changed");
	char *dir = copy_migrations();
	itest_proc p;
	migrate(&p, NULL, "--dir", dir, "--database-url", url, (const char *)NULL);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	itest_proc_free(&p);
	long long before = applied_count(url);

	sb path = SB_INIT, pending = SB_INIT;
	sb_printf(&path, "%s/0001_init.sql", dir);
	size_t len = 0;
	char *text = itest_read_file(sb_str(&path), &len);
	sb changed = SB_INIT;
	sb_append(&changed, text, len);
	sb_puts(&changed, "\n-- edited after it was applied\n");
	itest_write_file(sb_str(&path), changed.data, changed.len);
	sb_printf(&pending, "%s/9001_itest_pending.sql", dir);
	itest_write_file(sb_str(&pending), "CREATE TABLE itest_pending (id int);", 36);

	migrate(&p, NULL, "--dir", dir, "--database-url", url, (const char *)NULL);
	cr_expect_eq(p.exit_code, 3, "exit %d", p.exit_code);
	cr_expect(strstr(p.err, "0001_init.sql") != NULL, "stderr names the file: %s", p.err);
	cr_expect(strstr(p.err, "changed") != NULL, "stderr: %s", p.err);
	cr_expect_str_eq(p.out, "");
	itest_proc_free(&p);
	cr_expect_eq(applied_count(url), before, "nothing applied");
	PGconn *c = itest_connect(url);
	cr_expect_eq(
	    itest_scalar(c, "SELECT count(*) FROM pg_tables WHERE tablename = 'itest_pending'", 0,
	                 NULL),
	    0);
	PQfinish(c);

	migrate(&p, NULL, "--dir", dir, "--database-url", url, "--status", (const char *)NULL);
	cr_expect(strstr(p.out, "CHANGED  0001_init.sql") != NULL, "status: %s", p.out);
	itest_proc_free(&p);

	free(text);
	sb_free(&changed);
	sb_free(&path);
	sb_free(&pending);
	itest_rm_rf(dir);
	free(dir);
	drop_scratch("changed");
	free(url);
}

Test(migrate, two_migrators_at_once_apply_each_migration_once)
{
	char *url = create_scratch("concurrent");
	char *bin = itest_bin("report-migrate");
	const char *argv[] = {bin, "--dir", migrations_dir(), "--database-url", url, NULL};
	int rc[2];
	char *out[2];
	itest_run_twice_at_once(argv, rc, out);
	cr_expect_eq(rc[0], 0, "first: %s", out[0]);
	cr_expect_eq(rc[1], 0, "second: %s", out[1]);
	long long files = count_migration_files(migrations_dir());
	PGconn *c = itest_connect(url);
	cr_expect_eq(itest_scalar(c, "SELECT count(*) FROM schema_migrations", 0, NULL), files);
	cr_expect_eq(
	    itest_scalar(c, "SELECT count(DISTINCT version) FROM schema_migrations", 0, NULL),
	    files);
	cr_expect_eq(
	    itest_scalar(c, "SELECT count(*) FROM pg_tables WHERE tablename = 'reports'", 0, NULL),
	    1);
	PQfinish(c);
	free(out[0]);
	free(out[1]);
	free(bin);
	drop_scratch("concurrent");
	free(url);
}

Test(migrate, unreachable_database_exits_2)
{
	itest_proc p;
	migrate(&p, NULL, "--dir", migrations_dir(), "--database-url",
	        "postgresql://nobody@127.0.0.1:1/reports", (const char *)NULL);
	cr_expect_eq(p.exit_code, 2, "exit %d: %s", p.exit_code, p.err);
	cr_expect(strstr(p.err, "unreachable") != NULL, "stderr: %s", p.err);
	itest_proc_free(&p);
}

Test(migrate, usage_errors_exit_1)
{
	itest_proc p;
	migrate(&p, NULL, "--no-such-flag", (const char *)NULL);
	cr_expect_eq(p.exit_code, 1);
	itest_proc_free(&p);
	migrate(&p, NULL, "--create-login", "x", "--member-of", "postgres", (const char *)NULL);
	cr_expect_eq(p.exit_code, 1);
	itest_proc_free(&p);
}

Test(migrate, create_login_is_idempotent)
{
	const char *url = itest_env("TEST_ADMIN_DATABASE_URL");
	const char *env[] = {"REPORT_LOGIN_PASSWORD=itest-secret", NULL};
	PGconn *admin = itest_admin();
	PQclear(itest_exec(admin, "DROP ROLE IF EXISTS itest_login", 0, NULL));
	for (int i = 0; i < 2; i++) {
		itest_proc p;
		migrate(&p, env, "--database-url", url, "--create-login", "itest_login",
		        "--member-of", "report_reader", (const char *)NULL);
		cr_expect_eq(p.exit_code, 0, "run %d: %s", i, p.err);
		cr_expect(strstr(p.out, i == 0 ? "created" : "updated") != NULL, "%s", p.out);
		itest_proc_free(&p);
	}
	cr_expect_eq(
	    itest_scalar(admin,
	                 "SELECT count(*) FROM pg_roles r"
	                 " WHERE r.rolname = 'itest_login' AND r.rolcanlogin"
	                 "   AND pg_has_role('itest_login', 'report_reader', 'MEMBER')"
	                 "   AND NOT pg_has_role('itest_login', 'report_writer', 'MEMBER')",
	                 0, NULL),
	    1);
	char *secret = itest_scalar_text(
	    admin, "SELECT rolpassword FROM pg_authid WHERE rolname = 'itest_login'", 0, NULL);
	cr_expect(secret && strncmp(secret, "SCRAM-SHA-256$", 14) == 0, "stored as SCRAM");
	free(secret);
	PQclear(itest_exec(admin, "DROP ROLE itest_login", 0, NULL));
	PQfinish(admin);
}

/* SQLSTATE of a statement that must fail. Caller frees. */
static char *failing_sqlstate(const char *url, const char *sql)
{
	PGconn *c = itest_connect(url);
	PGresult *res = PQexec(c, sql);
	cr_expect_eq(PQresultStatus(res), PGRES_FATAL_ERROR, "%s succeeded", sql);
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	char *out = xstrdup(state ? state : "");
	PQclear(res);
	PQfinish(c);
	return out;
}

Test(migrate, the_server_role_cannot_write)
{
	const char *reader = itest_env("TEST_READER_DATABASE_URL");
	static const char *const writes[] = {
	    "INSERT INTO reports (organization, year, kind, title, source_file, content_hash, text)"
	    " VALUES ('测试权限区', 2020, '工作总结', 't', 'f', repeat('a', 64), '')",
	    "UPDATE reports SET title = title",
	    "DELETE FROM metrics",
	    "CREATE TABLE itest_reader_table (id int)",
	};
	for (size_t i = 0; i < sizeof writes / sizeof *writes; i++) {
		char *state = failing_sqlstate(reader, writes[i]);
		cr_expect_str_eq(state, "42501", "%s: SQLSTATE %s", writes[i], state);
		free(state);
	}
	/* ... but it can read. */
	PGconn *c = itest_connect(reader);
	PQclear(itest_exec(c, "SELECT count(*) FROM reports", 0, NULL));
	PQfinish(c);
	/* The import role writes data but cannot change the schema. */
	char *state = failing_sqlstate(itest_env("TEST_IMPORT_DATABASE_URL"), "DROP TABLE metrics");
	cr_expect_str_eq(state, "42501", "writer DROP TABLE: SQLSTATE %s", state);
	free(state);
}
