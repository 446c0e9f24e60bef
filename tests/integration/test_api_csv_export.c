/* CSV downloads: cells a spreadsheet would run as formulas are neutralised
 * (OWASP: a leading single quote, and quotes), numbers stay numbers, and a
 * CSV without `limit` is the whole filtered list, not its first page. The
 * report is imported under an organisation of its own whose name is a
 * formula: =HYPERLINK("http://x.example","测试公式区"),-1. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#define ORG "=HYPERLINK(\"http://x.example\",\"测试公式区\"),-1"
/* ORG as one CSV cell: quote, doubled inner quotes */
#define ORG_CSV "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"测试公式区\"\"),-1\""

static const char report_text[] = "测试公式区2023年工作总结\n\n一、经济运行\n\n"
                                  "全年实现地区生产总值88.8亿元，同比增长5%。"
                                  "工业投资同比下降2.3%。\n";

static void remove_org(void)
{
	PGconn *conn = itest_admin();
	const char *params[] = {ORG};
	PQclear(itest_exec(conn, "DELETE FROM reports WHERE organization = $1", 1, params));
	PQfinish(conn);
}

static void import_report(void)
{
	remove_org();
	char *dir = itest_tmpdir("api-csv");
	char *file = api_path("%s/report.txt", dir);
	itest_write_file(file, report_text, strlen(report_text));
	char *bin = itest_bin("report-import");
	const char *argv[] = {
	    bin, "--database-url", itest_env("TEST_IMPORT_DATABASE_URL"), "--org", ORG, file, NULL};
	itest_proc p;
	itest_run(argv, NULL, 60, &p);
	cr_assert_eq(p.exit_code, 0, "report-import: %d: %s", p.exit_code, p.err);
	itest_proc_free(&p);
	free(bin);
	free(file);
	itest_rm_rf(dir);
	free(dir);
}

static size_t count_lines(const char *body)
{
	size_t n = 0;
	for (const char *p = body; (p = strstr(p, "\r\n")); p += 2)
		n++;
	return n;
}

/* GETs a CSV and asserts 200 text/csv. */
static void get_csv(const char *path, itest_http *res)
{
	itest_get(path, NULL, res);
	cr_assert_eq(res->status, 200, "%s: %ld %s", path, res->status, res->body);
	char *type = itest_http_header(res, "Content-Type");
	cr_assert_str_eq(type, "text/csv; charset=utf-8; header=present");
	free(type);
}

Test(api_csv_export, formulas_are_neutralised_numbers_stay, .init = import_report,
     .fini = remove_org)
{
	char *org = api_enc(ORG);
	char *path = api_path("/api/v1/metrics?org=%s&format=csv", org);
	itest_http res;
	get_csv(path, &res);
	cr_assert_eq(count_lines(res.body), 3, "%s", res.body);
	/* organisation cell neutralised and quoted; the decrease a number:
	 * name,value,unit,base_value,base_unit */
	cr_assert_not_null(strstr(res.body, "," ORG_CSV ",2023,"), "%s", res.body);
	cr_assert_not_null(strstr(res.body, ",工业投资,-2.3,%,-2.3,%,"), "%s", res.body);
	cr_assert_not_null(strstr(res.body, ",地区生产总值,88.8,亿元,8880000000,元,"), "%s",
	                   res.body);
	/* nothing else got a quote: the quotes of the figures start with 全/工 */
	cr_assert_not_null(strstr(res.body, ",全年实现地区生产总值88.8亿元，同比增长5%,"), "%s",
	                   res.body);
	itest_http_free(&res);
	free(path);

	/* the same cell in the reports and organisations CSV */
	path = api_path("/api/v1/reports?org=%s&format=csv", org);
	get_csv(path, &res);
	cr_assert_not_null(strstr(res.body, "," ORG_CSV ",2023,工作总结,测试公式区2023年工作总结,"),
	                   "%s", res.body);
	itest_http_free(&res);
	free(path);
	get_csv("/api/v1/organizations?format=csv", &res);
	cr_assert_not_null(strstr(res.body, "\r\n" ORG_CSV ",[2023],1,"), "%s", res.body);
	itest_http_free(&res);

	/* JSON is data, not a spreadsheet: the name exactly as imported */
	path = api_path("/api/v1/reports?org=%s", org);
	json_t *body = api_get_json(path, 200, NULL);
	cr_assert_str_eq(api_str(json_array_get(json_object_get(body, "items"), 0), "organization"),
	                 ORG);
	json_decref(body);
	free(path);
	free(org);
}

Test(api_csv_export, a_csv_without_limit_is_the_whole_list)
{
	PGconn *db = itest_admin();
	long long metrics = itest_scalar(db, "SELECT count(*) FROM metrics", 0, NULL);
	long long sections = itest_scalar(db, "SELECT count(*) FROM sections", 0, NULL);
	PQfinish(db);
	/* more rows than a JSON page holds, all of them, no next page */
	cr_assert_gt(metrics, 100);
	itest_http res;
	get_csv("/api/v1/metrics?format=csv", &res);
	cr_assert_eq((long long)count_lines(res.body), metrics + 1, "header + %lld rows", metrics);
	char *link = itest_http_header(&res, "Link");
	cr_assert_null(link, "Link: %s", link);
	itest_http_free(&res);
	const char *accept[] = {"Accept: text/csv", NULL};
	itest_get("/api/v1/sections", accept, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_eq((long long)count_lines(res.body), sections + 1);
	itest_http_free(&res);

	/* from an offset: the rest */
	get_csv("/api/v1/metrics?format=csv&offset=100", &res);
	cr_assert_eq((long long)count_lines(res.body), metrics - 100 + 1);
	itest_http_free(&res);

	/* an explicit limit is a page (above 1000 allowed for CSV), with Link */
	get_csv("/api/v1/metrics?format=csv&limit=5", &res);
	cr_assert_eq(count_lines(res.body), 6);
	link = itest_http_header(&res, "Link");
	cr_assert_str_eq(link, "</api/v1/metrics?format=csv&limit=5&offset=5>; rel=\"next\"");
	free(link);
	itest_http_free(&res);

	/* JSON pages are unchanged: 100 by default, at most 1000 */
	json_t *body = api_get_json("/api/v1/metrics", 200, NULL);
	cr_assert_eq(json_array_size(json_object_get(body, "items")), 100);
	json_decref(body);
}
