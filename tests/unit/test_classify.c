/* Review and plan parts (part.c) and the last pass that decides targets and
 * periods from a figure's place (classify.c): patterns of real reports, each
 * with wordings it must catch and ones it must leave alone. */
#include "attachment.h"
#include "parse.h"
#include "part.h"
#include "report.h"

#include <criterion/criterion.h>
#include <string.h>

Test(part, headings_review_plan_or_neither)
{
	const char *gov = "政府工作报告", *summary = "工作总结";
	/* review words decide first, also over plan words */
	cr_assert_eq(part_of_heading("2024年工作回顾", 2025, gov, 0, 0, 0), PART_REVIEW);
	cr_assert_eq(part_of_heading("主要目标完成情况", 2025, gov, 0, 0, 0), PART_REVIEW);
	/* ... but results hoped for in the year a heading names and plans do
	 * not review it; a review part's own word (回顾) still does, and so
	 * does a year before the one planned */
	cr_assert_eq(part_of_heading("高质量做好2022年各项工作，以优异成绩迎接党的二十大胜利召开",
	                             2022, gov, 0, 0, 0),
	             PART_PLAN);
	cr_assert_eq(part_of_heading("2022年工作回顾", 2022, gov, 0, 0, 0), PART_REVIEW);
	cr_assert_eq(part_of_heading("2021年取得的成绩", 2022, gov, 0, 0, 0), PART_REVIEW);
	/* plan words and plan ends, whatever the kind */
	cr_assert_eq(part_of_heading("2026年重点工作", 2026, NULL, 0, 0, 0), PART_PLAN);
	cr_assert_eq(part_of_heading("“十五五”时期主要目标任务", 2026, summary, 0, 0, 0),
	             PART_PLAN);
	cr_assert_eq(part_of_heading("2026年政府工作的总体要求", 2026, NULL, 0, 0, 0), PART_PLAN);
	cr_assert_eq(part_of_heading("2024年工作安排", 2023, summary, 0, 0, 0), PART_PLAN);
	/* under a review part only a look forward plans */
	cr_assert_eq(part_of_heading("锚定目标攻坚", 2025, gov, 1, 0, 0), PART_NONE);
	cr_assert_eq(part_of_heading("明年工作打算", 2024, summary, 1, 0, 0), PART_PLAN);
	/* years: the report's own year plans only in a forward kind */
	cr_assert_eq(part_of_heading("关于2026年工作", 2026, gov, 0, 0, 0), PART_PLAN);
	cr_assert_eq(part_of_heading("关于2026年工作", 2026, "工作报告", 0, 0, 0), PART_NONE);
	/* ... or after a review of an earlier year, whatever the kind */
	cr_assert_eq(part_of_heading("关于2026年工作", 2026, "工作报告", 0, 2025, 0), PART_PLAN);
	cr_assert_eq(part_of_heading("关于2025年工作", 2026, "工作报告", 0, 2025, 0), PART_NONE);
	/* ... or after a plan part */
	cr_assert_eq(part_of_heading("2026年主要工作", 2026, "工作报告", 0, 0, 1), PART_PLAN);
	cr_assert_eq(part_of_heading("2026年主要工作", 2026, "工作报告", 0, 0, 0), PART_NONE);
	cr_assert_eq(part_of_heading("2025年主要工作", 2026, "工作报告", 0, 0, 1), PART_NONE);
	/* 工作重点 ends a plan's heading as 重点工作 does */
	cr_assert_eq(part_of_heading("2016年的工作重点", 2016, "工作报告", 0, 0, 0), PART_PLAN);
	cr_assert_eq(part_of_heading("扎实推进各项工作任务", 2016, "工作报告", 0, 0, 0), PART_NONE);
	/* neither */
	cr_assert_eq(part_of_heading("加力推进产业发展", 2023, gov, 0, 0, 0), PART_NONE);
	cr_assert_eq(part_of_heading("重点工作扎实推进", 2023, gov, 0, 0, 0), PART_NONE);
}

Test(part, years_named)
{
	cr_assert_eq(part_year_named("“十四五”时期和2025年工作回顾"), 2025);
	cr_assert_eq(part_year_named("2023年工作回顾和2024年工作安排"), 2024);
	cr_assert_eq(part_first_year("2023年工作回顾和2024年工作安排"), 2023);
	cr_assert_eq(part_year_named("120000年"), 0);
	cr_assert_eq(part_year_named("十四五时期"), 0);
}

Test(part, lines_of_unnumbered_reports)
{
	const char *gov = "政府工作报告";
	cr_assert_eq(part_of_line("2022年政府工作回顾", 2023, gov, 0), PART_REVIEW);
	cr_assert_eq(part_of_line("过去一年的工作", 2023, gov, 0), PART_REVIEW);
	cr_assert_eq(part_of_line("2023年主要工作", 2023, gov, 0), PART_PLAN);
	cr_assert_eq(part_of_line("重点工作方向", 2021, gov, 0), PART_PLAN);
	cr_assert_eq(part_of_line("2020年县政府工作总体要求和主要预期目标", 2020, gov, 0),
	             PART_PLAN);
	/* 主要工作 of the report's own year reviews it in a 工作总结 */
	cr_assert_eq(part_of_line("2023年主要工作", 2023, "工作总结", 0), PART_NONE);
	cr_assert_eq(part_of_line("2024年主要工作", 2023, "工作总结", 0), PART_PLAN);
	/* a title heads both sides; slogans and furniture say nothing */
	cr_assert_eq(part_of_line("2026年上海市政府工作报告", 2026, gov, 0), PART_NONE);
	cr_assert_eq(part_of_line("阔步迈上新征程", 2023, gov, 0), PART_NONE);
	cr_assert_eq(part_of_line("各位代表", 2023, gov, 0), PART_NONE);
}

/* Part lines: short lines of their own naming a side, with the year they
 * are about; a headline; a lead-in naming the whole plan. Not a lead-in of a
 * list (…目标是：), nor a sentence. */
