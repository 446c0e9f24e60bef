/* List totals only when asked for (Prefer: count=exact|planned|estimated)
 * and keyset paging (after=), over the imported fixtures: every count and
 * every page checked against the database. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* GET path with an optional Prefer value; asserts 200 and JSON. */
static json_t *get_list(const char *path, const char *prefer, itest_http *raw)
{
	char header[64];
	snprintf(header, sizeof header, "Prefer: %s", prefer ? prefer : "");
	const char *const headers[] = {header, NULL};
	itest_http res;
	itest_get(path, prefer ? headers : NULL, &res);
	cr_assert_eq(res.status, 200, "GET %s: %ld %s", path, res.status, res.body);
	json_t *body = json_loadb(res.body, res.body_len, 0, NULL);
	cr_assert_not_null(body, "GET %s: not JSON", path);
	if (raw)
		*raw = res;
	else
		itest_http_free(&res);
	return body;
}

static long long db_count(const char *sql, const char *param)
{
	PGconn *db = itest_admin();
	const char *params[] = {param};
	long long v = itest_scalar(db, sql, param ? 1 : 0, params);
	PQfinish(db);
	return v;
}

/* The ids the database gives for `sql` (one bigint column), in order, as a
 * JSON array of integers. */
static json_t *db_ids(const char *sql, const char *param)
{
	PGconn *db = itest_admin();
	const char *params[] = {param};
	PGresult *pg = itest_exec(db, sql, param ? 1 : 0, params);
	json_t *ids = json_array();
	for (int r = 0; r < PQntuples(pg); r++)
		json_array_append_new(ids, json_integer(strtoll(PQgetvalue(pg, r, 0), NULL, 10)));
	PQclear(pg);
	PQfinish(db);
	return ids;
}

/* id as decimal text; caller frees. */
static char *id_text(long long id)
{
	char *text = malloc(32);
	cr_assert_not_null(text);
	snprintf(text, 32, "%lld", id);
	return text;
}

static char *report_text(void)
{
	return id_text(api_sample_report_id());
}

/* The indicator with the most matched figures, as text; caller frees. */
static char *busiest_indicator_text(void)
{
	PGconn *db = itest_admin();
	long long id = itest_scalar(db,
	                            "SELECT indicator_id FROM metric_matches"
	                            " WHERE indicator_id IS NOT NULL GROUP BY indicator_id"
	                            " ORDER BY count(*) DESC, indicator_id LIMIT 1",
	                            0, NULL);
	PQfinish(db);
	return id_text(id);
}

Test(api_list_count, no_total_unless_asked)
{
	char *rid = report_text();
	long long n = db_count("SELECT count(*) FROM metrics WHERE report_id = $1::bigint", rid);
	cr_assert_gt(n, 3, "the sample has figures");
	char *path = api_path("/api/v1/metrics?report=%s&limit=2", rid);
	itest_http raw;
	json_t *body = get_list(path, NULL, &raw);
	cr_assert_null(json_object_get(body, "total"), "no count asked for: %s", raw.body);
	cr_assert_eq(json_array_size(json_object_get(body, "items")), 2);
	cr_assert_null(itest_http_header(&raw, "Preference-Applied"));
	/* the next page is known without a count: one row more was read */
	char *link = itest_http_header(&raw, "Link");
	char *want = api_path("</api/v1/metrics?report=%s&limit=2&offset=2>; rel=\"next\"", rid);
	cr_assert_str_eq(link, want);
	char *vary = itest_http_header(&raw, "Vary");
	cr_assert_str_eq(vary, "Accept, Prefer, Accept-Encoding");
	free(vary);
	free(want);
	free(link);
	itest_http_free(&raw);
	json_decref(body);
	free(path);

	/* the last page has no next link, with or without a count */
	path = api_path("/api/v1/metrics?report=%s&limit=2&offset=%lld", rid, n - 2);
	body = get_list(path, NULL, &raw);
	cr_assert_eq(json_array_size(json_object_get(body, "items")), 2);
	link = itest_http_header(&raw, "Link");
	cr_assert(link && !strstr(link, "rel=\"next\""), "Link: %s", link);
	free(link);
	itest_http_free(&raw);
	json_decref(body);
	free(path);
	free(rid);
}

