/* The read API over the imported real sample: exact content of reports,
 * outline, sections, search and metrics, checked against the database. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

static long long count_sql(const char *sql, int n, const char *const *params)
{
	PGconn *db = itest_admin();
	long long v = itest_scalar(db, sql, n, params);
	PQfinish(db);
	return v;
}

Test(api_reports, list_filters_by_org_year_kind)
{
	char *org = api_enc("济源高新区");
	char *path = api_path("/api/v1/reports?org=%s&year=2023", org);
	json_t *body = api_get_json(path, 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 1);
	cr_assert_eq(json_integer_value(json_object_get(body, "limit")), 100);
	cr_assert_eq(json_integer_value(json_object_get(body, "offset")), 0);
	json_t *r = json_array_get(json_object_get(body, "items"), 0);
	cr_assert_eq(json_integer_value(json_object_get(r, "id")), api_sample_report_id());
	cr_assert_str_eq(api_str(r, "organization"), "济源高新区");
	cr_assert_eq(json_integer_value(json_object_get(r, "year")), 2023);
	cr_assert_str_eq(api_str(r, "kind"), "工作总结");
	cr_assert_eq(
	    json_integer_value(json_object_get(r, "sections_count")),
	    count_sql("SELECT count(*) FROM sections s JOIN reports r ON r.id = s.report_id"
	              " WHERE r.organization = '济源高新区' AND r.year = 2023",
	              0, NULL));
	cr_assert_eq(json_integer_value(json_object_get(r, "metrics_count")),
	             count_sql("SELECT count(*) FROM metrics m JOIN reports r ON r.id = m.report_id"
	                       " WHERE r.organization = '济源高新区' AND r.year = 2023",
	                       0, NULL));
	json_decref(body);
	free(path);

	/* every filter on its own agrees with the database */
	struct {
		const char *query, *sql;
	} cases[] = {
	    {"year=2023", "SELECT count(*) FROM reports WHERE year = 2023"},
	    {"year=1990", "SELECT count(*) FROM reports WHERE year = 1990"},
	    {"kind=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93",
	     "SELECT count(*) FROM reports WHERE kind = '工作总结'"},
	    {"", "SELECT count(*) FROM reports"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		path = api_path("/api/v1/reports?%s", cases[i].query);
		body = api_get_json(path, 200, NULL);
		long long want = count_sql(cases[i].sql, 0, NULL);
		cr_assert_eq(json_integer_value(json_object_get(body, "total")), want, "%s", path);
		cr_assert_eq((long long)json_array_size(json_object_get(body, "items")), want);
		json_decref(body);
		free(path);
	}
	free(org);
}

Test(api_reports, outline_tree_without_bodies)
{
	long long id = api_sample_report_id();
	char *path = api_path("/api/v1/reports/%lld", id);
	itest_http raw;
	json_t *r = api_get_json(path, 200, &raw);
	cr_assert_null(strstr(raw.body, "\"body\":"), "the outline carries no bodies");
	cr_assert_str_eq(api_str(r, "organization"), "济源高新区");
	json_t *outline = json_object_get(r, "outline");
	cr_assert_eq(json_array_size(outline), 5);
	static const char *const roles[] = {"preamble", "body", "body", "body", "closing"};
	static const char *const labels[] = {NULL, "一", "二", "三", NULL};
	static const char *const headings[] = {NULL, "强化政治建设，深化思想引领",
	                                       "聚焦主责主业，提升发展质效",
	                                       "突出主体责任，全面从严治党", NULL};
	static const size_t n_children[] = {0, 3, 5, 3, 0};
	for (size_t i = 0; i < 5; i++) {
		json_t *node = json_array_get(outline, i);
		cr_assert_str_eq(api_str(node, "role"), roles[i]);
		if (labels[i]) {
			cr_assert_str_eq(api_str(node, "label"), labels[i]);
			cr_assert_str_eq(api_str(node, "heading"), headings[i]);
			cr_assert_eq(json_integer_value(json_object_get(node, "level")), 1);
		} else {
			cr_assert(json_is_null(json_object_get(node, "label")));
			cr_assert_eq(json_integer_value(json_object_get(node, "level")), 0);
		}
		cr_assert_eq(json_array_size(json_object_get(node, "children")), n_children[i]);
	}
	json_t *two = json_object_get(json_array_get(outline, 2), "children");
	static const char *const two_headings[] = {"经济运行稳中有进", "项目建设提速增效",
	                                           "开放招商平稳推进", "创新驱动提档升级",
	                                           "营商环境不断优化"};
	for (size_t i = 0; i < 5; i++) {
		json_t *node = json_array_get(two, i);
		cr_assert_str_eq(api_str(node, "heading"), two_headings[i]);
		cr_assert_eq(json_integer_value(json_object_get(node, "level")), 2);
		cr_assert_eq(json_array_size(json_object_get(node, "children")), 0);
	}
	cr_assert_str_eq(api_str(json_array_get(two, 0), "label"), "（一）");
	json_decref(r);
	itest_http_free(&raw);
	free(path);
}