Test(part, paragraphs_that_are_part_lines)
{
	int y = -1;
	const char *l = "“十三五”规划的主要思路及2016年工作计划";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2016, "工作报告", 0, &y), PART_PLAN);
	cr_assert_eq(y, 2016);
	l = "“十二五”时期发展情况及2015年工作回顾";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2016, NULL, 0, &y), PART_REVIEW);
	cr_assert_eq(y, 2015);
	l = "重点工作方向：";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2021, NULL, 0, &y), PART_PLAN);
	cr_assert_eq(y, 0);
	l = "阔步迈上新征程";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2023, NULL, 0, &y), PART_HEADLINE);
	l = "今年政府工作的总体要求是：坚持稳中求进，推动高质量发展。";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2024, NULL, 0, &y), PART_PLAN);
	l = "全县经济社会发展主要预期目标是：";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2020, NULL, 0, &y), PART_NONE);
	l = "2016年经济社会发展预期目标：实现地区生产总值增长9.5%左右。";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2016, NULL, 0, &y), PART_NONE);
}

static void parse(report *r, const char *text, const char *kind, int year)
{
	parse_options o = {"测试区管委会", year, kind};
	parse_error e;
	memset(r, 0, sizeof *r);
	cr_assert_eq(report_parse((const unsigned char *)text, strlen(text), &o, r, &e), PARSE_OK,
	             "%s", e.message);
}

/* The figure whose quote holds `quote` and whose value is `value`. */
static const rp_metric *fig(const report *r, const char *value, const char *quote)
{
	for (size_t i = 0; i < r->n_metrics; i++)
		if (strcmp(r->metrics[i].value, value) == 0 && strstr(r->metrics[i].quote, quote))
			return &r->metrics[i];
	cr_assert_fail("no figure %s in 「%s」 among %zu", value, quote, r->n_metrics);
	return NULL;
}

static void expect(const report *r, const char *value, const char *quote, int is_target, int year)
{
	const rp_metric *m = fig(r, value, quote);
	cr_assert_eq(m->is_target, is_target, "%s (%s) is_target %d", value, quote, m->is_target);
	cr_assert_eq(m->period_year, year, "%s (%s) period %d", value, quote, m->period_year);
}

/* A news edition without numbered parts: 2022年政府工作回顾 and 2023年主要工作
 * are lines of their own, 阔步迈上新征程 a headline. The review line makes
 * results of a sentence with a target word (好的预期, 到2025年); the headline
 * ends the review; the plan line makes targets of the (一) sections after it,
 * whose headings say nothing of plans. */
Test(classify, part_lines_split_an_unnumbered_report)
{
	report r;
	parse(&r,
	      "2022年政府工作回顾\n"
	      "过去一年，地区生产总值增长3.8%，好的预期不断释放，规模以上工业增加值增长5.1%。\n"
	      "到2025年，规划的12条道路已提前全部建成。\n"
	      "阔步迈上新征程\n"
	      "全年新增高新技术企业210家。到2025年，农林牧渔业总产值达1000亿元以上。\n"
	      "2023年主要工作\n"
	      "今年工作的总体安排是稳中求进，生产总值增长7%左右。\n"
	      "（一）加力推进产业发展\n"
	      "新建口袋公园100个，改造老旧小区610个。\n"
	      "（二）加力推进民生事业\n"
	      "新改扩建学校27所。\n",
	      "政府工作报告", 2023);
	expect(&r, "3.8", "地区生产总值增长3.8%", 0, 2022);
	expect(&r, "5.1", "规模以上工业增加值增长5.1%", 0, 2022);
	/* in the review, a goal for a later year reached is a result */
	expect(&r, "12", "12条道路", 0, 2022);
	/* a headline ends the review: the sentence decides (到2025年 sets a
	 * goal), and a sentence without a cue is a result */
	expect(&r, "210", "新增高新技术企业210家", 0, 2022);
	expect(&r, "1000", "农林牧渔业总产值达1000亿元以上", 1, 2023);
	expect(&r, "7", "生产总值增长7%左右", 1, 2023);
	expect(&r, "100", "新建口袋公园100个", 1, 2023);
	expect(&r, "610", "改造老旧小区610个", 1, 2023);
	expect(&r, "27", "新改扩建学校27所", 1, 2023);
	report_free(&r);
}

/* A page of targets: 重点工作方向： opens the plan; a later top-level part
 * with a phase of its own ends the line's reach, also for the neutral parts
 * after it. */
Test(classify, plan_line_holds_until_a_part_of_its_own)
{
	report r;
	parse(&r,
	      "重点工作方向：\n"
	      "一、融入雄安新区建设\n"
	      "实施6条道路与雄安连通。\n"
	      "二、2020年工作回顾\n"
	      "新建12条道路。\n"
	      "三、加强政府自身建设\n"
	      "培训干部300人次。\n",
	      "政府工作报告", 2021);
	expect(&r, "6", "实施6条道路", 1, 2021);
	expect(&r, "12", "新建12条道路", 0, 2020);
	expect(&r, "300", "培训干部300人次", 0, 2020);
	report_free(&r);
}

/* 主要预期目标是： ending its line opens a list of lines ending with ；; the
 * line ending with 。 is its last, and the paragraph after it is not a
 * target. */
Test(classify, target_lead_in_opens_a_list_of_lines)
{
	report r;
	parse(&r,
	      "全县经济社会发展主要预期目标是：\n"
	      "地区生产总值增长7%；\n"
	      "城镇新增就业2500人，城镇登记失业率控制在3%以内；\n"
	      "一般公共预算收入增长6.5%。\n"
	      "上年新建道路12条。\n",
	      "工作总结", 2020);
	expect(&r, "7", "地区生产总值增长7%", 1, 2021);
	expect(&r, "2500", "城镇新增就业2500人", 1, 2021);
	expect(&r, "3", "城镇登记失业率控制在3%以内", 1, 2021);
	expect(&r, "6.5", "一般公共预算收入增长6.5%", 1, 2021);
	expect(&r, "12", "新建道路12条", 0, 2020);
	report_free(&r);
}

/* Under a review part, target words in a sentence (确保, 力争, 预期) and a
 * heading with 目标 report results; the plan part after it is targets in a
 * report whose kind does not say it plans its own year, because it names a
 * later year than the review. */
Test(classify, review_part_is_results_whatever_its_words)
{
	report r;
	parse(&r,
	      "一、2025年工作回顾\n"
	      "（一）锚定目标攻坚\n"
	      "确保粮食产量稳定在700亿斤以上，好的预期不断释放，GDP年均增长4.4%。\n"
	      "二、关于2026年工作\n"
	      "新建口袋公园100个。\n",
	      "工作报告", 2026);
	expect(&r, "700", "粮食产量稳定在700亿斤以上", 0, 2025);
	expect(&r, "4.4", "GDP年均增长4.4%", 0, 2025);
	expect(&r, "100", "新建口袋公园100个", 1, 2026);
	cr_assert_eq(r.sections[0].is_review + r.sections[1].is_review, 2);
	report_free(&r);
}

