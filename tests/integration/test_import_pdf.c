/* bin/report-import with PDF files against the test database: a PDF printed
 * by LibreOffice (tests/fixtures/pdf/one-column.pdf, with a running header,
 * page numbers and a table) loads with the same top-level headings and the
 * same figures as the same report as text (report.txt), its table counted
 * in the warning; an encrypted PDF, one whose page tree loops and one cut
 * short are refused (exit 2, the CLI's `FILE: error: message`), and a good
 * file given with one of them is not loaded either. Reports made here
 * belong to organisations named 测试…. */
#include "import_util.h"
#include "itest.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A query's one text value for the reports of `org`. Caller frees. */
static char *of_org(const char *sql, const char *org)
{
	PGconn *c = itest_admin();
	const char *params[] = {org};
	char *s = itest_scalar_text(c, sql, 1, params);
	PQfinish(c);
	return s;
}

static const char figures_sql[] =
    "SELECT string_agg(m.value::text || ' ' || m.unit, E'\\n' ORDER BY m.value, m.unit) FROM "
    "metrics m JOIN reports r ON r.id = m.report_id WHERE r.organization = $1";
static const char top_sql[] =
    "SELECT string_agg(s.label || '、' || s.heading, ' / ' ORDER BY s.char_start) FROM sections "
    "s JOIN reports r ON r.id = s.report_id WHERE r.organization = $1 AND s.level = 1";

Test(import_pdf, pdf_loads_like_its_text)
{
	const char *pdf_org = "测试PDF区", *txt_org = "测试PDF文本区";
	import_forget_org(pdf_org);
	import_forget_org(txt_org);
	char *pdf = itest_fixture("pdf/one-column.pdf"), *txt = itest_fixture("pdf/report.txt");
	itest_proc p;
	import_run(&p, "--org", pdf_org, pdf, NULL);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	cr_assert(strstr(p.out, " sections, 46 metrics)\n") != NULL, "%s", p.out);
	cr_assert(strstr(p.err, "1 table (9 rows) left out") != NULL, "%s", p.err);
	itest_proc_free(&p);
	import_run(&p, "--org", txt_org, txt, NULL);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	itest_proc_free(&p);

	char *top = of_org(top_sql, pdf_org);
	cr_assert_str_eq(top, "一、强化政治建设，深化思想引领 / 二、聚焦主责主业，提升发展质效 / "
	                      "三、从严治党");
	char *a = of_org(figures_sql, pdf_org), *b = of_org(figures_sql, txt_org);
	cr_assert_not_null(a);
	cr_assert_str_eq(a, b);
	free(a);
	free(b);
	free(top);
	free(pdf);
	free(txt);
	import_forget_org(pdf_org);
	import_forget_org(txt_org);
}

/* With a good file beside the refused one, stderr also holds that file's
 * warning (its table left out): the error line is looked for among them. */
#define REFUSED_ORG "测试PDF拒绝区"

Test(import_pdf, encrypted_looping_and_truncated_refused_nothing_written)
{
	char *dir = itest_tmpdir("pdf-refused");
	char *good = itest_fixture("pdf/one-column.pdf"), *enc = itest_fixture("pdf/encrypted.pdf");
	import_expect_refused(REFUSED_ORG, enc, NULL,
	                      "an encrypted PDF that needs a password: open it, print it to an "
	                      "unprotected PDF or save it as text, and import that",
	                      IMPORT_STDERR_EXACT);
	import_expect_refused(REFUSED_ORG, enc, good,
	                      "an encrypted PDF that needs a password: open it, print it to an "
	                      "unprotected PDF or save it as text, and import that",
	                      IMPORT_STDERR_CONTAINS);

	sb path = SB_INIT;
	sb_printf(&path, "%s/loop.pdf", dir);
	const char loop[] = "%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n"
	                    "2 0 obj\n<</Type /Pages /Kids [2 0 R] /Count 1>>\nendobj\n"
	                    "trailer\n<</Root 1 0 R>>\n%%EOF\n";
	itest_write_file(sb_str(&path), loop, sizeof loop - 1);
	import_expect_refused(REFUSED_ORG, sb_str(&path), good,
	                      "a damaged PDF file (cycle in page tree): save or export it again",
	                      IMPORT_STDERR_CONTAINS);

	sb_truncate(&path, 0);
	sb_printf(&path, "%s/cut.pdf", dir);
	const char cut[] =
	    "%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<<";
	itest_write_file(sb_str(&path), cut, sizeof cut - 1);
	import_expect_refused(REFUSED_ORG, sb_str(&path), NULL,
	                      "a truncated PDF (no %%EOF at its end): get the whole file again",
	                      IMPORT_STDERR_EXACT);
	sb_free(&path);
	free(good);
	free(enc);
	free(dir);
}
