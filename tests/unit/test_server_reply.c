/* List replies (server/reply.c): JSON shape and exact decimals, CSV bytes,
 * Link headers. */
#include "csv.h"
#include "json_num.h"
#include "reply.h"

#include <criterion/criterion.h>
#include <string.h>

static const col_spec cols[] = {
    {"id", COL_INT},
    {"name", COL_TEXT},
    {"value", COL_DECIMAL},
    {"approx", COL_BOOL},
};

static json_t *items(void)
{
	json_t *a = json_array();
	json_t *o = json_pack("{s:i, s:s, s:o, s:b}", "id", 1, "name", "工业增加值", "value",
	                      json_decimal("182.9"), "approx", 0);
	json_array_append_new(a, o);
	o = json_pack("{s:i, s:s, s:o, s:b}", "id", 2, "name", "税收 \"收入\",\n合计", "value",
	              json_decimal("0.10"), "approx", 1);
	json_array_append_new(a, o);
	o = json_pack("{s:i, s:n, s:n, s:b}", "id", 3, "name", "value", "approx", 0);
	json_array_append_new(a, o);
	return a;
}

static const char *header(const http_response *res, const char *name)
{
	for (size_t i = 0; i < res->n_headers; i++)
		if (strcmp(res->headers[i].name, name) == 0)
			return res->headers[i].value;
	return NULL;
}

Test(server_csv, fields_are_quoted_only_when_needed)
{
	sb out = SB_INIT;
	csv_append_field(&out, "工业");
	sb_putc(&out, '|');
	csv_append_field(&out, "a,b");
	sb_putc(&out, '|');
	csv_append_field(&out, "say \"hi\"");
	sb_putc(&out, '|');
	csv_append_field(&out, "line\r\nnext");
	sb_putc(&out, '|');
	csv_append_field(&out, " padded");
	sb_putc(&out, '|');
	csv_append_field(&out, "");
	cr_assert_str_eq(sb_str(&out),
	                 "工业|\"a,b\"|\"say \"\"hi\"\"\"|\"line\r\nnext\"|\" padded\"|");
	sb_free(&out);
}

/* Formula injection (OWASP): text starting with = + - @ TAB CR gets a
 * leading single quote and quotes; numbers, and text that merely holds
 * those characters later, stay as they are. */
