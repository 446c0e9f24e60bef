/* The counts a report keeps of its sections and figures (migration 0016)
 * follow every insert and delete of them, whoever writes the rows: here
 * plain SQL on the imported sample, in a transaction rolled back. */
#include "itest.h"

#include "test_api_util.h"

#include <criterion/criterion.h>
#include <stdio.h>

/* Reports whose kept counts differ from a count of their rows. */
static const char wrong_sql[] =
    "SELECT count(*) FROM reports r"
    " WHERE r.sections_count <> (SELECT count(*) FROM sections s WHERE s.report_id = r.id)"
    "    OR r.metrics_count <> (SELECT count(*) FROM metrics m WHERE m.report_id = r.id)";

static long long kept(PGconn *db, const char *column, const char *report)
{
	char sql[96];
	snprintf(sql, sizeof sql, "SELECT %s FROM reports WHERE id = $1::bigint", column);
	const char *params[] = {report};
	return itest_scalar(db, sql, 1, params);
}

Test(report_counts, follow_inserts_and_deletes)
{
	PGconn *db = itest_admin();
	cr_assert_eq(itest_scalar(db, wrong_sql, 0, NULL), 0, "after the fixtures' imports");
	char report[32];
	snprintf(report, sizeof report, "%lld", api_sample_report_id());
	const char *params[] = {report};
	long long metrics = kept(db, "metrics_count", report);
	long long sections = kept(db, "sections_count", report);
	cr_assert_gt(metrics, 3);

	PQclear(itest_exec(db, "BEGIN", 0, NULL));
	/* three figures copied in one statement, one more in another */
	PQclear(itest_exec(db,
	                   "INSERT INTO metrics (report_id, section_id, position, name, value,"
	                   " unit, base_value, base_unit, quote, span_start, span_end)"
	                   " SELECT report_id, section_id, position + 100000, name, value, unit,"
	                   " base_value, base_unit, quote, span_start, span_end FROM metrics"
	                   " WHERE report_id = $1::bigint ORDER BY position LIMIT 3",
	                   1, params));
	PQclear(itest_exec(db,
	                   "INSERT INTO metrics (report_id, section_id, position, name, value,"
	                   " unit, base_value, base_unit, quote, span_start, span_end)"
	                   " SELECT report_id, section_id, 200000, name, value, unit,"
	                   " base_value, base_unit, quote, span_start, span_end FROM metrics"
	                   " WHERE report_id = $1::bigint ORDER BY position LIMIT 1",
	                   1, params));
	cr_expect_eq(kept(db, "metrics_count", report), metrics + 4);
	/* two deleted */
	PQclear(itest_exec(db,
	                   "DELETE FROM metrics WHERE report_id = $1::bigint"
	                   " AND position IN (100000, 200000)",
	                   1, params));
	cr_expect_eq(kept(db, "metrics_count", report), metrics + 2);
	/* a section deleted takes its figures and subsections with it */
	PQclear(itest_exec(db,
	                   "DELETE FROM sections WHERE id = (SELECT section_id FROM metrics"
	                   " WHERE report_id = $1::bigint ORDER BY position LIMIT 1)",
	                   1, params));
	cr_expect_lt(kept(db, "sections_count", report), sections);
	cr_expect_eq(itest_scalar(db, wrong_sql, 0, NULL), 0, "after the changes");
	PQclear(itest_exec(db, "ROLLBACK", 0, NULL));
	cr_expect_eq(kept(db, "metrics_count", report), metrics);
	PQfinish(db);
}