/* Spans of years in headings: a five-year review names its span, not a year;
 * a plan's name alone (“十四五”规划) or a count of years without 来 / 间 /
 * 过去 (五年行动计划) names no span, and one year is no span. */
Test(part, headings_naming_a_span_of_years)
{
	cr_assert(part_names_span("“十四五”时期经济社会发展回顾"));
	cr_assert(part_names_span("\"十三五\"期间主要成绩"));
	cr_assert(part_names_span("十四五以来的发展成就"));
	cr_assert(part_names_span("过去五年工作回顾"));
	cr_assert(part_names_span("五年来的主要工作"));
	cr_assert_not(part_names_span("“十四五”规划实施情况"));
	cr_assert_not(part_names_span("实施五年行动计划"));
	cr_assert_not(part_names_span("2025年工作回顾"));
	cr_assert_not(part_names_span("一年来的工作"));
	cr_assert_not(part_names_span(NULL));
}

/* The 政府工作报告 of 2026 reviewing the 十四五 period (河北 2026): figures
 * of the five years are totals or changes over the span and get no period
 * (0: NULL), so no comparison pairs 城镇新增就业452万人 with one year's
 * 89.9万人. A from–to pair's ends keep the years the text gives them; a
 * paragraph or sentence about one year (刚刚过去的2025年, 全年) is that year. */
Test(classify, five_year_review_gives_no_single_year)
{
	report r;
	parse(
	    &r,
	    "一、“十四五”时期经济社会发展回顾\n"
	    "这五年，民生保障扎实稳固。我们连续实施民生工程。城镇新增就业452万人。"
	    "全年城镇新增就业89.9万人。\n"
	    "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元，"
	    "一般公共预算收入从3826.5亿元增长到4398.6亿元。\n"
	    "刚刚过去的2025年，全省生产总值增长5.6%。我们千方百计稳增长，规上工业增加值增长7.9%。\n"
	    "二、2026年主要工作\n"
	    "城镇新增就业86万人。\n",
	    "政府工作报告", 2026);
	expect(&r, "452", "城镇新增就业452万人", 0, 0);
	/* 全年 in a span paragraph: one year, the one the report reviews */
	expect(&r, "89.9", "城镇新增就业89.9万人", 0, 2025);
	expect(&r, "3.68", "3.68万亿元", 0, 2020);
	expect(&r, "4.93", "4.93万亿元", 0, 2025);
	/* under the span's heading, a level without its year is no one year's */
	expect(&r, "3826.5", "3826.5亿元", 0, 0);
	expect(&r, "4398.6", "4398.6亿元", 0, 0);
	/* a paragraph opening on one year holds for all its sentences */
	expect(&r, "5.6", "全省生产总值增长5.6%", 0, 2025);
	expect(&r, "7.9", "规上工业增加值增长7.9%", 0, 2025);
	/* the plan after it is untouched */
	expect(&r, "86", "城镇新增就业86万人", 1, 2026);
	report_free(&r);
}

/* A review of one year (一、2025年工作回顾) stays that year's, except for a
 * sentence that names a span (五年来累计, 2021—2025年) or a part of the year
 * (前三季度, 1-9月) before its figures: those hold for their sentence only.
 * 1-12月 is the whole year; “十四五”规划 names a plan, not a span. */
Test(classify, spans_and_parts_of_a_year_inside_a_year_review)
{
	report r;
	parse(&r,
	      "一、2025年工作回顾\n"
	      "全年城镇新增就业89.9万人。五年来累计新增就业452万人，营造林3195万亩。"
	      "引进央企子公司332家。\n"
	      "前三季度地区生产总值增长5.4%。1-9月完成投资120亿元。1-12月完成投资160亿元。"
	      "上半年接待游客800万人次，全年接待游客1500万人次。\n"
	      "2021—2025年累计完成投资870亿元。“十四五”规划圆满收官，新增市场主体23万户。\n",
	      "政府工作报告", 2026);
	expect(&r, "89.9", "城镇新增就业89.9万人", 0, 2025);
	expect(&r, "452", "新增就业452万人", 0, 0);
	expect(&r, "3195", "营造林3195万亩", 0, 0);
	/* the span's sentence is over */
	expect(&r, "332", "引进央企子公司332家", 0, 2025);
	expect(&r, "5.4", "地区生产总值增长5.4%", 0, 0);
	expect(&r, "120", "完成投资120亿元", 0, 0);
	expect(&r, "160", "完成投资160亿元", 0, 2025);
	expect(&r, "800", "接待游客800万人次", 0, 0);
	/* 全年 after 上半年 in one sentence: the whole year again */
	expect(&r, "1500", "接待游客1500万人次", 0, 2025);
	/* a year range is a span, not its last year */
	expect(&r, "870", "累计完成投资870亿元", 0, 0);
	expect(&r, "23", "新增市场主体23万户", 0, 2025);
	report_free(&r);
}

/* A heading naming a year and the span (一、2025年和“十四五”时期工作回顾) is
 * about its year; its paragraphs on the span (这五年) say so themselves, and
 * a paragraph's opening holds for that paragraph only. */
Test(classify, year_and_span_heading_lets_paragraphs_decide)
{
	report r;
	parse(&r,
	      "一、2025年和“十四五”时期工作回顾\n"
	      "这五年，就业形势总体稳定。城镇新增就业452万人。\n"
	      "城镇新增就业89.9万人。\n"
	      "过去一年，营造林638万亩。\n",
	      "政府工作报告", 2026);
	expect(&r, "452", "城镇新增就业452万人", 0, 0);
	expect(&r, "89.9", "城镇新增就业89.9万人", 0, 2025);
	expect(&r, "638", "营造林638万亩", 0, 2025);
	report_free(&r);
}

/* A news edition of the plan part only: no heading names the plan, but the
 * paragraph 今年政府工作的总体要求是：… opens it, and the numbered parts after
 * it are targets of the report's year. A review part line after it ends it. */
Test(classify, general_requirements_lead_in_opens_the_plan)
{
	report r;
	parse(&r,
	      "某市2024年政府工作报告\n"
	      "今年政府工作的总体要求是：坚持稳中求进，推动高质量发展。\n"
	      "（一）聚力产业升级，增强发展动能\n"
	      "新增高新技术企业70家，培育专精特新企业30家。\n"
	      "（二）聚力城市更新，建设品质之城\n"
	      "建成口袋公园50个。\n"
	      "2023年工作回顾\n"
	      "新建道路12条。\n",
	      "政府工作报告", 2024);
	expect(&r, "70", "新增高新技术企业70家", 1, 2024);
	expect(&r, "30", "培育专精特新企业30家", 1, 2024);
	expect(&r, "50", "建成口袋公园50个", 1, 2024);
	expect(&r, "12", "新建道路12条", 0, 2023);
	report_free(&r);
}

