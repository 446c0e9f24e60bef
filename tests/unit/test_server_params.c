/* Query-parameter parsers (server/params.c) and their 400 problems. */
#include "params.h"
#include "sql_where.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <limits.h>
#include <string.h>

typedef struct fixture {
	http_param params[4];
	http_request req;
	http_response res;
} fixture;

/* A request with the given name=value pairs (NULL-terminated list). */
static void setup(fixture *f, const char *const *pairs)
{
	memset(f, 0, sizeof *f);
	size_t n = 0;
	for (; pairs && pairs[2 * n]; n++) {
		f->params[n].name = (char *)pairs[2 * n];
		f->params[n].value = (char *)pairs[2 * n + 1];
	}
	f->req.query = f->params;
	f->req.n_query = n;
}

/* The response is a 400 problem naming `param`. */
static void expect_400(fixture *f, const char *param)
{
	cr_assert_eq(f->res.status, 400);
	cr_assert_str_eq(f->res.content_type, "application/problem+json");
	json_t *body = json_loads(sb_str(&f->res.body), 0, NULL);
	cr_assert_not_null(body);
	cr_assert_str_eq(json_string_value(json_object_get(body, "code")), "invalid_parameter");
	cr_assert_str_eq(json_string_value(json_object_get(body, "param")), param);
	cr_assert_eq(json_integer_value(json_object_get(body, "status")), 400);
	cr_assert_str_eq(json_string_value(json_object_get(body, "title")), "Bad Request");
	cr_assert_not_null(json_object_get(body, "detail"));
	cr_assert_not_null(json_object_get(body, "type"));
	json_decref(body);
	http_response_free(&f->res);
}

Test(server_params, paging_defaults_cap_and_errors)
{
	fixture f;
	paging p;
	setup(&f, NULL);
	cr_assert_eq(param_paging(&f.req, &f.res, &p), 0);
	cr_assert_eq(p.limit, 100);
	cr_assert_eq(p.offset, 0);

	setup(&f, (const char *const[]){"limit", "5000", "offset", "20", NULL});
	cr_assert_eq(param_paging(&f.req, &f.res, &p), 0);
	cr_assert_eq(p.limit, 1000);
	cr_assert_eq(p.offset, 20);

	static const char *const bad_limits[] = {
	    "-1", "0", "abc", "", "1.5", " 5", "5 ", "99999999999999999999", NULL};
	for (size_t i = 0; bad_limits[i]; i++) {
		setup(&f, (const char *const[]){"limit", bad_limits[i], NULL});
		cr_assert_eq(param_paging(&f.req, &f.res, &p), -1, "limit=%s", bad_limits[i]);
		expect_400(&f, "limit");
	}
	/* CSV: the whole list by default, a larger cap for an explicit limit */
	setup(&f, NULL);
	f.req.format = FORMAT_CSV;
	cr_assert_eq(param_paging(&f.req, &f.res, &p), 0);
	cr_assert_eq(p.limit, CSV_ROWS_MAX);
	cr_assert_eq(p.whole, 1);
	setup(&f, (const char *const[]){"limit", "5000", NULL});
	f.req.format = FORMAT_CSV;
	cr_assert_eq(param_paging(&f.req, &f.res, &p), 0);
	cr_assert_eq(p.limit, 5000);
	cr_assert_eq(p.whole, 0);
	setup(&f, (const char *const[]){"limit", "500000", NULL});
	f.req.format = FORMAT_CSV;
	cr_assert_eq(param_paging(&f.req, &f.res, &p), 0);
	cr_assert_eq(p.limit, CSV_ROWS_MAX);
	setup(&f, NULL);
	cr_assert_eq(param_paging(&f.req, &f.res, &p), 0);
	cr_assert_eq(p.whole, 0, "JSON pages are never whole");

	setup(&f, (const char *const[]){"offset", "-3", NULL});
	cr_assert_eq(param_paging(&f.req, &f.res, &p), -1);
	expect_400(&f, "offset");
}