Test(api_list_count, exact_and_estimated_are_the_database_count)
{
	char *rid = report_text();
	long long n = db_count("SELECT count(*) FROM metrics WHERE report_id = $1::bigint", rid);
	const char *prefs[] = {"count=exact", "count=estimated", "return=minimal, count=exact",
	                       "Count=Exact"};
	const char *applied[] = {"count=exact", "count=estimated", "count=exact", "count=exact"};
	char *path = api_path("/api/v1/metrics?report=%s&limit=1", rid);
	for (size_t i = 0; i < sizeof prefs / sizeof prefs[0]; i++) {
		itest_http raw;
		json_t *body = get_list(path, prefs[i], &raw);
		/* the sample has fewer than 1000 figures: estimated counts them */
		cr_assert_eq(json_integer_value(json_object_get(body, "total")), n, "%s", prefs[i]);
		char *pa = itest_http_header(&raw, "Preference-Applied");
		cr_assert_str_eq(pa, applied[i], "%s", prefs[i]);
		free(pa);
		itest_http_free(&raw);
		json_decref(body);
	}
	/* a count of nothing is 0 */
	json_t *body = get_list("/api/v1/metrics?year=1990", "count=exact", NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 0);
	cr_assert_eq(json_array_size(json_object_get(body, "items")), 0);
	json_decref(body);
	/* a preference not understood is ignored, not an error */
	itest_http raw;
	body = get_list(path, "count=all", &raw);
	cr_assert_null(json_object_get(body, "total"));
	cr_assert_null(itest_http_header(&raw, "Preference-Applied"));
	itest_http_free(&raw);
	json_decref(body);
	free(path);
	free(rid);
}

Test(api_list_count, planned_is_the_planner_estimate)
{
	/* With fresh statistics the planner's estimate of the whole reports
	 * table is its reltuples, which is exact right after ANALYZE. */
	PGconn *db = itest_admin();
	PQclear(itest_exec(db, "ANALYZE reports", 0, NULL));
	long long planned = itest_scalar(
	    db, "SELECT reltuples::bigint FROM pg_class WHERE oid = 'reports'::regclass", 0, NULL);
	long long exact = itest_scalar(db, "SELECT count(*) FROM reports", 0, NULL);
	PQfinish(db);
	cr_assert_eq(planned, exact);
	itest_http raw;
	json_t *body = get_list("/api/v1/reports?limit=1", "count=planned", &raw);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), planned);
	char *pa = itest_http_header(&raw, "Preference-Applied");
	cr_assert_str_eq(pa, "count=planned");
	free(pa);
	itest_http_free(&raw);
	json_decref(body);
}

/* Follows next_after from `first` (a path with limit=) to the end and
 * returns every item's id in order; asserts that each page but the last
 * has a next link with after= and no prev link. */
static json_t *keyset_ids(const char *first, const char *prefix)
{
	json_t *ids = json_array();
	char *path = strdup(first);
	for (int pages = 0;; pages++) {
		cr_assert_lt(pages, 200, "paging does not end");
		itest_http raw;
		json_t *body = get_list(path, NULL, &raw);
		json_t *item;
		size_t i;
		json_array_foreach(json_object_get(body, "items"), i, item)
		    json_array_append(ids, json_object_get(item, "id"));
		const char *next = json_string_value(json_object_get(body, "next_after"));
		char *link = itest_http_header(&raw, "Link");
		cr_assert(!link || !strstr(link, "rel=\"prev\""), "keyset page with prev: %s",
		          link);
		free(path);
		path = NULL;
		if (next) {
			char *cursor = api_enc(next);
			path = api_path("%s&after=%s", prefix, cursor);
			char *want = api_path("<%s&after=%s>; rel=\"next\"", prefix, cursor);
			if (pages > 0)
				cr_assert_str_eq(link, want);
			free(want);
			free(cursor);
		} else if (pages > 0) {
			cr_assert_null(link, "last keyset page with a link: %s", link);
		}
		free(link);
		itest_http_free(&raw);
		json_decref(body);
		if (!path)
			break;
	}
	return ids;
}

Test(api_list_keyset, pages_are_the_database_order)
{
	char *rid = report_text();
	char *ind = busiest_indicator_text();
	struct {
		const char *base; /* the list and its filters; param follows */
		int limit;
		const char *sql;
		const char *param;
	} cases[] = {
	    {"/api/v1/metrics?report=", 3,
	     "SELECT id FROM metrics WHERE report_id = $1::bigint ORDER BY position", rid},
	    {"/api/v1/metrics?sort=-name", 7, "SELECT id FROM metrics ORDER BY name DESC, id",
	     NULL},
	    {"/api/v1/metrics?sort=-year", 9,
	     "SELECT m.id FROM metrics m JOIN reports r ON r.id = m.report_id"
	     " ORDER BY r.year DESC, m.report_id, m.position",
	     NULL},
	    {"/api/v1/metrics?sort=-id", 11, "SELECT id FROM metrics ORDER BY id DESC", NULL},
	    {"/api/v1/reports", 2,
	     "SELECT id FROM reports ORDER BY year DESC, organization, kind, id", NULL},
	    {"/api/v1/sections?report=", 5,
	     "SELECT id FROM sections WHERE report_id = $1::bigint ORDER BY position", rid},
	    /* one indicator: walked in metric_matches' index (migration 0015) */
	    {"/api/v1/metrics?indicator=", 2,
	     "SELECT m.id FROM metric_matches mm JOIN metrics m ON m.id = mm.metric_id"
	     " WHERE mm.indicator_id = $1::bigint ORDER BY m.report_id, m.position",
	     ind},
	    {"/api/v1/metrics?sort=-position&indicator=", 2,
	     "SELECT m.id FROM metric_matches mm JOIN metrics m ON m.id = mm.metric_id"
	     " WHERE mm.indicator_id = $1::bigint ORDER BY m.report_id DESC, m.position DESC",
	     ind},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		/* the Link header's own order: filters, then limit, then after */
		char *prefix =
		    api_path("%s%s%slimit=%d", cases[i].base, cases[i].param ? cases[i].param : "",
		             strchr(cases[i].base, '?') ? "&" : "?", cases[i].limit);
		json_t *want = db_ids(cases[i].sql, cases[i].param);
		cr_assert_gt(json_array_size(want), 2, "%s", prefix);
		json_t *got = keyset_ids(prefix, prefix);
		char *w = json_dumps(want, JSON_COMPACT), *g = json_dumps(got, JSON_COMPACT);
		cr_assert_str_eq(g, w, "%s", prefix);
		free(w);
		free(g);
		json_decref(got);
		json_decref(want);
		free(prefix);
	}
	free(ind);
	free(rid);
}

