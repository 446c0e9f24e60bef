/* The response cache (server/cache.c) over real HTTP: a repeated request is
 * answered without the database, an import shows in the next list request,
 * and after a database restart the change listener reconnects by itself.
 * Imports here use an organisation of their own, removed again afterwards
 * (with a NOTIFY, as any writer must send). */
#include "json_num.h"
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ORG "测试缓存区"

static const char report_text[] =
    " 测试缓存区 2023 年工作总结\n\n"
    "2023 年，测试缓存区各项工作稳步推进，现将工作情况报告如下：\n\n"
    "一、经济运行平稳\n\n"
    "（一）主要指标。全年实现地区生产总值 88.8 亿元，同比增长 6.5%。\n\n"
    "二、党的建设\n\n"
    "（一）理论学习。开展集中学习 9 次。\n";

static void sleep_ms(long ms)
{
	nanosleep(&(struct timespec){ms / 1000, (ms % 1000) * 1000000L}, NULL);
}

/* Removes this test's report and tells the server, as a writer must. */
static void remove_org(void)
{
	PGconn *conn = itest_admin();
	const char *params[] = {ORG};
	PQclear(itest_exec(conn, "DELETE FROM reports WHERE organization = $1", 1, params));
	PQclear(
	    itest_exec(conn, "SELECT pg_notify('report_data_changed', 'test_api_cache')", 0, NULL));
	PQfinish(conn);
}

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

static void cleanup(void)
{
	pg_ctl("start"); /* a no-op when it runs; up again if a test stopped it */
	remove_org();
}

/* Waits until the server's change listener is connected and listening
 * (it turns the cache on right after LISTEN). */
static void wait_for_listener(void)
{
	long long n = 0;
	for (int i = 0; i < 150 && n == 0; i++) {
		PGconn *conn = itest_admin();
		n = itest_scalar(conn,
		                 "SELECT count(*) FROM pg_stat_activity"
		                 " WHERE application_name = 'report-server-listener'"
		                 /* its last statement: LISTEN, or since then its
		                  * data-version read (also its ping) */
		                 " AND query IN ('LISTEN report_data_changed',"
		                 " 'SELECT NULL, pg_current_wal_lsn()',"
		                 " 'SELECT version, pg_current_wal_lsn() FROM data_version')",
		                 0, NULL);
		PQfinish(conn);
		if (n == 0)
			sleep_ms(100);
	}
	cr_assert_gt(n, 0, "the server's change listener did not connect");
	sleep_ms(50); /* LISTEN done → cache enabled: a few instructions later */
}

static void import_report(void)
{
	char *dir = itest_tmpdir("api-cache");
	char *file = api_path("%s/report.txt", dir);
	itest_write_file(file, report_text, strlen(report_text));
	char *bin = itest_bin("report-import");
	const char *argv[] = {bin,
	                      "--database-url",
	                      itest_env("TEST_IMPORT_DATABASE_URL"),
	                      "--org",
	                      ORG,
	                      "--year",
	                      "2023",
	                      "--kind",
	                      "工作总结",
	                      file,
	                      NULL};
	itest_proc p;
	itest_run(argv, NULL, 60, &p);
	cr_assert_eq(p.exit_code, 0, "report-import: %d: %s", p.exit_code, p.err);
	itest_proc_free(&p);
	free(bin);
	free(file);
	itest_rm_rf(dir);
	free(dir);
}

/* total of the list at path (asserting 200). */
static long long list_total(const char *path)
{
	json_t *body = api_get_json(path, 200, NULL);
	long long total = json_integer_value(json_object_get(body, "total"));
	json_decref(body);
	return total;
}

static char *org_reports_path(void)
{
	char *org = api_enc(ORG);
	char *path = api_path("/api/v1/reports?org=%s", org);
	free(org);
	return path;
}

static long status_of(const char *path)
{
	itest_http res;
	itest_get(path, NULL, &res);
	long status = res.status;
	itest_http_free(&res);
	return status;
}