Test(server_params, long_range_and_last_wins)
{
	fixture f;
	int present;
	long v = 7;
	setup(&f, NULL);
	cr_assert_eq(param_long(&f.req, &f.res, "year", 1949, 2200, &present, &v), 0);
	cr_assert_eq(present, 0);
	cr_assert_eq(v, 7);

	setup(&f, (const char *const[]){"year", "1990", "year", "2023", NULL});
	cr_assert_eq(param_long(&f.req, &f.res, "year", 1949, 2200, &present, &v), 0);
	cr_assert_eq(present, 1);
	cr_assert_eq(v, 2023);

	static const char *const bad[] = {"abc", "1948", "2201", "20x3", "", "+", NULL};
	for (size_t i = 0; bad[i]; i++) {
		setup(&f, (const char *const[]){"year", bad[i], NULL});
		cr_assert_eq(param_long(&f.req, &f.res, "year", 1949, 2200, &present, &v), -1,
		             "year=%s", bad[i]);
		expect_400(&f, "year");
	}
}

Test(server_params, bool_enum_text)
{
	fixture f;
	int present, b;
	const char *s;
	static const char *const kinds[] = {"target", "result", NULL};
	setup(&f, (const char *const[]){"has_yoy", "true", "kind", "result", "name", "工业增加值",
	                                NULL});
	cr_assert_eq(param_bool(&f.req, &f.res, "has_yoy", &present, &b), 0);
	cr_assert(present && b == 1);
	cr_assert_eq(param_enum(&f.req, &f.res, "kind", kinds, &s), 0);
	cr_assert_eq(s, kinds[1]);
	cr_assert_eq(param_text(&f.req, &f.res, "name", 5, &s), 0);
	cr_assert_str_eq(s, "工业增加值");
	cr_assert_eq(param_text(&f.req, &f.res, "name", 4, &s), -1);
	expect_400(&f, "name");

	setup(&f, (const char *const[]){"has_yoy", "0", "kind", "Target", "q", "", NULL});
	cr_assert_eq(param_bool(&f.req, &f.res, "has_yoy", &present, &b), 0);
	cr_assert(present && b == 0);
	cr_assert_eq(param_enum(&f.req, &f.res, "kind", kinds, &s), -1);
	cr_assert_null(s);
	expect_400(&f, "kind");
	cr_assert_eq(param_text(&f.req, &f.res, "q", 10, &s), 0);
	cr_assert_null(s, "an empty filter is no filter");

	setup(&f, (const char *const[]){"has_yoy", "yes", NULL});
	cr_assert_eq(param_bool(&f.req, &f.res, "has_yoy", &present, &b), -1);
	expect_400(&f, "has_yoy");
}

Test(server_params, path_id)
{
	fixture f;
	long long id;
	static const char *const good[] = {"1", "42", "999999999999999999"};
	static const char *const bad[] = {"0", "-1", "abc", "", "1e3", "9999999999999999999"};
	for (size_t i = 0; i < 3; i++) {
		setup(&f, NULL);
		f.req.path_params[0] = good[i];
		f.req.n_path_params = 1;
		cr_assert_eq(param_path_id(&f.req, &f.res, 0, &id), 0, "%s", good[i]);
		cr_assert_eq(id, strtoll(good[i], NULL, 10));
	}
	for (size_t i = 0; i < 6; i++) {
		setup(&f, NULL);
		f.req.path_params[0] = bad[i];
		f.req.n_path_params = 1;
		cr_assert_eq(param_path_id(&f.req, &f.res, 0, &id), -1, "%s", bad[i]);
		cr_assert_eq(f.res.status, 404);
		http_response_free(&f.res);
	}
}

/* The problem of param_check_names: code, the first name as "param", every
 * offending name once in "params". */
static void expect_names(fixture *f, const char *code, const char *const *names)
{
	cr_assert_eq(f->res.status, 400);
	json_t *body = json_loads(sb_str(&f->res.body), 0, NULL);
	cr_assert_not_null(body);
	cr_assert_str_eq(json_string_value(json_object_get(body, "code")), code);
	cr_assert_str_eq(json_string_value(json_object_get(body, "param")), names[0]);
	json_t *params = json_object_get(body, "params");
	size_t n = 0;
	for (; names[n]; n++) {
		cr_assert_str_eq(json_string_value(json_array_get(params, n)), names[n]);
		cr_assert(strstr(json_string_value(json_object_get(body, "detail")), names[n]));
	}
	cr_assert_eq(json_array_size(params), n);
	json_decref(body);
	http_response_free(&f->res);
}

