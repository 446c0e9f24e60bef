/* Growth binding (extract_growth.c): which figure a rate of change is the
 * yoy of, or whether it is a figure of its own. One test per pattern, with
 * sentences written for the test (several wordings each), exact values. */
#include "extract.h"
#include "extract_expect.h"
#include "one_section_report.h"
#include "parse.h"
#include "report.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* An aside in parentheses with words only between a figure and its growth
 * (（下同）, （按新口径）, （不含…，下同）) leaves the growth the figure's; an
 * aside holding a figure of its own does not. */
Test(growth_binding, aside_in_parentheses_between_figure_and_growth)
{
	report r;
	build(&r,
	      "全年完成工业总产值812亿元，比上年（下同）增长6.4%；"
	      "农村居民人均可支配收入2.31万元（按新口径），增长7.2%；"
	      "外贸进出口总额95亿元（不含保税区、物流园区，下同），同比（下同）下降3.3%；"
	      "社会消费品零售总额120亿元（其中网络零售30亿元），增长5%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "812", "亿元", (want){"工业总产值", "81200000000", "元", "6.4", 0, 2023});
	expect(&r, "2.31", "万元", (want){"农村居民人均可支配收入", "23100", "元", "7.2", 0, 2023});
	expect(&r, "95", "亿元", (want){"外贸进出口总额", "9500000000", "元", "-3.3", 0, 2023});
	expect(&r, "120", "亿元", (want){"社会消费品零售总额", "12000000000", "元", NULL, 0, 2023});
	cr_assert_null(find_nth(&r, "30", "亿元", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "5", "%", 0)->yoy_pct, "5");
	report_free(&r);
}

/* Rates listed after 分别 whose own clause lists as many subjects before the
 * verb are those subjects' figures, even when as many figures stand in the
 * clauses before; a clause that names no subject gives them to the figures. */
Test(growth_binding, listed_rates_go_to_the_subjects_of_their_own_clause)
{
	report r;
	build(&r,
	      "新建农村公路320公里、改造危桥45座，完成年度任务，"
	      "道路交通事故起数、受伤人数分别下降6.2%、4.8%。"
	      "粮食产量12.5亿斤和油料产量3.1亿斤，分别增长2.4%和1.9%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "320", "公里", (want){"新建农村公路", "320", "公里", NULL, 0, 2023});
	expect(&r, "45", "座", (want){"改造危桥", "45", "座", NULL, 0, 2023});
	expect(&r, "-6.2", "%", (want){"道路交通事故起数", "-6.2", "%", "-6.2", 0, 2023});
	expect(&r, "-4.8", "%", (want){"受伤人数", "-4.8", "%", "-4.8", 0, 2023});
	expect(&r, "12.5", "亿斤", (want){"粮食产量", "1250000000", "斤", "2.4", 0, 2023});
	expect(&r, "3.1", "亿斤", (want){"油料产量", "310000000", "斤", "1.9", 0, 2023});
	report_free(&r);
}

/* Verbs of cutting (压降, 精简, 削减, 下调) are falls; a raise (上调, 调增) is a
 * growth; 累计 before a verb of cutting makes the change cumulative. */
Test(growth_binding, verbs_of_cutting_and_raising)
{
	report r;
	build(&r,
	      "行政审批事项精简31.5%，一般性支出压降8%。"
	      "城乡低保标准上调4.5%，企业债务累计压降60.3%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	/* the approval items a reform cut: a measure of the reform, no yoy */
	expect(&r, "-31.5", "%", (want){"行政审批事项精简", "-31.5", "%", NULL, 0, 2023});
	expect(&r, "-8", "%", (want){"一般性支出", "-8", "%", "-8", 0, 2023});
	expect(&r, "4.5", "%", (want){"城乡低保标准", "4.5", "%", "4.5", 0, 2023});
	expect(&r, "-60.3", "%", (want){"企业债务累计压降", "-60.3", "%", NULL, 0, 2023});
	report_free(&r);
}

/* A ranking joined to a figure by 、 with its scope only (、全省第二) stands
 * between the figure and its growth as a ranking clause with a verb does;
 * after ， a ranking with no verb does not. */
Test(growth_binding, ranking_joined_by_a_list_mark)
{
	report r;
	build(&r,
	      "完成地区生产总值1820.5亿元、全省第二，增长5.6%；"
	      "一般公共预算收入98亿元、全市首位，同比下降2.3%。"
	      "新增企业200家，全市第一，增长12%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "1820.5", "亿元", (want){"地区生产总值", "182050000000", "元", "5.6", 0, 2023});
	expect(&r, "2", "名", (want){"地区生产总值", "2", "名", NULL, 0, 2023});
	expect(&r, "98", "亿元", (want){"一般公共预算收入", "9800000000", "元", "-2.3", 0, 2023});
	expect(&r, "200", "家", (want){"新增企业", "200", "家", NULL, 0, 2023});
	cr_assert_str_eq(find_nth(&r, "12", "%", 0)->yoy_pct, "12");
	report_free(&r);
}

/* A headline sentence naming a span with no number (五年来，…。) inside a line
 * makes the changes of the sentences after it, to the line's end, over the
 * span, no yoy; a sentence with a number that names the span speaks of
 * itself only. */
Test(growth_binding, headline_of_a_span_inside_a_line)
{
	report r;
	build(&r,
	      "五年来，生态环境持续改善。细颗粒物浓度下降21%，优良天数比例达到88.5%。"
	      "\n三年来累计新建学校12所。一般公共预算收入增长6.2%。"
	      "\n“十四五”圆满收官。五年来，我们坚持创新驱动，推动产业升级，培育壮大新兴产业。"
	      "工业机器人产量增长2.3倍，集成电路产量增长41.7%。",
	      "政府工作报告", 2026, 0);
	cr_assert_eq(r.n_metrics, 6);
	cr_assert_null(find_nth(&r, "41.7", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "-21", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "88.5", "%", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "6.2", "%", 0)->yoy_pct, "6.2");
	report_free(&r);
}

/* A cut of a procedure's time limit (办结期限, 审批周期) is a change against
 * the procedure before, no yoy (gold rule 4: negative). */
Test(growth_binding, cut_of_a_time_limit_is_no_yoy)
{
	report r;
	build(&r, "企业开办审批期限压缩40%，项目审批周期缩短25%。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_null(find_nth(&r, "-40", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "-25", "%", 0)->yoy_pct);
	report_free(&r);
}

/* The count of the first subject's group before rates listed after 分别
 * (12家龙头企业、规上企业营业收入分别增长…) leaves the rates to the subjects. */
Test(growth_binding, count_of_a_group_before_listed_subjects)
{
	report r;
	build(&r, "全区12家龙头企业、专精特新企业营业收入分别增长21.5%、13.2%。", "工作总结", 2023,
	      0);
	cr_assert_str_eq(find_nth(&r, "21.5", "%", 0)->yoy_pct, "21.5");
	cr_assert_str_eq(find_nth(&r, "13.2", "%", 0)->yoy_pct, "13.2");
	report_free(&r);
}

/* The dashed items after a paragraph of a span (五年来，…⏎——…⏎——…) are
 * topics of the span: their changes have no yoy; a line of another kind
 * ends it, and dashed items after a year's paragraph keep their yoy. */
Test(growth_binding, dashed_items_after_a_paragraph_of_a_span)
{
	report r;
	build(&r,
	      "五年来，我们接续奋斗，发展迈上新台阶。\n"
	      "——经济实力显著增强。居民人均可支配收入增长31.2%。\n"
	      "——生态环境持续改善。单位生产总值能耗下降14.6%。\n"
	      "2025年，我们稳中求进。\n"
	      "——经济平稳运行。地区生产总值增长5.3%。",
	      "政府工作报告", 2026, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_null(find_nth(&r, "31.2", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "-14.6", "%", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "5.3", "%", 0)->yoy_pct, "5.3");
	report_free(&r);
}

/* A paragraph opening by saying what the plan's span was (“十四五”时期是…)
 * is about the span, and so are the dashed items after it. */
Test(growth_binding, paragraph_saying_what_the_plan_span_was)
{
	report r;
	build(&r,
	      "“十四五”时期是我市发展极不平凡的五年。全市上下团结奋斗。\n"
	      "——创新能力持续提升。高新技术企业数量增长64.3%。\n"
	      "2025年，经济回升向好。一般公共预算收入增长3.9%。",
	      "政府工作报告", 2026, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_null(find_nth(&r, "64.3", "%", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "3.9", "%", 0)->yoy_pct, "3.9");
	report_free(&r);
}

/* Counts of the groups listed before 分别 in the rates' own clause, with the
 * groups' indicator between the last count and the verb, leave the rates to
 * the groups; figures followed by the verb, or in a clause before, take them. */
Test(growth_binding, counts_of_listed_groups_in_the_clause_of_the_rates)
{
	report r;
	build(&r,
	      "全市8个重点园区、15个特色小镇产值分别增长9.6%、7.4%。"
	      "接待游客1.2亿人次、旅游收入980亿元分别增长6.5%、8.1%。",
	      "工作总结", 2023, 0);
	cr_assert_null(find_nth(&r, "8", "个", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "15", "个", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "9.6", "%", 0)->yoy_pct, "9.6");
	cr_assert_str_eq(find_nth(&r, "7.4", "%", 0)->yoy_pct, "7.4");
	expect(&r, "1.2", "亿人次", (want){"接待游客", "120000000", "人次", "6.5", 0, 2023});
	cr_assert_str_eq(find_nth(&r, "980", "亿元", 0)->yoy_pct, "8.1");
	report_free(&r);
}

/* A sentence opening with a year of its own ends a span opened inside its
 * line: the sentences after it are about that year again. */
Test(growth_binding, year_opening_a_sentence_ends_a_span_of_the_line)
{
	report r;
	build(&r,
	      "五年来，我们砥砺前行，综合实力大幅跃升。数字经济规模增长72%。"
	      "2025年，经济回升向好。规上工业增加值增长6.1%。",
	      "政府工作报告", 2026, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_null(find_nth(&r, "72", "%", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "6.1", "%", 0)->yoy_pct, "6.1");
	report_free(&r);
}

/* A cut written verb first, with a procedure's measure as its object
 * (压减审批时间60%, 减跑动次数40%) and the objects listed after it
 * (、审批环节35%), is a fall against the procedure before: negative, no
 * yoy. A yearly amount cut by a share (压减一般性支出5%) is a fall of the
 * amount, year over year (gold decision 33, as 一般性支出压降5.0%). */
Test(extract_growth_binding, a_cut_written_verb_first_is_a_fall)
{
	report r;
	build(&r,
	      "推行一网通办，企业开办平均压减审批时间60%、审批环节35%。"
	      "新上线事项减跑动次数40%。压减一般性支出5%。",
	      "工作总结", 2025, 0);
	cr_assert_eq(r.n_metrics, 4);
	const char *expected[][3] = {
	    {"-60", "%", NULL}, {"-35", "%", NULL}, {"-40", "%", NULL}, {"-5", "%", "-5"}};
	for (size_t i = 0; i < 4; i++) {
		cr_assert_str_eq(r.metrics[i].value, expected[i][0], "figure %zu", i);
		cr_assert_str_eq(r.metrics[i].unit, expected[i][1], "figure %zu", i);
		str_eq_or_null(r.metrics[i].yoy_pct, expected[i][2], "yoy");
	}
	report_free(&r);
}

/* The change after a from–to pair is a figure of its own, not the growth of
 * the pair's end: year-over-year when the start is of the year before the
 * one reviewed, else against the start's year; a growth with a subject of
 * its own after a pair stays that subject's. */
Test(growth_binding, change_after_a_from_to_pair)
{
	report r;
	build(&r,
	      "每千人医疗床位数从2010年的3.2张提高到5.1张，增加59.4%。"
	      "低保人数从2022年底的1200人降至480人，下降60%。"
	      "第三产业占比从61.2%提高到63.5%，软件业营业收入增长18%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 9);
	cr_assert_null(find_nth(&r, "5.1", "张", 0)->yoy_pct);
	const rp_metric *ch = find_nth(&r, "59.4", "%", 0);
	cr_assert_null(ch->yoy_pct);
	cr_assert_eq(ch->base_year, 2010);
	cr_assert_null(find_nth(&r, "480", "人", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "-60", "%", 0)->yoy_pct, "-60");
	expect(&r, "18", "%", (want){"软件业营业收入", "18", "%", "18", 0, 2023});
	report_free(&r);
}

/* A growth after an increment that follows its total (…达X，比上年增加Y，增长Z%)
 * is the total's: the increment has no growth of its own (gold decision
 * 117). With no total before it the rate stays the increment's (rule 1), and
 * a level reached (增加到) is no increment. */
Test(growth_binding, growth_after_an_increment_is_the_totals)
{
	report r;
	build(&r,
	      "全区人均可支配收入达6.2万元，比上年增加3100元，增长5.3%。"
	      "国家高新技术企业数量净增210家，增长18%。"
	      "企业职工月均工资从5200元增加到5600元，增长7.7%。",
	      "工作总结", 2023, 0);
	expect(&r, "6.2", "万元", (want){"人均可支配收入", "62000", "元", "5.3", 0, 2023});
	cr_assert_null(find_nth(&r, "3100", "元", 0)->yoy_pct);
	cr_assert_eq(r.n_metrics, 6); /* no 5.3 % of its own */
	cr_assert_str_eq(find_nth(&r, "210", "家", 0)->yoy_pct, "18");
	cr_assert_null(find_nth(&r, "5600", "元", 0)->yoy_pct);
	report_free(&r);
}

/* A cut verb before objects listed with their rates (压缩A16.2%、B15.9%、C15%):
 * each rate is a fall of its object, for an object of five ideographs too,
 * and the 比 of a word in an object (评比) is no base of comparison. */
Test(growth_binding, cut_verb_before_listed_objects)
{
	report r;
	build(&r, "压缩全区性会议18.4%、文件12.5%、评比表彰20%，精简督查检查30%。", "工作总结",
	      2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "-18.4", "%", 0)->yoy_pct, "-18.4");
	cr_assert_str_eq(find_nth(&r, "-12.5", "%", 0)->yoy_pct, "-12.5");
	cr_assert_str_eq(find_nth(&r, "-20", "%", 0)->yoy_pct, "-20");
	cr_assert_str_eq(find_nth(&r, "-30", "%", 0)->yoy_pct, "-30");
	report_free(&r);
}

/* A clause of a record the figure set (创N年新高, 创历史新高) between a figure
 * and its growth is a standing: the growth is still the figure's. */
Test(growth_binding, record_clause_between_figure_and_growth)
{
	report r;
	build(&r,
	      "固定资产投资212亿元，创15年新高，增长23.4%。外贸进出口总额96亿元，再创历史新高，"
	      "增长9%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "212", "亿元", (want){"固定资产投资", "21200000000", "元", "23.4", 0, 2023});
	expect(&r, "96", "亿元", (want){"外贸进出口总额", "9600000000", "元", "9", 0, 2023});
	report_free(&r);
}

/* So is a clause of a level the figure passed, written without digits, with
 * the figure restated (总量) and the first time said (首次) or not; a level in
 * digits is a figure of its own and keeps the growth from the figure before. */
Test(growth_binding, level_passed_clause_between_figure_and_growth)
{
	report r;
	build(&r,
	      "实现地区生产总值1256.8亿元，总量首超千亿元，同比增长7.1%。"
	      "税收收入86亿元，首次突破八十亿元大关，增长12%。"
	      "固定资产投资额135亿元，总量创近年来新高，增长9.5%。"
	      "出口总额48亿美元，突破40亿美元，增长3%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "1256.8", "亿元", (want){"地区生产总值", "125680000000", "元", "7.1", 0, 2023});
	expect(&r, "86", "亿元", (want){"税收收入", "8600000000", "元", "12", 0, 2023});
	expect(&r, "135", "亿元", (want){"固定资产投资额", "13500000000", "元", "9.5", 0, 2023});
	cr_assert_null(find_nth(&r, "48", "亿美元", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "40", "亿美元", 0)->yoy_pct, "3");
	report_free(&r);
}

/* The amount of a cut (压减, 减少 before its number) does not fall by the
 * rate after it: the rate is the fall of what was cut from, a figure of its
 * own; an amount that is no cut keeps its growth. */
Test(growth_binding, fall_after_the_amount_of_a_cut_is_its_own)
{
	report r;
	build(&r,
	      "压减“三公”经费438万元，降幅达11.9%。减少会议经费120万元，下降8%。"
	      "行政运行支出2.1亿元，下降5%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	cr_assert_null(find_nth(&r, "438", "万元", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "-11.9", "%", 0)->yoy_pct, "-11.9");
	cr_assert_null(find_nth(&r, "120", "万元", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "-8", "%", 0)->yoy_pct, "-8");
	cr_assert_str_eq(find_nth(&r, "2.1", "亿元", 0)->yoy_pct, "-5");
	report_free(&r);
}

/* A verb of change ending its clause and a clause of only a link before the
 * rate (大幅增长，达到45%): the rate is the verb's, named by the words before
 * the verb; a rate after a link in a clause with no verb before it is none. */
Test(growth_binding, rate_after_a_link_in_the_clause_after_its_verb)
{
	report r;
	build(&r, "新设企业大幅增长，达到161.4%。商业供电量快速增长，达45%。覆盖率达到90%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "161.4", "%", (want){"新设企业", "161.4", "%", "161.4", 0, 2023});
	expect(&r, "45", "%", (want){"商业供电量", "45", "%", "45", 0, 2023});
	cr_assert_null(find_nth(&r, "90", "%", 0)->yoy_pct);
	report_free(&r);
}

/* What a change leaves out before its verb (剔除…因素后, 剔出不可比因素) is the
 * basis it is computed on: the growth is still the figure's; 可比 holds no
 * comparison of its own. */
Test(growth_binding, exclusion_before_the_growth_is_its_basis)
{
	report r;
	build(&r,
	      "社会消费品零售总额722亿元，剔除一次性政策因素后增长10.5%。"
	      "固定资产投资137亿元，剔出不可比因素增长9.4%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "722", "亿元",
	       (want){"社会消费品零售总额", "72200000000", "元", "10.5", 0, 2023});
	expect(&r, "137", "亿元", (want){"固定资产投资", "13700000000", "元", "9.4", 0, 2023});
	report_free(&r);
}

/* A growth stated first, then a clause that restates its subject (总量) and
 * passes a level or reaches the amount: one figure, the total with the
 * growth as its yoy; another subject after the growth keeps both apart. */
Test(growth_binding, growth_then_its_restated_total)
{
	report r;
	build(&r,
	      "一般公共预算收入增长4.6%，总量首次突破1900亿元。"
	      "税收收入增长3%，总额达到520亿元。出口增长5%，进口总额300亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "1900", "亿元", 0)->yoy_pct, "4.6");
	cr_assert_str_eq(find_nth(&r, "520", "亿元", 0)->yoy_pct, "3");
	cr_assert_null(find_nth(&r, "300", "亿元", 0)->yoy_pct);
	report_free(&r);
}

/* A share of the figure before it (a clause opening with 占) between that
 * figure and a growth in %: the growth is the figure's; a rate of its own
 * (上线率77.2%) before a growth takes it. */
Test(growth_binding, share_of_the_figure_between_it_and_its_growth)
{
	report r;
	build(&r,
	      "民生领域投入118.7亿元，占财政总支出的85.4%，增长10.4%。"
	      "战略性新兴产业增加值1600亿元，占GDP比重达50%，增长18%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "118.7", "亿元", 0)->yoy_pct, "10.4");
	cr_assert_null(find_nth(&r, "85.4", "%", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "1600", "亿元", 0)->yoy_pct, "18");
	report_free(&r);
}

/* Between a figure and its growth: a basis (按自然口径计算), a standing with
 * the subject said again and no verb (总量全市第二), a milestone passed in
 * words (历史性突破千亿大关). A milestone with digits is a figure of its own,
 * which takes the growth (首次突破500亿元，增长5%). */
Test(growth_binding, basis_standing_and_milestone_in_words_between)
{
	report r;
	build(&r,
	      "一般公共预算收入263.2亿元，按自然口径计算下降9.9%。"
	      "规上工业总产值突破450亿元，总量全市第二，增长48.6%。"
	      "地区生产总值1080亿元，历史性突破千亿大关，增长14.0%。"
	      "税收收入498亿元，首次突破500亿元，增长5%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	cr_assert_str_eq(find_nth(&r, "263.2", "亿元", 0)->yoy_pct, "-9.9");
	cr_assert_str_eq(find_nth(&r, "450", "亿元", 0)->yoy_pct, "48.6");
	cr_assert_not_null(find_nth(&r, "2", "名", 0));
	cr_assert_str_eq(find_nth(&r, "1080", "亿元", 0)->yoy_pct, "14.0");
	cr_assert_null(find_nth(&r, "498", "亿元", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "500", "亿元", 0)->yoy_pct, "5");
	report_free(&r);
}

/* A span before 的 qualifies a noun (十年来的新高: a record); it is not the
 * time of the figures after it in the sentence, whose growths stay
 * year-over-year. A span that is the time of the clause (五年来累计) is. */
Test(growth_binding, span_qualifying_a_record_sets_no_time)
{
	report r;
	build(&r,
	      "地区生产总值2828亿元，增长10.2%，增速创下十年来的新高；"
	      "规模以上工业增加值1373亿元，增长10.1%。",
	      "工作总结", 2023, 0);
	cr_assert_str_eq(find_nth(&r, "2828", "亿元", 0)->yoy_pct, "10.2");
	cr_assert_str_eq(find_nth(&r, "1373", "亿元", 0)->yoy_pct, "10.1");
	report_free(&r);

	build(&r, "五年来，地区生产总值累计增长40%；一般公共预算收入增长30%。", "工作总结", 2023,
	      0);
	cr_assert_null(find_nth(&r, "30", "%", 0)->yoy_pct);
	report_free(&r);
}
