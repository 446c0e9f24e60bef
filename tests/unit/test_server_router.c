/* The router (server/router.c) over a table of its own and over the real
 * routes[]; the OpenAPI document against routes[]. */
#include "router.h"
#include "routes.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>

static void h_list(const http_request *req, http_response *res)
{
	(void)req;
	(void)res;
}
static void h_one(const http_request *req, http_response *res)
{
	(void)req;
	(void)res;
}
static void h_post(const http_request *req, http_response *res)
{
	(void)req;
	(void)res;
}

static const route table[] = {
    {"GET", "/api/v1/things", h_list, 1, NULL},
    {"GET", "/api/v1/things/{id}", h_one, 0, NULL},
    {"POST", "/api/v1/things/{id}", h_post, 0, NULL},
    {"GET", "/api/v1/things/{id}/parts/{part}", h_one, 0, NULL},
};
#define N_TABLE (sizeof table / sizeof table[0])

Test(server_router, matches_literal_and_captures)
{
	route_match m;
	route_find(table, N_TABLE, "GET", "/api/v1/things", &m);
	cr_assert_eq(m.route, &table[0]);
	cr_assert_eq(m.n_params, 0);
	route_match_free(&m);

	route_find(table, N_TABLE, "GET", "/api/v1/things/42/parts/工业", &m);
	cr_assert_eq(m.route, &table[3]);
	cr_assert_eq(m.n_params, 2);
	cr_assert_str_eq(m.params[0], "42");
	cr_assert_str_eq(m.params[1], "工业");
	route_match_free(&m);
}

Test(server_router, head_uses_get_and_methods_make_allow)
{
	route_match m;
	route_find(table, N_TABLE, "HEAD", "/api/v1/things/7", &m);
	cr_assert_eq(m.route, &table[1]);
	cr_assert_str_eq(m.params[0], "7");
	cr_assert_str_eq(m.allow, "GET, HEAD, POST, OPTIONS");
	route_match_free(&m);

	route_find(table, N_TABLE, "POST", "/api/v1/things/7", &m);
	cr_assert_eq(m.route, &table[2]);
	cr_assert_str_eq(m.params[0], "7");
	route_match_free(&m);

	route_find(table, N_TABLE, "DELETE", "/api/v1/things", &m);
	cr_assert_null(m.route);
	cr_assert(m.path_known);
	cr_assert_str_eq(m.allow, "GET, HEAD, OPTIONS");
	route_match_free(&m);
}

Test(server_router, unknown_paths)
{
	static const char *const paths[] = {
	    "/api/v1/things/",
	    "/api/v1/things//parts/x",
	    "/api/v1/Things",
	    "/api/v1",
	    "/api/v1/thingsx",
	    "/api/v1/things/1/parts",
	    "/",
	    "",
	    "/api/v1/things/1/parts/2/3",
	};
	for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
		route_match m;
		route_find(table, N_TABLE, "GET", paths[i], &m);
		cr_assert_null(m.route, "%s", paths[i]);
		cr_assert_not(m.path_known, "%s", paths[i]);
		cr_assert_eq(m.n_params, 0);
		route_match_free(&m);
	}
}

Test(server_router, real_table)
{
	route_match m;
	route_find(routes, n_routes, "GET", "/api/v1/sections/12", &m);
	cr_assert_not_null(m.route);
	cr_assert_str_eq(m.route->pattern, "/api/v1/sections/{id}");
	cr_assert_str_eq(m.params[0], "12");
	route_match_free(&m);
	route_find(routes, n_routes, "GET", "/api/v1/indicators/3/series", &m);
	cr_assert_str_eq(m.route->pattern, "/api/v1/indicators/{id}/series");
	cr_assert(m.route->is_list);
	route_match_free(&m);
}

/* Every route is in the OpenAPI document with a get operation and its path
 * parameters, and the document has no path the server does not serve. */
Test(server_openapi, documents_exactly_the_routes)
{
	json_error_t err;
	json_t *doc = json_load_file("api/openapi.json", 0, &err);
	cr_assert_not_null(doc, "api/openapi.json: %s (run from the repository root)", err.text);
	cr_assert_str_eq(json_string_value(json_object_get(doc, "openapi")), "3.1.0");
	json_t *paths = json_object_get(doc, "paths");
	json_t *params_lib = json_object_get(json_object_get(doc, "components"), "parameters");
	for (size_t i = 0; i < n_routes; i++) {
		json_t *item = json_object_get(paths, routes[i].pattern);
		cr_assert_not_null(item, "route %s is not documented", routes[i].pattern);
		json_t *op = json_object_get(item, "get");
		cr_assert_not_null(op, "%s has no get", routes[i].pattern);
		cr_assert_not_null(json_object_get(json_object_get(op, "responses"), "200"));
		/* each {name} of the pattern is a path parameter of the operation */
		for (const char *p = strchr(routes[i].pattern, '{'); p; p = strchr(p + 1, '{')) {
			size_t n = strcspn(p + 1, "}");
			int found = 0;
			size_t k;
			json_t *param;
			json_array_foreach(json_object_get(op, "parameters"), k, param)
			{
				json_t *ref = json_object_get(param, "$ref");
				if (ref) {
					const char *name = strrchr(json_string_value(ref), '/') + 1;
					param = json_object_get(params_lib, name);
				}
				const char *pname =
				    json_string_value(json_object_get(param, "name"));
				const char *in = json_string_value(json_object_get(param, "in"));
				if (pname && in && strlen(pname) == n &&
				    strncmp(pname, p + 1, n) == 0 && strcmp(in, "path") == 0)
					found = 1;
			}
			cr_assert(found, "%s: path parameter not documented", routes[i].pattern);
		}
		/* the query parameters documented are exactly those the route
		 * takes (routes.c), plus format on list routes */
		size_t n_documented = 0, k;
		json_t *param;
		json_array_foreach(json_object_get(op, "parameters"), k, param)
		{
			json_t *ref = json_object_get(param, "$ref");
			if (ref)
				param = json_object_get(params_lib,
				                        strrchr(json_string_value(ref), '/') + 1);
			if (strcmp(json_string_value(json_object_get(param, "in")), "query") != 0)
				continue;
			const char *pname = json_string_value(json_object_get(param, "name"));
			n_documented++;
			int taken = strcmp(pname, "format") == 0 && routes[i].is_list;
			for (size_t q = 0; routes[i].query && routes[i].query[q]; q++)
				taken |= strcmp(routes[i].query[q], pname) == 0;
			cr_assert(taken, "%s documents %s, which it does not take",
			          routes[i].pattern, pname);
		}
		size_t n_taken = routes[i].is_list ? 1 : 0;
		for (size_t q = 0; routes[i].query && routes[i].query[q]; q++)
			n_taken++;
		cr_assert_eq(n_documented, n_taken,
		             "%s: %zu query parameters documented, %zu taken", routes[i].pattern,
		             n_documented, n_taken);
		/* list routes offer CSV, the others do not */
		json_t *content = json_object_get(
		    json_object_get(json_object_get(op, "responses"), "200"), "content");
		cr_assert_eq(json_object_get(content, "text/csv") != NULL, routes[i].is_list != 0,
		             "%s: text/csv offered iff list route", routes[i].pattern);
	}
	const char *path;
	json_t *item;
	json_object_foreach(paths, path, item)
	{
		int served = 0;
		for (size_t i = 0; i < n_routes; i++)
			if (strcmp(routes[i].pattern, path) == 0)
				served = 1;
		cr_assert(served, "documented path %s is not served", path);
	}
	json_decref(doc);
}
