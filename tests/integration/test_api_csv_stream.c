/* Large CSV downloads, streamed from a cursor (server/csv_stream.h): a list
 * of exactly CSV_ROWS_MAX (100,000) metrics comes out complete and exact,
 * byte for byte, in chunks; one row more is a 400 too_many_rows, not a cut
 * file; a client that hangs up in the middle frees the download's database
 * connection at once. The rows are inserted by the test itself (an
 * organisation of its own), deterministic per position, and removed after. */
#include "test_api_util.h"

#include "sb.h"

#include <criterion/criterion.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ORG   "测试导出区"
#define ORG_Q "%E6%B5%8B%E8%AF%95%E5%AF%BC%E5%87%BA%E5%8C%BA"
#define ROWS  100000 /* CSV_ROWS_MAX of server/params.h */

static const char header[] =
    "\xEF\xBB\xBFid,report_id,section_id,indicator_id,organization,report_year,position,name,"
    "value,unit,base_value,base_unit,qualifier,qualifier_text,approx,yoy_pct,yoy_points,"
    "is_target,is_ranking,period_year,against_year,quote,span_start,span_end\r\n";

static void remove_org(void)
{
	PGconn *db = itest_admin();
	const char *params[] = {ORG};
	PQclear(itest_exec(db, "DELETE FROM reports WHERE organization = $1", 1, params));
	PQfinish(db);
}

/* Metrics at positions [from, to) of the organisation's one report (made
 * when missing): name 导出指标N, value N.5 亿元, a stated -1.5% for even N,
 * and a quote that is a formula (=N+1) for every thousandth. */
static void insert_metrics(PGconn *db, int from, int to)
{
	char from_s[16], to_s[16];
	snprintf(from_s, sizeof from_s, "%d", from);
	snprintf(to_s, sizeof to_s, "%d", to);
	const char *params[] = {ORG, from_s, to_s};
	PQclear(itest_exec(
	    db,
	    "WITH r AS (INSERT INTO reports (organization, year, kind, title, source_file,"
	    "  content_hash, text) VALUES ($1, 2023, '工作总结', $1 || '2023年工作总结',"
	    "  'itest-csv-stream', repeat('a', 64), '-')"
	    "  ON CONFLICT (organization, year, kind) DO UPDATE SET title = EXCLUDED.title"
	    "  RETURNING id),"
	    " s AS (INSERT INTO sections (report_id, position, level, role, ordinal, body,"
	    "  char_start, body_start, char_end)"
	    "  SELECT id, 0, 0, 'preamble', 0, '', 0, 0, 0 FROM r"
	    "  ON CONFLICT (report_id, position) DO UPDATE SET body = ''"
	    "  RETURNING id, report_id)"
	    " INSERT INTO metrics (report_id, section_id, position, name, value, unit, base_value,"
	    "  base_unit, yoy_pct, quote, span_start, span_end)"
	    " SELECT s.report_id, s.id, g, '导出指标' || g, (g || '.5')::numeric, '亿元',"
	    "  g * 100000000::numeric + 50000000, '元',"
	    "  CASE WHEN g % 2 = 0 THEN -1.5 END,"
	    "  CASE WHEN g % 1000 = 0 THEN '=' || g || '+1' ELSE '第' || g || '项' END, g, g + 1"
	    " FROM s, generate_series($2::integer, $3::integer - 1) g",
	    3, params));
}

static void insert_rows(void)
{
	remove_org();
	PGconn *db = itest_admin();
	insert_metrics(db, 0, ROWS);
	PQfinish(db);
}

/* 20,000 rows: about 3.5 MB of CSV, far more than a client reads before it
 * hangs up below. */
static void insert_some_rows(void)
{
	remove_org();
	PGconn *db = itest_admin();
	insert_metrics(db, 0, 20000);
	PQfinish(db);
}

/* The CSV the server must send: every row from the database's ids, the
 * cells as the fixture defines them. Caller frees. */
static char *expected_csv(void)
{
	PGconn *db = itest_admin();
	const char *params[] = {ORG};
	PGresult *ids =
	    itest_exec(db,
	               "SELECT m.id, m.report_id, m.section_id, m.position FROM metrics m"
	               " JOIN reports r ON r.id = m.report_id WHERE r.organization = $1"
	               " ORDER BY m.position",
	               1, params);
	PQfinish(db);
	cr_assert_eq(PQntuples(ids), ROWS);
	sb out = SB_INIT;
	sb_puts(&out, header);
	for (int i = 0; i < PQntuples(ids); i++) {
		long long g = strtoll(PQgetvalue(ids, i, 3), NULL, 10);
		sb_printf(&out,
		          "%s,%s,%s,,%s,2023,%lld,导出指标%lld,%lld.5,亿元,%lld,元,,,false,%s,,"
		          "false,false,,,",
		          PQgetvalue(ids, i, 0), PQgetvalue(ids, i, 1), PQgetvalue(ids, i, 2), ORG,
		          g, g, g, g * 100000000LL + 50000000LL, g % 2 == 0 ? "-1.5" : "");
		if (g % 1000 == 0)
			sb_printf(&out, "\"'=%lld+1\"", g); /* neutralised: quote and ' */
		else
			sb_printf(&out, "第%lld项", g);
		sb_printf(&out, ",%lld,%lld\r\n", g, g + 1);
	}
	PQclear(ids);
	return sb_take(&out);
}

