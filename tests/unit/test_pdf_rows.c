/* pdf_rows.c: glyphs in any order → rows of segments, spaces from gaps. */
#include "pdf_synth.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

Test(pdf_rows, rows_top_to_bottom_whatever_the_drawing_order)
{
	glyph_buf b = {NULL, 0, 0};
	synth_text(&b, "第二行文字", 72, 128, 16, 0);
	synth_text(&b, "第一行文字", 72, 100, 16, 0);
	/* drawn right to left */
	for (size_t i = 0, j = b.n - 1; i < j; i++, j--) {
		pdf_glyph t = b.v[i];
		b.v[i] = b.v[j];
		b.v[j] = t;
	}
	pdf_lines l = {0};
	pdf_rows_build(b.v, b.n, 3, &l);
	cr_assert_eq(l.n, 2);
	cr_assert_str_eq(l.v[0].text, "第一行文字");
	cr_assert_str_eq(l.v[1].text, "第二行文字");
	cr_assert_eq(l.v[0].page, 3);
	cr_assert_float_eq(l.v[0].x0, 72, 0.01);
	cr_assert_float_eq(l.v[0].x1, 72 + 5 * 16, 0.01);
	cr_assert_eq(l.v[0].n_segs, 1);
	pdf_lines_free(&l);
	synth_free(&b);
}

Test(pdf_rows, spaces_between_latin_words_none_between_cjk)
{
	glyph_buf b = {NULL, 0, 0};
	float x = synth_text(&b, "GDP", 72, 100, 16, 0);
	x = synth_text(&b, " ", x, 100, 16, 0);
	x = synth_text(&b, "增长", x, 100, 16, 0);
	synth_text(&b, "5.2%", x + 4, 100, 16, 0); /* a 4 pt gap: a space */
	pdf_lines l = {0};
	pdf_rows_build(b.v, b.n, 0, &l);
	cr_assert_eq(l.n, 1);
	cr_assert_str_eq(l.v[0].text, "GDP 增长 5.2%");
	pdf_lines_free(&l);
	synth_free(&b);
}

Test(pdf_rows, letter_spaced_heading_is_segments_joined_without_spaces)
{
	glyph_buf b = {NULL, 0, 0};
	/* 一、综  合 with 40 pt between the characters */
	synth_text(&b, "一、综合", 104, 100, 16, 40);
	pdf_lines l = {0};
	pdf_rows_build(b.v, b.n, 0, &l);
	cr_assert_eq(l.n, 1);
	cr_assert_eq(l.v[0].n_segs, 4, "%d segments", l.v[0].n_segs);
	cr_assert_str_eq(l.v[0].text, "一、综合");
	pdf_lines_free(&l);
	synth_free(&b);
}

Test(pdf_rows, superscript_stays_in_its_row_next_line_does_not)
{
	glyph_buf b = {NULL, 0, 0};
	float x = synth_text(&b, "面积", 72, 100, 16, 0);
	x = synth_text(&b, "12", x, 100, 16, 0);
	synth_text(&b, "2", x, 95, 9, 0); /* m² raised by 5 pt */
	synth_text(&b, "下一行", 72, 119, 16, 0);
	pdf_lines l = {0};
	pdf_rows_build(b.v, b.n, 0, &l);
	cr_assert_eq(l.n, 2);
	cr_assert_str_eq(l.v[0].text, "面积122");
	cr_assert_str_eq(l.v[1].text, "下一行");
	pdf_lines_free(&l);
	synth_free(&b);
}

Test(pdf_rows, glyph_drawn_twice_kept_once)
{
	glyph_buf b = {NULL, 0, 0};
	synth_text(&b, "加粗", 72, 100, 16, 0);
	synth_text(&b, "加粗", 72.3f, 100, 16, 0); /* fake bold: drawn again, shifted */
	pdf_lines l = {0};
	pdf_rows_build(b.v, b.n, 0, &l);
	cr_assert_eq(l.n, 1);
	cr_assert_str_eq(l.v[0].text, "加粗");
	pdf_lines_free(&l);
	synth_free(&b);
}

Test(pdf_rows, nan_and_backwards_glyphs_are_dropped)
{
	pdf_glyph g[3] = {{72, 88, 100, 16, 0x4E00},
	                  {88, 80, 100, 16, 0x4E8C}, /* x1 < x0 */
	                  {0.0f / 0.0f, 10, 100, 16, 0x4E09}};
	pdf_lines l = {0};
	pdf_rows_build(g, 3, 0, &l);
	cr_assert_eq(l.n, 1);
	cr_assert_str_eq(l.v[0].text, "一");
	pdf_lines_free(&l);
}