Test(api_sections, section_with_body_breadcrumb_children_metrics)
{
	long long id = api_sample_section_id("经济运行稳中有进");
	char *path = api_path("/api/v1/sections/%lld", id);
	json_t *s = api_get_json(path, 200, NULL);
	cr_assert_str_eq(api_str(s, "label"), "（一）");
	cr_assert_str_eq(api_str(s, "heading"), "经济运行稳中有进");
	cr_assert_eq(strncmp(api_str(s, "body"), "全年规模以上企业实现营业收入",
	                     strlen("全年规模以上企业实现营业收入")),
	             0, "body: %s", api_str(s, "body"));
	json_t *crumbs = json_object_get(s, "breadcrumb");
	cr_assert_eq(json_array_size(crumbs), 1);
	cr_assert_str_eq(api_str(json_array_get(crumbs, 0), "label"), "二");
	cr_assert_str_eq(api_str(json_array_get(crumbs, 0), "heading"),
	                 "聚焦主责主业，提升发展质效");
	cr_assert_eq(json_array_size(json_object_get(s, "children")), 0);
	json_t *report = json_object_get(s, "report");
	cr_assert_eq(json_integer_value(json_object_get(report, "id")), api_sample_report_id());
	char id_text[24];
	snprintf(id_text, sizeof id_text, "%lld", id);
	const char *params[] = {id_text};
	cr_assert_eq((long long)json_array_size(json_object_get(s, "metrics")),
	             count_sql("SELECT count(*) FROM metrics WHERE section_id = $1", 1, params));
	json_decref(s);
	free(path);

	/* the parent: children in order, no breadcrumb */
	PGconn *db = itest_admin();
	long long parent =
	    itest_scalar(db, "SELECT parent_id FROM sections WHERE id = $1", 1, params);
	PQfinish(db);
	path = api_path("/api/v1/sections/%lld", parent);
	s = api_get_json(path, 200, NULL);
	cr_assert_eq(json_array_size(json_object_get(s, "breadcrumb")), 0);
	json_t *children = json_object_get(s, "children");
	cr_assert_eq(json_array_size(children), 5);
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(children, 0), "id")), id);
	cr_assert_str_eq(api_str(json_array_get(children, 4), "heading"), "营商环境不断优化");
	json_decref(s);
	free(path);
}

