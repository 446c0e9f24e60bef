/* report-import looks after the tables it loaded (migration 0010): a job
 * that loaded something has every table it writes in bulk analysed and the
 * GIN indexes' pending lists emptied by the time it exits, a job that
 * changed nothing does neither, and a job whose upkeep fails still
 * succeeds, with a warning, its data committed.
 *
 * last_analyze is what is checked of the statistics: ANALYZE reports it at
 * once, while the counts of changed rows reach the statistics only when a
 * backend flushes (and the import's ANALYZE, by named columns, leaves the
 * count alone: see the migration); autovacuum sets last_autoanalyze, never
 * this. Of the pending lists: gin_clean_pending_list() as the admin
 * returns the pages it found there, 0 when the import emptied them (an
 * import adds at least one page to each, so without the upkeep it is not
 * 0). */
#include "import_util.h"
#include "itest.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT_FILE "synthetic/luting-gxq-2023.txt"
#define ORG         "测试维护区"
#define BULK_LIST                                                                                  \
	"'comparison_rows', 'indicator_points', 'metric_matches', 'metrics', 'reports', "          \
	"'sections', 'target_rows'"
#define BULK_NAMES                                                                                 \
	"comparison_rows,indicator_points,metric_matches,metrics,reports,sections,target_rows"

/* The database's clock, as timestamptz text. Caller frees. */
static char *db_now(void)
{
	PGconn *c = itest_admin();
	char *t = itest_scalar_text(c, "SELECT clock_timestamp()::text", 0, NULL);
	PQfinish(c);
	return t;
}

/* The bulk tables analysed by hand (not by autovacuum) since `since`,
 * sorted and joined by commas ("" for none). Caller frees. */
static char *analysed_since(const char *since)
{
	PGconn *c = itest_admin();
	const char *params[] = {since};
	char *s = itest_scalar_text(c,
	                            "SELECT coalesce(string_agg(relname, ',' ORDER BY relname), '')"
	                            " FROM pg_stat_user_tables WHERE relname IN (" BULK_LIST ")"
	                            " AND last_analyze >= $1::timestamptz",
	                            1, params);
	PQfinish(c);
	return s;
}

/* Pages the GIN indexes of the bulk tables held in their pending lists
 * (emptying them). */
static long long pending_pages(void)
{
	PGconn *c = itest_admin();
	long long n = itest_scalar(c,
	                           "SELECT coalesce(sum(gin_clean_pending_list(i.indexrelid)), 0)"
	                           " FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid"
	                           " JOIN pg_am a ON a.oid = x.relam AND a.amname = 'gin'"
	                           " JOIN pg_class t ON t.oid = i.indrelid"
	                           " WHERE t.relname IN (" BULK_LIST ")",
	                           0, NULL);
	PQfinish(c);
	return n;
}

static void writer_may_maintain(int may)
{
	PGconn *c = itest_admin();
	PQclear(
	    itest_exec(c,
	               may ? "GRANT EXECUTE ON FUNCTION maintain_imported_tables() TO report_writer"
	                   : "REVOKE EXECUTE ON FUNCTION maintain_imported_tables() FROM "
	                     "report_writer",
	               0, NULL));
	PQfinish(c);
}

Test(import_upkeep, a_job_that_loads_looks_after_what_it_wrote_and_one_that_does_not_nothing)
{
	import_forget_org(ORG);
	char *file = itest_fixture(REPORT_FILE);
	pending_pages(); /* what other tests left there */
	char *t0 = db_now();
	itest_proc p;
	import_run(&p, "--org", ORG, file, NULL);
	cr_assert_eq(p.exit_code, 0, "exit %d: %s", p.exit_code, p.err);
	cr_expect_str_eq(p.err, "");
	itest_proc_free(&p);
	char *got = analysed_since(t0);
	cr_expect_str_eq(got, BULK_NAMES);
	free(got);
	cr_expect_eq(pending_pages(), 0);

	/* the same file again: unchanged, nothing written, nothing analysed */
	char *t1 = db_now();
	import_run(&p, "--org", ORG, file, NULL);
	cr_assert_eq(p.exit_code, 0, "exit %d: %s", p.exit_code, p.err);
	cr_expect(strstr(p.out, "same content already imported") != NULL, "%s", p.out);
	itest_proc_free(&p);
	got = analysed_since(t1);
	cr_expect_str_eq(got, "");
	free(got);

	import_forget_org(ORG);
	free(t1);
	free(t0);
	free(file);
}

Test(import_upkeep, a_failed_upkeep_warns_and_the_import_stands)
{
	import_forget_org(ORG);
	char *file = itest_fixture(REPORT_FILE);
	long long before = import_data_rows();
	writer_may_maintain(0);
	itest_proc p;
	import_run(&p, "--org", ORG, file, NULL);
	writer_may_maintain(1);
	cr_expect_eq(p.exit_code, 0, "exit %d: %s", p.exit_code, p.err);
	cr_expect(strstr(p.out, ": imported report ") != NULL, "%s", p.out);
	cr_expect(strstr(p.err,
	                 " warn report-import: the import is committed, but its tables' "
	                 "upkeep failed (statistics and search-index pending lists: "
	                 "autovacuum will see to them later): maintain_imported_tables: ") != NULL,
	          "%s", p.err);
	cr_expect(strstr(p.err, "permission denied for function maintain_imported_tables") != NULL,
	          "%s", p.err);
	cr_expect_gt(import_data_rows(), before, "the report was not kept");
	itest_proc_free(&p);
	import_forget_org(ORG);
	free(file);
}
