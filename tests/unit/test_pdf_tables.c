/* pdf_tables.c: aligned rows are a table; a lone spaced row is not. */
#include "pdf_synth.h"

#include <criterion/criterion.h>
#include <stdio.h>

static void row(pdf_lines *l, const char *a, const char *b, const char *c, float y)
{
	glyph_buf g = {NULL, 0, 0};
	synth_text(&g, a, 72, y, 12, 0);
	synth_text(&g, b, 250, y, 12, 0);
	if (c) /* right-aligned at 500 */
		synth_text(&g, c, 500 - 6.0f * (float)strlen(c), y, 12, 0);
	pdf_rows_build(g.v, g.n, 0, l);
	synth_free(&g);
}

Test(pdf_tables, aligned_rows_are_one_table)
{
	pdf_lines l = {0};
	synth_line(&l, "表格之前的正文。", 72, 80, 16, 0, 0);
	row(&l, "类别", "指数", "涨幅", 110);
	row(&l, "一、食品烟酒", "101.3", "1.3", 130);
	row(&l, "二、衣着", "100.8", "0.8", 150);
	row(&l, "八、其他用品和服务", "102.1", "12.1", 170);
	synth_line(&l, "表格之后的正文。", 72, 200, 16, 0, 0);
	size_t tables = 0, rows = 0;
	pdf_tables_mark(&l, 0, 3, &tables, &rows);
	cr_assert_eq(tables, 1);
	cr_assert_eq(rows, 4);
	cr_assert_not(l.v[0].flags & PDF_LINE_TABLE);
	for (int i = 1; i <= 4; i++)
		cr_assert(l.v[i].flags & PDF_LINE_TABLE, "row %d", i);
	cr_assert_not(l.v[5].flags & PDF_LINE_TABLE);
	pdf_lines_free(&l);
}

Test(pdf_tables, two_column_table_needs_the_second_pass)
{
	pdf_lines l = {0};
	row(&l, "指标", "数值", NULL, 110);
	row(&l, "地区生产总值", "182.9", NULL, 130);
	size_t tables = 0, rows = 0;
	pdf_tables_mark(&l, 0, 3, &tables, &rows);
	cr_assert_eq(tables, 0);
	pdf_tables_mark(&l, 0, 2, &tables, &rows);
	cr_assert_eq(tables, 1);
	cr_assert_eq(rows, 2);
	pdf_lines_free(&l);
}

Test(pdf_tables, lone_letter_spaced_heading_is_not_a_table)
{
	pdf_lines l = {0};
	glyph_buf g = {NULL, 0, 0};
	synth_text(&g, "一、综合", 104, 100, 16, 40);
	pdf_rows_build(g.v, g.n, 0, &l);
	synth_free(&g);
	synth_line(&l, "正文第一行从左边距开始，一直写到右边距为止。", 72, 128, 16, 0, 0);
	size_t tables = 0, rows = 0;
	pdf_tables_mark(&l, 0, 2, &tables, &rows);
	cr_assert_eq(tables, 0);
	cr_assert_eq(rows, 0);
	pdf_lines_free(&l);
}

Test(pdf_tables, wrapped_cell_inside_a_table_is_taken_in)
{
	pdf_lines l = {0};
	row(&l, "一、食品烟酒", "101.3", "1.3", 110);
	synth_line(&l, "（续）", 72, 125, 12, 0, 0); /* a cell's second line */
	row(&l, "二、衣着", "100.8", "0.8", 140);
	size_t tables = 0, rows = 0;
	pdf_tables_mark(&l, 0, 3, &tables, &rows);
	cr_assert_eq(tables, 1);
	cr_assert_eq(rows, 3);
	cr_assert(l.v[1].flags & PDF_LINE_TABLE);
	pdf_lines_free(&l);
}