/* q= finds exactly the sections whose heading or body holds the text. */
static void expect_search(const char *q, long long report_id, const char *must_heading)
{
	char *enc = api_enc(q);
	char *path = api_path("/api/v1/sections?report=%lld&q=%s&limit=1000", report_id, enc);
	json_t *body = api_get_json(path, 200, NULL);
	char rid[24];
	snprintf(rid, sizeof rid, "%lld", report_id);
	const char *params[] = {rid, q};
	long long want = count_sql("SELECT count(*) FROM sections WHERE report_id = $1 AND"
	                           " strpos(coalesce(heading, '') || E'\\n' || body, $2) > 0",
	                           2, params);
	cr_assert_gt(want, 0, "the sample mentions %s", q);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), want, "q=%s", q);
	json_t *items = json_object_get(body, "items");
	cr_assert_eq((long long)json_array_size(items), want);
	int found = must_heading == NULL;
	size_t i;
	json_t *item;
	json_array_foreach(items, i, item)
	{
		const json_t *h = json_object_get(item, "heading");
		if (must_heading && json_is_string(h) &&
		    strcmp(json_string_value(h), must_heading) == 0)
			found = 1;
	}
	cr_assert(found, "q=%s finds the section %s", q, must_heading);
	json_decref(body);
	free(path);
	free(enc);
}

Test(api_sections, search_two_character_words)
{
	long long id = api_sample_report_id();
	expect_search("招商", id, "开放招商平稳推进");
	expect_search("外资", id, NULL);
	expect_search("经济运行", id, "经济运行稳中有进");
	expect_search("%", id, NULL);  /* a literal percent sign, not a wildcard */
	expect_search("企", id, NULL); /* one character: LIKE alone */
}

Test(api_sections, search_without_hits_and_level_filter)
{
	long long id = api_sample_report_id();
	char *enc = api_enc("火星基地");
	char *path = api_path("/api/v1/sections?report=%lld&q=%s", id, enc);
	json_t *body = api_get_json(path, 200, NULL);
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), 0);
	cr_assert_eq(json_array_size(json_object_get(body, "items")), 0);
	json_decref(body);
	free(path);
	free(enc);

	path = api_path("/api/v1/sections?report=%lld&level=1", id);
	body = api_get_json(path, 200, NULL);
	json_t *items = json_object_get(body, "items");
	cr_assert_eq(json_array_size(items), 3);
	cr_assert_str_eq(api_str(json_array_get(items, 0), "label"), "一");
	cr_assert_str_eq(api_str(json_array_get(items, 1), "label"), "二");
	cr_assert_str_eq(api_str(json_array_get(items, 2), "label"), "三");
	json_decref(body);
	free(path);
}

/* The bigram GIN indexes serve q= and name= (EXPLAIN as the admin; the
 * sample is small, so sequential scans are priced out first). */
Test(api_sections, search_uses_the_bigram_index)
{
	PGconn *db = itest_admin();
	PGresult *r = itest_exec(db, "SET enable_seqscan = off", 0, NULL);
	PQclear(r);
	const char *params[] = {"招商", "%招商%"};
	r = itest_exec(db,
	               "EXPLAIN SELECT s.id FROM sections s"
	               " WHERE section_bigrams(coalesce(s.heading, '') || E'\\n' || s.body)"
	               " @> text_bigrams($1)"
	               " AND lower(coalesce(s.heading, '') || E'\\n' || s.body) LIKE lower($2)",
	               2, params);
	int uses = 0;
	for (int i = 0; i < PQntuples(r); i++)
		if (strstr(PQgetvalue(r, i, 0), "sections_report_search_idx"))
			uses = 1;
	cr_assert(uses, "sections_report_search_idx not in the plan: %s", PQgetvalue(r, 0, 0));
	PQclear(r);
	const char *mparams[] = {"工业增加值"};
	r = itest_exec(db,
	               "EXPLAIN SELECT m.id FROM metrics m"
	               " WHERE text_bigrams(m.name) @> text_bigrams($1)",
	               1, mparams);
	uses = 0;
	for (int i = 0; i < PQntuples(r); i++)
		if (strstr(PQgetvalue(r, i, 0), "metrics_name_idx"))
			uses = 1;
	cr_assert(uses, "metrics_name_idx not in the plan");
	PQclear(r);
	PQfinish(db);
}