Test(api_cache, repeated_request_is_answered_without_the_database, .fini = cleanup)
{
	wait_for_listener();
	/* a query nobody else asks, in two spellings of the same identity */
	const char *path = "/api/v1/metrics?sort=-id&limit=7";
	const char *same = "/api/v1/metrics?limit=7&sort=%2Did";
	/* Without Prefer, as the requests below: a count asked for is
	 * another answer, cached on its own. */
	itest_http first;
	itest_get(path, NULL, &first);
	cr_assert_eq(first.status, 200);
	json_t *body = json_loadb(first.body, first.body_len, 0, NULL);
	cr_assert_eq(json_array_size(json_object_get(body, "items")), 7);
	json_decref(body);
	char *etag = itest_http_header(&first, "ETag");
	cr_assert_not_null(etag);

	/* Lock the table: whatever needs the database now waits (and ends in
	 * a statement timeout); what the cache holds is answered at once. */
	PGconn *locker = itest_admin();
	PQclear(itest_exec(locker, "BEGIN", 0, NULL));
	PQclear(itest_exec(locker, "LOCK TABLE metrics IN ACCESS EXCLUSIVE MODE", 0, NULL));

	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	itest_http again;
	itest_get(same, NULL, &again);
	cr_assert_eq(again.status, 200);
	cr_assert_eq(again.body_len, first.body_len);
	cr_assert_eq(memcmp(again.body, first.body, first.body_len), 0);
	char *etag2 = itest_http_header(&again, "ETag");
	cr_assert_str_eq(etag2, etag);
	char *cc = itest_http_header(&again, "Cache-Control");
	cr_assert_str_eq(cc, "no-cache");
	free(cc);
	char *link_first = itest_http_header(&first, "Link");
	char *link_again = itest_http_header(&again, "Link");
	cr_assert_str_eq(link_again, link_first);
	free(link_first);
	free(link_again);
	itest_http_free(&again);

	/* HEAD and a revalidation come from the cache too */
	itest_http head;
	itest_request("HEAD", path, NULL, &head);
	cr_assert_eq(head.status, 200);
	cr_assert_eq(head.body_len, 0);
	char *len = itest_http_header(&head, "Content-Length");
	cr_assert_eq(strtoul(len, NULL, 10), first.body_len);
	free(len);
	itest_http_free(&head);
	char inm[80];
	snprintf(inm, sizeof inm, "If-None-Match: %s", etag);
	itest_http not_modified;
	itest_get(path, (const char *const[]){inm, NULL}, &not_modified);
	cr_assert_eq(not_modified.status, 304);
	itest_http_free(&not_modified);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	cr_assert_lt(ms, 3000, "cached answers took %.0f ms: they waited for the lock", ms);

	/* a request not in the cache needs the locked table: 503 after the
	 * server's statement timeout */
	itest_http uncached;
	itest_get("/api/v1/metrics?sort=-id&limit=8", NULL, &uncached);
	api_expect_problem(&uncached, 503, "query_timeout", NULL);
	itest_http_free(&uncached);

	PQclear(itest_exec(locker, "ROLLBACK", 0, NULL));
	PQfinish(locker);
	free(etag);
	free(etag2);
	itest_http_free(&first);
}

Test(api_cache, import_shows_in_the_next_list_request, .init = remove_org, .fini = cleanup)
{
	wait_for_listener();
	char *path = org_reports_path();
	char *org = api_enc(ORG);
	char *metrics = api_path("/api/v1/metrics?org=%s&name=%s", org,
	                         "%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC");
	long long all_before = list_total("/api/v1/reports");
	cr_assert_eq(list_total(path), 0);
	cr_assert_eq(list_total(path), 0); /* now cached */
	cr_assert_eq(list_total(metrics), 0);
	cr_assert_eq(list_total(metrics), 0);

	import_report();
	json_t *body = api_get_json(path, 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 1);
	json_t *item = json_array_get(json_object_get(body, "items"), 0);
	cr_assert_str_eq(api_str(item, "organization"), ORG);
	cr_assert_eq(json_integer_value(json_object_get(item, "year")), 2023);
	json_decref(body);
	cr_assert_eq(list_total("/api/v1/reports"), all_before + 1);
	body = api_get_json(metrics, 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 1);
	item = json_array_get(json_object_get(body, "items"), 0);
	char *value = json_dumps(json_object_get(item, "value"), JSON_ENCODE_ANY | JSON_NUM_FLAGS);
	cr_assert_str_eq(value, "88.8");
	free(value);
	cr_assert_str_eq(api_str(item, "unit"), "亿元");
	json_decref(body);

	/* a delete by hand followed by its NOTIFY is seen as well */
	remove_org();
	cr_assert_eq(list_total(path), 0);
	cr_assert_eq(list_total("/api/v1/reports"), all_before);
	free(metrics);
	free(org);
	free(path);
}

Test(api_cache, listener_reconnects_after_database_restart, .init = remove_org, .fini = cleanup)
{
	wait_for_listener();
	char *path = org_reports_path();
	cr_assert_eq(list_total(path), 0);
	cr_assert_eq(list_total(path), 0);

	/* Without its listener the server cannot know of changes: the cache
	 * is off, so the cached route fails like any other. */
	pg_ctl("stop");
	long status = 0;
	for (int i = 0; i < 50 && status != 503; i++) {
		status = status_of(path);
		if (status != 503)
			sleep_ms(100);
	}
	cr_assert_eq(status, 503, "a cached answer was served while changes went unnoticed");

	pg_ctl("start");
	wait_for_listener();
	status = 0;
	for (int i = 0; i < 100 && status != 200; i++) {
		status = status_of("/readyz");
		if (status != 200)
			sleep_ms(200);
	}
	cr_assert_eq(status, 200, "the server did not recover");
	/* every worker has its own connection and, after a failed connect,
	 * answers 503 for about a second before trying again: let that pass
	 * (as test_api_restart.c does) */
	sleep_ms(1300);
	for (int i = 0; i < 8; i++)
		cr_assert_eq(status_of("/readyz"), 200);
	cr_assert_eq(list_total(path), 0);
	cr_assert_eq(list_total(path), 0);

	import_report();
	cr_assert_eq(list_total(path), 1, "the import after the restart was not noticed");
	free(path);
}