/* The years come from the parts, whatever kind the report is given as: a
 * 管委会's 工作报告 of 2016 reviews the years before and plans 2016 as a
 * 政府工作报告 does. A review that names no year (新区成立以来) is of the year
 * before the plan's (2016年的工作重点). */
Test(classify, years_of_the_parts_whatever_the_kind)
{
	const char *kinds[] = {"工作报告", NULL, "政府工作报告", "工作总结"};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		report r;
		parse(&r,
		      "一、新区成立以来的工作回顾\n"
		      "引进生物企业149家，新建公园7个。\n"
		      "二、“十三五”时期的发展思路\n"
		      "建成绿道500公里。\n"
		      "三、2016年的工作重点\n"
		      "（一）加快实施生态文明建设\n"
		      "新建污水管网80公里。\n",
		      kinds[i], 2016);
		expect(&r, "149", "引进生物企业149家", 0, 2015);
		expect(&r, "7", "新建公园7个", 0, 2015);
		/* a span plan's figure names no year: none, as before */
		expect(&r, "500", "建成绿道500公里", 1, 0);
		expect(&r, "80", "新建污水管网80公里", 1, 2016);
		report_free(&r);
	}
}

/* The plan of a review of 2013 is for 2014, in a report of 2014 whatever its
 * kind (二、下一步工作打算 names no year; before, a 工作报告 of 2014 put its
 * targets in 2015). */
Test(classify, plan_without_year_follows_the_review)
{
	const char *kinds[] = {"工作报告", NULL, "政府工作报告"};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		report r;
		parse(&r,
		      "一、2013年工作回顾\n"
		      "建成污水管网104.9公里。\n"
		      "二、下一步工作打算\n"
		      "新建污水管网150公里。\n",
		      kinds[i], 2014);
		expect(&r, "104.9", "建成污水管网104.9公里", 0, 2013);
		expect(&r, "150", "新建污水管网150公里", 1, 2014);
		report_free(&r);
	}
}

/* Part lines without 一、 (a report that marks its parts by lines of their
 * own): their years are the sides' years, whatever the kind. */
Test(classify, part_lines_give_the_years_of_their_sides)
{
	const char *kinds[] = {"工作报告", NULL, "政府工作报告"};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		report r;
		parse(
		    &r,
		    "各位代表：\n"
		    "“十二五”时期发展情况及2015年工作回顾\n"
		    "1.经济保持高位增长。全年地区生产总值增长9.5%"
		    "，经济总量迈上新台阶，发展质量稳步提升。\n"
		    "2."
		    "质量效益显著提升。引进高新技术企业20家，创新能力持续增强，产业结构不断优化。\n"
		    "“十三五”规划的主要思路及2016年工作计划\n"
		    "（一）加强公共安全管理\n"
		    "新建消防站3个，完善应急管理体系，全面提升城市安全水平和防灾减灾能力。\n"
		    "（二）推进产业转型升级\n"
		    "新增规模以上工业企业30家，推动先进制造业和现代服务业融合发展。\n",
		    kinds[i], 2016);
		expect(&r, "9.5", "地区生产总值增长9.5%", 0, 2015);
		expect(&r, "20", "引进高新技术企业20家", 0, 2015);
		expect(&r, "3", "新建消防站3个", 1, 2016);
		expect(&r, "30", "新增规模以上工业企业30家", 1, 2016);
		report_free(&r);
	}
}

/* The end of a change whose year the clause names only with its start
 * (由2012年的72.2%下降到60.7%) is of the review's year; an end naming its own
 * year keeps it. */
Test(classify, end_of_a_change_is_not_of_its_start_year)
{
	report r;
	parse(&r,
	      "一、2015年工作回顾\n"
	      "第二产业占比由2012年的72.2%下降到60.7%。"
	      "地区生产总值从2012年的216亿元增长到2014年的260亿元。\n",
	      "工作报告", 2016);
	expect(&r, "72.2", "72.2%", 0, 2012);
	expect(&r, "60.7", "60.7%", 0, 2015);
	expect(&r, "216", "216亿元", 0, 2012);
	expect(&r, "260", "260亿元", 0, 2014);
	report_free(&r);
}

/* The section whose heading is h. */
static const rp_section *sec(const report *r, const char *h)
{
	for (size_t i = 0; i < r->n_sections; i++)
		if (r->sections[i].heading && strcmp(r->sections[i].heading, h) == 0)
			return &r->sections[i];
	cr_assert_fail("no section 「%s」 among %zu", h, r->n_sections);
	return NULL;
}

/* A text that starts inside a report's review (a copy cut after part 一):
 * its first heading 二、2023年重点工作安排 names the plan and is a part
 * although its number is not 1; every subsection of it is the plan's. A
 * first 二、 whose words name no side stays body text. */
Test(classify, cut_text_starts_with_its_plan_part)
{
	report r;
	parse(&r,
	      "各位代表！我们也清醒认识到，发展还存在一些挑战和不足，必须认真加以解决。\n"
	      "二、2023年重点工作安排\n"
	      "今年是全面贯彻党的二十大精神的开局之年，重点做好以下十个方面的工作。\n"
	      "（一）打好“生态牌”，促进人与自然和谐共生\n"
	      "新建碧道10公里，完成河道整治5条，持续改善生态环境质量和城市面貌。\n"
	      "（二）打好“产业牌”，着力打造现代化产业体系\n"
	      "引进优质企业30家，推动产业集聚发展，培育壮大新兴产业和未来产业。\n",
	      "工作报告", 2023);
	const rp_section *two = sec(&r, "2023年重点工作安排");
	cr_assert_eq(two->level, 1);
	cr_assert_eq(two->ordinal, 2);
	cr_assert(two->is_plan);
	const rp_section *eco = sec(&r, "打好“生态牌”，促进人与自然和谐共生");
	cr_assert_eq(eco->level, 2);
	cr_assert(eco->is_plan);
	cr_assert(sec(&r, "打好“产业牌”，着力打造现代化产业体系")->is_plan);
	expect(&r, "10", "新建碧道10公里", 1, 2023);
	expect(&r, "30", "引进优质企业30家", 1, 2023);
	report_free(&r);

	parse(&r,
	      "各位代表：现将有关情况报告如下，请予审议，并请各位委员提出意见和建议。\n"
	      "二、加强基层治理\n"
	      "新建党群服务中心12个，推动基层治理体系和治理能力现代化水平不断提升。\n",
	      "工作报告", 2023);
	for (size_t i = 0; i < r.n_sections; i++)
		cr_assert_eq(r.sections[i].level, 0, "section %zu level %d", i,
		             r.sections[i].level);
	report_free(&r);
}

