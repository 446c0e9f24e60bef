/* read_pdf.c: PDFs through MuPDF — the committed LibreOffice PDFs of
 * tests/fixtures/pdf/, PDFs built here (fonts the file does not embed), and
 * hostile or refused files: each a clear error, quickly. */
#include "pdf_build.h"
#include "read_pdf.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

static void fixture(const char *name, sb *out)
{
	const char *dir = getenv("TEST_FIXTURES");
	char path[512];
	snprintf(path, sizeof path, "%s/pdf/%s", dir ? dir : "tests/fixtures", name);
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "cannot open %s", path);
	char buf[65536];
	size_t got;
	while ((got = fread(buf, 1, sizeof buf, f)) > 0)
		sb_append(out, buf, got);
	fclose(f);
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads b; returns the status, *t filled (caller frees) on PARSE_OK. */
static enum parse_status read_sb(const sb *b, pdf_text *t, parse_error *err)
{
	return pdf_read((const unsigned char *)sb_str(b), b->len, t, err);
}

static void refused(const sb *b, enum parse_status want, const char *words)
{
	pdf_text t;
	parse_error err;
	memset(&err, 0, sizeof err);
	double t0 = seconds();
	enum parse_status st = read_sb(b, &t, &err);
	double took = seconds() - t0;
	cr_assert_eq(st, want, "status %d: %s", st, err.message);
	cr_assert(strstr(err.message, words), "message: %s", err.message);
	cr_assert_eq(err.offset, -1);
	cr_assert_null(t.text);
	cr_assert_lt(took, 5.0, "took %.1f s", took);
}

Test(pdf_read, one_column_fixture)
{
	sb b = SB_INIT;
	fixture("one-column.pdf", &b);
	pdf_text t;
	parse_error err;
	cr_assert_eq(read_sb(&b, &t, &err), PARSE_OK, "%s", err.message);
	cr_assert_eq(t.pages, 6);
	cr_assert_eq(t.two_column_pages, 0);
	cr_assert_eq(t.tables, 1);
	cr_assert_eq(t.table_rows, 9);                                 /* header and eight rows */
	cr_assert_eq(t.furniture_lines, 12, "%zu", t.furniture_lines); /* header, `- N -` */
	cr_assert(strncmp(t.text, "济源高新区 2023 年工作总结\n", 36) == 0, "%.60s", t.text);
	cr_assert_null(strstr(t.text, "管委会文件"));
	cr_assert_null(strstr(t.text, "食品烟酒"));
	cr_assert_null(strstr(t.text, "- 2 -"));
	/* the letter-spaced heading closed up; 3.03 亿 / 元 across a page joined */
	cr_assert(strstr(t.text, "\n三、从严治党\n"));
	cr_assert(strstr(t.text, "3.03 亿元"));
	pdf_text_free(&t);
	sb_free(&b);
}

Test(pdf_read, two_column_fixture)
{
	sb b = SB_INIT;
	fixture("two-column.pdf", &b);
	pdf_text t;
	parse_error err;
	cr_assert_eq(read_sb(&b, &t, &err), PARSE_OK, "%s", err.message);
	cr_assert_eq(t.two_column_pages, t.pages);
	cr_assert_eq(t.tables, 1);
	cr_assert_eq(t.table_rows, 9);
	/* column order: the first column's paragraph, then the headings under it */
	const char *a = strstr(t.text, "现将工作报告如下：\n一、强化政治建设，深化思想引领\n"
	                               "（一）加强理论武装，夯实思想根基\n牢固树立");
	cr_assert_not_null(a, "%.400s", t.text);
	pdf_text_free(&t);
	sb_free(&b);
}

Test(pdf_read, heading_broken_across_a_page_is_one_line)
{
	sb b = SB_INIT;
	fixture("heading-break.pdf", &b);
	pdf_text t;
	parse_error err;
	cr_assert_eq(read_sb(&b, &t, &err), PARSE_OK, "%s", err.message);
	cr_assert_eq(t.pages, 2);
	cr_assert(strstr(t.text,
	                 "\n一、坚持以项目建设为中心持续扩大有效投资，推动产业转型升级和城市功能"
	                 "完善，加快构建现代化产业体系，全面提升开发区综合实力和核心竞争力，奋"
	                 "力谱写新时代高质量发展新篇章\n"),
	          "%s", t.text);
	cr_assert(strstr(t.text, "同比增长 12.3%。\n"));
	pdf_text_free(&t);
	sb_free(&b);
}

Test(pdf_read, base14_font_not_embedded)
{
	const char *font[] = {"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>"};
	sb b = SB_INIT;
	pdf_build_page(&b, "BT /F1 12 Tf 72 720 Td (Hello 2025 report) Tj ET",
	               "<</Font <</F1 5 0 R>>>>", font, 1);
	pdf_text t;
	parse_error err;
	cr_assert_eq(read_sb(&b, &t, &err), PARSE_OK, "%s", err.message);
	cr_assert_str_eq(t.text, "Hello 2025 report");
	pdf_text_free(&t);
	sb_free(&b);
}

