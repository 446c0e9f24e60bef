/* Search within one report (sections?report=N&q=...): exactly the sections
 * whose text holds the query, found on the (report_id, bigrams) index of
 * migrations/0009 — checked in the plan and in the index's own scan count
 * while the real server answers. */
#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SEARCH_TEXT "coalesce(heading, '') || E'\\n' || body"

/* The ids of the report's sections that contain q, by strpos (no bigrams,
 * no LIKE: another way to the same answer), in document order. */
static char *db_matches(PGconn *db, const char *report, const char *q)
{
	const char *params[] = {report, q};
	PGresult *r =
	    itest_exec(db,
	               "SELECT '[' || coalesce(string_agg(id::text, ',' ORDER BY position), '')"
	               " || ']'"
	               " FROM sections WHERE report_id = $1::bigint"
	               " AND strpos(lower(" SEARCH_TEXT "), lower($2)) > 0",
	               2, params);
	char *ids = strdup(PQgetvalue(r, 0, 0));
	PQclear(r);
	return ids;
}

static char *api_matches(const char *report, const char *q)
{
	char *enc = api_enc(q);
	char *path = api_path("/api/v1/sections?report=%s&q=%s&limit=1000", report, enc);
	json_t *body = api_get_json(path, 200, NULL);
	json_t *ids = json_array();
	json_t *item;
	size_t i;
	json_array_foreach(json_object_get(body, "items"), i, item)
	    json_array_append(ids, json_object_get(item, "id"));
	cr_assert_eq(json_integer_value(json_object_get(body, "total")), (json_int_t)i, "%s", path);
	char *text = json_dumps(ids, JSON_COMPACT);
	json_decref(ids);
	json_decref(body);
	free(path);
	free(enc);
	return text;
}

Test(api_search_report, exactly_the_sections_that_contain_the_query)
{
	char report[32];
	snprintf(report, sizeof report, "%lld", api_sample_report_id());
	PGconn *db = itest_admin();
	/* common and rare bigrams, a longer phrase, one character, a Latin
	 * word in another case, and text that is in no section */
	const char *queries[] = {"发展", "招商", "工业增加值",      "园",
	                         "GDP",  "gdp",  "没有这句话的章节"};
	int found = 0;
	for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		char *want = db_matches(db, report, queries[i]);
		char *got = api_matches(report, queries[i]);
		cr_assert_str_eq(got, want, "q=%s", queries[i]);
		found += strcmp(want, "[]") != 0;
		free(got);
		free(want);
	}
	cr_assert_geq(found, 4, "the queries find something in the sample");
	PQfinish(db);
}

/* The plan of the in-report search: one bitmap scan of the composite index
 * with both conditions in its Index Cond. The plan follows the statistics
 * and the size of the index's pending list, both of which report-import
 * saw to after its last load (migration 0010): nobody runs ANALYZE here,
 * and on a fresh cluster autovacuum may not have yet (test_import_upkeep.c
 * checks the import's part). */
Test(api_search_report, plan_uses_the_report_bigram_index)
{
	char report[32];
	snprintf(report, sizeof report, "%lld", api_sample_report_id());
	PGconn *db = itest_admin();
	const char *params[] = {report, "发展", "%发展%"};
	PGresult *r = itest_exec(db,
	                         "EXPLAIN (COSTS OFF) SELECT s.id FROM sections s"
	                         " WHERE s.report_id = $1 AND section_bigrams(" SEARCH_TEXT
	                         ") @> text_bigrams($2) AND lower(" SEARCH_TEXT ") LIKE lower($3)",
	                         3, params);
	int scan = 0, cond = 0;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *line = PQgetvalue(r, i, 0);
		scan |= strstr(line, "Bitmap Index Scan on sections_report_search_idx") != NULL;
		cond |= strstr(line, "Index Cond: ((report_id = ") != NULL &&
		        strstr(line, "section_bigrams(") != NULL;
	}
	cr_assert(scan && cond, "not one scan of the report's bigrams: %s", PQgetvalue(r, 0, 0));
	PQclear(r);
	PQfinish(db);
}

static long long index_scans(PGconn *db)
{
	PQclear(itest_exec(db, "SELECT pg_stat_clear_snapshot()", 0, NULL));
	return itest_scalar(db,
	                    "SELECT idx_scan FROM pg_stat_user_indexes"
	                    " WHERE indexrelname = 'sections_report_search_idx'",
	                    0, NULL);
}

/* The server's own query, not a copy of it, scans the index: its scan
 * count grows by the request's. A backend that has just reported its
 * statistics reports again after 10 s of idleness (PostgreSQL 15's
 * PGSTAT_IDLE_INTERVAL), hence the wait of up to 15 s. A query nobody else
 * asks, so that no cache answers. */
Test(api_search_report, the_server_scans_the_index)
{
	PGconn *db = itest_admin();
	long long before = index_scans(db);
	char *path =
	    api_path("/api/v1/sections?report=%lld&q=%%E5%%8F%%91%%E5%%B1%%95&limit=999&offset=1",
	             api_sample_report_id());
	json_t *body = api_get_json(path, 200, NULL);
	json_decref(body);
	free(path);
	long long after = before;
	for (int i = 0; i < 150 && after == before; i++) {
		struct timespec pause = {0, 100 * 1000 * 1000};
		nanosleep(&pause, NULL);
		after = index_scans(db);
	}
	cr_assert_gt(after, before, "sections_report_search_idx was not scanned");
	PQfinish(db);
}