/* A report whose parts are lines without labels: the plan's line turns from
 * the review's 1. 2. 3. to the plan, so its （一） starts over at the top
 * instead of nesting under the review's 3.; the sections after the line take
 * its side (is_plan), their subsections too, and the paragraphs between the
 * line and （一） (still inside 3.) are the plan's, those before it the
 * review's. */
Test(classify, plan_line_without_label_starts_a_part)
{
	report r;
	parse(
	    &r,
	    "各位代表：\n"
	    "“十二五”时期发展情况及2015年工作回顾\n"
	    "1.经济保持高位增长。全年地区生产总值增长9.5%，经济总量迈上新台阶，发展质量稳步提升。\n"
	    "2.质量效益显著提升。引进高新技术企业20家，创新能力持续增强，产业结构不断优化。\n"
	    "3.产业载体梯次发展。建成产业园区3个，园区承载能力明显增强，配套设施日趋完善。\n"
	    "“十三五”规划的主要思路及2016年工作计划\n"
	    "2016年经济社会发展预期目标：实现地区生产总值增长9%左右，固定资产投资增长11%左右。\n"
	    "（一）加强公共安全管理，提升城市安全水平\n"
	    "1.强化安全监管。新建消防站3个，完善应急管理体系，全面提升防灾减灾能力。\n"
	    "（二）推进产业转型升级，建设东部智造中心\n"
	    "新增规模以上工业企业30家，推动先进制造业和现代服务业融合发展。\n",
	    "工作报告", 2016);
	cr_assert(sec(&r, "质量效益显著提升")->is_review);
	/* 3. runs on to （一） and so holds both sides: it says neither, and
	 * each figure in it takes the side of the part line before it */
	const rp_section *three = sec(&r, "产业载体梯次发展");
	cr_assert_not(three->is_review);
	cr_assert_not(three->is_plan);
	const rp_section *one = sec(&r, "加强公共安全管理，提升城市安全水平");
	cr_assert_eq(one->level, 1);
	cr_assert_eq(one->parent, -1);
	cr_assert(one->is_plan);
	cr_assert_not(one->is_review);
	const rp_section *sub = sec(&r, "强化安全监管");
	cr_assert_eq(sub->level, 2);
	cr_assert(sub->is_plan);
	cr_assert_eq(sec(&r, "推进产业转型升级，建设东部智造中心")->level, 1);
	expect(&r, "3", "建成产业园区3个", 0, 2015);
	expect(&r, "9", "地区生产总值增长9%左右", 1, 2016);
	expect(&r, "11", "固定资产投资增长11%左右", 1, 2016);
	expect(&r, "3", "新建消防站3个", 1, 2016);
	expect(&r, "30", "新增规模以上工业企业30家", 1, 2016);
	report_free(&r);
}

/* A short line on the same side as the part open at the top (主要目标 in a
 * plan part) is a sub-heading: the 1. after it nests as before, and （二）
 * goes on at the top. In a report whose parts are labelled 一、, a part line
 * changes no nesting (the second （一） breaks its sequence and stays text). */
Test(classify, same_side_or_labelled_parts_keep_their_nesting)
{
	report r;
	parse(&r,
	      "2023年主要工作\n"
	      "（一）推进产业发展，增强经济发展动能和综合实力\n"
	      "主要目标\n"
	      "1.新建道路5公里，完善城市路网体系，提升交通通行能力和服务水平。\n"
	      "（二）加强民生保障，持续增进人民群众福祉\n"
	      "新增就业岗位2000个，持续提升公共服务水平和社会保障能力。\n",
	      "政府工作报告", 2023);
	cr_assert_eq(sec(&r, "新建道路5公里，完善城市路网体系，提升交通通行能力和服务水平")->level,
	             2);
	const rp_section *two = sec(&r, "加强民生保障，持续增进人民群众福祉");
	cr_assert_eq(two->level, 1);
	cr_assert(two->is_plan);
	expect(&r, "2000", "新增就业岗位2000个", 1, 2023);
	report_free(&r);

	parse(&r,
	      "一、2022年工作回顾\n"
	      "（一）经济运行稳中向好，综合实力持续提升\n"
	      "地区生产总值增长5%，发展质量稳步提升，经济结构持续优化升级。\n"
	      "2023年主要工作\n"
	      "（一）推进产业发展，增强经济发展动能和综合实力\n"
	      "新建道路5公里，完善城市路网体系，提升交通通行能力和服务水平。\n",
	      "工作报告", 2023);
	size_t body = 0;
	for (size_t i = 0; i < r.n_sections; i++)
		body += r.sections[i].level > 0;
	cr_assert_eq(body, 2);
	report_free(&r);
}

/* After a review part line, a top-level heading with a target word
 * (（一）锚定目标攻坚) is the review's, as it would be under 一、…工作回顾; a
 * heading that names the plan part as a part line would (2023年重点工作)
 * turns to the plan. */
Test(classify, review_line_keeps_its_headings_results)
{
	report r;
	parse(&r,
	      "2022年政府工作回顾\n"
	      "（一）锚定目标攻坚，经济运行稳中向好\n"
	      "全年新增市场主体2100户，地区生产总值增长5.2%，综合实力持续提升。\n"
	      "（二）2023年重点工作\n"
	      "新增市场主体2500户，推动经济运行整体好转，实现质的有效提升。\n",
	      "政府工作报告", 2023);
	const rp_section *aim = sec(&r, "锚定目标攻坚，经济运行稳中向好");
	cr_assert(aim->is_review);
	cr_assert_not(aim->is_plan);
	cr_assert(sec(&r, "2023年重点工作")->is_plan);
	expect(&r, "2100", "新增市场主体2100户", 0, 2022);
	expect(&r, "5.2", "地区生产总值增长5.2%", 0, 2022);
	expect(&r, "2500", "新增市场主体2500户", 1, 2023);
	report_free(&r);

	/* a top-level heading naming a year after the review line's turns to
	 * the plan in any kind (2023年工作 in a 工作报告 of 2023) */
	parse(&r,
	      "2022年工作回顾\n"
	      "（一）锚定目标攻坚，经济运行稳中向好\n"
	      "全年新增市场主体2100户，地区生产总值增长5.2%，综合实力持续提升。\n"
	      "（二）2023年工作\n"
	      "新增市场主体2500户，推动经济运行整体好转，实现质的有效提升。\n",
	      "工作报告", 2023);
	cr_assert(sec(&r, "锚定目标攻坚，经济运行稳中向好")->is_review);
	cr_assert(sec(&r, "2023年工作")->is_plan);
	expect(&r, "2100", "新增市场主体2100户", 0, 2022);
	expect(&r, "2500", "新增市场主体2500户", 1, 2023);
	report_free(&r);
}