Test(pdf_read, cjk_font_not_embedded)
{
	/* STSong-Light, Adobe-GB1, UCS-2 codes: 报告 2 */
	const char *objs[] = {
	    "<</Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
	    "/DescendantFonts [6 0 R]>>",
	    "<</Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
	    "<</Registry (Adobe) /Ordering (GB1) /Supplement 2>> /FontDescriptor 7 0 R /DW 1000>>",
	    "<</Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
	    "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80>>"};
	sb b = SB_INIT;
	pdf_build_page(&b, "BT /F1 16 Tf 72 720 Td <62A5544A> Tj ET", "<</Font <</F1 5 0 R>>>>",
	               objs, 3);
	pdf_text t;
	parse_error err;
	cr_assert_eq(read_sb(&b, &t, &err), PARSE_OK, "%s", err.message);
	cr_assert_str_eq(t.text, "报告");
	pdf_text_free(&t);
	sb_free(&b);
}

Test(pdf_read, encrypted_refused)
{
	sb b = SB_INIT;
	fixture("encrypted.pdf", &b);
	refused(&b, PARSE_UNSUPPORTED, "encrypted PDF that needs a password");
	sb_free(&b);
}

Test(pdf_read, truncated_refused)
{
	sb b = SB_INIT;
	fixture("one-column.pdf", &b);
	sb_truncate(&b, b.len / 2);
	refused(&b, PARSE_BAD_FILE, "truncated PDF");
	sb_free(&b);
}

Test(pdf_read, image_only_refused)
{
	const char *img[] = {
	    "<</Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace "
	    "/DeviceGray /BitsPerComponent 8 /Length 1>>\nstream\n\x80\nendstream"};
	sb b = SB_INIT;
	pdf_build_page(&b, "q 500 0 0 700 40 60 cm /Im0 Do Q", "<</XObject <</Im0 5 0 R>>>>", img,
	               1);
	refused(&b, PARSE_UNSUPPORTED, "no text layer");
	sb_free(&b);
}

Test(pdf_read, loop_in_the_page_tree_refused)
{
	/* the page tree's node is its own kid */
	const char *objs[] = {"<</Type /Catalog /Pages 2 0 R>>",
	                      "<</Type /Pages /Kids [2 0 R] /Count 1>>"};
	sb b = SB_INIT;
	pdf_build(&b, objs, 2);
	pdf_text t;
	parse_error err;
	double t0 = seconds();
	cr_assert_neq(read_sb(&b, &t, &err), PARSE_OK);
	cr_assert_lt(seconds() - t0, 5.0);
	cr_assert(strstr(err.message, "PDF"), "%s", err.message);
	sb_free(&b);
}

Test(pdf_read, loop_in_resources_refused_or_read_quickly)
{
	/* a form XObject that draws itself */
	const char *objs[] = {"<</Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources "
	                      "<</XObject <</X 5 0 R>>>> /Length 6>>\nstream\n/X Do\nendstream"};
	sb b = SB_INIT;
	pdf_build_page(&b, "/X Do BT /F1 12 Tf 72 720 Td (x) Tj ET", "<</XObject <</X 5 0 R>>>>",
	               objs, 1);
	pdf_text t;
	parse_error err;
	double t0 = seconds();
	enum parse_status st = read_sb(&b, &t, &err);
	cr_assert_lt(seconds() - t0, 5.0);
	if (st == PARSE_OK)
		pdf_text_free(&t);
	else
		cr_assert(strlen(err.message) > 0);
	sb_free(&b);
}

Test(pdf_read, too_many_pages_refused_before_reading_them)
{
	/* 501 real (empty) pages */
	enum { N = PDF_MAX_PAGES + 1 };
	const char **objs = calloc(N + 3, sizeof *objs);
	sb kids = SB_INIT, pages = SB_INIT;
	sb_puts(&kids, "[");
	for (int i = 0; i < N; i++)
		sb_printf(&kids, "%d 0 R ", i + 4);
	sb_puts(&kids, "]");
	sb_printf(&pages, "<</Type /Pages /Kids %s /Count %d>>", sb_str(&kids), N);
	objs[0] = "<</Type /Catalog /Pages 2 0 R>>";
	objs[1] = sb_str(&pages);
	objs[2] = "<</Length 0>>\nstream\n\nendstream";
	for (int i = 0; i < N; i++)
		objs[3 + i] =
		    "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R>>";
	sb b = SB_INIT;
	pdf_build(&b, objs, N + 3);
	refused(&b, PARSE_BAD_FILE, "501 pages, over the limit of 500");
	/* and a page tree that only claims a million */
	const char *claim[] = {"<</Type /Catalog /Pages 2 0 R>>",
	                       "<</Type /Pages /Kids [3 0 R] /Count 1000000>>",
	                       "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>"};
	sb c = SB_INIT;
	pdf_build(&c, claim, 3);
	pdf_text t;
	parse_error err;
	double t0 = seconds();
	cr_assert_neq(read_sb(&c, &t, &err), PARSE_OK);
	cr_assert_lt(seconds() - t0, 5.0);
	free(objs);
	sb_free(&kids);
	sb_free(&pages);
	sb_free(&b);
	sb_free(&c);
}

