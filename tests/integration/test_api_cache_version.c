/* A NOTIFY report_data_changed that no change goes with (any role can send
 * one, the server's own read-only role too) leaves the response cache as
 * it is: the listener clears only when the data version moved. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <time.h>

static void sleep_ms(long ms)
{
	nanosleep(&(struct timespec){ms / 1000, (ms % 1000) * 1000000L}, NULL);
}

/* Waits until the listener has read the data version at least once since
 * LISTEN (its last statement), so that it is in place. */
static void wait_for_listener(void)
{
	long long n = 0;
	for (int i = 0; i < 150 && n == 0; i++) {
		PGconn *conn = itest_admin();
		n = itest_scalar(
		    conn,
		    "SELECT count(*) FROM pg_stat_activity"
		    " WHERE application_name = 'report-server-listener'"
		    " AND query = 'SELECT version, pg_current_wal_lsn() FROM data_version'",
		    0, NULL);
		PQfinish(conn);
		if (n == 0)
			sleep_ms(100);
	}
	cr_assert_gt(n, 0, "the server's change listener did not connect");
}

Test(api_cache_version, a_stray_notify_keeps_the_cache)
{
	wait_for_listener();
	const char *path = "/api/v1/metrics?sort=-id&limit=11";
	itest_http first;
	itest_get(path, NULL, &first);
	cr_assert_eq(first.status, 200);

	PGconn *reader = itest_connect(itest_env("TEST_READER_DATABASE_URL"));
	PQclear(itest_exec(reader, "NOTIFY report_data_changed, 'stray'", 0, NULL));
	PQclear(itest_exec(reader, "SELECT pg_notify('report_data_changed', 'reports')", 0, NULL));
	PQfinish(reader);
	sleep_ms(500); /* the listener has long read the version by now */

	/* with metrics locked only a cached answer can come (the others wait
	 * for the statement timeout, 5 s) */
	PGconn *locker = itest_admin();
	PQclear(itest_exec(locker, "BEGIN", 0, NULL));
	PQclear(itest_exec(locker, "LOCK TABLE metrics IN ACCESS EXCLUSIVE MODE", 0, NULL));
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	itest_http again;
	itest_get(path, NULL, &again);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	PQclear(itest_exec(locker, "ROLLBACK", 0, NULL));
	PQfinish(locker);
	double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	cr_assert_eq(again.status, 200, "the stray NOTIFY emptied the cache (%ld)", again.status);
	cr_assert_lt(ms, 2000, "took %.0f ms: not from the cache", ms);
	cr_assert_eq(again.body_len, first.body_len);
	itest_http_free(&again);
	itest_http_free(&first);
}