/* The converse after a plan part line without a label: the numbered
 * headings after it are the plan's, also those naming the results the plan
 * aims at (取得新成效, 创造新成绩), to the report's end; only a heading that
 * names a review part itself (回顾, 过去) turns back to results. */
Test(classify, plan_line_keeps_its_headings_targets)
{
	report r;
	parse(&r,
	      "2020年工作回顾\n"
	      "全年完成固定资产投资310亿元，同比增长8.2%，重大项目建设提速。\n"
	      "2021年主要工作\n"
	      "一、聚焦产业升级，在高质量发展上实现新突破\n"
	      "新引进高新技术企业50家，建成产业园区2个。\n"
	      "二、守牢安全底线，在平安建设上取得新成效\n"
	      "改造老旧燃气管道30公里，新建消防站4座。\n"
	      "三、办好民生实事，在群众满意度上创造新成绩\n"
	      "新增学位6000个，建成社康中心5家。\n",
	      "政府工作报告", 2021);
	expect(&r, "310", "完成固定资产投资310亿元", 0, 2020);
	expect(&r, "50", "新引进高新技术企业50家", 1, 2021);
	const rp_section *safe = sec(&r, "守牢安全底线，在平安建设上取得新成效");
	cr_assert(safe->is_plan);
	cr_assert_not(safe->is_review);
	cr_assert(sec(&r, "办好民生实事，在群众满意度上创造新成绩")->is_plan);
	expect(&r, "30", "改造老旧燃气管道30公里", 1, 2021);
	expect(&r, "4", "新建消防站4座", 1, 2021);
	expect(&r, "6000", "新增学位6000个", 1, 2021);
	expect(&r, "5", "建成社康中心5家", 1, 2021);
	report_free(&r);

	/* a heading naming a review part itself still turns to results */
	parse(&r,
	      "今年主要目标任务\n"
	      "一、推动经济稳步增长，在产业发展上取得新突破\n"
	      "新增规模以上工业企业40家，工业投资增长10%。\n"
	      "二、过去五年工作回顾\n"
	      "累计建成保障性住房8000套，民生投入持续加大。\n",
	      "政府工作报告", 2022);
	cr_assert(sec(&r, "推动经济稳步增长，在产业发展上取得新突破")->is_plan);
	cr_assert(sec(&r, "过去五年工作回顾")->is_review);
	expect(&r, "40", "新增规模以上工业企业40家", 1, 2022);
	report_free(&r);
}

/* A part line naming a year after the one a review part before it named is
 * that year's plan in any kind (工作任务 alone would not say so: it ends
 * review headings too); a five-year plan that starts after the year
 * reviewed is a plan still to come. Neither without the review's year in a
 * kind whose title year is reviewed, nor a plan looked back on (以来). */
Test(part, lines_after_a_review_year)
{
	int y = -1;
	const char *l = "2019年主要工作任务";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2019, "工作报告", 2018, &y), PART_PLAN);
	cr_assert_eq(y, 2019);
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2019, "工作总结", 0, &y), PART_NONE);
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2019, "工作报告", 2019, &y), PART_NONE);
	l = "扎实推进各项工作任务";
	cr_assert_neq(part_of_paragraph(l, strlen(l), 2019, "工作报告", 2018, &y), PART_PLAN);
	l = "“十四五”发展蓝图";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2021, "工作报告", 2020, &y), PART_PLAN);
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2021, "政府工作报告", 0, &y), PART_PLAN);
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2021, "工作报告", 0, &y), PART_NONE);
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2022, "工作报告", 2021, &y), PART_NONE);
	l = "“十三五”以来的发展变化";
	cr_assert_eq(part_of_paragraph(l, strlen(l), 2017, "工作报告", 2016, &y), PART_NONE);
	/* headings: a top-level part on a plan still to come, not a sub-heading
	 * of the review (under_review) */
	const char *h = "奋力开创“十四五”新局面";
	cr_assert_eq(part_of_heading(h, 2021, "工作报告", 0, 2020, 0), PART_PLAN);
	cr_assert_eq(part_of_heading(h, 2021, "工作报告", 1, 2020, 0), PART_NONE);
	cr_assert_eq(part_of_heading(h, 2021, "工作总结", 0, 0, 0), PART_NONE);
	cr_assert_eq(part_of_heading(h, 2022, "工作报告", 0, 2021, 0), PART_NONE);
}

/* Part lines above 一、 headings: a review line opens the report, its parts
 * are 一、 二、, and a plan line (a later year's 工作任务, with a five-year
 * plan) starts the plan, whose 一、 starts over at the top. The same in every
 * kind, since the review line names the year reviewed. */
Test(classify, part_lines_above_numbered_parts)
{
	static const char *const kinds[] = {"工作报告", NULL, "政府工作报告", "工作总结"};
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		report r;
		parse(&r,
		      "各位代表：\n"
		      "现在，我代表区管委会向大会报告工作，请予审议。\n"
		      "2020年工作回顾\n"
		      "一、经济发展稳中有进\n"
		      "全年新引进项目18个，园区承载能力明显增强。\n"
		      "二、民生保障持续加强\n"
		      "新建学校4所，教育资源供给更加充分。\n"
		      "“十四五”奋斗目标和2021年工作任务\n"
		      "一、推动制造业提质增效\n"
		      "新增规模以上工业企业25家，加快产业集群发展。\n"
		      "二、办好民生实事\n"
		      "新建幼儿园6所，扩大普惠性学位供给。\n",
		      kinds[k], 2021);
		const rp_section *one = sec(&r, "推动制造业提质增效");
		cr_assert_eq(one->level, 1, "kind %s", kinds[k] ? kinds[k] : "none");
		cr_assert(one->is_plan);
		cr_assert(sec(&r, "办好民生实事")->is_plan);
		/* 二、 runs on to the plan line, so holds both sides (as the 3. of
		 * plan_line_without_label_starts_a_part): 一、 is the review's */
		cr_assert(sec(&r, "经济发展稳中有进")->is_review);
		expect(&r, "18", "新引进项目18个", 0, 2020);
		expect(&r, "4", "新建学校4所", 0, 2020);
		expect(&r, "25", "新增规模以上工业企业25家", 1, 2021);
		expect(&r, "6", "新建幼儿园6所", 1, 2021);
		report_free(&r);
	}
}