Test(pdf_read, garbage_after_the_signature_refused)
{
	sb b = SB_INIT;
	sb_puts(&b, "%PDF-1.7\nnot a pdf at all\n%%EOF\n");
	pdf_text t;
	parse_error err;
	cr_assert_neq(read_sb(&b, &t, &err), PARSE_OK);
	cr_assert(strstr(err.message, "PDF"), "%s", err.message);
	sb_free(&b);
}

Test(pdf_read, content_bomb_refused_before_it_runs)
{
	/* 32 MiB of spaces in a content stream, 32 KB deflated: the lexer would
	 * skip them without allocating, so without the budget no time check
	 * ran (a gigabyte took a minute) */
	size_t n = 32u << 20;
	char *spaces = malloc(n);
	memset(spaces, ' ', n);
	uLongf clen = compressBound(n);
	unsigned char *z = malloc(clen);
	cr_assert_eq(compress2(z, &clen, (const unsigned char *)spaces, n, 9), Z_OK);
	sb stream = SB_INIT, page = SB_INIT;
	/* hex on top of deflate: the builder takes objects as C strings */
	sb_printf(&stream, "<</Length %lu /Filter [/ASCIIHexDecode /FlateDecode]>>\nstream\n",
	          (unsigned long)(2 * clen + 1));
	for (uLongf i = 0; i < clen; i++)
		sb_printf(&stream, "%02X", z[i]);
	sb_puts(&stream, ">\nendstream");
	const char *objs[] = {
	    "<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>",
	    "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>>",
	    sb_str(&stream)};
	pdf_build(&page, objs, 4);
	refused(&page, PARSE_BAD_FILE, "over the limit once decompressed (16 MiB for a page");
	sb_free(&stream);
	sb_free(&page);
	free(z);
	free(spaces);
}

Test(pdf_read, too_many_lines_refused, .timeout = 60)
{
	/* 5 pages of 99 000 rows of one tiny glyph each, from one 3 KB stream:
	 * refused at the line limit (or, in a slow build, the time limit) */
	enum { ROWS = 99000, PAGES = 5 };
	sb ops = SB_INIT, stream = SB_INIT, kids = SB_INIT, pages = SB_INIT, b = SB_INIT;
	sb_puts(&ops, "BT /F1 0.02 Tf 0.0084 TL 10 840 Td ");
	for (int i = 0; i < ROWS; i++)
		sb_puts(&ops, "(a) ' ");
	sb_puts(&ops, "ET");
	uLongf clen = compressBound(ops.len);
	unsigned char *z = malloc(clen);
	cr_assert_eq(compress2(z, &clen, (const unsigned char *)sb_str(&ops), ops.len, 9), Z_OK);
	sb_printf(&stream, "<</Length %lu /Filter [/ASCIIHexDecode /FlateDecode]>>\nstream\n",
	          (unsigned long)(2 * clen + 1));
	for (uLongf i = 0; i < clen; i++)
		sb_printf(&stream, "%02X", z[i]);
	sb_puts(&stream, ">\nendstream");
	for (int i = 0; i < PAGES; i++)
		sb_printf(&kids, "%d 0 R ", 4 + i);
	sb_printf(&pages, "<</Type /Pages /Kids [%s] /Count %d>>", sb_str(&kids), PAGES);
	const char *page = "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
	                   "/Resources <</Font <</F1 9 0 R>>>>>>";
	const char *objs[] = {"<</Type /Catalog /Pages 2 0 R>>",
	                      sb_str(&pages),
	                      sb_str(&stream),
	                      page,
	                      page,
	                      page,
	                      page,
	                      page,
	                      "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>"};
	pdf_build(&b, objs, 9);
	pdf_text t;
	parse_error err;
	double t0 = seconds();
	cr_assert_eq(read_sb(&b, &t, &err), PARSE_BAD_FILE);
	cr_assert_lt(seconds() - t0, 15.0);
	cr_assert(strstr(err.message, "lines of text: over the limit") ||
	              strstr(err.message, "took too long"),
	          "%s", err.message);
	free(z);
	sb_free(&ops);
	sb_free(&stream);
	sb_free(&kids);
	sb_free(&pages);
	sb_free(&b);
}
