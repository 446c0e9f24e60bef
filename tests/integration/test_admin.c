/* bin/report-admin: an alias, an indicator and a merge change what
 * GET /api/v1/comparisons answers at once, without a re-import. The test
 * imports two small reports of its own organisation (测试比较区) whose one
 * money figure is named differently each year and is claimed by no seeded
 * indicator, and cleans up after itself (before, too, in case a previous
 * run was interrupted). */
#include "itest.h"
#include "json_num.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ORG       "测试比较区"
#define ORG_Q     "%E6%B5%8B%E8%AF%95%E6%AF%94%E8%BE%83%E5%8C%BA"
#define IND       "测试园区经营收入"
#define IND_OTHER "测试合并指标"

static const char report_2022[] = " 测试比较区 2022 年工作总结\n\n"
                                  "2022 年，测试比较区各项工作稳步推进，现将工作情况报告如下：\n\n"
                                  "一、经济运行平稳\n\n"
                                  "（一）主要指标。全年实现园区经营总收入 100 亿元。\n\n"
                                  "二、党的建设\n\n"
                                  "（一）理论学习。开展集中学习 10 次。\n";

static const char report_2023[] = " 测试比较区 2023 年工作总结\n\n"
                                  "2023 年，测试比较区各项工作稳步推进，现将工作情况报告如下：\n\n"
                                  "一、经济运行平稳\n\n"
                                  "（一）主要指标。全年实现园区经营收入 120 亿元，同比增长 5%。\n\n"
                                  "二、党的建设\n\n"
                                  "（一）理论学习。开展集中学习 12 次。\n";

static void cleanup(void)
{
	PGconn *conn = itest_admin();
	const char *params[] = {ORG, IND, IND_OTHER};
	PQclear(itest_exec(conn, "DELETE FROM reports WHERE organization = $1", 1, params));
	PQclear(itest_exec(conn, "DELETE FROM indicators WHERE name IN ($1, $2)", 2, params + 1));
	PQfinish(conn);
}

static void import_file(const char *dir, const char *name, const char *text, const char *year,
                        int replace)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	itest_write_file(path, text, strlen(text));
	char *bin = itest_bin("report-import");
	const char *argv[] = {bin,
	                      "--database-url",
	                      itest_env("TEST_IMPORT_DATABASE_URL"),
	                      "--org",
	                      ORG,
	                      "--year",
	                      year,
	                      "--kind",
	                      "工作总结",
	                      path,
	                      replace ? "--replace" : NULL,
	                      NULL};
	itest_proc p;
	itest_run(argv, NULL, 60, &p);
	cr_assert_eq(p.exit_code, 0, "report-import %s: %d: %s", name, p.exit_code, p.err);
	itest_proc_free(&p);
	free(bin);
}