/* A plan part line inside the body of the review's last numbered section
 * (its paragraphs after the line, before the plan's first heading) gives
 * the figures after it the plan's side; the section's own figures before
 * the line stay results. */
Test(classify, plan_line_inside_a_review_section_body)
{
	report r;
	parse(&r,
	      "各位代表：\n"
	      "2015年工作回顾\n"
	      "（一）经济发展成绩单\n"
	      "全年新引进项目18个，园区承载能力明显增强。\n"
	      "（二）民生建设成绩单\n"
	      "新建学校4所，教育资源供给更加充分。\n"
	      "2016年主要工作\n"
	      "主要目标是：地区生产总值增长8%左右，新增就业1.2万人。\n"
	      "（一）推动制造业提质增效\n"
	      "新增规模以上工业企业25家，加快产业集群发展。\n",
	      "政府工作报告", 2016);
	expect(&r, "18", "新引进项目18个", 0, 2015);
	expect(&r, "4", "新建学校4所", 0, 2015);
	expect(&r, "8", "地区生产总值增长8%左右", 1, 2016);
	expect(&r, "1.2", "新增就业1.2万人", 1, 2016);
	expect(&r, "25", "新增规模以上工业企业25家", 1, 2016);
	report_free(&r);
}

/* In a plan, a figure whose clause names a year already reviewed is a result
 * quoted as the plan's base (在2016年…基础上); the plan's own figures, a goal
 * for a later year (到2020年) and one compared with a past year (比2016年)
 * stay targets. */
Test(classify, past_year_quoted_in_a_plan_is_a_result)
{
	report r;
	parse(&r,
	      "一、2016年工作回顾\n"
	      "全年完成社区建设投资3.6亿元，惠及居民12万人。\n"
	      "二、2017年主要工作\n"
	      "在2016年投入3.6亿元的基础上，再安排6亿元用于社区建设。\n"
	      "社区服务中心到2020年达到45个。\n"
	      "社区建设投资比2016年增长20%。\n",
	      "工作报告", 2017);
	expect(&r, "3.6", "在2016年投入3.6亿元", 0, 2016);
	expect(&r, "6", "再安排6亿元", 1, 2017);
	expect(&r, "45", "社区服务中心到2020年达到45个", 1, 2020);
	expect(&r, "20", "比2016年增长20%", 1, 2017);
	report_free(&r);
}

/* In a review, a forecast for a year after the one reviewed (预计2020年有望…)
 * is no result; a forecast of the year reviewed (预计全年…) and the expected
 * output of what was done (预计达产后…, no year) are. */
Test(classify, forecast_for_a_later_year_in_a_review)
{
	report r;
	parse(&r,
	      "一、2018年工作回顾\n"
	      "园区入驻企业总产值突破80亿元，预计2020年有望达到150亿元。\n"
	      "预计全年完成固定资产投资46亿元。\n"
	      "新引进项目12个，预计达产后年产值约30亿元。\n"
	      "二、2019年工作安排\n"
	      "新引进项目15个。\n",
	      "工作报告", 2019);
	expect(&r, "80", "总产值突破80亿元", 0, 2018);
	expect(&r, "150", "预计2020年有望达到150亿元", 1, 2020);
	expect(&r, "46", "预计全年完成固定资产投资46亿元", 0, 2018);
	expect(&r, "30", "年产值约30亿元", 0, 2018);
	expect(&r, "15", "新引进项目15个", 1, 2019);
	report_free(&r);
}

/* A top-level part naming a year after the one an earlier top-level part
 * named (一、2020年工作情况 ⏎ 二、2021年工作) is that year's plan in every kind,
 * though neither heading says its side; a part naming no year, or the same
 * year, says nothing more. */
Test(classify, later_year_of_a_top_level_part_is_the_plan)
{
	static const char *const kinds[] = {"工作报告", NULL, "政府工作报告", "工作总结"};
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		report r;
		parse(&r,
		      "各位代表：\n"
		      "现在，我代表区管委会向大会报告工作，请予审议。\n"
		      "一、2020年工作情况\n"
		      "全年新引进项目18个，新建学校4所。\n"
		      "二、2021年工作\n"
		      "新增规模以上工业企业25家，新建幼儿园6所。\n",
		      kinds[k], 2021);
		cr_assert(sec(&r, "2021年工作")->is_plan, "kind %s", kinds[k] ? kinds[k] : "none");
		cr_assert_not(sec(&r, "2020年工作情况")->is_plan);
		expect(&r, "18", "新引进项目18个", 0, 2020);
		expect(&r, "25", "新增规模以上工业企业25家", 1, 2021);
		expect(&r, "6", "新建幼儿园6所", 1, 2021);
		report_free(&r);
	}
	report r;
	parse(&r,
	      "一、2021年工作情况\n"
	      "全年新引进项目18个。\n"
	      "二、加强园区自身建设\n"
	      "培训干部300人次。\n"
	      "三、2021年重大项目\n"
	      "建成项目12个。\n",
	      "工作总结", 2021);
	cr_assert_not(sec(&r, "加强园区自身建设")->is_plan);
	cr_assert_not(sec(&r, "2021年重大项目")->is_plan);
	expect(&r, "12", "建成项目12个", 0, 2021);
	report_free(&r);
}

/* Attachment headings: 附件, an ordinal or none, a separator or the line's
 * end, a short title or none. Not a sentence about an attachment, nor a word
 * going on after 附件. */