/* The first line of `s` that differs from `want`, for a readable failure. */
static long first_difference(const char *got, size_t got_len, const char *want)
{
	size_t want_len = strlen(want);
	long line = 1;
	for (size_t i = 0; i < got_len && i < want_len; i++) {
		if (got[i] != want[i])
			return line;
		if (got[i] == '\n')
			line++;
	}
	return got_len == want_len ? 0 : line;
}

Test(api_csv_stream, a_whole_list_of_the_maximum_is_complete_and_exact, .init = insert_rows,
     .fini = remove_org, .timeout = 240)
{
	char *want = expected_csv();
	itest_http res;
	itest_get("/api/v1/metrics?org=" ORG_Q "&format=csv", NULL, &res);
	cr_assert_eq(res.status, 200, "%.300s", res.body);
	char *te = itest_http_header(&res, "Transfer-Encoding");
	char *etag = itest_http_header(&res, "ETag");
	char *link = itest_http_header(&res, "Link");
	cr_expect_str_eq(te ? te : "(none)", "chunked", "streamed, not one buffer");
	cr_expect_null(etag, "a streamed body has no ETag: %s", etag);
	cr_expect_null(link, "the whole list has no next page: %s", link);
	free(te);
	free(etag);
	free(link);
	long diff = first_difference(res.body, res.body_len, want);
	cr_assert_eq(diff, 0, "line %ld differs (got %zu bytes, want %zu)", diff, res.body_len,
	             strlen(want));
	/* the same rows as a page of the same size */
	itest_http page;
	itest_get("/api/v1/metrics?org=" ORG_Q "&format=csv&limit=100000", NULL, &page);
	cr_assert_eq(page.status, 200);
	cr_assert_eq(page.body_len, res.body_len);
	cr_assert(memcmp(page.body, res.body, res.body_len) == 0);
	itest_http_free(&page);
	itest_http_free(&res);
	free(want);

	/* one row more than a download holds: refused, not cut */
	PGconn *db = itest_admin();
	insert_metrics(db, ROWS, ROWS + 1);
	PQfinish(db);
	itest_get("/api/v1/metrics?org=" ORG_Q "&format=csv", NULL, &res);
	api_expect_problem(&res, 400, "too_many_rows", "limit");
	itest_http_free(&res);
	/* in parts it can be had: the last part is that one row */
	itest_get("/api/v1/metrics?org=" ORG_Q "&format=csv&offset=100000", NULL, &res);
	cr_assert_eq(res.status, 200);
	cr_assert_eq(strncmp(res.body, header, strlen(header)), 0);
	const char *row = res.body + strlen(header);
	cr_assert_not_null(strstr(row, ",导出指标100000,100000.5,亿元,10000050000000,元,"), "%s",
	                   row);
	cr_assert_eq(strstr(row, "\r\n"), res.body + res.body_len - 2, "one row: %s", row);
	itest_http_free(&res);
}

static size_t hang_up(char *data, size_t size, size_t n, void *userdata)
{
	(void)data;
	size_t *got = userdata;
	*got += size * n;
	return *got > 256 * 1024 ? 0 : size * n; /* 0: curl aborts the transfer */
}

static long long export_sessions(void)
{
	PGconn *db = itest_admin();
	long long n = itest_scalar(
	    db,
	    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'report-server-csv'", 0,
	    NULL);
	PQfinish(db);
	return n;
}

Test(api_csv_stream, a_client_that_hangs_up_frees_the_download, .init = insert_some_rows,
     .fini = remove_org, .timeout = 120)
{
	cr_assert_eq(export_sessions(), 0);
	char *url =
	    api_path("%s/api/v1/metrics?org=%s&format=csv", itest_env("TEST_API_URL"), ORG_Q);
	CURL *curl = curl_easy_init();
	size_t got = 0;
	curl_easy_setopt(curl, CURLOPT_URL, url);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, hang_up);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, &got);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
	CURLcode rc = curl_easy_perform(curl);
	curl_easy_cleanup(curl);
	free(url);
	cr_assert_eq(rc, CURLE_WRITE_ERROR, "the client hung up after %zu bytes", got);
	/* the download's connection is gone soon after, not at the end of a
	 * file nobody reads */
	long long open = 1;
	for (int i = 0; i < 100 && open; i++) {
		nanosleep(&(struct timespec){0, 100 * 1000 * 1000}, NULL);
		open = export_sessions();
	}
	cr_assert_eq(open, 0, "the download still holds its database connection");
	/* and the server goes on serving */
	json_t *body = api_get_json("/api/v1/metrics?org=" ORG_Q "&limit=1", 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 20000);
	json_decref(body);
}
