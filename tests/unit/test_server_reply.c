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

Test(server_reply, csv_bytes_exactly)
{
	http_request req = {.method = "GET", .path = "/api/v1/metrics", .format = FORMAT_CSV};
	http_response res = {0};
	paging page = {100, 0};
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
	paging page = {10, 10};
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
	paging page = {100, 150};
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
