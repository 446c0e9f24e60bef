/* bin/report-import with Word files against the test database: a real
 * .docx loads with the same sections and figures as the same report as
 * text; files of other kinds and damaged ones are refused (exit 2, the
 * CLI's `FILE: error: message`, nothing written), also when given together
 * with a good file. Reports made here belong to organisations named 测试…. */
#include "import_util.h"
#include "itest.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOCX "docx/jilin-2025.docx"
#define TEXT "docx/jilin-2025.pandoc.txt"

/* "value unit" of every figure of the report of `org`, sorted, one a line. */
static char *figures_of(const char *org)
{
	PGconn *c = itest_admin();
	const char *params[] = {org};
	char *s = itest_scalar_text(c,
	                            "SELECT string_agg(m.value::text || ' ' || m.unit, E'\\n' "
	                            "ORDER BY m.value, m.unit) FROM metrics m JOIN reports r ON "
	                            "r.id = m.report_id WHERE r.organization = $1",
	                            1, params);
	PQfinish(c);
	return s;
}

Test(import_docx, word_file_loads_like_its_text)
{
	const char *word = "测试吉林Word", *text = "测试吉林文本";
	import_forget_org(word);
	import_forget_org(text);
	char *docx = itest_fixture(DOCX), *txt = itest_fixture(TEXT);
	itest_proc p;
	import_run(&p, "--org", word, docx, NULL);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	sb want = SB_INIT;
	sb_printf(&want, "%s: imported report ", docx);
	cr_assert(strncmp(p.out, sb_str(&want), want.len) == 0, "%s", p.out);
	/* 130: the figures unit/test_docx_real.c expects of this report */
	cr_assert(strstr(p.out, " sections, 130 metrics)\n") != NULL, "%s", p.out);
	itest_proc_free(&p);

	PGconn *c = itest_admin();
	const char *params[] = {word};
	char *top = itest_scalar_text(c,
	                              "SELECT string_agg(s.label || '、' || s.heading, ' / ' ORDER "
	                              "BY s.char_start) FROM sections s JOIN reports r ON r.id = "
	                              "s.report_id WHERE r.organization = $1 AND s.level = 1",
	                              1, params);
	cr_assert_str_eq(top,
	                 "一、2024年工作回顾 / 二、2025年工作安排 / 三、锲而不舍加强政府自身建设");
	free(top);
	cr_assert_eq(itest_scalar(c,
	                          "SELECT year FROM reports WHERE organization = $1 AND kind = "
	                          "'政府工作报告'",
	                          1, params),
	             2025);
	PQfinish(c);

	/* the same report as plain text: the same figures */
	import_run(&p, "--org", text, txt, NULL);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	itest_proc_free(&p);
	char *a = figures_of(word), *b = figures_of(text);
	cr_assert_not_null(a);
	cr_assert_str_eq(a, b);
	free(a);
	free(b);

	/* the content hash is the .docx bytes': the same file is unchanged */
	import_run(&p, "--org", word, docx, NULL);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	cr_assert(strstr(p.out, ": unchanged report ") != NULL, "%s", p.out);
	itest_proc_free(&p);

	sb_free(&want);
	free(docx);
	free(txt);
	import_forget_org(word);
	import_forget_org(text);
}

/* The good Word file given beside a refused one warns of nothing, so
 * stderr is the one error line, to the letter. */
#define REFUSED_ORG "测试拒绝区"

Test(import_docx, other_kinds_and_damaged_files_refused_and_nothing_written)
{
	char *dir = itest_tmpdir("docx-refused");
	char *docx = itest_fixture(DOCX);
	sb path = SB_INIT;

	sb_printf(&path, "%s/report.docx", dir); /* the name says nothing: the bytes do */
	const char pdf[] = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n";
	itest_write_file(sb_str(&path), pdf, sizeof pdf - 1);
	import_expect_refused(REFUSED_ORG, sb_str(&path), NULL,
	                      "a truncated PDF (no %%EOF at its end): get the whole file again",
	                      IMPORT_STDERR_EXACT);
	/* with a good Word file beside it, that one is not loaded either */
	import_expect_refused(REFUSED_ORG, sb_str(&path), docx,
	                      "a truncated PDF (no %%EOF at its end): get the whole file again",
	                      IMPORT_STDERR_EXACT);

	sb_truncate(&path, 0);
	sb_printf(&path, "%s/report.wps", dir);
	unsigned char ole[1024] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
	const char *name = "WordDocument";
	for (size_t i = 0; name[i]; i++)
		ole[512 + 2 * i] = (unsigned char)name[i];
	itest_write_file(sb_str(&path), ole, sizeof ole);
	import_expect_refused(
	    REFUSED_ORG, sb_str(&path), NULL,
	    "an old Word .doc (or WPS .wps) file: save it as .docx, or export it as text",
	    IMPORT_STDERR_EXACT);

	sb_truncate(&path, 0);
	sb_printf(&path, "%s/truncated.docx", dir);
	size_t len;
	char *bytes = itest_read_file(docx, &len);
	itest_write_file(sb_str(&path), bytes, len / 2);
	import_expect_refused(
	    REFUSED_ORG, sb_str(&path), NULL,
	    "a damaged or truncated ZIP file (Not a zip archive): save the document again",
	    IMPORT_STDERR_EXACT);
	free(bytes);

	sb_free(&path);
	free(docx);
	itest_rm_rf(dir);
	free(dir);
}

Test(import_docx, tables_left_out_are_reported)
{
	char *file = itest_fixture("docx/table.docx");
	char *bin = itest_bin("report-import");
	const char *argv[] = {bin, "--dry-run", "--format", "json", file, NULL};
	itest_proc p;
	itest_run(argv, NULL, 60, &p);
	cr_assert_eq(p.exit_code, 0, "%s", p.err);
	sb want = SB_INIT;
	sb_printf(&want,
	          " warn report-import: %s: 1 table (3 rows) left out: tables are not read\n",
	          file);
	cr_assert(strstr(p.err, sb_str(&want)) != NULL, "want \"%s\" in: %s", sb_str(&want), p.err);
	/* the cells are neither sections nor figures: two of each, from the prose */
	json_error_t jerr;
	json_t *j = json_loads(p.out, 0, &jerr);
	cr_assert_not_null(j, "%s: %s", jerr.text, p.out);
	cr_assert_eq(json_array_size(json_object_get(j, "sections")), 2);
	json_t *metrics = json_object_get(j, "metrics");
	cr_assert_eq(json_array_size(metrics), 2);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(metrics, 0), "name")),
	                 "地区生产总值");
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(metrics, 0), "unit")),
	                 "亿元");
	cr_assert_null(strstr(p.out, "98.7"), "%s", p.out);
	json_decref(j);
	sb_free(&want);
	itest_proc_free(&p);
	free(bin);
	free(file);
}