Test(api_list_keyset, bad_cursors_are_400)
{
	/* a real cursor, of sort=position */
	json_t *body = get_list("/api/v1/metrics?limit=1", NULL, NULL);
	const char *next = json_string_value(json_object_get(body, "next_after"));
	cr_assert_not_null(next);
	char *cursor = api_enc(next);
	const char *prefixes[] = {
	    "/api/v1/metrics?limit=1&offset=1&after=",       /* both */
	    "/api/v1/metrics?limit=1&sort=-position&after=", /* another sort */
	    "/api/v1/metrics?limit=1&sort=value&after=",     /* a sort without keyset */
	    "/api/v1/reports?limit=1&after=",                /* another list */
	};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		char *path = api_path("%s%s", prefixes[i], cursor);
		api_get_expect_problem(path, 400, "invalid_parameter", "after");
		free(path);
	}
	/* not base64url, not JSON, JSON of the wrong shape, a NUL in a text */
	const char *junk[] = {"%21%21",
	                      "bm90IGpzb24",
	                      "WyJwb3NpdGlvbiJd",
	                      "WyJwb3NpdGlvbiIsIjEiLDJd",
	                      "WyJuYW1lIiwiYVx1MDAwMGIiLDFd",
	                      "A"};
	for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
		const char *list =
		    strncmp(junk[i], "WyJuYW1l", 8) == 0 ? "metrics?sort=name&" : "metrics?";
		char *path = api_path("/api/v1/%slimit=1&after=%s", list, junk[i]);
		api_get_expect_problem(path, 400, "invalid_parameter", "after");
		free(path);
	}
	free(cursor);
	json_decref(body);
}

/* /indicators/{id}/series without filters takes each branch's first rows
 * only (SERIES_FIRST_WITH_CHANGE, series_sql.h); with a count it reads the
 * whole series. Page by page, the two give the same rows in the same order,
 * for every indicator with points. */
Test(api_list_offset, first_rows_of_a_series_are_the_whole_series_order)
{
	PGconn *db = itest_admin();
	PGresult *ids = itest_exec(db,
	                           "SELECT DISTINCT indicator_id FROM indicator_points"
	                           " WHERE indicator_id IS NOT NULL ORDER BY 1",
	                           0, NULL);
	PQfinish(db);
	cr_assert_gt(PQntuples(ids), 0);
	for (int k = 0; k < PQntuples(ids); k++) {
		const char *id = PQgetvalue(ids, k, 0);
		char *whole_path = api_path("/api/v1/indicators/%s/series?limit=1000", id);
		json_t *whole = get_list(whole_path, "count=exact", NULL);
		json_t *items = json_object_get(whole, "items");
		size_t n = json_array_size(items);
		cr_assert_eq(json_integer_value(json_object_get(whole, "total")), (long long)n);
		for (size_t offset = 0; offset < n + 2; offset += 2) {
			char *path =
			    api_path("/api/v1/indicators/%s/series?limit=2&offset=%zu", id, offset);
			json_t *page = get_list(path, NULL, NULL);
			json_t *got = json_object_get(page, "items");
			size_t want_n = offset >= n ? 0 : (n - offset < 2 ? n - offset : 2);
			cr_assert_eq(json_array_size(got), want_n, "%s", path);
			for (size_t i = 0; i < want_n; i++)
				cr_assert(json_equal(json_array_get(got, i),
				                     json_array_get(items, offset + i)),
				          "%s item %zu", path, i);
			json_decref(page);
			free(path);
		}
		json_decref(whole);
		free(whole_path);
	}
	PQclear(ids);
}