Test(server_csv, formulas_are_neutralised_numbers_are_not)
{
	static const char *const cases[][2] = {
	    {"=1+2", "\"'=1+2\""},
	    {"+86 10 1234", "\"'+86 10 1234\""},
	    {"-3.2", "\"'-3.2\""}, /* text, from a text column: neutralised too */
	    {"@SUM(A1:A9)", "\"'@SUM(A1:A9)\""},
	    {"\tx", "\"'\tx\""},
	    {"\r\n=x", "\"'\r\n=x\""},
	    {"=HYPERLINK(\"http://e.x\",\"y\")", "\"'=HYPERLINK(\"\"http://e.x\"\",\"\"y\"\")\""},
	    {"a=b", "a=b"},
	    {"增长-3%", "增长-3%"},
	    {" =x", "\" =x\""},
	    {"", ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		sb out = SB_INIT;
		csv_append_field(&out, cases[i][0]);
		cr_assert_str_eq(sb_str(&out), cases[i][1], "%s", cases[i][0]);
		sb_free(&out);
	}
	sb out = SB_INIT;
	csv_append_number(&out, "-3.2");
	sb_putc(&out, '|');
	csv_append_number(&out, "-12345678901234567890.5");
	cr_assert_str_eq(sb_str(&out), "-3.2|-12345678901234567890.5");
	sb_free(&out);
}

/* A CSV of a whole list (no limit) longer than CSV_ROWS_MAX is refused,
 * not cut; with a limit it is the page asked for, with its Link. */
Test(server_reply, csv_whole_list_beyond_the_bound_is_refused)
{
	http_request req = {.method = "GET", .path = "/api/v1/metrics", .format = FORMAT_CSV};
	http_response res = {0};
	paging page = {CSV_ROWS_MAX, 0, 1, NULL};
	reply_list(&req, &res, items(), CSV_ROWS_MAX + 1, &page, cols, 4);
	cr_assert_eq(res.status, 400);
	json_t *body = json_loads(sb_str(&res.body), 0, NULL);
	cr_assert_str_eq(json_string_value(json_object_get(body, "code")), "too_many_rows");
	cr_assert_str_eq(json_string_value(json_object_get(body, "param")), "limit");
	cr_assert_not_null(strstr(json_string_value(json_object_get(body, "detail")),
	                          "100001 rows match (from offset 0); a CSV download holds at most"
	                          " 100000."));
	json_decref(body);
	http_response_free(&res);

	/* exactly the bound fits; from an offset, only what follows counts */
	res = (http_response){0};
	page = (paging){CSV_ROWS_MAX, 1, 1, NULL};
	reply_list(&req, &res, items(), CSV_ROWS_MAX + 1, &page, cols, 4);
	cr_assert_eq(res.status, 200);
	const char *link = header(&res, "Link");
	cr_assert(!link || !strstr(link, "next"), "Link: %s", link);
	http_response_free(&res);
	/* an explicit limit: the page, with a next link */
	res = (http_response){0};
	page = (paging){3, 0, 0, NULL};
	reply_list(&req, &res, items(), CSV_ROWS_MAX + 1, &page, cols, 4);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(header(&res, "Link"), "</api/v1/metrics?limit=3&offset=3>; rel=\"next\"");
	http_response_free(&res);
}

Test(server_reply, csv_bytes_exactly)
{
	http_request req = {.method = "GET", .path = "/api/v1/metrics", .format = FORMAT_CSV};
	http_response res = {0};
	paging page = {100, 0, 0, NULL};
	reply_list(&req, &res, items(), 3, &page, cols, 4);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(res.content_type, "text/csv; charset=utf-8; header=present");
	cr_assert_str_eq(sb_str(&res.body), "\xEF\xBB\xBF"
	                                    "id,name,value,approx\r\n"
	                                    "1,工业增加值,182.9,false\r\n"
	                                    "2,\"税收 \"\"收入\"\",\n合计\",0.1,true\r\n"
	                                    "3,,,false\r\n");
	cr_assert_null(header(&res, "Link"));
	http_response_free(&res);
}

Test(server_reply, json_list_and_links)
{
	http_param q[] = {{"name", "工业"}, {"offset", "10"}, {"limit", "10"}, {"sort", "-value"}};
	http_request req = {.method = "GET", .path = "/api/v1/metrics", .query = q, .n_query = 4};
	http_response res = {0};
	paging page = {10, 10, 0, NULL};
	reply_list(&req, &res, items(), 35, &page, cols, 4);
	cr_assert_eq(res.status, 200);
	cr_assert_str_eq(res.content_type, "application/json");
	cr_assert_str_eq(
	    sb_str(&res.body),
	    "{\"items\":[{\"id\":1,\"name\":\"工业增加值\",\"value\":182.9,\"approx\":false},"
	    "{\"id\":2,\"name\":\"税收 \\\"收入\\\",\\n合计\",\"value\":0.1,\"approx\":true},"
	    "{\"id\":3,\"name\":null,\"value\":null,\"approx\":false}],"
	    "\"total\":35,\"limit\":10,\"offset\":10}");
	cr_assert_str_eq(
	    header(&res, "Link"),
	    "</api/v1/metrics?name=%E5%B7%A5%E4%B8%9A&sort=-value&limit=10&offset=20>; "
	    "rel=\"next\", "
	    "</api/v1/metrics?name=%E5%B7%A5%E4%B8%9A&sort=-value&limit=10&offset=0>; "
	    "rel=\"prev\"");
	http_response_free(&res);
}

Test(server_reply, last_page_has_only_prev)
{
	http_request req = {.method = "GET", .path = "/api/v1/reports"};
	http_response res = {0};
	paging page = {100, 150, 0, NULL};
	reply_list(&req, &res, json_array(), 120, &page, cols, 4);
	cr_assert_str_eq(sb_str(&res.body),
	                 "{\"items\":[],\"total\":120,\"limit\":100,\"offset\":150}");
	cr_assert_str_eq(header(&res, "Link"),
	                 "</api/v1/reports?limit=100&offset=50>; rel=\"prev\"");
	http_response_free(&res);
}

Test(server_reply, problem_body)
{
	http_response res = {0};
	reply_problem(&res, 400, "invalid_parameter", "year must be an integer", "year");
	cr_assert_str_eq(sb_str(&res.body),
	                 "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
	                 "\"detail\":\"year must be an integer\",\"code\":\"invalid_parameter\","
	                 "\"param\":\"year\"}");
	cr_assert_str_eq(res.content_type, "application/problem+json");
	cr_assert(res.no_etag);
	http_response_free(&res);
	reply_db_unavailable(&res);
	cr_assert_eq(res.status, 503);
	cr_assert_str_eq(header(&res, "Retry-After"), "2");
	http_response_free(&res);
}
