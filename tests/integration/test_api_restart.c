/* The database goes away in the middle of the run: 503 with Retry-After
 * while it is down, and the same server answers again once it is back. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void pg_ctl(const char *action)
{
	char *cmd = api_path("%s %s", itest_env("TEST_PG_CTL"), action);
	const char *argv[] = {"/bin/sh", "-c", cmd, NULL};
	itest_proc p;
	itest_run(argv, NULL, 120, &p);
	cr_assert_eq(p.exit_code, 0, "%s: %s", cmd, p.err);
	itest_proc_free(&p);
	free(cmd);
}

/* Whatever happens in the test, the database is up again afterwards. */
static void restart_database(void)
{
	pg_ctl("start");
}

static long status_of(const char *path)
{
	itest_http res;
	itest_get(path, NULL, &res);
	long status = res.status;
	itest_http_free(&res);
	return status;
}

Test(api_restart, database_down_gives_503_then_recovers, .fini = restart_database)
{
	char *path = api_path("/api/v1/reports/%lld", api_sample_report_id());
	json_t *before = api_get_json(path, 200, NULL);

	pg_ctl("stop");
	itest_http res;
	itest_get(path, NULL, &res);
	api_expect_problem(&res, 503, "database_unavailable", NULL);
	char *retry = itest_http_header(&res, "Retry-After");
	cr_assert_not_null(retry);
	cr_assert_gt(atoi(retry), 0);
	free(retry);
	itest_http_free(&res);
	itest_get("/readyz", NULL, &res);
	api_expect_problem(&res, 503, "database_unavailable", NULL);
	itest_http_free(&res);
	/* the process itself is fine */
	cr_assert_eq(status_of("/healthz"), 200);

	pg_ctl("start");
	/* no restart of the server: it reconnects on its own */
	long status = 0;
	for (int i = 0; i < 100 && status != 200; i++) {
		status = status_of(path);
		if (status != 200) {
			cr_assert_eq(status, 503);
			nanosleep(&(struct timespec){0, 200 * 1000 * 1000}, NULL);
		}
	}
	cr_assert_eq(status, 200, "the server did not recover");
	/* every worker recovers, not just one: once the reconnect backoff
	 * (about 1 s) has passed, a few rounds all succeed */
	nanosleep(&(struct timespec){1, 300 * 1000 * 1000}, NULL);
	for (int i = 0; i < 20; i++)
		cr_assert_eq(status_of("/readyz"), 200);
	json_t *after = api_get_json(path, 200, NULL);
	cr_assert(json_equal(before, after));
	json_decref(after);
	json_decref(before);
	free(path);
}
