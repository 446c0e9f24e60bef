/* pdf_paras.c: lines back into paragraphs by indentation, width, pitch. */
#include "pdf_synth.h"

#include <criterion/criterion.h>
#include <stdlib.h>

/* Body text: left edge 72, right edge 72 + 22 * 16 = 424, pitch 28. */
#define L  72.0f
#define IN (72.0f + 32.0f)

static void text_is(pdf_lines *l, const char *want)
{
	size_t len = 0;
	char *got = pdf_paras_text(l, &len);
	cr_assert_str_eq(got, want);
	cr_assert_eq(len, strlen(want));
	free(got);
	pdf_lines_free(l);
}

Test(pdf_paras, wrapped_lines_joined_indent_starts_a_paragraph)
{
	pdf_lines l = {0};
	synth_line(&l, "一、总体情况", IN, 100, 16, 0, 0);
	synth_line(&l, "全年实现地区生产总值一百八十二点九亿", IN, 128, 16, 0, 0);    /* 20 chars */
	synth_line(&l, "元同比增长百分之三点四工业增加值增长明显", L, 156, 16, 0, 0); /* 22 */
	synth_line(&l, "较快。", L, 184, 16, 0, 0);
	synth_line(&l, "第二段开头缩进两个字符然后一直写到右边", IN, 212, 16, 0, 0);
	synth_line(&l, "结束。", L, 240, 16, 0, 0);
	text_is(
	    &l,
	    "一、总体情况\n"
	    "全年实现地区生产总值一百八十二点九亿元同比增长百分之三点四工业增加值增长明显较快。\n"
	    "第二段开头缩进两个字符然后一直写到右边结束。");
}

Test(pdf_paras, number_and_word_broken_at_a_line_end_come_back_whole)
{
	pdf_lines l = {0};
	synth_line(&l, "新开工项目三十八个完成投资百亿元增长12.", IN, 100, 16, 0, 0);
	synth_line(&l, "3%，GDP总量再上新台阶后续发展态势良好的to", L, 128, 16, 0, 0);
	synth_line(&l, "day。", L, 156, 16, 0, 0);
	text_is(&l, "新开工项目三十八个完成投资百亿元增长12.3%，GDP总量再上新台阶后续发展态势良好的"
	            "to day。");
}

Test(pdf_paras, paragraph_runs_on_across_a_page_break)
{
	pdf_lines l = {0};
	synth_line(&l, "第一页最后一段的开头缩进写满整整一行文字", IN, 700, 16, 0, 0);
	synth_line(&l, "写到了页面的底部还没有写完这一段的全部内容", L, 728, 16, 0, 0);
	synth_line(&l, "接着在下一页顶部继续写。", L, 80, 16, 1, 0);
	synth_line(&l, "新的一段缩进开始这里也要写满整整一行的字", IN, 108, 16, 1, 0);
	synth_line(&l, "完。", L, 136, 16, 1, 0);
	text_is(&l,
	        "第一页最后一段的开头缩进写满整整一行文字写到了页面的底部还没有写完这一段的全部内容"
	        "接着在下一页顶部继续写。\n新的一段缩进开始这里也要写满整整一行的字完。");
}

Test(pdf_paras, wide_gap_title_and_left_out_lines_break_paragraphs)
{
	pdf_lines l = {0};
	synth_line(&l, "某某开发区二〇二三年工作总结", 120, 60, 22, 0, 0); /* centred, larger */
	synth_line(&l, "正文第一段缩进写满一整行的文字内容还有很", IN, 110, 16, 0, 0);
	synth_line(&l, "多很多很多写到右边距为止一直写到右边距为止", L, 138, 16, 0, 0);
	synth_line(&l, "表格里的一行单元格文字内容写满了整个宽度啊", L, 166, 16, 0, 0);
	l.v[l.n - 1].flags |= PDF_LINE_TABLE;
	synth_line(&l, "远在下面的一行从左边距开始写满整整一行的字", L, 400, 16, 0, 0);
	synth_line(&l, "结束。", L, 428, 16, 0, 0);
	/* the table line is left out; the line far below does not join */
	text_is(&l, "某某开发区二〇二三年工作总结\n正文第一段缩进写满一整行的文字内容还有很多很多很"
	            "多写到右边距为"
	            "止一直写到右边距为止\n远在下面的一行从左边距开始写满整整一行的字结束。");
}

Test(pdf_paras, columns_have_their_own_edges)
{
	pdf_lines l = {0};
	/* left column 72..282 (15 chars of 14 pt), right column 312..522 */
	synth_line(&l, "左栏首行缩进写满一行十三", 100, 100, 14, 0, 1);
	synth_line(&l, "左栏第二行从左边距开始写满十五", 72, 120, 14, 0, 1);
	synth_line(&l, "字。", 72, 140, 14, 0, 1);
	synth_line(&l, "右栏续写左栏没写完的内容写满十", 312, 100, 14, 0, 2);
	synth_line(&l, "五个字。", 312, 120, 14, 0, 2);
	text_is(&l, "左栏首行缩进写满一行十三左栏第二行从左边距开始写满十五字。\n"
	            "右栏续写左栏没写完的内容写满十五个字。");
}

Test(pdf_paras, segments_joined_cjk_without_space)
{
	pdf_line ln = {0};
	char a[] = "一、综", b[] = "合", c[] = "GDP", d[] = "2025";
	ln.n_segs = 2;
	ln.seg_text[0] = a;
	ln.seg_text[1] = b;
	char *t = pdf_line_join(&ln);
	cr_assert_str_eq(t, "一、综合");
	free(t);
	ln.seg_text[0] = c;
	ln.seg_text[1] = d;
	t = pdf_line_join(&ln);
	cr_assert_str_eq(t, "GDP 2025");
	free(t);
}

Test(pdf_paras, heading_at_the_left_edge_after_a_full_sentence_stands_alone)
{
	pdf_lines l = {0};
	synth_line(&l, "缩进的段落第一行写满了整整一行的文字内容", IN, 100, 16, 0, 0);
	synth_line(&l, "第二行也写满并且恰好在行末用句号结束了。", L, 128, 16, 0, 0);
	synth_line(&l, "二、不缩进的标题", L, 156, 16, 0, 0);
	synth_line(&l, "正文继续缩进写满一整行的文字内容还有很多", IN, 184, 16, 0, 0);
	synth_line(&l, "一、这一行不是标题。", L, 212, 16, 0, 0); /* no sentence end before */
	text_is(&l,
	        "缩进的段落第一行写满了整整一行的文字内容第二行也写满并且恰好在行末用句号结束了。\n"
	        "二、不缩进的标题\n正文继续缩进写满一整行的文字内容还有很多一、这一行不是标题。");
}
