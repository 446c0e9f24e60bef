/* pdf_columns.c: two-column pages read left column first. */
#include "pdf_synth.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#define W 595.0f

/* A page: a full-width title, then n rows of a left column (x 72..282) and
 * a right column (x 312..522), glyphs of both on the same baselines. */
static void two_column_page(pdf_lines *l, int n)
{
	glyph_buf b = {NULL, 0, 0};
	synth_text(&b, "两栏页面的通栏标题文字很长很长很长很长很长", 100, 60, 20, 0);
	for (int i = 0; i < n; i++) {
		char s[64];
		snprintf(s, sizeof s, "左栏第%02d行文字内容填满", i);
		synth_text(&b, s, 72, 100 + 20.0f * (float)i, 14, 0);
		snprintf(s, sizeof s, "右栏第%02d行文字内容填满", i);
		synth_text(&b, s, 312, 100 + 20.0f * (float)i, 14, 0);
	}
	pdf_rows_build(b.v, b.n, 0, l);
	synth_free(&b);
}

Test(pdf_columns, two_columns_left_then_right)
{
	pdf_lines l = {0};
	two_column_page(&l, 8);
	cr_assert_eq(l.n, 9); /* title + 8 rows, each with both columns */
	cr_assert_eq(pdf_columns_order(&l, 0, W), 2);
	cr_assert_eq(l.n, 17);
	cr_assert_eq(l.v[0].column, 0);
	cr_assert(strstr(l.v[0].text, "通栏标题"));
	for (int i = 0; i < 8; i++) {
		char want[64];
		snprintf(want, sizeof want, "左栏第%02d行文字内容填满", i);
		cr_assert_str_eq(l.v[1 + i].text, want);
		cr_assert_eq(l.v[1 + i].column, 1);
		snprintf(want, sizeof want, "右栏第%02d行文字内容填满", i);
		cr_assert_str_eq(l.v[9 + i].text, want);
		cr_assert_eq(l.v[9 + i].column, 2);
	}
	pdf_lines_free(&l);
}

Test(pdf_columns, one_column_page_unchanged)
{
	pdf_lines l = {0};
	for (int i = 0; i < 12; i++)
		synth_line(&l,
		           i % 4 == 3 ? "短行。" : "一栏的正文每行都从左边距写到右边距文字连续不断",
		           72, 100 + 28.0f * (float)i, 16, 0, 0);
	cr_assert_eq(pdf_columns_order(&l, 0, W), 1);
	cr_assert_eq(l.n, 12);
	cr_assert_str_eq(l.v[3].text, "短行。");
	pdf_lines_free(&l);
}

Test(pdf_columns, only_the_page_from_first_is_ordered)
{
	pdf_lines l = {0};
	synth_line(&l, "前一页的最后一行", 72, 700, 16, 0, 0);
	size_t first = l.n;
	two_column_page(&l, 6);
	for (size_t i = first; i < l.n; i++)
		l.v[i].page = 1;
	cr_assert_eq(pdf_columns_order(&l, first, W), 2);
	cr_assert_str_eq(l.v[0].text, "前一页的最后一行");
	cr_assert_str_eq(l.v[2].text, "左栏第00行文字内容填满");
	cr_assert_str_eq(l.v[8].text, "右栏第00行文字内容填满");
	pdf_lines_free(&l);
}

Test(pdf_columns, table_rows_marked_before_stay_whole)
{
	pdf_lines l = {0};
	two_column_page(&l, 6);
	/* a marked row in the middle (a table across both columns) */
	l.v[3].flags |= PDF_LINE_TABLE;
	cr_assert_eq(pdf_columns_order(&l, 0, W), 2);
	/* title, left rows 0-1, right rows 0-1, the table row, left 3-5, right 3-5 */
	cr_assert_str_eq(l.v[1].text, "左栏第00行文字内容填满");
	cr_assert_str_eq(l.v[3].text, "右栏第00行文字内容填满");
	cr_assert(l.v[5].flags & PDF_LINE_TABLE);
	cr_assert_str_eq(l.v[6].text, "左栏第03行文字内容填满");
	pdf_lines_free(&l);
}