Test(server_params, unknown_and_repeated_names)
{
	static const char *const accepted[] = {"org", "year", "limit", NULL};
	fixture f;
	setup(&f, (const char *const[]){"org", "a", "year", "2023", "format", "csv", NULL});
	cr_assert_eq(param_check_names(f.req.query, f.req.n_query, accepted, &f.res), 0);
	cr_assert_eq(f.res.status, 0);

	setup(&f, NULL);
	cr_assert_eq(param_check_names(f.req.query, f.req.n_query, NULL, &f.res), 0);

	setup(&f, (const char *const[]){"indicator", "10", "org", "a", "nosuch", "1", "indicator",
	                                "11", NULL});
	cr_assert_eq(param_check_names(f.req.query, f.req.n_query, accepted, &f.res), -1);
	expect_names(&f, "unknown_parameter", (const char *const[]){"indicator", "nosuch", NULL});

	setup(&f, (const char *const[]){"year", "2021", "org", "a", "year", "2022", NULL});
	cr_assert_eq(param_check_names(f.req.query, f.req.n_query, accepted, &f.res), -1);
	expect_names(&f, "repeated_parameter", (const char *const[]){"year", NULL});

	setup(&f, (const char *const[]){"org", "", "org", "", NULL});
	cr_assert_eq(param_check_names(f.req.query, f.req.n_query, accepted, &f.res), -1);
	expect_names(&f, "repeated_parameter", (const char *const[]){"org", NULL});

	/* no parameters at all: anything but format is unknown */
	setup(&f, (const char *const[]){"format", "json", "x", "1", NULL});
	cr_assert_eq(param_check_names(f.req.query, f.req.n_query, NULL, &f.res), -1);
	expect_names(&f, "unknown_parameter", (const char *const[]){"x", NULL});
}

Test(server_params, id_lists)
{
	fixture f;
	long long ids[PARAM_ID_LIST_MAX];
	size_t n = 99;
	setup(&f, NULL);
	cr_assert_eq(param_id_list(&f.req, &f.res, "indicator", ids, &n), 0);
	cr_assert_eq(n, 0);
	setup(&f, (const char *const[]){"indicator", "7", NULL});
	cr_assert_eq(param_id_list(&f.req, &f.res, "indicator", ids, &n), 0);
	cr_assert_eq(n, 1);
	cr_assert_eq(ids[0], 7);
	setup(&f, (const char *const[]){"indicator", "3,12,1", NULL});
	cr_assert_eq(param_id_list(&f.req, &f.res, "indicator", ids, &n), 0);
	cr_assert_eq(n, 3);
	cr_assert(ids[0] == 3 && ids[1] == 12 && ids[2] == 1);
	static const char *const bad[] = {"",
	                                  "0",
	                                  "-1",
	                                  "1,",
	                                  ",1",
	                                  "1,,2",
	                                  "1, 2",
	                                  "1,1",
	                                  "abc",
	                                  "1.5",
	                                  "1;2",
	                                  "9999999999999999999",
	                                  "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21",
	                                  NULL};
	for (size_t i = 0; bad[i]; i++) {
		setup(&f, (const char *const[]){"indicator", bad[i], NULL});
		cr_assert_eq(param_id_list(&f.req, &f.res, "indicator", ids, &n), -1, "%s", bad[i]);
		cr_assert_eq(n, 0);
		expect_400(&f, "indicator");
	}
}

/* Id lists travel as one array parameter, never in the SQL text. */
Test(server_params, id_lists_as_one_array_parameter)
{
	sql_where w = SQL_WHERE_INIT;
	static const long long ids[] = {6, 2, 17};
	cr_assert_eq(sql_where_add(&w, "organization = $?", "x"), 1);
	cr_assert_eq(sql_where_add_ids(&w, "indicator_id = ANY ($?::bigint[])", ids, 3), 2);
	cr_assert_eq(sql_where_param_ids(&w, ids, 1), 3);
	cr_assert_str_eq(sb_str(&w.clause),
	                 " WHERE organization = $1 AND indicator_id = ANY ($2::bigint[])");
	cr_assert_str_eq(w.params[1], "{6,2,17}");
	cr_assert_str_eq(w.params[2], "{6}");
	sql_where_free(&w);
}