Test(attachment, headings_and_their_titles)
{
	size_t t = 0;
	const char *l = "附件2：南山区2013年90件民生实事落实情况汇总表.doc";
	cr_assert(attachment_heading(l, strlen(l), &t));
	cr_assert_str_eq(l + t, "南山区2013年90件民生实事落实情况汇总表.doc");
	l = "附件1";
	cr_assert(attachment_heading(l, strlen(l), &t));
	cr_assert_eq(t, strlen(l));
	l = "附件：";
	cr_assert(attachment_heading(l, strlen(l), &t));
	cr_assert_eq(t, strlen(l));
	l = "附件3 2016年区政府民生实事计划清单 ";
	cr_assert(attachment_heading(l, strlen(l), &t));
	cr_assert_eq(strncmp(l + t, "2016年", strlen("2016年")), 0);
	l = "附件中的数据为初步统计";
	cr_assert_not(attachment_heading(l, strlen(l), &t));
	l = "附件：各项指标完成情况，详见附表。";
	cr_assert_not(attachment_heading(l, strlen(l), &t));
	l = "详见附件1";
	cr_assert_not(attachment_heading(l, strlen(l), &t));
}

/* An attachment is on the side its title names: a year up to the one
 * reviewed is results, a later year the plan; words decide without a year;
 * a glossary is on neither; a title of neither follows the part before. */
Test(attachment, sides_from_titles)
{
	cr_assert_eq(attachment_side("2015年区政府民生实事完成情况清单", 2015, 1), PART_REVIEW);
	cr_assert_eq(attachment_side("2016年区政府民生实事计划清单", 2015, 1), PART_PLAN);
	cr_assert_eq(attachment_side("2018年龙岗区政府民生实事", 2017, 1), PART_PLAN);
	cr_assert_eq(attachment_side("民生实事完成情况表", 0, 1), PART_REVIEW);
	cr_assert_eq(attachment_side("民生实事责任分解表", 0, 0), PART_PLAN);
	cr_assert_eq(attachment_side("政府工作报告名词、术语注释", 2015, 1), PART_NONE);
	cr_assert_eq(attachment_side("《政府工作报告》有关内容名词注释", 2025, 1), PART_NONE);
	cr_assert_eq(attachment_side("重点项目表", 0, 1), PART_PLAN);
	cr_assert_eq(attachment_side("", 0, 0), PART_NONE);
	cr_assert(attachment_is_glossary("政府工作报告有关名词解释"));
	cr_assert_not(attachment_is_glossary("2015年民生实事完成情况清单"));
}

/* A report whose attachments follow its plan: the outline ends at the first
 * attachment (the glossary's 1. 2. are no sections of the plan's last part),
 * each attachment is a closing section on the side its title names, the
 * glossary's numbers are no figures, and the list of the year reviewed
 * holds results after the plan while the plan's list holds targets. */
Test(classify, attachments_after_the_plan_take_their_titles_side)
{
	report r;
	parse(&r,
	      "一、2015年工作回顾\n"
	      "全年地区生产总值增长9%。\n"
	      "二、2016年主要工作任务\n"
	      "（一）突出民生温度提升\n"
	      "新增学位1050个。\n"
	      "附件：\n"
	      "1.政府工作报告名词、术语注释\n"
	      "2.2015年区政府民生实事完成情况清单\n"
	      "附件1\n"
	      "政府工作报告名词、术语注释\n"
	      "1.路长制：由28名区领导担任30条主要城市道路的路长。\n"
	      "附件2\n"
	      "2015年区政府民生实事完成情况清单\n"
	      "1\t新建社区公园\t已建成社区公园5个\n"
	      "附件3 2016年区政府民生实事计划清单\n"
	      "1\t新建公共停车位\t全年新增公共停车位1000个\n",
	      "政府工作报告", 2016);
	size_t top = 0, closing = 0;
	for (size_t i = 0; i < r.n_sections; i++) {
		top += r.sections[i].level == 1;
		closing += r.sections[i].role == SECTION_CLOSING;
	}
	cr_assert_eq(top, 2);
	cr_assert_eq(closing, 4);
	const rp_section *last = &r.sections[r.n_sections - 1];
	cr_assert_str_eq(last->heading, "附件3 2016年区政府民生实事计划清单");
	cr_assert(last->is_plan);
	cr_assert_str_eq(r.sections[r.n_sections - 3].heading, "附件1 政府工作报告名词、术语注释");
	expect(&r, "1050", "新增学位1050个", 1, 2016);
	expect(&r, "5", "已建成社区公园5个", 0, 2015);
	expect(&r, "1000", "新增公共停车位1000个", 1, 2016);
	for (size_t i = 0; i < r.n_metrics; i++)
		cr_assert(strcmp(r.metrics[i].value, "28") && strcmp(r.metrics[i].value, "30"),
		          "glossary number %s extracted", r.metrics[i].value);
	report_free(&r);
}

/* 二、牢记历史使命，在…中奋勇争先: a top-level part whose heading names no
 * side is the plan once its own paragraphs give the coming year's targets
 * (今年…主要预期目标是：), its sub-headings too, after a review part; a
 * review recalling last year's targets stays results, and the part after
 * the plan that names no side keeps its own. */
Test(classify, part_giving_the_coming_years_targets_is_the_plan)
{
	report r;
	parse(&r,
	      "一、牢记殷殷嘱托，在接续奋斗中建设取得新成效\n"
	      "年初确定的主要预期目标是：地区生产总值增长5%，实际增长5.5%。\n"
	      "新建5G基站2万个。\n"
	      "二、牢记历史使命，在现代化建设中奋勇争先\n"
	      "我们要以“又踏层峰辟新天”的魄力闯出新路。\n"
	      "今年经济社会发展的主要预期目标是：全省地区生产总值增长5.5%"
	      "左右，粮食产量511万吨以上。\n"
	      "（一）坚持自立自强，取得科技创新新成效\n"
	      "实施10个以上省重大科技创新项目。\n"
	      "三、牢记人民至上，建设服务型政府\n"
	      "以实际行动坚定拥护。\n",
	      "政府工作报告", 2025);
	cr_assert(sec(&r, "牢记殷殷嘱托，在接续奋斗中建设取得新成效")->is_review);
	cr_assert(sec(&r, "牢记历史使命，在现代化建设中奋勇争先")->is_plan);
	cr_assert(sec(&r, "坚持自立自强，取得科技创新新成效")->is_plan);
	cr_assert(!sec(&r, "牢记人民至上，建设服务型政府")->is_plan);
	expect(&r, "2", "新建5G基站2万个", 0, 2024);
	expect(&r, "511", "粮食产量511万吨以上", 1, 2025);
	expect(&r, "10", "实施10个以上省重大科技创新项目", 1, 2025);
	report_free(&r);
}
