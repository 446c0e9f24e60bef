/* Reading from a replica, what can be checked on the one test cluster (a
 * primary; make scale-test runs a real replica): /readyz's replication
 * fields, --max-replica-lag, the listener on --notify-url, and the WAL
 * position in the triggers' payload (migration 0007). */
#include "server_proc.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

TestSuite(replica, .fini = server_proc_cleanup);

static json_t *ready_of(const char *url)
{
	itest_http res;
	itest_get(url, NULL, &res);
	cr_assert_eq(res.status, 200, "%s: %ld %s", url, res.status, res.body);
	json_error_t e;
	json_t *doc = json_loadb(res.body, res.body_len, 0, &e);
	cr_assert_not_null(doc, "%s: not JSON: %s", url, e.text);
	itest_http_free(&res);
	return doc;
}

Test(replica, readyz_on_a_primary_has_null_lags)
{
	json_t *r = ready_of("/readyz");
	cr_assert_str_eq(api_str(r, "status"), "ready");
	cr_assert_str_eq(api_str(r, "role"), "primary");
	cr_assert(json_is_null(json_object_get(r, "lag_seconds")));
	cr_assert(json_is_null(json_object_get(r, "lag_bytes")));
	json_t *max = json_object_get(r, "max_lag_seconds");
	cr_assert(json_is_real(max));
	cr_assert_eq(json_real_value(max), 30.0);
	cr_assert_eq(json_object_size(r), 7, "unexpected members");
	json_decref(r);
}

Test(replica, max_replica_lag_flag_and_env)
{
	server_proc s;
	const char *extra[] = {"--max-replica-lag", "0.25", NULL};
	server_proc_start(&s, extra);
	char *url = api_path("%s/readyz", s.base);
	json_t *r = ready_of(url);
	cr_assert_eq(json_real_value(json_object_get(r, "max_lag_seconds")), 0.25);
	json_decref(r);
	free(url);
	cr_assert_eq(server_proc_stop(&s, NULL), 0);

	char *bin = itest_bin("report-server");
	static const char *const bad[] = {"0", "-1", "abc", "86401", "1s", ""};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		const char *argv[] = {bin, "--max-replica-lag", bad[i], NULL};
		itest_proc p;
		itest_run(argv, NULL, 30, &p);
		cr_assert_eq(p.exit_code, 2, "--max-replica-lag '%s' was accepted", bad[i]);
		cr_assert_not_null(strstr(p.err, "--max-replica-lag"));
		itest_proc_free(&p);
	}
	const char *env[] = {"REPORT_MAX_REPLICA_LAG=nope", NULL};
	const char *argv[] = {bin, NULL};
	itest_proc p;
	itest_run(argv, env, 30, &p);
	cr_assert_eq(p.exit_code, 2);
	itest_proc_free(&p);
	free(bin);
}

static long long listeners_of(PGconn *admin)
{
	return itest_scalar(admin,
	                    "SELECT count(*) FROM pg_stat_activity"
	                    " WHERE application_name = 'report-server-listener'"
	                    " AND usename = current_user",
	                    0, NULL);
}

/* The listener connects with --notify-url, the workers with
 * --database-url: here the admin role listens, the reader reads. */
Test(replica, listener_uses_notify_url)
{
	PGconn *admin = itest_admin();
	cr_assert_eq(listeners_of(admin), 0);
	char *flag = api_path("--notify-url=%s", itest_env("TEST_ADMIN_DATABASE_URL"));
	const char *extra[] = {flag, "--log-level", "debug", NULL};
	server_proc s;
	server_proc_start(&s, extra);
	cr_assert(server_proc_read_log(&s, "cache listener listening", 10000), "no listener: %s",
	          s.log);
	cr_assert_eq(listeners_of(admin), 1);
	/* a change is heard on it, with the WAL position from the trigger */
	PQclear(itest_exec(admin, "UPDATE indicators SET name = name WHERE false", 0, NULL));
	cr_assert(server_proc_read_log(&s, "notification 'indicators ", 10000),
	          "no notification: %s", s.log);
	cr_assert_eq(server_proc_stop(&s, NULL), 0);
	cr_assert_null(strstr(s.log, "past the primary's"), "%s", s.log);
	for (int i = 0; i < 50 && listeners_of(admin) > 0; i++)
		nanosleep(&(struct timespec){0, 100000000}, NULL);
	cr_assert_eq(listeners_of(admin), 0);
	PQfinish(admin);
	free(flag);
}

/* A notification whose position is past the primary's is not believed
 * (anyone may NOTIFY): the listener says so and caching goes on. */
Test(replica, a_forged_position_is_ignored)
{
	const char *extra[] = {"--log-level", "debug", NULL};
	server_proc s;
	server_proc_start(&s, extra);
	cr_assert(server_proc_read_log(&s, "cache listener listening", 10000), "%s", s.log);
	PGconn *reader = itest_connect(itest_env("TEST_READER_DATABASE_URL"));
	PQclear(itest_exec(reader, "NOTIFY report_data_changed, 'x FFFFFFFF/FFFFFFFF'", 0, NULL));
	PQfinish(reader);
	cr_assert(server_proc_read_log(&s, "names WAL position FFFFFFFF/FFFFFFFF, past the", 10000),
	          "%s", s.log);
	cr_assert_eq(server_proc_stop(&s, NULL), 0);
}

Test(replica, trigger_payload_ends_with_the_wal_position)
{
	PGconn *admin = itest_admin();
	PQclear(itest_exec(admin, "LISTEN report_data_changed", 0, NULL));
	PQclear(itest_exec(admin, "UPDATE metrics SET name = name WHERE false", 0, NULL));
	PQconsumeInput(admin);
	PGnotify *n;
	int found = 0;
	while ((n = PQnotifies(admin)) != NULL) {
		unsigned hi, lo;
		char end;
		if (strncmp(n->extra, "metrics ", 8) == 0 &&
		    sscanf(n->extra + 8, "%X/%X%c", &hi, &lo, &end) == 2) {
			const char *params[] = {n->extra + 8};
			cr_assert_eq(
			    itest_scalar(admin, "SELECT ($1::pg_lsn <= pg_current_wal_lsn())::int",
			                 1, params),
			    1, "%s", n->extra);
			found = 1;
		}
		PQfreemem(n);
	}
	cr_assert(found, "no 'metrics <LSN>' notification");
	PQfinish(admin);
}