/* Runs report-admin with the writer role; returns its result (caller frees). */
static void admin(const char *const *args, itest_proc *p)
{
	char *bin = itest_bin("report-admin");
	const char *argv[12] = {bin, "--database-url", itest_env("TEST_IMPORT_DATABASE_URL")};
	size_t n = 3;
	for (size_t i = 0; args[i] && n < 11; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	itest_run(argv, NULL, 60, p);
	free(bin);
}

static void admin_ok(const char *const *args)
{
	itest_proc p;
	admin(args, &p);
	cr_assert_eq(p.exit_code, 0, "report-admin %s %s: exit %d: %s", args[0], args[1],
	             p.exit_code, p.err);
	itest_proc_free(&p);
}

/* The name the extractor gave the only 亿元 figure of the year's report. */
static char *figure_name(const char *year)
{
	PGconn *conn = itest_admin();
	const char *params[] = {ORG, year};
	char *name =
	    itest_scalar_text(conn,
	                      "SELECT m.name FROM metrics m JOIN reports r ON r.id = m.report_id"
	                      " WHERE r.organization = $1 AND r.year = $2::integer"
	                      " AND m.unit = '亿元'",
	                      2, params);
	PQfinish(conn);
	cr_assert_not_null(name);
	return name;
}

/* The one comparison row of 2023 for the test organisation, once its KEY
 * reads WANT (JSON text): the server's cache is cleared by a notification
 * that reaches it shortly after each commit, so an answer may be the old one
 * for a moment. Waits up to 5 s, then returns the row as it is (the caller's
 * assertions then say what it holds). */
static json_t *row_2023_when(json_t **body, const char *key, const char *want)
{
	json_t *found = NULL;
	for (int attempt = 0; attempt < 50; attempt++) {
		if (attempt > 0) {
			json_decref(*body);
			usleep(100 * 1000);
		}
		itest_http res;
		itest_get("/api/v1/comparisons?org=" ORG_Q "&year=2023", NULL, &res);
		cr_assert_eq(res.status, 200, "%s", res.body);
		*body = json_loadb(res.body, res.body_len, 0, NULL);
		itest_http_free(&res);
		cr_assert_not_null(*body);
		json_t *items = json_object_get(*body, "items");
		found = NULL;
		size_t n = 0;
		for (size_t i = 0; i < json_array_size(items); i++) {
			json_t *row = json_array_get(items, i);
			const char *unit = json_string_value(json_object_get(row, "unit"));
			if (unit && strcmp(unit, "亿元") == 0) {
				found = row;
				n++;
			}
		}
		cr_assert_eq(n, 1, "%zu rows in 亿元", n);
		char *text =
		    json_dumps(json_object_get(found, key), JSON_NUM_FLAGS | JSON_ENCODE_ANY);
		int done = text && strcmp(text, want) == 0;
		free(text);
		if (done)
			break;
	}
	return found;
}

static void expect_field(json_t *row, const char *key, const char *expected)
{
	char *text = json_dumps(json_object_get(row, key), JSON_NUM_FLAGS | JSON_ENCODE_ANY);
	cr_expect_str_eq(text, expected, "%s: got %s, expected %s", key, text, expected);
	free(text);
}

static void expect_implied(void)
{
	json_t *body;
	json_t *row = row_2023_when(&body, "base_source", "\"implied\"");
	expect_field(row, "matched", "false");
	expect_field(row, "base_source", "\"implied\"");
	expect_field(row, "base_value", "114.29");
	expect_field(row, "discrepancy_flag", "false");
	json_decref(body);
}

static void expect_reported(const char *indicator)
{
	json_t *body;
	json_t *row = row_2023_when(&body, "base_source", "\"reported\"");
	expect_field(row, "matched", "true");
	expect_field(row, "indicator", indicator);
	expect_field(row, "base_source", "\"reported\"");
	expect_field(row, "base_value", "100");
	expect_field(row, "change", "20");
	expect_field(row, "change_pct", "20");
	expect_field(row, "stated_yoy_pct", "5");
	expect_field(row, "discrepancy", "15");
	expect_field(row, "discrepancy_flag", "true");
	json_decref(body);
}

TestSuite(report_admin, .init = cleanup, .fini = cleanup);

Test(report_admin, alias_and_merge_change_comparisons_without_reimport)
{
	char *dir = itest_tmpdir("admin");
	import_file(dir, "2022.txt", report_2022, "2022", 0);
	import_file(dir, "2023.txt", report_2023, "2023", 0);
	char *name_2022 = figure_name("2022");
	char *name_2023 = figure_name("2023");
	cr_assert_str_neq(name_2022, name_2023);

	/* Before: two names, no indicator; the base is implied by the +5 %. */
	expect_implied();
	cr_expect_eq(itest_indicator_counts_wrong(), 0, "after the imports");
	itest_proc p;
	admin((const char *const[]){"unmatched", "--org", ORG, NULL}, &p);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	cr_expect(strstr(p.out, name_2022) && strstr(p.out, name_2023), "unmatched: %s", p.out);
	itest_proc_free(&p);

	/* An indicator and two aliases: the 2022 figure becomes the base. */
	admin_ok((const char *const[]){"indicator", "add", IND, "--unit", "元", NULL});
	admin_ok((const char *const[]){"alias", "add", IND, name_2023, NULL});
	admin_ok((const char *const[]){"alias", "add", IND, name_2022, NULL});
	expect_reported("\"" IND "\"");
	cr_expect_eq(itest_indicator_counts_wrong(), 0, "after alias add");

	/* An alias names one indicator only. */
	admin((const char *const[]){"alias", "add", IND, name_2022, NULL}, &p);
	cr_expect_eq(p.exit_code, 1);
	cr_expect(strstr(p.err, "already names indicator") != NULL, "stderr: %s", p.err);
	itest_proc_free(&p);

	/* Moving the 2022 name to another indicator separates the years again... */
	admin_ok((const char *const[]){"alias", "remove", name_2022, NULL});
	admin_ok((const char *const[]){"indicator", "add", IND_OTHER, NULL});
	admin_ok((const char *const[]){"alias", "add", IND_OTHER, name_2022, NULL});
	json_t *body;
	json_t *row = row_2023_when(&body, "base_source", "\"implied\"");
	expect_field(row, "indicator", "\"" IND "\"");
	expect_field(row, "base_source", "\"implied\"");
	json_decref(body);
	cr_expect_eq(itest_indicator_counts_wrong(), 0, "after alias remove and add");

	/* ...and merging the two joins them under the one kept. */
	admin_ok((const char *const[]){"merge", IND_OTHER, IND, NULL});
	expect_reported("\"" IND "\"");
	cr_expect_eq(itest_indicator_counts_wrong(), 0, "after merge");
	PGconn *conn = itest_admin();
	const char *params[] = {IND_OTHER};
	cr_expect_eq(
	    itest_scalar(conn, "SELECT count(*) FROM indicators WHERE name = $1", 1, params), 0);
	PQfinish(conn);

	/* A replaced report is matched and compared again in its import. */
	static const char revised_2022[] = " 测试比较区 2022 年工作总结\n\n"
	                                   "一、经济运行平稳\n\n"
	                                   "（一）主要指标。全年实现园区经营总收入 105 亿元。\n";
	import_file(dir, "2022-revised.txt", revised_2022, "2022", 1);
	row = row_2023_when(&body, "base_value", "105");
	expect_field(row, "indicator", "\"" IND "\"");
	expect_field(row, "base_value", "105");
	expect_field(row, "change_pct", "14.29");
	expect_field(row, "discrepancy", "9.29");
	json_decref(body);
	cr_expect_eq(itest_indicator_counts_wrong(), 0, "after --replace");

	/* Deleting a report (not through an import) recomputes the rows too, and
	 * the tables' triggers (migration 0005) tell the server's cache. */
	PGconn *conn_delete = itest_admin();
	const char *delete_params[] = {ORG};
	PQclear(itest_exec(conn_delete,
	                   "DELETE FROM reports WHERE organization = $1 AND year = 2022", 1,
	                   delete_params));
	PQfinish(conn_delete);
	row = row_2023_when(&body, "base_source", "\"implied\"");
	expect_field(row, "base_source", "\"implied\"");
	expect_field(row, "base_value", "114.29");
	json_decref(body);
	cr_expect_eq(itest_indicator_counts_wrong(), 0, "after a delete");

	/* Unknown names are refused, and change nothing. */
	admin((const char *const[]){"alias", "add", "没有这个指标", "某某收入", NULL}, &p);
	cr_expect_eq(p.exit_code, 1);
	itest_proc_free(&p);
	admin((const char *const[]){"frobnicate", NULL}, &p);
	cr_expect_eq(p.exit_code, 2);
	itest_proc_free(&p);

	free(name_2022);
	free(name_2023);
	itest_rm_rf(dir);
	free(dir);
}
