/* A server with --cache-hits notified (dispatch.h): its cached answers need
 * no database at all, not even the data-version read, and an import still
 * shows within a bound and never goes back to the old answer. */
#include "import_util.h"
#include "server_proc.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ORG "测试通知缓存区"
/* The bound this test holds the server to: from the importer's exit to the
 * new answer. The notification takes about a millisecond on loopback. */
#define SHOW_WITHIN_MS 1000

static server_proc srv;

static void start_notified(void)
{
	static const char *const extra[] = {"--cache-hits", "notified", "--log-level", "info",
	                                    NULL};
	server_proc_start(&srv, extra);
	cr_assert(server_proc_read_log(&srv, "response cache on", 15000),
	          "the change listener did not connect: %s", srv.log);
}

static void cleanup(void)
{
	server_proc_cleanup();
	import_forget_org(ORG);
}

static long get_status(const char *path, size_t *body_len)
{
	char *url = api_path("%s%s", srv.base, path);
	itest_http res;
	itest_get(url, NULL, &res);
	long status = res.status;
	if (body_len)
		*body_len = res.body_len;
	itest_http_free(&res);
	free(url);
	return status;
}

Test(api_cache_hits, a_hit_reads_nothing_not_even_the_version, .fini = cleanup)
{
	start_notified();
	const char *path = "/api/v1/metrics?sort=-id&limit=5";
	size_t first_len = 0, again_len = 0;
	cr_assert_eq(get_status(path, &first_len), 200);

	/* With data_version locked, a checked hit would wait for the lock
	 * (then 503); a notified one is answered at once. */
	PGconn *locker = itest_admin();
	PQclear(itest_exec(locker, "BEGIN", 0, NULL));
	PQclear(itest_exec(locker, "LOCK TABLE data_version, metrics IN ACCESS EXCLUSIVE MODE", 0,
	                   NULL));
	long t0 = server_proc_now_ms();
	long status = get_status(path, &again_len);
	long ms = server_proc_now_ms() - t0;
	long miss = get_status("/api/v1/metrics?sort=-id&limit=6", NULL);
	PQclear(itest_exec(locker, "ROLLBACK", 0, NULL));
	PQfinish(locker);
	cr_assert_eq(status, 200);
	cr_assert_eq(again_len, first_len);
	cr_assert_lt(ms, 2000, "took %ld ms: the hit waited for the lock", ms);
	/* a miss reads the version first, which waits for the lock */
	cr_assert_eq(miss, 503);
	server_proc_stop(&srv, NULL);
}

static const char report_text[] =
    " 测试通知缓存区 2023 年工作总结\n\n"
    "一、经济运行平稳\n\n"
    "（一）主要指标。全年实现地区生产总值 77.7 亿元，同比增长 5.5%。\n";

Test(api_cache_hits, an_import_shows_within_the_bound_and_stays, .fini = cleanup)
{
	start_notified();
	char *org = api_enc(ORG);
	char *path = api_path("/api/v1/reports?org=%s", org);
	size_t empty_len = 0, len = 0;
	cr_assert_eq(get_status(path, &empty_len), 200); /* no report: cached */

	char *dir = itest_tmpdir("api-cache-hits");
	char *file = api_path("%s/report.txt", dir);
	itest_write_file(file, report_text, strlen(report_text));
	itest_proc p;
	import_run(&p, "--org", ORG, "--year", "2023", "--kind", "工作总结", file, NULL);
	cr_assert_eq(p.exit_code, 0, "report-import: %s", p.err);
	itest_proc_free(&p);
	long done = server_proc_now_ms();

	/* The importer has committed: the old answer may come for the moment
	 * the notification takes, then the new one, and never the old again. */
	long shown_after = -1;
	int old_after_new = 0;
	for (int i = 0; i < 400; i++) {
		cr_assert_eq(get_status(path, &len), 200);
		if (len != empty_len && shown_after < 0)
			shown_after = server_proc_now_ms() - done;
		else if (len == empty_len && shown_after >= 0)
			old_after_new++;
		if (shown_after >= 0 && i >= 50)
			break;
		if (shown_after < 0)
			nanosleep(&(struct timespec){0, 5 * 1000000L}, NULL);
	}
	cr_assert_geq(shown_after, 0, "the import never showed");
	cr_assert_leq(shown_after, SHOW_WITHIN_MS, "the import showed after %ld ms", shown_after);
	cr_assert_eq(old_after_new, 0, "the old answer came back %d times", old_after_new);
	server_proc_stop(&srv, NULL);
	itest_rm_rf(dir);
	free(dir);
	free(file);
	free(path);
	free(org);
}
