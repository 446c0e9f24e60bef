/* pdf_furniture.c: page numbers and running headers and footers. */
#include "pdf_synth.h"

#include <criterion/criterion.h>
#include <stdio.h>

Test(pdf_furniture, page_number_forms)
{
	const char *yes[] = {
	    "3",       "- 3 -",           "-3-",         "—3—", "— 12 —", "－2－",      "第3页",
	    "第 3 页", "第 3 页 共 9 页", "第3页/共9页", "3/9", "Page 4", "Page 4 of 9"};
	const char *no[] = {"2023年", "第2章", "一、综合", "12.5",  "-3",     "第三页",
	                    "3/",     "页",    "",         "12345", "增长 3%"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		cr_assert(pdf_is_page_number(yes[i]), "「%s」", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		cr_assert_not(pdf_is_page_number(no[i]), "「%s」", no[i]);
}

Test(pdf_furniture, running_header_and_numbers_marked_body_kept)
{
	pdf_lines l = {0};
	const float H = 842;
	for (int p = 0; p < 4; p++) {
		char num[32];
		synth_line(&l, "某某开发区管委会文件", 245, 50, 10.5f, p, 0);
		if (p == 0)
			synth_line(&l, "2023年工作总结", 160, 90, 22, p, 0); /* title: once */
		synth_line(&l, "某某开发区管委会文件", 72, 400, 16, p, 0);   /* in the body */
		synth_line(&l, "正文。", 72, 430, 16, p, 0);
		snprintf(num, sizeof num, "第 %d 页 共 4 页", p + 1);
		synth_line(&l, num, 280, 800, 10.5f, p, 0);
		snprintf(num, sizeof num, "内部资料 %d", p + 1); /* repeats, digits aside */
		synth_line(&l, num, 72, 815, 9, p, 0);
	}
	size_t marked = pdf_furniture_mark(&l, 4, H);
	cr_assert_eq(marked, 12, "%zu marked", marked);
	for (size_t i = 0; i < l.n; i++) {
		int band = l.v[i].y < 0.12f * H || l.v[i].y > 0.88f * H;
		int is_title = l.v[i].size > 20;
		cr_assert_eq(!!(l.v[i].flags & PDF_LINE_FURNITURE), band && !is_title, "%s at %.0f",
		             l.v[i].text, l.v[i].y);
	}
	pdf_lines_free(&l);
}

Test(pdf_furniture, text_on_one_page_of_many_is_not_a_header)
{
	pdf_lines l = {0};
	for (int p = 0; p < 6; p++)
		synth_line(&l, p < 2 ? "只在两页上出现的页眉" : "别的页眉", 72, 40, 10, p, 0);
	/* "只在…" on 2 of 6 pages: under half; "别的页眉" on 4 of 6 */
	size_t marked = pdf_furniture_mark(&l, 6, 842);
	cr_assert_eq(marked, 4);
	cr_assert_not(l.v[0].flags & PDF_LINE_FURNITURE);
	cr_assert(l.v[5].flags & PDF_LINE_FURNITURE);
	pdf_lines_free(&l);
}
