/* Figure extraction: patterns met in real reports, one test per pattern
 * (several wordings each, never one sentence), exact values asserted. */
#include "extract.h"
#include "extract_expect.h"
#include "one_section_report.h"
#include "parse.h"
#include "report.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* 比2012年（下同）: an aside that carries a base year on makes the changes
 * after it in its paragraph changes against that year too, unless they name
 * the year before (同比); the next paragraph is year over year again. The
 * aside is no part of a name. */
Test(extract_patterns, base_year_carried_on_by_an_aside)
{
	report r;
	build(&r,
	      "地区生产总值274.5亿元，比2012年（下同）增长11.7%；社会消费品零售总额52亿元，"
	      "增长28.2%；出口30亿美元，同比增长5%。\n"
	      "税收收入20亿元，增长6%。",
	      "工作总结", 2015, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "11.7", "%", (want){"地区生产总值较2012年增长", "11.7", "%", NULL, 0, 2015});
	expect(&r, "28.2", "%",
	       (want){"社会消费品零售总额较2012年增长", "28.2", "%", NULL, 0, 2015});
	cr_assert_eq(find_nth(&r, "28.2", "%", 0)->base_year, 2012);
	cr_assert_null(find_nth(&r, "52", "亿元", 0)->yoy_pct);
	cr_assert_str_eq(find_nth(&r, "30", "亿美元", 0)->yoy_pct, "5");
	cr_assert_str_eq(find_nth(&r, "20", "亿元", 0)->yoy_pct, "6");
	report_free(&r);
}

Test(extract_patterns, change_against_a_base_year_is_no_yoy)
{
	report r;
	build(&r,
	      "地区生产总值比2010年提高86%，年均增长5.7%。"
	      "财政收入达到28.5亿元，较2015年末增长1.2倍。"
	      "营业收入100亿元，比2022年增长8%。"
	      "税收收入与2020年相比下降3%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "86", "%", (want){"地区生产总值较2010年提高", "86", "%", NULL, 0, 2023});
	/* The subject, not the base, names the average after it. */
	expect(&r, "5.7", "%", (want){"地区生产总值年均增长", "5.7", "%", NULL, 0, 2023});
	expect(&r, "1.2", "倍", (want){"财政收入较2015年末增长", "1.2", "倍", NULL, 0, 2023});
	/* The year before the year reported on: year over year. */
	expect(&r, "100", "亿元", (want){"营业收入", "10000000000", "元", "8", 0, 2023});
	expect(&r, "-3", "%", (want){"税收收入与2020年相比下降", "-3", "%", NULL, 0, 2023});
	/* the base year is kept; the year before and averages have none */
	cr_assert_eq(find_nth(&r, "86", "%", 0)->base_year, 2010);
	cr_assert_eq(find_nth(&r, "-3", "%", 0)->base_year, 2020);
	cr_assert_eq(find_nth(&r, "5.7", "%", 0)->base_year, 0);
	cr_assert_eq(find_nth(&r, "100", "亿元", 0)->base_year, 0);
	report_free(&r);

	/* A 政府工作报告 reports on the year before its own. */
	build(&r, "地区生产总值达到300亿元，比2022年增长6%，比2020年增长20%。", "政府工作报告",
	      2024, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "300", "亿元", (want){"地区生产总值", "30000000000", "元", "6", 0, 2023});
	expect(&r, "20", "%", (want){"地区生产总值较2020年增长", "20", "%", NULL, 0, 2023});
	report_free(&r);

	/* The subject of the level before, then the base and the verb once
	 * (not 覆盖率提高较2010年提高). */
	build(&r, "公交站点覆盖率达到91%，比2010年提高了12%。", "工作总结", 2015, 0);
	expect(&r, "12", "%", (want){"公交站点覆盖率较2010年提高", "12", "%", NULL, 0, 2015});
	report_free(&r);
}

/* A change over a span of years — 累计, a count of years (3年, 五年来), 年均
 * also with 分别 after it, an older base with 分别 — is no year-over-year
 * change, also when a total comes before it; a single year (2022年增长) and
 * 同比分别 after two figures stay year over year. */
Test(extract_patterns, changes_over_a_span_of_years_are_no_yoy)
{
	report r;
	build(&r,
	      "单位GDP能耗累计下降18%。财政收入达到1350亿元，3年增长58.6%。"
	      "一般公共预算收入、税收收入年均分别增长4.5%、3%。"
	      "生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%。"
	      "营业收入100亿元，2022年增长8%。"
	      "工业产值50亿元和服务业营收30亿元，同比分别增长5%和7%。",
	      "工作总结", 2022, 0);
	cr_assert_eq(r.n_metrics, 10);
	expect(&r, "-18", "%", (want){"单位GDP能耗累计下降", "-18", "%", NULL, 0, 2022});
	expect(&r, "1350", "亿元", (want){"财政收入", "135000000000", "元", NULL, 0, 2022});
	expect(&r, "58.6", "%", (want){"财政收入3年增长", "58.6", "%", NULL, 0, 2022});
	/* named with the span, as a single rate over years is */
	expect(&r, "4.5", "%", (want){"一般公共预算收入年均增长", "4.5", "%", NULL, 0, 2022});
	expect(&r, "3", "%", (want){"税收收入年均增长", "3", "%", NULL, 0, 2022});
	expect(&r, "-65.3", "%", (want){"生产安全事故起数", "-65.3", "%", NULL, 0, 2022});
	expect(&r, "-58.3", "%", (want){"死亡人数", "-58.3", "%", NULL, 0, 2022});
	cr_assert_eq(find_nth(&r, "-65.3", "%", 0)->base_year, 2020);
	cr_assert_eq(find_nth(&r, "-58.3", "%", 0)->base_year, 2020);
	cr_assert_eq(find_nth(&r, "4.5", "%", 0)->base_year, 0);
	expect(&r, "100", "亿元", (want){"营业收入", "10000000000", "元", "8", 0, 2022});
	expect(&r, "50", "亿元", (want){"工业产值", "5000000000", "元", "5", 0, 2022});
	expect(&r, "30", "亿元", (want){"服务业营收", "3000000000", "元", "7", 0, 2022});
	report_free(&r);
}

/* In a paragraph about a span (五年来), a change whose verb has its year right
 * before it (2020年下降) is of that year: year over year; the span's own
 * change after it stays none, and so does a base year (比2015年). */
Test(extract_patterns, year_before_the_verb_in_a_span_paragraph)
{
	report r;
	build(&r,
	      "五年来，平安建设成效明显，全区刑事治安警情2020年下降17.8%、五年降幅达64.5%，"
	      "生产总值比2015年增长40%。",
	      "政府工作报告", 2021, 0);
	cr_assert_str_eq(find_nth(&r, "-17.8", "%", 0)->yoy_pct, "-17.8");
	cr_assert_null(find_nth(&r, "-64.5", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "40", "%", 0)->yoy_pct);
	report_free(&r);
}

/* Rates after 分别 with no figures before them take the listed subjects in
 * order; two-character modifiers share the last subject's head (城镇、农村
 * 居民人均可支配收入), longer ones of other lengths are whole subjects
 * (对东盟、欧盟进出口: 欧盟进出口 is no 东盟 + head) except that an
 * indicator's head of the last (进出口: LEX_SHARED_HEADS) is the earlier
 * ones' too (对东盟进出口). */
Test(extract_patterns, listed_rates_take_their_subjects)
{
	report r;
	build(&r,
	      "城镇、农村居民人均可支配收入分别增长4.4%、6.1%。刑事、治安案件分别下降12%、8%。"
	      "对东盟、欧盟进出口分别增长16.7%、9%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "4.4", "%", (want){"城镇居民人均可支配收入", "4.4", "%", "4.4", 0, 2023});
	expect(&r, "6.1", "%", (want){"农村居民人均可支配收入", "6.1", "%", "6.1", 0, 2023});
	expect(&r, "-12", "%", (want){"刑事案件", "-12", "%", "-12", 0, 2023});
	expect(&r, "-8", "%", (want){"治安案件", "-8", "%", "-8", 0, 2023});
	/* unequal lengths: the head 进出口 is shared (LEX_SHARED_HEADS) */
	expect(&r, "16.7", "%", (want){"对东盟进出口", "16.7", "%", "16.7", 0, 2023});
	expect(&r, "9", "%", (want){"欧盟进出口", "9", "%", "9", 0, 2023});
	report_free(&r);
}

/* Rates of reduction (压缩, 压减, 缩短 N%) are negative; an amount saved
 * (压缩了63.2天) stays positive. An age is a figure (人均预期寿命), also as
 * the start of a change, but not in front of the people it is of. */
Test(extract_patterns, reductions_and_ages)
{
	report r;
	build(&r,
	      "办理时限压缩65%。省级一般性支出压减22.3%。审批时间缩短40%。办件时间压缩了63.2天。"
	      "人均预期寿命从82.4岁提升至83.9岁。为0—6岁儿童免费筛查，60岁老人免费体检。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	/* a procedure's time cut by a reform is no yoy (gold rules 4, 33; see
	 * changes_of_procedures_and_averages_are_no_yoy) */
	expect(&r, "-65", "%", (want){"办理时限压缩", "-65", "%", NULL, 0, 2023});
	expect(&r, "-22.3", "%", (want){"省级一般性支出", "-22.3", "%", "-22.3", 0, 2023});
	expect(&r, "-40", "%", (want){"审批时间缩短", "-40", "%", NULL, 0, 2023});
	expect(&r, "63.2", "天", (want){"办件时间压缩", "63.2", "天", NULL, 0, 2023});
	/* the level the change starts from is the year before's */
	expect(&r, "82.4", "岁", (want){"人均预期寿命", "82.4", "岁", NULL, 0, 2022});
	expect(&r, "83.9", "岁", (want){"人均预期寿命", "83.9", "岁", NULL, 0, 2023});
	report_free(&r);
}

/* Values listed one after the other (800公里、600公里、300公里) go to the
 * subjects listed before them in order, also without 分别, also when the
 * subjects' 、 cut the first value's clause; a shared verb of making before
 * the first subject is shared (改造老旧); examples before 等 get no invented
 * head. Subjects of unequal length (高速公路、水利、电网投资) share the last
 * one's head when it is an indicator's (LEX_SHARED_HEADS: 投资). */
Test(extract_patterns, listed_values_take_their_subjects)
{
	report r;
	build(&r,
	      "改造老旧供热、燃气、排水管网800公里、600公里、300公里。"
	      "林木覆盖率、湿地保护率分别达24.1%和50.2%。"
	      "食品、石化等产业增加值分别增长7.5%、11.5%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "800", "公里", (want){"改造老旧供热管网", "800", "公里", NULL, 0, 2023});
	expect(&r, "600", "公里", (want){"改造老旧燃气管网", "600", "公里", NULL, 0, 2023});
	expect(&r, "300", "公里", (want){"改造老旧排水管网", "300", "公里", NULL, 0, 2023});
	expect(&r, "24.1", "%", (want){"林木覆盖率", "24.1", "%", NULL, 0, 2023});
	expect(&r, "50.2", "%", (want){"湿地保护率", "50.2", "%", NULL, 0, 2023});
	expect(&r, "7.5", "%", (want){"产业增加值", "7.5", "%", "7.5", 0, 2023});
	expect(&r, "11.5", "%", (want){"产业增加值", "11.5", "%", "11.5", 0, 2023});
	report_free(&r);

	build(&r, "高速公路、水利、电网投资分别达到845亿元、300亿元、500亿元。", "工作总结", 2023,
	      0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "845", "亿元", (want){"高速公路投资", "84500000000", "元", NULL, 0, 2023});
	expect(&r, "300", "亿元", (want){"水利投资", "30000000000", "元", NULL, 0, 2023});
	expect(&r, "500", "亿元", (want){"电网投资", "50000000000", "元", NULL, 0, 2023});
	report_free(&r);
}

/* Capacities in facility names (大唐700万吨露天矿, 蠡县10万千瓦风电项目,
 * 2×66万千瓦) and the places a scope holds (全国31个省区市) are no figures;
 * a capacity done (完成2100万千瓦火电机组改造) and a count of places added
 * (新增31个省级园区) are. */
Test(extract_patterns, facility_capacities_and_scope_counts_are_no_figures)
{
	report r;
	build(&r,
	      "大唐700万吨露天矿投产。蠡县10万千瓦风电项目并网。塔城2×66万千瓦煤电一体化项目开工。"
	      "在全国31个省区市中排名靠前。全省11个设区市全部达标。"
	      "完成2100万千瓦火电机组改造。新增31个省级园区。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "2100", "万千瓦", (want){"火电机组改造", "21000000", "千瓦", NULL, 0, 2023});
	expect(&r, "31", "个", (want){"新增省级园区", "31", "个", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, negative_growth_written_with_a_minus_sign)
{
	report r;
	build(&r,
	      "工业增加值增长-3.2%。全年外贸进出口总额50亿元，同比增长-12.5%。"
	      "社会消费品零售总额下降-1.5%。项目3-5个，2021-2023年累计投资8亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "-3.2", "%", (want){"工业增加值", "-3.2", "%", "-3.2", 0, 2023});
	expect(&r, "50", "亿元", (want){"外贸进出口总额", "5000000000", "元", "-12.5", 0, 2023});
	/* 下降 a negative rate: a rise. */
	expect(&r, "1.5", "%", (want){"社会消费品零售总额", "1.5", "%", "1.5", 0, 2023});
	/* Dashes of ranges and periods are no signs. */
	expect(&r, "3", "个", (want){"项目（下限）", "3", "个", NULL, 0, 2023});
	expect(&r, "5", "个", (want){"项目（上限）", "5", "个", NULL, 0, 2023});
	/* 2021-2023年累计: a span, no one year's period */
	cr_assert_not_null(find_nth(&r, "8", "亿元", 0));
	report_free(&r);
}

/* A minus sign after words before a percentage is a sign too (一季度-9.9%:
 * no range or code stands so); the part of the year between a verb of change
 * and its rate leaves the rate the verb's. A dash between numbers stays a
 * range. */
Test(extract_patterns, signed_rates_after_parts_of_the_year)
{
	report r;
	build(&r,
	      "GDP增速一季度-9.9%，上半年-6.2%，三季度成功转正。出口增幅前三季度-3%。"
	      "完成项目3-5个。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "-9.9", "%", (want){"GDP", "-9.9", "%", "-9.9", 0, 0});
	cr_assert_not_null(find_nth(&r, "-6.2", "%", 0));
	expect(&r, "-3", "%", (want){"出口", "-3", "%", "-3", 0, 0});
	expect(&r, "3", "个", (want){"项目（下限）", "3", "个", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, bare_magnitude_after_a_number_is_an_amount)
{
	report r;
	build(&r,
	      "实现工业总产值182.9亿，同比增长6.1%。带动就业1.2万，增长3%。"
	      "全社会固定资产投资约3.5万亿左右。服务万家企业，新增就业30万以上岗位。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	/* the unit completed from the indicator where it names money (gold
	 * rule 14, bare_magnitude_takes_the_indicator_unit); 就业 names none */
	expect(&r, "182.9", "亿元", (want){"工业总产值", "18290000000", "元", "6.1", 0, 2023});
	expect(&r, "1.2", "万", (want){"带动就业", "12000", "", "3", 0, 2023});
	expect(&r, "3.5", "万亿元",
	       (want){"全社会固定资产投资", "3500000000000", "元", NULL, 0, 2023});
	report_free(&r);

	/* people its subject names (人才, 人次), money an arrangement names, also
	 * before 的; a bare magnitude before 的 with no indicator is no amount */
	build(&r,
	      "全区技能人才达43万。各险种参保人次超过1000万。财政安排4.9亿。"
	      "投资13.5亿的品质社区计划。覆盖10万的区域。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "43", "万人", 0)->base_unit, "人");
	cr_assert_str_eq(find_nth(&r, "1000", "万人次", 0)->base_unit, "人次");
	cr_assert_str_eq(find_nth(&r, "4.9", "亿元", 0)->base_unit, "元");
	cr_assert_str_eq(find_nth(&r, "13.5", "亿元", 0)->base_unit, "元");
	report_free(&r);
}

Test(extract_patterns, compound_units_are_one_unit)
{
	report r;
	build(&r,
	      "旅客周转量36.73亿人公里，货物周转量12.5万吨公里，亩均税收8.2万元/亩，"
	      "工业用地均价20万元/亩。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "36.73", "亿人公里",
	       (want){"旅客周转量", "3673000000", "人公里", NULL, 0, 2023});
	expect(&r, "12.5", "万吨公里", (want){"货物周转量", "125000", "吨公里", NULL, 0, 2023});
	expect(&r, "8.2", "万元/亩", (want){"亩均税收", "82000", "元/亩", NULL, 0, 2023});
	expect(&r, "20", "万元/亩", (want){"工业用地均价", "200000", "元/亩", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, footnote_marks_stay_out_of_names)
{
	report r;
	build(&r,
	      "地区生产总值[2]达到1000亿元，生产总值①增长5%。一般公共预算收入［3］完成"
	      "20亿元。规上工业增加值⑵增长8%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "1000", "亿元", (want){"地区生产总值", "100000000000", "元", NULL, 0, 2023});
	expect(&r, "5", "%", (want){"生产总值", "5", "%", "5", 0, 2023});
	expect(&r, "20", "亿元", (want){"一般公共预算收入", "2000000000", "元", NULL, 0, 2023});
	expect(&r, "8", "%", (want){"规上工业增加值", "8", "%", "8", 0, 2023});
	report_free(&r);
}

Test(extract_patterns, actors_adverbs_and_verbs_of_doing_are_no_names)
{
	report r;
	build(&r,
	      "保交楼，举全区之力全面完成了13672户。涉及10.5万人的保交房任务全面完成。"
	      "完成率110.3%。推进国网信通大数据项目建设，总投资10亿元。坚决守住18亿亩耕地红线。"
	      "扎实推进老旧小区改造56个。兑现各类奖补资金1.86亿元，各项存款余额500亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 8);
	expect(&r, "1.86", "亿元", (want){"兑现各类奖补资金", "186000000", "元", NULL, 0, 2023});
	expect(&r, "500", "亿元", (want){"各项存款余额", "50000000000", "元", NULL, 0, 2023});
	expect(&r, "13672", "户", (want){"保交楼", "13672", "户", NULL, 0, 2023});
	expect(&r, "10.5", "万人", (want){"保交房任务", "105000", "人", NULL, 0, 2023});
	expect(&r, "110.3", "%", (want){"完成率", "110.3", "%", NULL, 0, 2023});
	expect(&r, "10", "亿元",
	       (want){"国网信通大数据项目总投资", "1000000000", "元", NULL, 0, 2023});
	expect(&r, "18", "亿亩", (want){"耕地红线", "1800000000", "亩", NULL, 0, 2023});
	expect(&r, "56", "个", (want){"老旧小区改造", "56", "个", NULL, 0, 2023});
	report_free(&r);
}

/* Verbs of carrying out (实施, 形成, 打造, 抓好, 加快) take the indicator as
 * their object and are left out; verbs that make the indicator (新建, 改造,
 * 培育) stay. */
Test(extract_patterns, verbs_of_carrying_out_are_no_names)
{
	report r;
	build(&r,
	      "实施亿元以上项目2000个。打造5条多式联运示范线路。抓好629个省级重点工程项目。"
	      "形成年产值达500亿元的纺织产业集群。加快建设9个区域医疗中心项目。"
	      "新建口袋公园100个。改造老旧小区610个。培育本土企业50家。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 8);
	expect(&r, "2000", "个", (want){"亿元以上项目", "2000", "个", NULL, 0, 2023});
	expect(&r, "5", "条", (want){"多式联运示范线路", "5", "条", NULL, 0, 2023});
	expect(&r, "629", "个", (want){"省级重点工程项目", "629", "个", NULL, 0, 2023});
	expect(&r, "500", "亿元", (want){"年产值", "50000000000", "元", NULL, 0, 2023});
	expect(&r, "9", "个", (want){"建设区域医疗中心项目", "9", "个", NULL, 0, 2023});
	expect(&r, "100", "个", (want){"新建口袋公园", "100", "个", NULL, 0, 2023});
	expect(&r, "610", "个", (want){"改造老旧小区", "610", "个", NULL, 0, 2023});
	expect(&r, "50", "家", (want){"培育本土企业", "50", "家", NULL, 0, 2023});
	report_free(&r);
}

/* A streak (连续八年) and the adverb of a held ranking (稳居, 保持) say how
 * long or how firmly, not what was ranked; a streak alone stays a name, and
 * a streak that is not one (连续性) is kept. */
Test(extract_patterns, streaks_and_held_rankings_are_no_names)
{
	report r;
	build(&r,
	      "制造业质量竞争力指数连续八年全省第一。实际使用外资连续8年全国第一。"
	      "唐山港货物吞吐量稳居世界第二。森林覆盖率稳居全国第2位。增量保持全国第一。"
	      "政策连续性评价全省第三。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect_nth(&r, "1", "名", 0, (want){"制造业质量竞争力指数", "1", "名", NULL, 0, 2023});
	expect_nth(&r, "1", "名", 1, (want){"实际使用外资", "1", "名", NULL, 0, 2023});
	expect(&r, "2", "名", (want){"唐山港货物吞吐量", "2", "名", NULL, 0, 2023});
	expect(&r, "2", "位", (want){"森林覆盖率", "2", "位", NULL, 0, 2023});
	expect_nth(&r, "1", "名", 2, (want){"增量", "1", "名", NULL, 0, 2023});
	expect(&r, "3", "名", (want){"政策连续性评价", "3", "名", NULL, 0, 2023});
	report_free(&r);
}

/* A figure that opens its clause counts the noun after it; what happened to
 * that noun (通过, 入选, 布局, 稳定, 拔地而起) is no part of it (the quote
 * keeps it); a verb that makes the indicator before the number (新建) stays. */
Test(extract_patterns, predicate_after_the_counted_noun_is_no_name)
{
	report r;
	build(&r,
	      "13个大模型通过国家备案。80余家央企二三级公司布局拓展。12条入海河流稳定消劣。"
	      "5300多栋楼宇拔地而起。11家企业入选国家重点产业链链主企业。新建90家绿色工厂。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "13", "个", (want){"大模型", "13", "个", NULL, 0, 2023});
	expect(&r, "80", "家", (want){"央企二三级公司", "80", "家", NULL, 0, 2023});
	expect(&r, "12", "条", (want){"入海河流", "12", "条", NULL, 0, 2023});
	expect(&r, "5300", "栋", (want){"楼宇", "5300", "栋", NULL, 0, 2023});
	expect(&r, "11", "家", (want){"企业", "11", "家", NULL, 0, 2023});
	expect(&r, "90", "家", (want){"新建绿色工厂", "90", "家", NULL, 0, 2023});
	report_free(&r);
}

/* One character names nothing: a stop word right after it belongs to the
 * noun (8个公共服务平台); a one-character place with what happened to it is
 * named predicate + 的 + place (227个村获评省级美丽乡村). A name that is only
 * a streak takes its sentence's subject. 微克／立方米 (full-width slash) is a
 * unit per volume. */
Test(extract_patterns, one_character_nouns_streak_only_names_and_slashes)
{
	report r;
	build(&r,
	      "建成8个公共服务平台。227个村获评省级美丽乡村。"
	      "粮食产量连续12年超430亿斤。PM2.5年均浓度降至38微克／立方米。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "8", "个", (want){"建成公共服务平台", "8", "个", NULL, 0, 2023});
	expect(&r, "227", "个", (want){"获评省级美丽乡村的村", "227", "个", NULL, 0, 2023});
	expect(&r, "430", "亿斤", (want){"粮食产量", "43000000000", "斤", NULL, 0, 2023});
	expect(&r, "38", "微克/立方米",
	       (want){"PM2.5年均浓度", "38", "微克/立方米", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, region_of_the_report_is_kept_apart_from_the_name)
{
	report r;
	build(&r,
	      "全省地区生产总值完成5000亿元，增长5.2%。全市规模以上工业增加值增长6%。"
	      "全区一般公共预算收入30亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "5000", "亿元", (want){"地区生产总值", "500000000000", "元", "5.2", 0, 2023});
	expect(&r, "6", "%", (want){"规模以上工业增加值", "6", "%", "6", 0, 2023});
	expect(&r, "30", "亿元", (want){"一般公共预算收入", "3000000000", "元", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, a_change_from_one_level_to_another)
{
	report r;
	build(&r,
	      "地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元。"
	      "城镇化率从2015年底的45%提高到2020年底的56.2%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "162.4", "亿元", (want){"地区生产总值", "16240000000", "元", NULL, 0, 2010});
	expect(&r, "287.9", "亿元", (want){"地区生产总值", "28790000000", "元", NULL, 0, 2015});
	expect(&r, "45", "%", (want){"城镇化率", "45", "%", NULL, 0, 2015});
	expect(&r, "56.2", "%", (want){"城镇化率", "56.2", "%", NULL, 0, 2020});
	report_free(&r);

	/* In a plan the level a change starts from is today's, no target. */
	build(&r, "将城乡低保标准从380元提高至1000元，农村公路由120公里增加到200公里。", "工作计划",
	      2024, 1);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "380", "元", (want){"城乡低保标准", "380", "元", NULL, 0, 2024});
	expect(&r, "1000", "元", (want){"城乡低保标准", "1000", "元", NULL, 1, 2025});
	expect(&r, "120", "公里", (want){"农村公路", "120", "公里", NULL, 0, 2024});
	expect(&r, "200", "公里", (want){"农村公路", "200", "公里", NULL, 1, 2025});
	report_free(&r);
}

Test(extract_patterns, subjects_listed_before_respectively)
{
	report r;
	build(&r,
	      "城镇和农村居民人均可支配收入分别达35512元、25689元。进口和出口总额分别为3亿元、"
	      "5亿元。综合实力和创新能力分别排名全省第三和第五位。"
	      "工业和服务业增加值分别为10亿元和20亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 8);
	expect(&r, "35512", "元", (want){"城镇居民人均可支配收入", "35512", "元", NULL, 0, 2023});
	expect(&r, "25689", "元", (want){"农村居民人均可支配收入", "25689", "元", NULL, 0, 2023});
	expect(&r, "3", "亿元", (want){"进口总额", "300000000", "元", NULL, 0, 2023});
	expect(&r, "5", "亿元", (want){"出口总额", "500000000", "元", NULL, 0, 2023});
	expect(&r, "3", "位", (want){"综合实力", "3", "位", NULL, 0, 2023});
	expect(&r, "5", "位", (want){"创新能力", "5", "位", NULL, 0, 2023});
	/* 工业 and 服务业 are no parallel modifiers of 业增加值: left whole. */
	expect(&r, "10", "亿元", (want){"工业和服务业增加值", "1000000000", "元", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, each_listed_growth_and_ranking_goes_to_its_subject)
{
	report r;
	build(&r,
	      "工业增加值、固定资产投资分别增长5.2%、3.1%。经济总量和增速分别居全国第四、第八。"
	      "税收收入和非税收入分别下降2%和4%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "5.2", "%", (want){"工业增加值", "5.2", "%", "5.2", 0, 2023});
	expect(&r, "3.1", "%", (want){"固定资产投资", "3.1", "%", "3.1", 0, 2023});
	expect(&r, "4", "名", (want){"经济总量", "4", "名", NULL, 0, 2023});
	expect(&r, "8", "名", (want){"增速", "8", "名", NULL, 0, 2023});
	expect(&r, "-2", "%", (want){"税收收入", "-2", "%", "-2", 0, 2023});
	expect(&r, "-4", "%", (want){"非税收入", "-4", "%", "-4", 0, 2023});
	const rp_metric *m = find_nth(&r, "8", "名", 0);
	cr_assert(m->is_ranking);
	cr_assert_str_eq(m->quote, "第八");
	report_free(&r);
}

/* A whole document through report_parse (outline included). */
static void parse_text(report *r, const char *doc)
{
	parse_error err;
	cr_assert_eq(report_parse((const unsigned char *)doc, strlen(doc), NULL, r, &err), PARSE_OK,
	             "%s", err.message);
}

static const rp_section *section_at(const report *r, const char *heading)
{
	for (size_t i = 0; i < r->n_sections; i++)
		if (r->sections[i].heading && strcmp(r->sections[i].heading, heading) == 0)
			return &r->sections[i];
	cr_assert_fail("no section %s", heading);
	return NULL;
}

Test(extract_patterns, plan_words_under_a_review_part_are_results)
{
	static const char *const kinds[] = {"工作总结", "政府工作报告"};
	for (int k = 0; k < 2; k++) {
		sb doc = SB_INIT;
		sb_printf(
		    &doc,
		    "测试开发区2025年%s\n一、2024年工作回顾\n（一）锚定目标攻坚\n"
		    "全年完成固定资产投资50亿元，增长8%%。争取到上级资金3亿元，目标值完成率达到"
		    "105%%。\n（二）明年工作打算\n营业收入达到120亿元。\n二、2025年重点工作\n"
		    "（一）稳增长\n地区生产总值增长6%%左右。\n三、主要目标\n新建道路10公里。\n",
		    kinds[k]);
		report r;
		parse_text(&r, sb_str(&doc));
		cr_assert(!section_at(&r, "锚定目标攻坚")->is_plan, "%s", kinds[k]);
		cr_assert(section_at(&r, "明年工作打算")->is_plan, "%s", kinds[k]);
		cr_assert(section_at(&r, "2025年重点工作")->is_plan, "%s", kinds[k]);
		cr_assert(section_at(&r, "稳增长")->is_plan, "%s", kinds[k]);
		cr_assert(section_at(&r, "主要目标")->is_plan, "%s", kinds[k]);
		cr_assert_eq(r.n_metrics, 6);
		/* Results under the review, about the year it reviews. */
		expect(&r, "50", "亿元", (want){"固定资产投资", "5000000000", "元", "8", 0, 2024});
		expect(&r, "3", "亿元", (want){"上级资金", "300000000", "元", NULL, 0, 2024});
		expect(&r, "105", "%", (want){"目标值完成率", "105", "%", NULL, 0, 2024});
		/* The plans, about the year after it. */
		int plan_year = k == 0 ? 2026 : 2025;
		expect(&r, "120", "亿元",
		       (want){"营业收入", "12000000000", "元", NULL, 1, plan_year});
		expect(&r, "6", "%", (want){"地区生产总值", "6", "%", "6", 1, 2025});
		expect(&r, "10", "公里", (want){"新建道路", "10", "公里", NULL, 1, plan_year});
		report_free(&r);
		sb_free(&doc);
	}
}

/* A part that reviews a span's achievements and then sets out the next
 * span (二、“十四五”时期发展成就和“十五五”时期主要目标任务) is a plan part, but
 * its paragraphs and sentences on the span past are results; the plan's own
 * figures, in paragraphs naming no span or the span ahead, stay targets. A
 * heading that only plans (二、“十五五”时期主要目标任务) keeps its span
 * paragraphs as targets. */
Test(extract_patterns, a_part_on_the_span_past_and_the_next_keeps_the_past_as_results)
{
	sb doc = SB_INIT;
	sb_printf(&doc, "%s",
	          "测试省2026年政府工作报告\n一、2025年工作回顾\n全年地区生产总值增长5%。\n"
	          "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
	          "这五年，我们攻坚克难，地区生产总值年均增长5.2%，新建高速公路800公里。\n"
	          "过去五年，全省新增就业300万人。\n"
	          "根据《建议》，我们编制了规划纲要草案，提出地区生产总值年均增长5%左右。\n"
	          "“十五五”时期，全省新建高速公路1000公里。\n"
	          "三、2026年重点工作\n新建保障性住房2万套。\n");
	report r;
	parse_text(&r, sb_str(&doc));
	cr_assert(section_at(&r, "“十四五”时期发展成就和“十五五”时期主要目标任务")->is_plan);
	cr_assert_eq(r.n_metrics, 7);
	cr_assert_not(find_nth(&r, "5.2", "%", 0)->is_target);
	cr_assert_not(find_nth(&r, "800", "公里", 0)->is_target);
	cr_assert_not(find_nth(&r, "300", "万人", 0)->is_target);
	cr_assert(find_nth(&r, "5", "%", 1)->is_target);
	cr_assert(find_nth(&r, "1000", "公里", 0)->is_target);
	cr_assert(find_nth(&r, "2", "万套", 0)->is_target);
	report_free(&r);
	sb_free(&doc);

	/* a part that only plans: its look at the span ahead is targets */
	sb_printf(&doc, "%s",
	          "测试省2026年政府工作报告\n一、2025年工作回顾\n全年地区生产总值增长5%。\n"
	          "二、“十五五”时期主要目标任务\n这五年，全省新建高速公路1000公里。\n");
	parse_text(&r, sb_str(&doc));
	cr_assert_eq(r.n_metrics, 2);
	cr_assert(find_nth(&r, "1000", "公里", 0)->is_target);
	report_free(&r);
	sb_free(&doc);
}

/* A heading naming what a year or a span achieved, with nothing that plans
 * (一、2025年主要工作和“十四五”发展成就), is a review: 力争/争取 in its sentences
 * are results (争取到…); a plan heading that promises achievements keeps
 * its targets. */
Test(extract_patterns, a_heading_of_achievements_is_a_review)
{
	sb doc = SB_INIT;
	sb_printf(&doc, "%s",
	          "测试省2026年政府工作报告\n一、2025年主要工作和“十四五”发展成就\n"
	          "全年争取到中央预算内投资120亿元。\n"
	          "二、2026年重点工作：奋力创造新的更大成就\n力争新增高新技术企业500家。\n");
	report r;
	parse_text(&r, sb_str(&doc));
	cr_assert(section_at(&r, "2025年主要工作和“十四五”发展成就")->is_review);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_not(find_nth(&r, "120", "亿元", 0)->is_target);
	cr_assert(find_nth(&r, "500", "家", 0)->is_target);
	report_free(&r);
	sb_free(&doc);
}

Test(extract_patterns, a_period_from_january_is_no_part_of_a_name)
{
	report r;
	build(&r,
	      "在元至12月份示范区高质量发展考核中综合排名位居第一。元-11月规上工业增加值增长5%。"
	      "元旦期间接待游客5万人次。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "1", "名", (want){"示范区高质量发展考核综合排名", "1", "名", NULL, 0, 2023});
	expect(&r, "5", "%", (want){"规上工业增加值", "5", "%", "5", 0, 2023});
	/* 元旦 is a holiday, not a month. */
	expect(&r, "5", "万人次", (want){"元旦期间接待游客", "50000", "人次", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, who_was_sent_where_is_no_part_of_a_name)
{
	report r;
	build(&r,
	      "分2期组织党员干部到红色教育基地开展党性教育。组织企业赴深圳参展12次。"
	      "带领干部到先进地区考察学习3次。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "2", "期", (want){"红色教育基地党性教育", "2", "期", NULL, 0, 2023});
	expect(&r, "12", "次", (want){"深圳参展", "12", "次", NULL, 0, 2023});
	expect(&r, "3", "次", (want){"先进地区考察学习", "3", "次", NULL, 0, 2023});
	report_free(&r);
}

Test(extract_patterns, investment_of_the_project_a_sentence_names)
{
	report r;
	build(&r,
	      "总投资40亿元的富联科技5G终端精密制造项目投产。推进数字产业园项目建设，计划总投资"
	      "12亿元。全年实施重点项目38个，总投资254.4亿元。总投资5亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "40", "亿元",
	       (want){"富联科技5G终端精密制造项目总投资", "4000000000", "元", NULL, 0, 2023});
	expect(&r, "12", "亿元", (want){"数字产业园项目总投资", "1200000000", "元", NULL, 0, 2023});
	/* The total of the projects counted before it; none named: bare. */
	expect(&r, "254.4", "亿元", (want){"总投资", "25440000000", "元", NULL, 0, 2023});
	expect(&r, "5", "亿元", (want){"总投资", "500000000", "元", NULL, 0, 2023});
	report_free(&r);
}

/* A counted noun ends with its head (企业, 项目, 机构, 学校, 小区…): what
 * follows says what happened to what was counted, also when it is no stop
 * word (集中开工, 扩容提质, 刷卡结算, 加装电梯). A head that goes on into a
 * longer noun (企业家) or ends the clause stays whole. */
Test(extract_patterns, counted_noun_ends_with_its_head)
{
	report r;
	build(&r,
	      "15个建设项目集中开工。6所学校扩容提质。42家医疗机构刷卡结算。9个老旧小区加装电梯。"
	      "8家重点行业企业环保绩效创A。培育12名企业家。新增入库40个项目。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "15", "个", (want){"建设项目", "15", "个", NULL, 0, 2023});
	expect(&r, "6", "所", (want){"学校", "6", "所", NULL, 0, 2023});
	expect(&r, "42", "家", (want){"医疗机构", "42", "家", NULL, 0, 2023});
	expect(&r, "9", "个", (want){"老旧小区", "9", "个", NULL, 0, 2023});
	expect(&r, "8", "家", (want){"重点行业企业", "8", "家", NULL, 0, 2023});
	expect(&r, "12", "名", (want){"培育企业家", "12", "名", NULL, 0, 2023});
	expect(&r, "40", "个", (want){"新增入库项目", "40", "个", NULL, 0, 2023});
	report_free(&r);
}

/* Rates listed after 分别 go to the figures before them also with comparison
 * words between 分别 and the verb (分别同比增长, 分别比上年增长); a clause of
 * subjects between earlier figures and the rates takes the rates itself
 * (完成出口3.2亿元，…数量与交易额，分别增长…). */
Test(extract_patterns, respectively_with_comparison_words_and_a_clause_of_subjects)
{
	report r;
	build(&r,
	      "全年引进企业120家，实现税收8.6亿元，分别同比增长12%、9.5%。"
	      "城镇和农村居民人均可支配收入分别比上年增长5.1%和6.3%。"
	      "完成出口3.2亿元，跨境电商企业数量与交易额，分别增长18%和25%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "120", "家", (want){"引进企业", "120", "家", "12", 0, 2023});
	expect(&r, "8.6", "亿元", (want){"税收", "860000000", "元", "9.5", 0, 2023});
	expect(&r, "5.1", "%", (want){"城镇居民人均可支配收入", "5.1", "%", "5.1", 0, 2023});
	expect(&r, "6.3", "%", (want){"农村居民人均可支配收入", "6.3", "%", "6.3", 0, 2023});
	expect(&r, "3.2", "亿元", (want){"出口", "320000000", "元", NULL, 0, 2023});
	expect(&r, "18", "%", (want){"跨境电商企业数量", "18", "%", "18", 0, 2023});
	expect(&r, "25", "%", (want){"交易额", "25", "%", "25", 0, 2023});
	report_free(&r);
}

/* A rate of change held at a level (涨幅控制在, 增速保持在) is still that
 * rate (gold rule 5); a streak or a gap before a duration (连续15个月, 时隔
 * 20天) is no figure (gold rule 8), a duration after a verb of doing is. */
Test(extract_patterns, rates_held_at_a_level_and_streaks)
{
	report r;
	build(&r,
	      "居民消费价格涨幅控制在2%左右，工业增速保持在8%以上。"
	      "连续15个月用电量增长，时隔20天再获表彰。审批用时缩短至3个工作日。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "2", "%", (want){"居民消费价格", "2", "%", "2", 0, 2023});
	expect(&r, "8", "%", (want){"工业", "8", "%", "8", 0, 2023});
	expect(&r, "3", "个工作日", (want){"审批用时", "3", "个工作日", NULL, 0, 2023});
	report_free(&r);
}

/* 以上 after a measure word of things before its noun bounds the count (建设
 * 20个以上社区服务站); after a count of people it sizes the noun (100人以上企业,
 * a threshold, gold rule 10), as 过 a level before 的 does (产值过10亿元的园区).
 * Stop characters inside words (和美乡村, 共享仓库) do not end a noun. A
 * glossary (名词解释, ※注释※ alone on a line) defines labels: its numbers are
 * no figures (gold rule 20). */
Test(extract_patterns, counts_with_lower_bounds_thresholds_and_glossaries)
{
	report r;
	build(&r,
	      "新建20个以上社区服务站，引进100人以上企业6家，培育产值过10亿元的园区3个。"
	      "创建12个和美乡村，建设3个“智慧车间”“共享仓库”。\n"
	      "※注释※\n“三百工程”：每年新建100个以上项目、投资100亿元。\n"
	      "“两个中心”：2个服务中心。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "20", "个", (want){"新建社区服务站", "20", "个", NULL, 0, 2023});
	cr_assert_eq(find_nth(&r, "20", "个", 0)->qualifier, QUAL_LOWER_BOUND);
	expect(&r, "6", "家", (want){"引进100人以上企业", "6", "家", NULL, 0, 2023});
	expect(&r, "3", "个", (want){"培育产值过10亿元的园区", "3", "个", NULL, 0, 2023});
	expect(&r, "12", "个", (want){"创建和美乡村", "12", "个", NULL, 0, 2023});
	expect_nth(&r, "3", "个", 1, (want){"建设“智慧车间”“共享仓库”", "3", "个", NULL, 0, 2023});
	report_free(&r);

	/* How a plan is laid out is no figure; a count of indicators that met
	 * a state is. */
	build(&r,
	      "《纲要（草案）》提出了28个主要指标，其中包括20个预期性指标、8个约束性指标，"
	      "安排了18个领域的重点任务。“十二五”规划5项预期性指标未能如期完成。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_not_null(find_nth(&r, "5", "项", 0));
	report_free(&r);

	/* The size of one named work or zone is no figure; an amount of work
	 * done is. */
	build(&r,
	      "建成4.9公里龙岗河生态活力水廊。完成38平方公里先进制造产业城规划。建成30公里绿道。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_not_null(find_nth(&r, "30", "公里", 0));
	report_free(&r);

	/* A tier (ESI前1%, 前1‰) and a format (3人制) are no figures; a level of
	 * years ago (由五年前81.1%) is. */
	build(&r,
	      "15个学科进入ESI前1%。新增ESI全球前1‰学科1个。建设3人制篮球场20个。"
	      "优良率由五年前81.1%提升至91.4%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	cr_assert_not_null(find_nth(&r, "81.1", "%", 0));
	cr_assert_not_null(find_nth(&r, "20", "个", 0));
	report_free(&r);

	/* A count of people bounded before people or what they do counts them;
	 * kinds right before a count group the things, the count is the figure. */
	build(&r,
	      "扶持2000人以上创业，培养2名以上区级名教师。引进150名以上中高层次领军人才。"
	      "办好12类45件民生实事。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_not_null(find_nth(&r, "150", "名", 0));
	cr_assert_not_null(find_nth(&r, "45", "件", 0));
	expect(&r, "2000", "人", (want){"扶持创业", "2000", "人", NULL, 0, 2023});
	expect(&r, "2", "名", (want){"培养区级名教师", "2", "名", NULL, 0, 2023});
	report_free(&r);
}

/* An amount that things reached is a standard, not a figure: after 全部/均 +
 * 达到/超过, after the count of those that reached it (其中30个达到50万元以
 * 上), or with 以上 before a count (其中10亿元以上6个); the counts are the
 * figures (gold rules 10, 19, 22). A total of another clause stays. A web
 * page's counters (浏览次数, 阅读：, 您是第…位访客) are furniture (rule 15). */
Test(extract_patterns, standards_reached_and_page_counters_are_no_figures)
{
	report r;
	build(&r,
	      "86个村集体经济收入全部超过20万元，其中30个达到50万元以上。签约项目40个，"
	      "其中10亿元以上6个。集体收入均达到15万元。新增企业12家，总投资达到50亿元。\n"
	      "发布时间 2024-01-02 浏览次数 2345 次 阅读：987\n您是第 12345678 位访客",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "86", "个", (want){"村集体经济收入", "86", "个", NULL, 0, 2023});
	expect(&r, "30", "个", (want){"50万元以上", "30", "个", NULL, 0, 2023});
	expect(&r, "40", "个", (want){"签约项目", "40", "个", NULL, 0, 2023});
	expect(&r, "6", "个", (want){"10亿元以上", "6", "个", NULL, 0, 2023});
	expect(&r, "12", "家", (want){"新增企业", "12", "家", NULL, 0, 2023});
	expect(&r, "50", "亿元", (want){"总投资", "5000000000", "元", NULL, 0, 2023});
	report_free(&r);
}

/* 跃升至 and 攀升至 name a level reached like 提高至: the start and the level
 * reached are one indicator's, and a ranking after them ranks it. */
Test(extract_patterns, levels_reached_with_leaps)
{
	report r;
	build(&r, "旅游收入从8.2亿元跃升至15.6亿元，全市第一。数字经济规模由120亿元攀升至300亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "8.2", "亿元", (want){"旅游收入", "820000000", "元", NULL, 0, 2022});
	expect(&r, "15.6", "亿元", (want){"旅游收入", "1560000000", "元", NULL, 0, 2023});
	expect(&r, "1", "名", (want){"旅游收入", "1", "名", NULL, 0, 2023});
	expect(&r, "120", "亿元", (want){"数字经济规模", "12000000000", "元", NULL, 0, 2022});
	expect(&r, "300", "亿元", (want){"数字经济规模", "30000000000", "元", NULL, 0, 2023});
	report_free(&r);
}

/* Growth stated for a span of years (这五年, “十四五”时期, in the sentence or
 * as its paragraph's opening) is a change over the span: a figure of its own
 * without yoy_pct and no period year, also after a total of the same
 * indicator (达到800家、增长120%); a year's review keeps its yoy. */
Test(extract_patterns, growth_over_a_span_of_years_is_no_yoy)
{
	report r;
	build(&r,
	      "这五年，全市进出口总值增长40%，高新技术企业达到800家、增长120%。\n"
	      "“十四五”时期，科技型中小企业数量增长2倍。\n"
	      "2025年，地区生产总值增长6%，一般公共预算收入达到52亿元、增长4.1%。",
	      "政府工作报告", 2026, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "40", "%", (want){"进出口总值", "40", "%", NULL, 0, 0});
	expect(&r, "800", "家", (want){"高新技术企业", "800", "家", NULL, 0, 0});
	expect(&r, "120", "%", (want){"高新技术企业", "120", "%", NULL, 0, 0});
	expect(&r, "2", "倍", (want){"科技型中小企业数量", "2", "倍", NULL, 0, 0});
	expect(&r, "6", "%", (want){"地区生产总值", "6", "%", "6", 0, 2025});
	expect(&r, "52", "亿元", (want){"一般公共预算收入", "5200000000", "元", "4.1", 0, 2025});
	report_free(&r);
}

/* Verbs of handling and planning before a count (组织, 妥善解决, 谋划实施) say
 * what was done about the things counted, which name the figure; 累计 between
 * a subject and its object says the sum runs since a start, another
 * indicator than the year's, and stays (stop 18: the gold keeps it in 3 of 4
 * such names). */
Test(extract_patterns, verbs_of_handling_and_running_sums_are_no_names)
{
	report r;
	build(&r,
	      "组织35家企业参展。妥善解决12个小区供暖问题。谋划实施15公里的乡村道路。"
	      "文旅消费券累计使用资金800万元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "35", "家", (want){"企业", "35", "家", NULL, 0, 2023});
	expect(&r, "12", "个", (want){"小区", "12", "个", NULL, 0, 2023});
	expect(&r, "15", "公里", (want){"乡村道路", "15", "公里", NULL, 0, 2023});
	expect(&r, "800", "万元", (want){"文旅消费券累计使用资金", "8000000", "元", NULL, 0, 2023});
	report_free(&r);
}

/* What says how long or against what is no part of a name: a leading count
 * of years (5年12次: the time it took; not 3年制, which classifies), a gap
 * before a ranking (时隔15年重返: 重返 ranks like 居), a comparison between
 * subject and verb (优良天数同比增加); an adverb opening the predicate after a
 * counted noun (成功接入) ends it. */
Test(extract_patterns, spans_gaps_comparisons_and_adverbs_are_no_names)
{
	report r;
	build(&r,
	      "5年12次获国家表彰。粮食产量达到50万吨，时隔15年重返全省第二。"
	      "空气优良天数同比增加18天。9个应用成功接入政务平台。开办3年制职业培训班4期。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "12", "次", (want){"获国家表彰", "12", "次", NULL, 0, 2023});
	expect(&r, "50", "万吨", (want){"粮食产量", "500000", "吨", NULL, 0, 2023});
	expect(&r, "2", "名", (want){"粮食产量", "2", "名", NULL, 0, 2023});
	expect(&r, "18", "天", (want){"空气优良天数增加", "18", "天", NULL, 0, 2023});
	expect(&r, "9", "个", (want){"应用", "9", "个", NULL, 0, 2023});
	expect(&r, "4", "期", (want){"开办3年制职业培训班", "4", "期", NULL, 0, 2023});
	report_free(&r);
}

/* A bare 万 before a group of people counts them: unit 万人 (gold rule 14),
 * the people in the name; a population in rhetoric (500万全市人民) is no
 * figure. 枚 counts things (金牌). */
Test(extract_patterns, people_counted_in_wan_without_a_unit)
{
	report r;
	build(&r, "惠及12万群众，吸引3.5万外地游客，为500万全市人民办实事。选手获得8枚金牌。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "12", "万人", (want){"惠及群众", "120000", "人", NULL, 0, 2023});
	expect(&r, "3.5", "万人", (want){"吸引外地游客", "35000", "人", NULL, 0, 2023});
	expect(&r, "8", "枚", (want){"选手获得金牌", "8", "枚", NULL, 0, 2023});
	report_free(&r);
}

/* Context and labels are no figures: the group a sentence compares within
 * (在全市12个县区中, 在200个城市…排名倒15名), a capacity before the facility
 * it names also when words stand between (50兆瓦风力发电项目), the size of one
 * site before 的 (占地2000平方米的城市书房), a top N before the group it names
 * (前30名特色品牌; 居全省前3位 at the clause end is a result). */
Test(extract_patterns, peer_groups_capacities_sites_and_top_n_labels)
{
	report r;
	build(
	    &r,
	    "在全市12个县区中争先进位。在200个城市营商环境排名倒15名。华电50兆瓦风力发电项目并网。"
	    "建成占地2000平方米的城市书房。入围全国前30名特色品牌。增幅居全省前3位。",
	    "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "15", "名", (want){"在200个城市营商环境排名倒", "15", "名", NULL, 0, 2023});
	expect(&r, "3", "位", (want){"增幅居全省前", "3", "位", NULL, 0, 2023});
	report_free(&r);
}

/* A growth, its ranking and a comparison with an average before the stock of
 * the same indicator (增长8.2%、全市第一，高于全省平均水平，总量达到…): the
 * stock takes the growth as its yoy (gold rule 1), the ranking stays. */
Test(extract_patterns, growth_ranking_and_comparison_before_the_stock)
{
	report r;
	build(&r,
	      "工业增加值增长8.2%、全市第一，高于全省平均水平，总量达到356.4亿元。"
	      "税收增长5%、全市第三，总额达到20亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "1", "名", (want){"工业增加值", "1", "名", NULL, 0, 2023});
	expect(&r, "356.4", "亿元", (want){"工业增加值总量", "35640000000", "元", "8.2", 0, 2023});
	expect(&r, "3", "名", (want){"税收", "3", "名", NULL, 0, 2023});
	expect(&r, "20", "亿元", (want){"税收总额", "2000000000", "元", "5", 0, 2023});
	report_free(&r);
}

/* 荣获 after a counted noun starts its predicate (the issue's 宁东基地等4个
 * 单位荣获: not 单位荣); 各 (each) and 先后 (one after another) before the
 * number say how it is spread or reached, not what. */
Test(extract_patterns, honours_each_and_one_after_another_are_no_names)
{
	report r;
	build(&r,
	      "宁东基地等4个单位荣获表彰。省级示范企业各1家。科技园项目先后获全市第2名。"
	      "文化创意3项成果荣膺国家大奖。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "4", "个", (want){"单位", "4", "个", NULL, 0, 2023});
	expect(&r, "1", "家", (want){"省级示范企业", "1", "家", NULL, 0, 2023});
	expect(&r, "2", "名", (want){"科技园项目", "2", "名", NULL, 0, 2023});
	expect(&r, "3", "项", (want){"文化创意成果", "3", "项", NULL, 0, 2023});
	report_free(&r);
}

/* A change from one level to another that names no years: the start is the
 * level of the year before the one the change is about — the review's year
 * (从3.2万元增长到3.5万元 in 2023's review: 2022) or the plan's (从800元提高至
 * 900元 in the 2024 plan of a 政府工作报告: 2023, today's level); within a span
 * of years neither has a year. */
Test(extract_patterns, start_of_a_change_without_years_is_the_year_before)
{
	report r;
	build(&r, "过去一年，城镇居民人均收入从3.2万元增长到3.5万元。", "政府工作报告", 2024, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "3.2", "万元", (want){"城镇居民人均收入", "32000", "元", NULL, 0, 2022});
	expect(&r, "3.5", "万元", (want){"城镇居民人均收入", "35000", "元", NULL, 0, 2023});
	report_free(&r);

	build(&r, "低保标准从800元提高至900元。", "政府工作报告", 2024, 1);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "800", "元", (want){"低保标准", "800", "元", NULL, 0, 2023});
	expect(&r, "900", "元", (want){"低保标准", "900", "元", NULL, 1, 2024});
	report_free(&r);

	build(&r, "这五年，地区生产总值从2000亿元增长到2800亿元。", "政府工作报告", 2026, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "2000", "亿元", (want){"地区生产总值", "200000000000", "元", NULL, 0, 0});
	expect(&r, "2800", "亿元", (want){"地区生产总值", "280000000000", "元", NULL, 0, 0});
	report_free(&r);
}

/* The growth of a figure's stock (项目数量, 企业总数) right after it is the
 * figure's yoy; a growth of another indicator (营业收入) or of a stock whose
 * words are not in the figure's name (企业数量 after 项目) is a figure of its
 * own. */
Test(extract_patterns, growth_of_the_stock_of_the_figure_before)
{
	report r;
	build(&r,
	      "签约招商项目36项，项目数量同比增长12.5%。新增规上企业20家，营业收入同比增长8%。"
	      "引进项目15项，企业数量增长10%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "36", "项", (want){"签约招商项目", "36", "项", "12.5", 0, 2023});
	expect(&r, "20", "家", (want){"新增规上企业", "20", "家", NULL, 0, 2023});
	expect(&r, "8", "%", (want){"营业收入", "8", "%", "8", 0, 2023});
	expect(&r, "15", "项", (want){"引进项目", "15", "项", NULL, 0, 2023});
	expect(&r, "10", "%", (want){"企业数量", "10", "%", "10", 0, 2023});
	report_free(&r);
}

/* A change against a base that is no year (比法定时限, 较全省平均水平) is no
 * yoy: a figure of its own, named with its base; 比上年, 较上年同期 stay year
 * over year. */
Test(extract_patterns, change_against_a_base_that_is_no_year_is_no_yoy)
{
	report r;
	build(&r,
	      "审批时间比法定时限压缩60%。税收收入比上年增长7%。出口额较上年同期增长9%。"
	      "居民收入较全省平均水平提高4%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "-60", "%", (want){"审批时间比法定时限压缩", "-60", "%", NULL, 0, 2023});
	expect(&r, "7", "%", (want){"税收收入", "7", "%", "7", 0, 2023});
	expect(&r, "9", "%", (want){"出口额", "9", "%", "9", 0, 2023});
	expect(&r, "4", "%", (want){"居民收入较全省平均水平提高", "4", "%", NULL, 0, 2023});
	report_free(&r);
}

/* A line that is another document's title (关于…的公告, a web page's related
 * articles) holds no figures; a sentence that mentions such a notice does. */
Test(extract_patterns, titles_of_other_documents_hold_no_figures)
{
	report r;
	build(&r,
	      "某区人民政府关于关闭某公司等3家矿山的公告\n"
	      "关于印发2024年10项民生实事的通知\n"
	      "印发关于整治的通知，关闭矿山5家。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	expect(&r, "5", "家", (want){"关闭矿山", "5", "家", NULL, 0, 2023});
	report_free(&r);
}

/* A count with a rate of it in the same clause (15个考核断面水质达标率100%) is
 * the rate's denominator, no figure (gold rules 9, 19); a count in a clause
 * of its own stays (建成污水处理厂6座，污水处理率达到95%). */
Test(extract_patterns, count_before_its_rate_is_the_denominator)
{
	report r;
	build(&r, "15个考核断面水质达标率100%。建成污水处理厂6座，污水处理率达到95%。", "工作总结",
	      2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "100", "%", (want){"考核断面水质达标率", "100", "%", NULL, 0, 2023});
	expect(&r, "6", "座", (want){"建成污水处理厂", "6", "座", NULL, 0, 2023});
	expect(&r, "95", "%", (want){"污水处理率", "95", "%", NULL, 0, 2023});
	report_free(&r);
}

/* An index's value has no unit (gold rule 14: unit ""), and its growth is
 * its yoy; a number after 指数 that goes on (指数100强) is a label. */
Test(extract_patterns, index_values_have_no_unit)
{
	report r;
	build(&r, "空气质量综合指数为4.2，同比下降3.5%。基尼系数0.41。入选指数100强企业3家。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "4.2", "", (want){"空气质量综合指数", "4.2", "", "-3.5", 0, 2023});
	expect(&r, "0.41", "", (want){"基尼系数", "0.41", "", NULL, 0, 2023});
	expect(&r, "3", "家", (want){"入选指数100强企业", "3", "家", NULL, 0, 2023});
	report_free(&r);
}

/* A count right after a join of listed items (…城市公园和275个口袋公园,
 * 国家级和22个省级…) counts only the item after it: the item before the join
 * is another figure's object or a sibling, not its name. 涉及 and 惠及 end in
 * 及 and join nothing; a figure without a noun after its unit keeps the
 * words before it. */
Test(extract_patterns, count_after_a_join_of_items_names_its_own_item)
{
	report r;
	build(&r,
	      "新建提升13座城市公园和275个口袋公园。全年办复55件人大代表建议和74件政协提案。"
	      "建成国家级和22个省级区域医疗中心。改造农村公路和120万平方米村内道路。"
	      "棚改项目涉及1.2万户居民，惠及3万户家庭。"
	      "城镇居民人均可支配收入48000元、农村居民20000元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 10);
	expect(&r, "13", "座", (want){"新建提升城市公园", "13", "座", NULL, 0, 2023});
	expect(&r, "275", "个", (want){"口袋公园", "275", "个", NULL, 0, 2023});
	expect(&r, "55", "件", (want){"办复人大代表建议", "55", "件", NULL, 0, 2023});
	expect(&r, "74", "件", (want){"政协提案", "74", "件", NULL, 0, 2023});
	expect(&r, "22", "个", (want){"省级区域医疗中心", "22", "个", NULL, 0, 2023});
	expect(&r, "120", "万平方米", (want){"村内道路", "1200000", "平方米", NULL, 0, 2023});
	expect(&r, "1.2", "万户", (want){"棚改项目涉及居民", "12000", "户", NULL, 0, 2023});
	expect(&r, "3", "万户", (want){"惠及家庭", "30000", "户", NULL, 0, 2023});
	expect(&r, "20000", "元", (want){"农村居民", "20000", "元", NULL, 0, 2023});
	report_free(&r);
}

/* A share at the start of its clause, 60%的乡镇有养老服务中心, is named by what
 * follows 的 (what holds of the part, 的, what it is part of, 比例), not by the
 * figure before it; adverbs before the verb go (均), a one-character place is
 * named as elsewhere (…的县), and a share with words of its own before it
 * (占比…) or no verb after its noun keeps its usual name. */
Test(extract_patterns, share_of_a_part_is_named_by_what_holds_of_it)
{
	report r;
	build(&r,
	      "新建养老床位500张，60%的乡镇有养老服务中心，80%的省级园区均完成循环化改造。"
	      "全市90%的县达到紧密型医共体标准。确定5%左右的增长目标。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "60", "%", (want){"有养老服务中心的乡镇比例", "60", "%", NULL, 0, 2023});
	expect(&r, "80", "%", (want){"完成循环化改造的省级园区比例", "80", "%", NULL, 0, 2023});
	expect(&r, "90", "%", (want){"达到紧密型医共体标准的县比例", "90", "%", NULL, 0, 2023});
	/* a target (目标), named by the words before it; a growth target, its
	 * own yoy (gold rule 2, rate_before_a_noun_of_growth) */
	expect(&r, "5", "%", (want){"确定", "5", "%", "5", 1, 2023});
	report_free(&r);
}

/* X的N项Y: the 的 between the words before a count and the noun after it
 * stays in the name (市委确定的改革), or the two run together; a rate (占…的
 * 87.2%) has no noun after it and keeps its name. */
Test(extract_patterns, of_before_a_count_joins_its_noun)
{
	report r;
	build(&r,
	      "市委确定的230余项改革全面完成。年初承诺的15件民生实事全部兑现。"
	      "民生支出占一般公共预算支出的87.2%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "230", "项", (want){"市委确定的改革", "230", "项", NULL, 0, 2023});
	expect(&r, "15", "件", (want){"年初承诺的民生实事", "15", "件", NULL, 0, 2023});
	expect(&r, "87.2", "%",
	       (want){"民生支出占一般公共预算支出比重", "87.2", "%", NULL, 0, 2023});
	report_free(&r);
}

/* The count of the fields a list is spread over (27个领域759项事项, 15个方面
 * 300多项举措) is context, no figure (gold rule 19) and no part of the next
 * figure's name; a count of fields with no count right after it stays
 * (4个方面的保障措施, 3个领域投资…). */
Test(extract_patterns, count_of_fields_before_a_count_is_context)
{
	report r;
	build(&r,
	      "动态调整27个领域759项“免罚轻罚”事项。落实15个方面300多项改革举措。"
	      "制定4个方面的保障措施。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "759", "项", (want){"动态调整“免罚轻罚”事项", "759", "项", NULL, 0, 2023});
	expect(&r, "300", "项", (want){"改革举措", "300", "项", NULL, 0, 2023});
	expect(&r, "4", "个", (want){"制定方面", "4", "个", NULL, 0, 2023});
	report_free(&r);
}

/* Adverbs of how a figure came about (首次突破, 大幅增长, 再次) are no part of
 * its name; a stock stated with 总量首次 still takes the subject before it,
 * and the growth stated before it. */
Test(extract_patterns, adverbs_before_the_verb_leave_the_name)
{
	report r;
	build(&r,
	      "出口首次突破200亿元。入境游客大幅增长86.8%。"
	      "一般公共预算收入增长5%，总量首次突破190亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "200", "亿元", (want){"出口", "20000000000", "元", NULL, 0, 2023});
	expect(&r, "86.8", "%", (want){"入境游客", "86.8", "%", "86.8", 0, 2023});
	/* the growth stated first is the total's (gold rule 1) */
	expect(&r, "190", "亿元",
	       (want){"一般公共预算收入总量", "19000000000", "元", "5", 0, 2023});
	report_free(&r);
}

/* Listed subjects of unequal length share the indicator head of the last one
 * (制造业、战略性新兴产业贷款; 航空货邮和旅客吞吐量) unless they name an
 * indicator of their own (接待游客人数和旅游收入). */
Test(extract_patterns, listed_subjects_share_the_last_ones_head)
{
	report r;
	build(&r,
	      "制造业、战略性新兴产业贷款分别增长12.7%、27.2%。"
	      "机场航空货邮和旅客吞吐量分别增长4%、11.3%。"
	      "接待游客人数和旅游收入分别增长10.8%、11.1%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "12.7", "%", (want){"制造业贷款", "12.7", "%", "12.7", 0, 2023});
	expect(&r, "27.2", "%", (want){"战略性新兴产业贷款", "27.2", "%", "27.2", 0, 2023});
	expect(&r, "4", "%", (want){"机场航空货邮吞吐量", "4", "%", "4", 0, 2023});
	expect(&r, "11.3", "%", (want){"旅客吞吐量", "11.3", "%", "11.3", 0, 2023});
	expect(&r, "10.8", "%", (want){"接待游客人数", "10.8", "%", "10.8", 0, 2023});
	expect(&r, "11.1", "%", (want){"旅游收入", "11.1", "%", "11.1", 0, 2023});
	report_free(&r);
}

/* Verbs of a level held or reached (保持, 升至, 继续保持, 持续保持在) end no
 * name, also of a ranking; 水土保持率 keeps its own 保持. */
Test(extract_patterns, levels_held_or_reached_leave_the_name)
{
	report r;
	build(&r,
	      "断面水质优良率保持100%。区域创新能力继续保持全国第4位。快递业务量升至全国第7位。"
	      "民生支出占比持续保持在70%以上。水土保持率达到66.2%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "100", "%", (want){"断面水质优良率", "100", "%", NULL, 0, 2023});
	expect(&r, "4", "位", (want){"区域创新能力", "4", "位", NULL, 0, 2023});
	expect(&r, "7", "位", (want){"快递业务量", "7", "位", NULL, 0, 2023});
	expect(&r, "70", "%", (want){"民生支出占比", "70", "%", NULL, 0, 2023});
	expect(&r, "66.2", "%", (want){"水土保持率", "66.2", "%", NULL, 0, 2023});
	report_free(&r);
}

/* 分别 between listed subjects and their verb leaves the names (交通完成投资,
 * not 交通分别完成投资); the subjects still split in order. */
Test(extract_patterns, respectively_inside_a_name_is_cut)
{
	report r;
	build(&r,
	      "交通、能源、水利分别完成投资325亿元、214亿元、74亿元。"
	      "地方性法规分别新增10部和12部。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "325", "亿元", (want){"交通完成投资", "32500000000", "元", NULL, 0, 2023});
	expect(&r, "214", "亿元", (want){"能源完成投资", "21400000000", "元", NULL, 0, 2023});
	expect(&r, "74", "亿元", (want){"水利完成投资", "7400000000", "元", NULL, 0, 2023});
	expect(&r, "10", "部", (want){"地方性法规新增", "10", "部", NULL, 0, 2023});
	expect(&r, "12", "部", (want){"地方性法规新增", "12", "部", NULL, 0, 2023});
	report_free(&r);
}

/* A counted head inside a longer one (事项 of 实事项目) does not end the noun
 * phrase: no cut word (民生实事项); 事项 before a predicate still does. */
Test(extract_patterns, head_inside_a_longer_head_cuts_no_word)
{
	report r;
	build(&r, "实施30项为民办实事项目。推动25个审批事项全程网办。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "30", "项", (want){"为民办实事项目", "30", "项", NULL, 0, 2023});
	expect(&r, "25", "个", (want){"审批事项", "25", "个", NULL, 0, 2023});
	report_free(&r);
}

/* A unit per a span of time (740元/月, 1500万吨/年) keeps its /月 and leaves
 * the name alone; the level a change starts from and the one it reaches are
 * one 城乡 subject's even when another clause of the sentence says 分别. */
Test(extract_patterns, units_per_time_and_changes_of_one_subject)
{
	report r;
	build(&r,
	      "城乡低保标准分别提高到800元/月和600元/月，"
	      "城乡居民基础养老金最低标准从98元/月提高到178元/月。"
	      "新增污水处理能力18.92万吨/日。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "800", "元/月", (want){"城镇低保标准", "800", "元/月", NULL, 0, 2023});
	expect(&r, "600", "元/月", (want){"农村低保标准", "600", "元/月", NULL, 0, 2023});
	expect(&r, "98", "元/月",
	       (want){"城乡居民基础养老金最低标准", "98", "元/月", NULL, 0, 2022});
	expect(&r, "178", "元/月",
	       (want){"城乡居民基础养老金最低标准", "178", "元/月", NULL, 0, 2023});
	expect(&r, "18.92", "万吨/日",
	       (want){"新增污水处理能力", "189200", "吨/日", NULL, 0, 2023});
	report_free(&r);
}

/* Rates listed after one verb without 分别 are one rate per subject, in
 * order, with the verb's sign (gold rules 18, 29); with as many figures
 * before, one rate per figure. */
Test(extract_patterns, rates_listed_after_one_verb)
{
	report r;
	build(&r,
	      "盗窃案件、诈骗案件同比下降12.5%、8.4%。"
	      "旅游人数、旅游收入增长9%和11.2%。"
	      "游客接待量1200万人次、旅游收入95亿元，增长7%和10%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "-12.5", "%", (want){"盗窃案件", "-12.5", "%", "-12.5", 0, 2023});
	expect(&r, "-8.4", "%", (want){"诈骗案件", "-8.4", "%", "-8.4", 0, 2023});
	expect(&r, "9", "%", (want){"旅游人数", "9", "%", "9", 0, 2023});
	expect(&r, "11.2", "%", (want){"旅游收入", "11.2", "%", "11.2", 0, 2023});
	expect(&r, "1200", "万人次", (want){"游客接待量", "12000000", "人次", "7", 0, 2023});
	expect(&r, "95", "亿元", (want){"旅游收入", "9500000000", "元", "10", 0, 2023});
	report_free(&r);

	/* ，80% after a rate starts another clause: no list without 分别 */
	build(&r, "民生支出增长5%，80%用于教育。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "5", "%", (want){"民生支出", "5", "%", "5", 0, 2023});
	cr_assert_null(find_nth(&r, "80", "%", 0)->yoy_pct);
	report_free(&r);
}

/* A list of rates after 分别 with fewer figures before it than rates, when
 * the rates' own clause names subjects: the rates are the subjects'; a
 * bound after each rate of a list does not end it. */
Test(extract_patterns, listed_rates_of_their_own_subjects)
{
	report r;
	build(&r,
	      "服务业占比52%，对欧盟、东盟进出口分别增长12%、9%。"
	      "一二三产增加值分别增长3%左右、6%左右、5%左右。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "52", "%", (want){"服务业占比", "52", "%", NULL, 0, 2023});
	expect(&r, "12", "%", (want){"对欧盟进出口", "12", "%", "12", 0, 2023});
	expect(&r, "9", "%", (want){"东盟进出口", "9", "%", "9", 0, 2023});
	/* the ordinals run together are three industries (第N产业) */
	expect(&r, "3", "%", (want){"第一产业增加值", "3", "%", "3", 0, 2023});
	expect(&r, "6", "%", (want){"第二产业增加值", "6", "%", "6", 0, 2023});
	expect(&r, "5", "%", (want){"第三产业增加值", "5", "%", "5", 0, 2023});
	cr_assert_eq(find_nth(&r, "3", "%", 0)->qualifier, QUAL_APPROX);
	report_free(&r);
}

/* Subjects listed before a change over years or against another base end
 * before 分别, 年均, the base year or the other base, in any order; a list
 * over years keeps 年均增长 in its names, and without subjects the rates are
 * the changes of as many figures before them. */
Test(extract_patterns, listed_changes_against_other_bases)
{
	report r;
	build(&r,
	      "公路、铁路投资分别比“十三五”时期增长20%、35%。"
	      "事故起数、死亡人数比2020年分别下降40%、30%。"
	      "工业和服务业增加值年均增长6%、7%。"
	      "建成道路300公里，改造管网1.2万公里，较“十三五”时期分别增长8%、25%。",
	      "工作总结", 2026, 0);
	cr_assert_eq(r.n_metrics, 10);
	expect(&r, "20", "%", (want){"公路投资", "20", "%", NULL, 0, 2026});
	expect(&r, "35", "%", (want){"铁路投资", "35", "%", NULL, 0, 2026});
	expect(&r, "-40", "%", (want){"事故起数", "-40", "%", NULL, 0, 2026});
	expect(&r, "-30", "%", (want){"死亡人数", "-30", "%", NULL, 0, 2026});
	expect(&r, "6", "%", (want){"工业增加值年均增长", "6", "%", NULL, 0, 2026});
	expect(&r, "7", "%", (want){"服务业增加值年均增长", "7", "%", NULL, 0, 2026});
	expect(&r, "300", "公里", (want){"建成道路", "300", "公里", NULL, 0, 2026});
	expect(&r, "8", "%", (want){"建成道路较“十三五”时期增长", "8", "%", NULL, 0, 2026});
	expect(&r, "25", "%", (want){"改造管网较“十三五”时期增长", "25", "%", NULL, 0, 2026});
	cr_assert_eq(find_nth(&r, "-40", "%", 0)->base_year, 2020);
	report_free(&r);
}

/* The year's target quoted after a growth, in parentheses: a figure of its
 * own, a growth rate (value = yoy), a target, named by the growth's subject
 * (gold rule 27); the result keeps its own growth. */
Test(extract_patterns, target_quoted_after_a_growth)
{
	report r;
	build(&r,
	      "工业增加值完成35.6亿元，增长7.5%(年度目标6%以上)；"
	      "外贸进出口增长12%（预期目标8%左右）。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "35.6", "亿元", (want){"工业增加值", "3560000000", "元", "7.5", 0, 2023});
	expect(&r, "6", "%", (want){"工业增加值（年度目标）", "6", "%", "6", 1, 2023});
	expect(&r, "12", "%", (want){"外贸进出口", "12", "%", "12", 0, 2023});
	expect(&r, "8", "%", (want){"外贸进出口（预期目标）", "8", "%", "8", 1, 2023});
	cr_assert_eq(find_nth(&r, "6", "%", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "8", "%", 0)->qualifier, QUAL_APPROX);
	report_free(&r);

	/* a percentage in parentheses that is no target stays what it was */
	build(&r, "投资增长9%（其中民间投资占40%）。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "40", "%", (want){"民间投资占", "40", "%", NULL, 0, 2023});
	report_free(&r);
}

/* A growth in % right after a rate in % is no yoy of the rate (whose change
 * is in points): a figure of its own, named by the rate and the verb (gold
 * rules 5, 29); a growth rate named as such (增长率) is a growth. */
Test(extract_patterns, growth_after_a_rate_and_growth_rates_by_name)
{
	report r;
	build(&r,
	      "高考本科上线率68.5%，增长4.2%。"
	      "森林覆盖率30%，同比提高2%。"
	      "确保研发投入增长率保持在10%以上。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "68.5", "%", (want){"高考本科上线率", "68.5", "%", NULL, 0, 2023});
	expect(&r, "4.2", "%", (want){"高考本科上线率增长", "4.2", "%", "4.2", 0, 2023});
	expect(&r, "30", "%", (want){"森林覆盖率", "30", "%", NULL, 0, 2023});
	expect(&r, "2", "%", (want){"森林覆盖率提高", "2", "%", "2", 0, 2023});
	expect(&r, "10", "%", (want){"研发投入", "10", "%", "10", 1, 2024});
	report_free(&r);
}

/* What a procedure takes (办理时间, 办事效率, 跑动次数) changes against the
 * procedure before a reform, not against last year (gold rules 4, 33),
 * unless the clause says 同比; an average change (平均降幅) is none either. */
Test(extract_patterns, changes_of_procedures_and_averages_are_no_yoy)
{
	report r;
	build(&r,
	      "企业开办平均办理时间减少60%，审批效率提升50%，群众跑动次数压缩80%。"
	      "审批时间同比缩短20%。"
	      "集采药品价格平均降幅50%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "-60", "%", (want){"企业开办平均办理时间减少", "-60", "%", NULL, 0, 2023});
	expect(&r, "50", "%", (want){"审批效率提升", "50", "%", NULL, 0, 2023});
	expect(&r, "-80", "%", (want){"群众跑动次数压缩", "-80", "%", NULL, 0, 2023});
	expect(&r, "-20", "%", (want){"审批时间", "-20", "%", "-20", 0, 2023});
	expect(&r, "-50", "%", (want){"集采药品价格平均降幅", "-50", "%", NULL, 0, 2023});
	report_free(&r);
}

/* One number after 均 for subjects listed with 、 is one figure named by all
 * of them (gold rule 18), growth or level; a figure inside the list (A
 * 100家、B均…) leaves the name to the clause. */
Test(extract_patterns, one_number_after_jun_for_listed_subjects)
{
	report r;
	build(&r,
	      "受理率、办结率、回访率均为100%。"
	      "进口额、出口额同比均增长15%以上。"
	      "创新平台、孵化载体均达到30家。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "100", "%", (want){"受理率、办结率、回访率", "100", "%", NULL, 0, 2023});
	expect(&r, "15", "%", (want){"进口额、出口额", "15", "%", "15", 0, 2023});
	expect(&r, "30", "家", (want){"创新平台、孵化载体", "30", "家", NULL, 0, 2023});
	report_free(&r);

	/* 人均 holds no 均; a figure in the list keeps the list out */
	build(&r, "居民人均收入、人均消费增长6%。企业120家、机构均增长5%。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "6", "%", (want){"人均消费", "6", "%", "6", 0, 2023});
	cr_assert_str_eq(find_nth(&r, "5", "%", 0)->name, "机构");
	report_free(&r);
}

/* A capacity between an owner and a noun, in a list that ends with the
 * projects it counts (等3个新能源项目), names one of them (gold rules 11,
 * 21); after a verb of doing it is the amount done. The people of a place
 * (20万人民) are rhetoric (gold rule 9); the count of the indicators one
 * ranking covers is context (gold rule 28). */
Test(extract_patterns, project_capacities_in_lists_populations_and_ranked_indicators)
{
	report r;
	build(&r,
	      "推进中能150兆瓦风力发电、北控80兆瓦光伏发电等2个项目建设。"
	      "全年新增装机120兆瓦、储能50兆瓦。"
	      "始终同全市20万人民站在一起，带动3万人就业。"
	      "空气质量5项指标稳居全省第一。",
	      "工作总结", 2023, 0);
	/* 项目 2, 装机 120, 储能 50, 就业 3万人, the ranking 1 */
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "2", "个", (want){"项目", "2", "个", NULL, 0, 2023});
	expect(&r, "120", "兆瓦", (want){"新增装机", "120", "兆瓦", NULL, 0, 2023});
	expect(&r, "50", "兆瓦", (want){"储能", "50", "兆瓦", NULL, 0, 2023});
	expect(&r, "3", "万人", (want){"带动就业", "30000", "人", NULL, 0, 2023});
	cr_assert(find_nth(&r, "1", "名", 0)->is_ranking);
	report_free(&r);
}

/* A milestone passed (突破N亿元大关, 迈上N亿斤新台阶) is a figure, a lower
 * bound with the milestone word part of it, so that a growth after it binds
 * to it, also when the measured value follows; a qualifier before the first
 * of listed figures is every one's. */
Test(extract_patterns, milestones_are_figures)
{
	report r;
	build(&r,
	      "工业总产值首次突破200亿元大关，增长6.5%。"
	      "粮食产量迈上50亿斤新台阶，达到52.3亿斤。"
	      "两个产业集群营收力争分别突破20亿元、30亿元大关。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "200", "亿元", (want){"工业总产值", "20000000000", "元", "6.5", 0, 2023});
	cr_assert_eq(find_nth(&r, "200", "亿元", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "50", "亿斤", 0)->qualifier, QUAL_LOWER_BOUND);
	expect(&r, "52.3", "亿斤", (want){"粮食产量", "5230000000", "斤", NULL, 0, 2023});
	cr_assert_eq(find_nth(&r, "20", "亿元", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "30", "亿元", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "30", "亿元", 0)->is_target, 1);
	report_free(&r);
}

/* A unit with an alternative in parentheses is kept whole (gold rule 34),
 * also scaled; parentheses holding anything else end the unit. */
Test(extract_patterns, units_with_an_alternative_unit)
{
	report r;
	build(&r, "筹集保障性住房850套（间）。更新设备2.5万台（套）。新建学校3所（其中小学2所）。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "850", "套（间）", (want){"筹集保障性住房", "850", "套（间）", NULL, 0, 2023});
	expect(&r, "2.5", "万台（套）", (want){"更新设备", "25000", "台（套）", NULL, 0, 2023});
	expect(&r, "3", "所", (want){"新建学校", "3", "所", NULL, 0, 2023});
	report_free(&r);
}

/* 榜首 and 首位 after a ranking verb or a scope are first place (gold rules
 * 7, 31: 1 名 and 1 位); 首个, 首批 and a 首位 that ranks nothing are none. */
Test(extract_patterns, first_place_rankings)
{
	report r;
	build(&r,
	      "港口吞吐量稳居全国榜首。新能源汽车产量跃居全省首位。"
	      "建成全省首个数字园区，首批5家企业入驻，首位客户签约。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "1", "名", (want){"港口吞吐量", "1", "名", NULL, 0, 2023});
	expect(&r, "1", "位", (want){"新能源汽车产量", "1", "位", NULL, 0, 2023});
	cr_assert(find_nth(&r, "1", "位", 0)->is_ranking);
	/* 首批5家 is a count (its name is the naming pass's), no ranking */
	cr_assert_not(find_nth(&r, "5", "家", 0)->is_ranking);
	report_free(&r);
}

/* Wholes and frames are context (gold rules 9, 30, 35): a count heading its
 * clause whose part follows (已交付 / 其余 + a count of the same measure
 * word), a count with a share of it right after its noun, the places a
 * goal is framed by (以…等N个片区为重点), the towns the villages counted
 * after are in. The part, the share, the villages stay figures; tasks framed
 * the same way and people reached in several units do too. */
Test(extract_patterns, wholes_frames_and_places_are_context)
{
	report r;
	build(&r,
	      "二期15个安置小区已交付9个。"
	      "12个重点项目除一个外，其余11个全部完工。"
	      "46条河流97.5%达到Ⅲ类水质。"
	      "以滨海湾等3个片区为重点，建设旅游度假区。"
	      "对5个乡镇26个村实施污水收集。"
	      "以办好12件民生实事为牵引。"
	      "惠及60个乡镇20万群众。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "9", "个", (want){"安置小区已交付", "9", "个", NULL, 0, 2023});
	/* the names of these are the naming pass's (其余, 对5个乡镇…的村): only
	 * which figures there are is asserted */
	cr_assert_null(find_nth(&r, "11", "个", 0)->yoy_pct);
	expect(&r, "97.5", "%", (want){"河流", "97.5", "%", NULL, 0, 2023});
	cr_assert_null(find_nth(&r, "26", "个", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "12", "件", 0)->yoy_pct);
	expect(&r, "60", "个", (want){"惠及乡镇", "60", "个", NULL, 0, 2023});
	expect(&r, "20", "万人", (want){"乡镇群众", "200000", "人", NULL, 0, 2023});
	report_free(&r);
}

/* A clause of the figure's standing with no number between a figure and its
 * growth (稳居全国前十强) leaves the growth the figure's; a standing with a
 * number is a ranking of its own and the growth stays apart. */
Test(extract_patterns, growth_after_a_standing_clause)
{
	report r;
	build(&r,
	      "全市地区生产总值达到3200亿元、稳居全省前列、增长5.6%。"
	      "工业产值800亿元、居全省第3位、增长7%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "3200", "亿元", (want){"地区生产总值", "320000000000", "元", "5.6", 0, 2023});
	expect(&r, "800", "亿元", (want){"工业产值", "80000000000", "元", NULL, 0, 2023});
	cr_assert_str_eq(find_nth(&r, "7", "%", 0)->yoy_pct, "7");
	report_free(&r);
}

/* A sentence that opens with a year of its own is about that year, not the
 * span its paragraph opened with: its growths are year over year and its
 * figures take the year (also after ；). A sentence of the same paragraph
 * that names no year keeps the span's: no yoy. */
Test(extract_patterns, sentence_opening_with_a_year_leaves_the_paragraphs_span)
{
	report r;
	build(&r,
	      "“十四五”时期，规模以上工业产值增长46%。"
	      "2022年，全区规模以上工业产值480亿元，增长7.5%；社会消费品零售总额95亿元，增长4.2%。",
	      "工作总结", 2022, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "46", "%", (want){"规模以上工业产值", "46", "%", NULL, 0, 0});
	expect(&r, "480", "亿元", (want){"规模以上工业产值", "48000000000", "元", "7.5", 0, 2022});
	expect(&r, "95", "亿元", (want){"社会消费品零售总额", "9500000000", "元", "4.2", 0, 2022});
	report_free(&r);

	/* in a plan: a later year's goals, each of them that year's */
	build(&r,
	      "“十四五”时期，全区将加快建设现代化产业体系。"
	      "  2025年全区生产总值达到520亿元；固定资产投资达到210亿元。",
	      "工作报告", 2021, 1);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "520", "亿元", (want){"生产总值", "52000000000", "元", NULL, 1, 2025});
	expect(&r, "210", "亿元", (want){"固定资产投资", "21000000000", "元", NULL, 1, 2025});
	report_free(&r);
}

/* 不少于 and 不低于 right before a number are 至少: a lower bound, approx;
 * 不低于 before words (不低于全国平均水平) bounds no figure. */
Test(extract_patterns, not_less_than_is_a_lower_bound)
{
	report r;
	build(&r,
	      "新建社区食堂不少于12家，绿色建筑占比不低于65%，新增停车位3000个，"
	      "居民收入增速不低于全省平均水平。",
	      "工作总结", 2024, 1);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_eq(find_nth(&r, "12", "家", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "65", "%", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "3000", "个", 0)->qualifier, QUAL_NONE);
	report_free(&r);
}

/* A clause of its own stating a base (与…相比，) holds for the changes
 * after it up to 。or ；: against a year other than the year before, or a
 * base that is no year, they are no yoy, and keep the base year. 与上年相比
 * is year over year; the next sentence is no longer under the base. */
Test(extract_patterns, base_stated_in_a_clause_before_the_changes)
{
	report r;
	build(&r,
	      "与2015年相比，工业总产值增长62.4%、税收收入增长48%，出口额增长30%。"
	      "出口额增长9%。"
	      "与开园时相比，入驻企业数量增长150%。"
	      "与上年相比，新增企业300家，增长12%。",
	      "工作总结", 2020, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "62.4", "%", (want){"工业总产值较2015年增长", "62.4", "%", NULL, 0, 2020});
	expect(&r, "48", "%", (want){"税收收入较2015年增长", "48", "%", NULL, 0, 2020});
	expect(&r, "30", "%", (want){"出口额较2015年增长", "30", "%", NULL, 0, 2020});
	cr_assert_eq(find_nth(&r, "48", "%", 0)->base_year, 2015);
	expect(&r, "9", "%", (want){"出口额", "9", "%", "9", 0, 2020});
	expect(&r, "150", "%", (want){"入驻企业数量增长", "150", "%", NULL, 0, 2020});
	cr_assert_eq(find_nth(&r, "150", "%", 0)->base_year, 0);
	expect(&r, "300", "家", (want){"新增企业", "300", "家", "12", 0, 2020});
	report_free(&r);
}

/* Year over year is against the year before the one a figure is about, read
 * from the report's parts whatever kind it is given as: a report of 2014
 * reviewing 2013 and planning 2014 takes 比2012年 in the review and 比2013年
 * in the plan as year over year, and 比2010年 as a base of its own, as a
 * 政府工作报告 would. */
Test(extract_patterns, year_before_is_read_from_the_parts_whatever_the_kind)
{
	static const char *const kinds[] = {"工作报告", NULL, "政府工作报告", "工作总结"};
	const char *doc = "一、2013年工作回顾\n"
	                  "园区营业收入820亿元，比2012年增长11%；税收收入比2010年增长64%。\n"
	                  "二、2014年工作安排\n"
	                  "园区营业收入比2013年增长10%。\n";
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		parse_options o = {"测试园区管委会", 2014, kinds[k]};
		parse_error e;
		report r;
		memset(&r, 0, sizeof r);
		cr_assert_eq(report_parse((const unsigned char *)doc, strlen(doc), &o, &r, &e),
		             PARSE_OK, "%s", e.message);
		cr_assert_eq(r.n_metrics, 3, "kind %s: %zu", kinds[k] ? kinds[k] : "none",
		             r.n_metrics);
		expect(&r, "820", "亿元",
		       (want){"园区营业收入", "82000000000", "元", "11", 0, 2013});
		expect(&r, "64", "%", (want){"税收收入较2010年增长", "64", "%", NULL, 0, 2013});
		expect(&r, "10", "%", (want){"园区营业收入", "10", "%", "10", 1, 2014});
		report_free(&r);
	}
}

/* A note in parentheses between the verb and its rate (（下同）, （按可比价
 * 计算）) leaves the rate the growth of the figure before. */
Test(extract_patterns, note_between_a_growth_verb_and_its_rate)
{
	report r;
	build(
	    &r,
	    "规模以上工业总产值356亿元，同比增长（下同）9.2%；社会消费品零售总额88亿元，增长6.1%；"
	    "入库税收18亿元，同比下降（按同口径）3.5%。",
	    "工作总结", 2021, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "356", "亿元",
	       (want){"规模以上工业总产值", "35600000000", "元", "9.2", 0, 2021});
	expect(&r, "88", "亿元", (want){"社会消费品零售总额", "8800000000", "元", "6.1", 0, 2021});
	expect(&r, "18", "亿元", (want){"入库税收", "1800000000", "元", "-3.5", 0, 2021});
	report_free(&r);
}

/* 年 opening the clause before a rate of growth (，年增长率达…) makes the
 * annual growth of the figure before; 年均增速 stays a span. */
Test(extract_patterns, annual_growth_rate_after_a_figure)
{
	report r;
	build(&r,
	      "新增市场主体2300户，年增长率达12.5%；引进人才860人，年增速18%；"
	      "技术合同成交额9亿元，年均增速20%。",
	      "工作总结", 2019, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "2300", "户", (want){"新增市场主体", "2300", "户", "12.5", 0, 2019});
	expect(&r, "860", "人", (want){"引进人才", "860", "人", "18", 0, 2019});
	expect(&r, "9", "亿元", (want){"技术合同成交额", "900000000", "元", NULL, 0, 2019});
	cr_assert_null(find_nth(&r, "20", "%", 0)->yoy_pct);
	report_free(&r);
}

/* One 以上 / 左右 after objects listed after one verb is every object's
 * (gold rule 32); where each item has a verb of its own, or no verb opens
 * the list, it stays the last figure's. */
Test(extract_patterns, qualifier_after_objects_of_one_verb)
{
	report r;
	build(&r,
	      "完成道路绿化12公里、河道清淤8公里以上。"
	      "新建公园3个、改造游园5个左右。"
	      "幼儿园4所、小学2所左右。",
	      "工作总结", 2024, 1);
	cr_assert_eq(r.n_metrics, 6);
	cr_assert_eq(find_nth(&r, "12", "公里", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "8", "公里", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "3", "个", 0)->qualifier, QUAL_NONE);
	cr_assert_eq(find_nth(&r, "5", "个", 0)->qualifier, QUAL_APPROX);
	cr_assert_eq(find_nth(&r, "4", "所", 0)->qualifier, QUAL_NONE);
	cr_assert_eq(find_nth(&r, "2", "所", 0)->qualifier, QUAL_APPROX);
	report_free(&r);

	/* Objects whose words hold a title or a threshold are still listed. */
	build(&r,
	      "新增国家高新技术企业200家、国家级专精特新“小巨人”企业30家以上。"
	      "引进营收10亿元以上企业10家、纳税1000万元以上企业30家、持牌金融机构6家以上。",
	      "工作总结", 2024, 1);
	cr_assert_eq(r.n_metrics, 5);
	cr_assert_eq(find_nth(&r, "200", "家", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "10", "家", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "30", "家", 1)->qualifier, QUAL_LOWER_BOUND);
	report_free(&r);
}

/* The start of a change read from the clause tokens: 从 / 由 (CT_FROM) with
 * only a time before the figure, a verb of a level reached (CT_TO) right
 * after it and a number within reach (past a time or words). Not 由于 / 从严
 * (no CT_FROM), nor a level reached that is no number. */
Test(extract_patterns, start_of_a_change_from_the_clause_tokens)
{
	report r;
	build(&r,
	      "养老金由2019年末的2100元提高到每月2600元。"
	      "由于产能调整，产量从严控制在80万吨。"
	      "人均绿地面积从12平方米提高至全省平均水平。",
	      "工作计划", 2024, 1);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert(find_nth(&r, "2100", "元", 0)->period_year == 2019);
	cr_assert_not(find_nth(&r, "2100", "元", 0)->is_target);
	cr_assert(find_nth(&r, "2600", "元", 0)->is_target);
	cr_assert_eq(find_nth(&r, "2600", "元", 0)->period_year, 2025);
	cr_assert(find_nth(&r, "80", "万吨", 0)->is_target);
	/* no number reached: the 12 is the plan's own figure */
	cr_assert(find_nth(&r, "12", "平方米", 0)->is_target);
	report_free(&r);
}

/* 均 or 分别 between a verb of change and its link or rate (降幅均达, 增速
 * 均超过, 增速分别达到): the verb still binds the rate, a year-over-year
 * growth; a rate noun opening its clause with no subject names it. 平均
 * before the verb still makes an average. */
Test(extract_patterns, each_word_after_the_verb_of_change)
{
	report r;
	build(&r,
	      "单位产值能耗、水耗持续下降，降幅均达5%以上。"
	      "电子、装备行业增加值增速均超过20%。"
	      "存款、贷款余额增速分别达到6.5%和7.2%。"
	      "审批时限平均压缩50%。",
	      "工作总结", 2023, 0);
	expect(&r, "-5", "%", (want){"降幅", "-5", "%", "-5", 0, 2023});
	expect(&r, "20", "%", (want){"电子、装备行业增加值", "20", "%", "20", 0, 2023});
	expect(&r, "6.5", "%", (want){"存款余额", "6.5", "%", "6.5", 0, 2023});
	expect(&r, "7.2", "%", (want){"贷款余额", "7.2", "%", "7.2", 0, 2023});
	/* 平均 before the verb is an average over items, no yoy (gold rule 25) */
	expect(&r, "-50", "%", (want){"审批时限平均压缩", "-50", "%", NULL, 0, 2023});
	report_free(&r);
}

/* A growth ending its clause, then a clause opening with 实现 / 完成 and an
 * amount: one figure, the amount with the growth as yoy (gold rule 1), when
 * the growth's clause named no subject (the clause before did) or the
 * amount's name is only a measure of the growth's subject. Two indicators,
 * another verb, or no verb stay two figures (gold rule 70). */
Test(extract_patterns, growth_before_the_amount_of_the_next_clause)
{
	report r;
	build(&r,
	      "工业生产持续回暖，全年增长6.8%，完成规模以上工业增加值520亿元。"
	      "预计数字经济核心产业增长15%，实现营业收入230亿元。"
	      "工业增加值增长8%，完成固定资产投资300亿元。"
	      "一般公共预算收入增长2%，全社会固定资产投资78亿元。"
	      "旅游业增长12%，带动就业2万人。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 8);
	expect(&r, "520", "亿元",
	       (want){"规模以上工业增加值", "52000000000", "元", "6.8", 0, 2023});
	expect(&r, "230", "亿元",
	       (want){"数字经济核心产业营业收入", "23000000000", "元", "15", 0, 2023});
	expect(&r, "8", "%", (want){"工业增加值", "8", "%", "8", 0, 2023});
	expect(&r, "300", "亿元", (want){"固定资产投资", "30000000000", "元", NULL, 0, 2023});
	expect(&r, "2", "%", (want){"一般公共预算收入", "2", "%", "2", 0, 2023});
	expect(&r, "78", "亿元", (want){"全社会固定资产投资", "7800000000", "元", NULL, 0, 2023});
	expect(&r, "12", "%", (want){"旅游业", "12", "%", "12", 0, 2023});
	report_free(&r);
}

/* A ranking clause of its own (a ranking verb, the scope, the ranking)
 * between a figure and its growth is the figure's standing: the growth is
 * the figure's (gold rule 67), the ranking stays a figure. Without a ranking
 * verb the clause is no standing of the figure, and the growth stays its
 * own. */
Test(extract_patterns, ranking_between_a_figure_and_its_growth)
{
	report r;
	build(&r,
	      "外贸进出口总额50亿元，排名全省第三，同比下降2.1%。"
	      "实际利用外资8亿美元，居全市第一，增长12.5%。"
	      "新增企业200家，全市第一，增长12%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "50", "亿元", (want){"外贸进出口总额", "5000000000", "元", "-2.1", 0, 2023});
	expect(&r, "3", "名", (want){"外贸进出口总额", "3", "名", NULL, 0, 2023});
	expect(&r, "8", "亿美元", (want){"实际利用外资", "800000000", "美元", "12.5", 0, 2023});
	expect(&r, "200", "家", (want){"新增企业", "200", "家", NULL, 0, 2023});
	cr_assert_str_eq(find_nth(&r, "12", "%", 0)->yoy_pct, "12");
	report_free(&r);
}

/* A rate before 的 and a noun of change that ends its clause (or comes
 * before 目标) is a growth rate, its own yoy (gold rule 2): 实现15%的高增长.
 * Not over a span (年均实现7%的增长, gold rule 3), nor a rate whose noun goes
 * on (贡献了30%的增长来自…). */
Test(extract_patterns, rate_before_a_noun_of_growth)
{
	report r;
	build(&r,
	      "现代物流业发展势头强劲，实现12%的较快增长。"
	      "单位产值能耗实现6%的降幅。"
	      "服务业年均实现7%的增长。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(find_nth(&r, "12", "%", 0)->yoy_pct, "12");
	expect(&r, "-6", "%", (want){"单位产值能耗", "-6", "%", "-6", 0, 2023});
	cr_assert_null(find_nth(&r, "7", "%", 0)->yoy_pct);
	report_free(&r);
}

/* A run of capital letters naming the indicator right before its number
 * (人均GDP21.5万元, 接入AP3000个) is no code: the figure stays. Codes of one
 * letter (K2次), list orders (TOP20名) and pollutants (PM2.5) are no
 * figures. */
Test(extract_patterns, indicator_abbreviation_before_its_number)
{
	report r;
	build(&r,
	      "全区人均GDP21.5万元，每平方公里产出GDP12.6亿元。"
	      "新建公共无线网络，接入AP3000个。"
	      "开通K2次列车，入围TOP20名单，PM2.5年均浓度28微克/立方米。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "21.5", "万元", (want){"人均GDP", "215000", "元", NULL, 0, 2023});
	expect(&r, "12.6", "亿元", (want){"每平方公里产出GDP", "1260000000", "元", NULL, 0, 2023});
	expect(&r, "3000", "个", (want){"接入AP", "3000", "个", NULL, 0, 2023});
	report_free(&r);
}

/* An amount passed (超, 超过, 过) right before a class of things and their
 * count is the class's threshold (gold rule 10): only the count is a
 * figure. An amount spent before a verb of doing (投资超8亿元建设) is a
 * figure. */
Test(extract_patterns, amount_passed_sorting_a_counted_class)
{
	report r;
	build(&r,
	      "全区营业收入超5亿元企业达到18家，总投资超20亿元的重大项目12个。"
	      "完成投资超8亿元建设4个安置区。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "18", "家", 0)->unit, "家");
	cr_assert_str_eq(find_nth(&r, "12", "个", 0)->unit, "个");
	cr_assert_str_eq(find_nth(&r, "8", "亿元", 0)->unit, "亿元");
	cr_assert_str_eq(find_nth(&r, "4", "个", 0)->unit, "个");
	report_free(&r);
}

/* Rankings without a verb or a scope before 第: the place said as such,
 * 第N名 ending its clause; 之首 after a ranking verb (first place); 第N大
 * after a scope (a rank by size, gold rule 40) or after 成为 (gold decision
 * 364: 新能源成为第一大电源 → 1 名). 第N名 inside a longer noun is no
 * ranking. */
Test(extract_patterns, places_said_as_such_are_rankings)
{
	report r;
	build(&r,
	      "区消防救援大队获全省技能比武“灭火救援”第二名。安全生产工作全市考核第一名。"
	      "税收增速居全省之首。前海项目是全省第二大城市更新项目。"
	      "第一名患者出院，新能源成为第一大电源。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	cr_assert_str_eq(find_nth(&r, "1", "名", 2)->name, "新能源");
	cr_assert_str_eq(find_nth(&r, "2", "名", 0)->unit, "名");
	cr_assert_str_eq(find_nth(&r, "1", "名", 0)->name, "安全生产工作全市考核");
	cr_assert_str_eq(find_nth(&r, "1", "名", 1)->name, "税收增速");
	cr_assert_str_eq(find_nth(&r, "2", "名", 1)->name, "前海项目");
	report_free(&r);

	/* first place after 居 (全市居首) and laurels won (首摘全市桂冠); 居首位
	 * is read at 首位 once */
	build(&r, "环卫指数全市居首。文明指数测评首摘全市桂冠。出口额居首位。", "工作总结", 2023,
	      0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(find_nth(&r, "1", "名", 0)->name, "环卫指数");
	cr_assert_str_eq(find_nth(&r, "1", "名", 1)->name, "文明指数测评");
	cr_assert_str_eq(find_nth(&r, "1", "位", 0)->name, "出口额");
	report_free(&r);
}

/* A measure bounded by 以上 right after a verb of work done, before the work
 * (完成…以上…改造), is the amount done, approximate (gold rule 6); a measure
 * that sorts things counted after it, or after another verb (梳理), stays a
 * threshold (gold rule 10). */
Test(extract_patterns, amount_of_work_done_bounded_by_at_least)
{
	report r;
	build(&r,
	      "完成50万平方米以上老旧厂房改造，释放8平方公里以上产业空间。"
	      "重点梳理2万平方米以上地块。完成1万平方米以上商业综合体3个。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	const rp_metric *m = find_nth(&r, "50", "万平方米", 0);
	cr_assert_eq(m->qualifier, QUAL_LOWER_BOUND);
	cr_assert_str_eq(find_nth(&r, "8", "平方公里", 0)->unit, "平方公里");
	cr_assert_str_eq(find_nth(&r, "3", "个", 0)->unit, "个");
	report_free(&r);
}

/* A length that sets the radius a coverage is measured within (500米公交站点
 * 覆盖率, 300米服务半径) is the indicator's standard, no figure; the rate is.
 * A length built is a figure. */
Test(extract_patterns, radius_of_a_coverage_is_no_figure)
{
	report r;
	build(&r,
	      "优化公交线路，300米公交站点覆盖率达到92%。"
	      "实现社区公园300米服务半径全覆盖。新建绿道12公里。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_str_eq(find_nth(&r, "92", "%", 0)->unit, "%");
	cr_assert_str_eq(find_nth(&r, "12", "公里", 0)->unit, "公里");
	report_free(&r);
}

/* A ratio of the industries' shares (二、三产业比例为A:B, 三次产业结构为
 * A：B：C) gives one figure per part, unit %, named 第N产业比例 (gold rule
 * 60); a change of the ratio (由…优化为…) gives the parts of both (gold
 * decision 304); times (8:30) give none. */
Test(extract_patterns, ratio_of_industry_shares)
{
	report r;
	build(&r,
	      "二、三产业比例为31.2:68.8。三次产业结构为2.1：40.3：57.6。"
	      "三次产业结构由3:50:47优化为2:45:53。服务大厅8:30开门。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 11);
	expect(&r, "3", "%", (want){"第一产业比例", "3", "%", NULL, 0, 2023});
	expect(&r, "53", "%", (want){"第三产业比例", "53", "%", NULL, 0, 2023});
	expect(&r, "31.2", "%", (want){"第二产业比例", "31.2", "%", NULL, 0, 2023});
	expect(&r, "68.8", "%", (want){"第三产业比例", "68.8", "%", NULL, 0, 2023});
	expect(&r, "2.1", "%", (want){"第一产业比例", "2.1", "%", NULL, 0, 2023});
	expect(&r, "57.6", "%", (want){"第三产业比例", "57.6", "%", NULL, 0, 2023});
	cr_assert_str_eq(find_nth(&r, "68.8", "%", 0)->quote, "二、三产业比例为31.2:68.8");
	report_free(&r);
}

/* The signs that join a ratio's parts: the ratio sign ∶ (U+2236) of typeset
 * reports and a colon with a space beside it, as converted PDFs leave it;
 * a verb of change before the parts (调整为) links them like 为. */
Test(extract_patterns, ratio_signs_and_links)
{
	report r;
	build(&r,
	      "三次产业结构由6.2∶43.1∶50.7调整为5.9∶41.8∶52.3。二、三产业比例调整为24.6：75.4。"
	      "二、三产业比例为47.5 :52.5。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 10);
	expect(&r, "6.2", "%", (want){"第一产业比例", "6.2", "%", NULL, 0, 2023});
	expect(&r, "52.3", "%", (want){"第三产业比例", "52.3", "%", NULL, 0, 2023});
	expect(&r, "24.6", "%", (want){"第二产业比例", "24.6", "%", NULL, 0, 2023});
	expect(&r, "75.4", "%", (want){"第三产业比例", "75.4", "%", NULL, 0, 2023});
	expect(&r, "47.5", "%", (want){"第二产业比例", "47.5", "%", NULL, 0, 2023});
	expect(&r, "52.5", "%", (want){"第三产业比例", "52.5", "%", NULL, 0, 2023});
	report_free(&r);
}

/* A magnitude without its unit takes the unit of the indicator its
 * sentence names before it (gold rule 14): 人次, 人数 → 人, an amount of
 * money → 元; also as the start of a change (从0.5万增至12.3万) and before
 * a milestone word (突破3000亿大关). Left bare when no indicator is named. */
Test(extract_patterns, bare_magnitude_takes_the_indicator_unit)
{
	report r;
	build(&r,
	      "跨省异地就医人次从0.5万增至12.3万。城乡居民医保参保人数增加2.6万。"
	      "全市生产总值突破3000亿大关。全年完成182.9亿，同比增长6.1%。"
	      "征收范围内搬迁人员1.6万。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	cr_assert_str_eq(find_nth(&r, "1.6", "万人", 0)->base_unit, "人");
	/* 全年完成 names no indicator: the magnitude stays the unit */
	cr_assert_str_eq(find_nth(&r, "0.5", "万人次", 0)->base_unit, "人次");
	cr_assert_str_eq(find_nth(&r, "12.3", "万人次", 0)->base_value, "123000");
	cr_assert_str_eq(find_nth(&r, "2.6", "万人", 0)->base_unit, "人");
	cr_assert_str_eq(find_nth(&r, "3000", "亿元", 0)->base_unit, "元");
	cr_assert_str_eq(find_nth(&r, "182.9", "亿", 0)->unit, "亿");
	report_free(&r);
}

/* A paragraph opening with a count of years since a zone was set up (七年来,
 * 六年来) reviews a span: its growths are cumulative, figures of their own
 * with no yoy (gold rule 58), also after a level (提升至2.85公里，增长18.8%). */
Test(extract_patterns, years_since_a_zone_was_set_up_are_a_span)
{
	report r;
	build(&r,
	      "七年来，全区生态环境持续改善，河流综合污染指数下降52.4%，"
	      "路网密度提升至3.1公里，增长21.6%。",
	      "工作报告", 2017, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_null(find_nth(&r, "-52.4", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "3.1", "公里", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "21.6", "%", 0)->yoy_pct);
	report_free(&r);
}

/* An amount of change against a base year other than the year before
 * (比2015年增加120亿元) is a change against that year: base_year set, no
 * yoy; a clause opening with its base takes the name of the figure before
 * it of the same unit. 比上年 and the year before stay year over year. */
Test(extract_patterns, amount_changed_against_a_base_year)
{
	report r;
	build(&r,
	      "地区生产总值达到900亿元，比2015年增加120亿元。"
	      "优良天数290天、较2020年增加41天。财政收入比2022年增加8亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	const rp_metric *m = find_nth(&r, "120", "亿元", 0);
	cr_assert_eq(m->base_year, 2015);
	cr_assert_null(m->yoy_pct);
	cr_assert_str_eq(m->name, "地区生产总值比2015年增加");
	m = find_nth(&r, "41", "天", 0);
	cr_assert_eq(m->base_year, 2020);
	cr_assert_str_eq(m->name, "优良天数较2020年增加");
	cr_assert_eq(find_nth(&r, "8", "亿元", 0)->base_year, 0);
	report_free(&r);
}

/* Bounds written away from the number's end: 低于 right before it (not
 * 不低于, a lower bound), 跨越 as 突破, 约 before a share's verb (约占全市的),
 * 超过 before a share's scope (超过全市40%), all approximate (gold rules 6,
 * 57, 74). 远超全省8%重点率 names the province's rate: exact. */
Test(extract_patterns, bounds_before_the_verb_or_the_scope)
{
	report r;
	build(&r,
	      "PM2.5浓度低于30微克/立方米，结案率不低于96%。经济总量跨越800亿元大关。"
	      "上市企业增至60家，约占全市的21%。文化产业增加值超过全市35%。"
	      "上线率远超全省8%重点率。",
	      "工作总结", 2023, 0);
	cr_assert_eq(find_nth(&r, "30", "微克/立方米", 0)->qualifier, QUAL_UPPER_BOUND);
	cr_assert_eq(find_nth(&r, "96", "%", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "800", "亿元", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "21", "%", 0)->qualifier, QUAL_APPROX);
	cr_assert_eq(find_nth(&r, "35", "%", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find_nth(&r, "8", "%", 0)->qualifier, QUAL_NONE);
	report_free(&r);
}

/* The size of a named area said only to describe it (6平方公里的科学城启动区,
 * 20平方公里的滨海新城) is no figure (gold rule 72); land an action settles
 * (2.3平方公里的土地整备) and an area of work (的片区改造) are. */
Test(extract_patterns, size_of_a_named_area_is_no_figure)
{
	report r;
	build(&r,
	      "统筹6平方公里的科学城启动区、20平方公里的滨海新城。"
	      "完成2.3平方公里的土地整备，推进1.5平方公里的老旧片区改造。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_str_eq(find_nth(&r, "2.3", "平方公里", 0)->unit, "平方公里");
	cr_assert_str_eq(find_nth(&r, "1.5", "平方公里", 0)->unit, "平方公里");
	report_free(&r);
}

/* A share bounded by 以上 before 的 and the things it is of (90%以上的矛盾
 * 纠纷化解在基层) is a figure, approximate: a rate sorts nothing, unlike an
 * amount's threshold (亿元以上的项目). */
Test(extract_patterns, share_bounded_before_what_it_is_of)
{
	report r;
	build(&r, "85%以上的信访事项化解在基层。引进5亿元以上的项目12个。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_eq(find_nth(&r, "85", "%", 0)->qualifier, QUAL_LOWER_BOUND);
	cr_assert_str_eq(find_nth(&r, "12", "个", 0)->unit, "个");
	report_free(&r);
}

/* The count of the report's own parts (做好以下9个方面的工作, gold rule 44)
 * and a count said again after 这 (出台了6条措施。这6条措施…, gold rule 73)
 * are no figures; the first statement is. */
Test(extract_patterns, report_parts_and_counts_said_again)
{
	report r;
	build(&r, "重点做好以下9个方面的工作。出台了6条惠企措施。这6条措施全部落地。", "工作总结",
	      2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_str_eq(find_nth(&r, "6", "条", 0)->unit, "条");
	report_free(&r);
}

/* A line naming an attached file (附件2：…汇总表.doc) is a title, its
 * numbers no figures (gold rule 65); the same count in the text is one. */
Test(extract_patterns, attached_file_names_are_titles)
{
	report r;
	build(&r, "全年办好30件民生实事。\n附件：\n1．附件1：2023年30件民生实事完成情况表.docx\n",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	report_free(&r);
}

/* A count split into parts after it (…，已完成…; …，其余…) is the whole,
 * no figure (gold rules 30, 43), also after words that do nothing to it
 * (区政府120项重点任务，已完成112项). After a verb of doing, as a change's
 * start, or with the part after another subject it is a figure. */
Test(extract_patterns, whole_split_into_parts_after_words_of_no_action)
{
	report r;
	build(&r,
	      "区政府120项重点任务，已完成112项。督导组交办的40个问题已整改36个。"
	      "引进项目30个，已开工20个。企业从2000家增至5000家，上市企业已有8家。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	cr_assert_str_eq(find_nth(&r, "112", "项", 0)->unit, "项");
	cr_assert_str_eq(find_nth(&r, "36", "个", 0)->unit, "个");
	cr_assert_str_eq(find_nth(&r, "30", "个", 0)->unit, "个");
	cr_assert_str_eq(find_nth(&r, "2000", "家", 0)->unit, "家");
	report_free(&r);
}

/* The next ranking of a list in another scope (名列第三、浙江第一): a place
 * of at most four ideographs between 、 and 第 continues the list, its quote
 * from the place on. */
Test(extract_patterns, listed_ranking_in_another_scope)
{
	report r;
	build(&r, "在全国40个参评单位中名列第三、浙江第一。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_str_eq(find_nth(&r, "1", "名", 0)->quote, "浙江第一");
	cr_assert_str_eq(find_nth(&r, "3", "名", 0)->unit, "名");
	report_free(&r);
}

/* The size after 占地 of land an action settles (完成占地0.8平方公里的西岭
 * 土地整备) is a figure named by the land (gold rule 51); the size of one
 * facility (建成占地3100平米的口袋公园) is none (gold rule 21). */
Test(extract_patterns, land_settled_after_its_size_is_a_figure)
{
	report r;
	build(&r, "完成占地0.8平方公里的西岭土地整备。建成占地3100平米的口袋公园。", "工作总结",
	      2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_str_eq(find_nth(&r, "0.8", "平方公里", 0)->name, "西岭土地整备");
	report_free(&r);
}

/* Round-the-clock service (24小时开放, 24小时服务热线) is a mode, a label
 * (gold rule 75); a duration taken (用时24小时) is a figure. */
Test(extract_patterns, round_the_clock_service_is_a_label)
{
	report r;
	build(&r, "推动图书馆24小时开放，开通24小时服务热线。抢修用时24小时。", "工作总结", 2023,
	      0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_str_eq(find_nth(&r, "24", "小时", 0)->unit, "小时");
	report_free(&r);
}

/* The report's own frame around a number gives no figure (gold decisions 8,
 * 44, 54, 99, 342, 347, 362, 383-385): a time or distance naming a circle or
 * belt, the plan's own indicators and the groups they are arranged in, a
 * streak, the time passed this year, a forum's name, the fields an action is
 * spread over, a target restated in its justification. The figures beside
 * them stay: a length built, the targets missed, the fields reached, the
 * work done, the ranking a streak holds, a target first set. */
Test(extract_patterns, report_frame_numbers_are_no_figures)
{
	report r;
	build(&r,
	      "打造30分钟经济圈，完善10分钟便民生活圈，建设20公里滨江产业带。新建绿道12公里。"
	      "围绕6个重点产业链开展招商，对8个重点行业领域开展整治。"
	      "在全省10项改革任务基础上，开展改革试点14项。"
	      "围绕经济发展提出7项指标，以上共计30项指标，其中预期性指标20项、约束性指标10项。"
	      "从创新、协调等4个方面细化提出25项主要指标。3项预期性指标未能如期完成。"
	      "营商环境考核连续3次获评优秀，连续5届居全省第一。"
	      "今年已经过去2个多月。举办青年科学家30人论坛。"
	      "确定5%左右的增长目标，体现了稳中求进。12个关键领域取得突破。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	cr_assert_str_eq(find_nth(&r, "12", "公里", 0)->unit, "公里");
	cr_assert_str_eq(find_nth(&r, "14", "项", 0)->unit, "项");
	cr_assert_str_eq(find_nth(&r, "3", "项", 0)->unit, "项");
	cr_assert_str_eq(find_nth(&r, "1", "名", 0)->unit, "名");
	cr_assert_str_eq(find_nth(&r, "12", "个", 0)->unit, "个");
	report_free(&r);
}

/* The size of a group the subject is one of (首批30项试点之一), another body's
 * average a figure is compared with (全省12.5%的平均水平), a survey's name
 * (1%人口抽样调查) and a version in a label (工业4.0项目) give no figure; the
 * comparison (高出全市平均水平20%), the count before the label (3个工业4.0
 * 项目) and a count of pilots won stay. */
Test(extract_patterns, groups_averages_and_versions_are_no_figures)
{
	report r;
	build(&r,
	      "我区改革入选首批30项试点之一。增速远超全省12.5%的平均水平。"
	      "税收增速高出全市平均水平20%。开展1%人口抽样调查。"
	      "推动3个工业4.0项目落地。获批国家级试点2项。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(find_nth(&r, "20", "%", 0)->unit, "%");
	cr_assert_str_eq(find_nth(&r, "3", "个", 0)->unit, "个");
	cr_assert_str_eq(find_nth(&r, "2", "项", 0)->unit, "项");
	report_free(&r);
}

/* The size of one facility before 的 and its name (8万平方米的…商业综合体,
 * 12平方公里的科技经济圈) gives no figure (gold decisions 21, 81, 126); a length
 * of generic roads, work on a facility and land settled stay. */
Test(extract_patterns, size_of_one_facility_before_its_name_is_no_figure)
{
	report r;
	build(&r,
	      "8万平方米的滨河商业综合体正式开业。规划12平方公里的科技经济圈。"
	      "实施15公里的城区道路。完成30公里的管网改造工程。"
	      "完成2平方公里的土地整备。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(find_nth(&r, "15", "公里", 0)->unit, "公里");
	cr_assert_str_eq(find_nth(&r, "30", "公里", 0)->unit, "公里");
	cr_assert_str_eq(find_nth(&r, "2", "平方公里", 0)->unit, "平方公里");
	report_free(&r);
}

/* A capacity after an owner and before a noun and the count of the projects
 * (华能200兆瓦风力发电2个新能源项目) names one of them (gold rules 11, 21);
 * the count stays, and a capacity done (建成100万千瓦光伏发电2个项目) too. */
Test(extract_patterns, capacity_before_a_count_of_projects_names_one)
{
	report r;
	build(&r, "华能200兆瓦风力发电2个新能源项目开工。建成100万千瓦光伏发电项目。", "工作总结",
	      2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_str_eq(find_nth(&r, "2", "个", 0)->unit, "个");
	cr_assert_str_eq(find_nth(&r, "100", "万千瓦", 0)->unit, "万千瓦");
	report_free(&r);
}

/* The length of one line (首条8公里…示范线, 西段5.2公里全线开工) gives no
 * figure (gold rule 21, decision 81); a length built and time taken stay. */
Test(extract_patterns, length_of_one_line_is_no_figure)
{
	report r;
	build(&r,
	      "启动首条8公里云轨示范线建设。滨河大道西段5.2公里全线开工。"
	      "新医院完成手术900台。新建绿道12公里。用时3天完成签约。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(find_nth(&r, "900", "台", 0)->unit, "台");
	cr_assert_str_eq(find_nth(&r, "12", "公里", 0)->unit, "公里");
	cr_assert_str_eq(find_nth(&r, "3", "天", 0)->unit, "天");
	report_free(&r);
}

/* Measure words of things counted (列, 对, 颗, 门, 课时, 户次) are units as
 * written; a word starting with one (列入, 对接) is the word. */
Test(extract_patterns, more_measure_words_are_units)
{
	report r;
	build(&r,
	      "全年开行货运班列650列。新缔结友好城市8对。发射遥感卫星12颗。开设线上课程45门。"
	      "开展入户走访3万户次。5个项目列入省级清单。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	cr_assert_str_eq(find_nth(&r, "650", "列", 0)->base_unit, "列");
	cr_assert_str_eq(find_nth(&r, "8", "对", 0)->base_unit, "对");
	cr_assert_str_eq(find_nth(&r, "12", "颗", 0)->base_unit, "颗");
	cr_assert_str_eq(find_nth(&r, "45", "门", 0)->base_unit, "门");
	cr_assert_str_eq(find_nth(&r, "3", "万户次", 0)->base_value, "30000");
	cr_assert_str_eq(find_nth(&r, "5", "个", 0)->unit, "个");
	report_free(&r);
}

/* Computing power in P / PF after 算力 is a figure (gold decision 349); a
 * Latin letter after a number elsewhere is a model or code (5G). */
Test(extract_patterns, computing_power_units)
{
	report r;
	build(&r, "全市智能算力达3600PF，超算算力突破2.5万P。建成5G基站2000个。", "工作总结", 2023,
	      0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(find_nth(&r, "3600", "PF", 0)->base_unit, "PF");
	cr_assert_str_eq(find_nth(&r, "2.5", "万P", 0)->base_value, "25000");
	cr_assert_str_eq(find_nth(&r, "2000", "个", 0)->unit, "个");
	report_free(&r);
}

/* Medals in a tally (3金2银1铜) are figures named by the event and the
 * medal (gold decision 123); 金 outside a tally is no unit. */
Test(extract_patterns, medal_tally)
{
	report r;
	build(&r, "在第五届青年运动会上获得3金2银1铜。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(find_nth(&r, "3", "金", 0)->name, "第五届青年运动会金牌");
	cr_assert_str_eq(find_nth(&r, "2", "银", 0)->name, "第五届青年运动会银牌");
	cr_assert_str_eq(find_nth(&r, "1", "铜", 0)->name, "第五届青年运动会铜牌");
	report_free(&r);
}

/* A bare 万 / 亿 counts the people named before or after it (gold rule 14):
 * 用户超2亿 → 亿人, 12万儿童 → 万人; a milestone before 台阶 is in the
 * indicator's unit, also when an increase follows it (迈上3万亿台阶、增量…). */
Test(extract_patterns, bare_magnitude_completed_by_people_and_milestones)
{
	report r;
	build(&r,
	      "政务服务平台用户超2亿。12万儿童享受免费午餐。地区生产总值迈上3万亿台阶、五年增量超"
	      "0.8万亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "2", "亿人", 0)->base_value, "200000000");
	cr_assert_str_eq(find_nth(&r, "12", "万人", 0)->base_unit, "人");
	cr_assert_str_eq(find_nth(&r, "3", "万亿元", 0)->name, "地区生产总值");
	cr_assert_str_eq(find_nth(&r, "0.8", "万亿元", 0)->base_unit, "元");
	report_free(&r);
}

/* 从全国第A位升至第B位: both places are rankings of the indicator (gold
 * decisions 346, 365); a place after another verb stays alone. */
Test(extract_patterns, ranking_moved_from_one_place_to_another)
{
	report r;
	build(&r, "专利授权量从全国第14位跃升至第6位。区域创新能力由全国第11位升至第8位。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "6", "位", 0)->name, find_nth(&r, "14", "位", 0)->name);
	cr_assert_str_eq(find_nth(&r, "8", "位", 0)->name, find_nth(&r, "11", "位", 0)->name);
	cr_assert(find_nth(&r, "6", "位", 0)->is_ranking);
	report_free(&r);
}

/* 成为第一大…: a size rank (gold decisions 40, 364) without a scope, named
 * by the words before 成为; 第一批 stays an ordinal. */
Test(extract_patterns, became_the_largest_is_a_ranking)
{
	report r;
	build(&r, "风电装机成为第二大电源。入选第一批试点。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_str_eq(find_nth(&r, "2", "名", 0)->name, "风电装机");
	report_free(&r);
}

/* A bare 亿 run into the next count (签约的2.3万亿450个项目) ends the amount,
 * in the unit of the indicator named (gold rule 14). */
Test(extract_patterns, bare_magnitude_run_into_a_count)
{
	report r;
	build(&r, "招商大会签约投资2.3万亿450个项目。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_str_eq(find_nth(&r, "2.3", "万亿元", 0)->base_unit, "元");
	cr_assert_str_eq(find_nth(&r, "450", "个", 0)->unit, "个");
	report_free(&r);
}

/* Milestones listed before their count (跨越3万亿、4万亿两个大台阶) are named
 * alike; bare magnitudes listed before an amount with its unit
 * (分别达2.1万亿、1.6万亿、9000亿元) take its unit (gold rule 14). */
Test(extract_patterns, listed_milestones_and_bare_magnitudes)
{
	report r;
	build(&r,
	      "地区生产总值连续跨越3万亿、4万亿两个大台阶。两大产业规模分别达2.1万亿、9000亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(find_nth(&r, "4", "万亿元", 0)->name,
	                 find_nth(&r, "3", "万亿元", 0)->name);
	cr_assert_str_eq(find_nth(&r, "2.1", "万亿元", 0)->base_unit, "元");
	cr_assert_str_eq(find_nth(&r, "9000", "亿元", 0)->base_unit, "元");
	report_free(&r);
}

/* An R&D intensity written without % (研发投入强度达2.4以上) is in % (gold
 * rule 14); another number without unit stays no figure. */
Test(extract_patterns, intensity_without_percent_sign)
{
	report r;
	build(&r, "全社会研发投入强度达2.4以上。综合得分为87。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_str_eq(find_nth(&r, "2.4", "%", 0)->base_unit, "%");
	report_free(&r);
}

/* A share bounded right before the things it is of (N%以上X, no 的) is a
 * figure, the share of those things, not a threshold: a rate sorts nothing.
 * A growth noun after the bound (N%以上增长) makes it a growth rate. */
Test(extract_patterns, bounded_share_before_its_things)
{
	report r;
	build(&r, "服务覆盖60%以上村居。推动85%以上政务事项掌上办理。工业投资保持15%以上增长。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "60", "%", (want){"服务覆盖村居比例", "60", "%", NULL, 0, 2023});
	expect(&r, "85", "%", (want){"政务事项比例", "85", "%", NULL, 0, 2023});
	expect(&r, "15", "%", (want){"工业投资", "15", "%", "15", 0, 2023});
	for (size_t i = 0; i < r.n_metrics; i++)
		cr_expect_eq(r.metrics[i].qualifier, QUAL_LOWER_BOUND, "%s: 以上",
		             r.metrics[i].value);
	report_free(&r);
}

/* 三产比例 is the three industries' ratio (not the third's); a change of
 * the ratio (由…优化为…) gives the parts of both, the first named by the
 * base year its sentence compares with. */
Test(extract_patterns, industry_ratio_of_three_and_its_change)
{
	report r;
	build(&r,
	      "三产比例为1.20：40.30：58.50。预计第三产业比重较2018年提高5个百分点，"
	      "三产结构由2.1:55.4:42.5优化为1.5:48.2:50.3。",
	      "工作总结", 2023, 0);
	expect(&r, "1.20", "%", (want){"第一产业比例", "1.20", "%", NULL, 0, 2023});
	expect(&r, "58.50", "%", (want){"第三产业比例", "58.50", "%", NULL, 0, 2023});
	expect(&r, "2.1", "%", (want){"第一产业比例（2018年）", "2.1", "%", NULL, 0, 2023});
	expect(&r, "42.5", "%", (want){"第三产业比例（2018年）", "42.5", "%", NULL, 0, 2023});
	expect(&r, "1.5", "%", (want){"第一产业比例", "1.5", "%", NULL, 0, 2023});
	expect(&r, "50.3", "%", (want){"第三产业比例", "50.3", "%", NULL, 0, 2023});
	report_free(&r);
}

/* An index without a unit from one level to another (收入倍差从A缩小至B,
 * 满意度由A提升到B) gives both levels, unit "", named by the index; a
 * satisfaction with its unit (满意度达95%) is a rate as before, and an
 * index value's words after it are no noun of its. */
Test(extract_patterns, index_from_one_level_to_another)
{
	report r;
	build(&r,
	      "城乡居民收入倍差从2.05缩小至1.92。公众满意度由86.1提升到90.3。"
	      "群众满意度达95%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	/* (the periods of a change's two ends are classify.c's, tested there) */
	str_eq_or_null(find_nth(&r, "2.05", "", 0)->name, "城乡居民收入倍差", "name");
	str_eq_or_null(find_nth(&r, "1.92", "", 0)->name, "城乡居民收入倍差", "name");
	str_eq_or_null(find_nth(&r, "86.1", "", 0)->name, "公众满意度", "name");
	str_eq_or_null(find_nth(&r, "90.3", "", 0)->name, "公众满意度", "name");
	str_eq_or_null(find_nth(&r, "95", "%", 0)->name, "群众满意度", "name");
	report_free(&r);

	/* The level reached with no start stated: one figure. */
	build(&r, "城乡收入比缩小至2.12。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	str_eq_or_null(find_nth(&r, "2.12", "", 0)->name, "城乡收入比", "name");
	report_free(&r);
}

/* A verb of cutting before a short object right before the rate (精简文件
 * 55.7%), and the objects listed after it (减少会议25.6%、文件26.6%): a fall
 * of each object, negative, value and yoy_pct alike (gold rule 2); a cut of a
 * procedure's measure (压缩审批时间60%) stays a reform's measure, yoy null. */
Test(extract_patterns, cut_verb_before_its_object)
{
	report r;
	build(&r, "精简会议40.5%。减少文件25.6%、简报26.6%。压缩审批时间60%。", "工作总结", 2023,
	      0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "-40.5", "%", (want){"精简会议", "-40.5", "%", "-40.5", 0, 2023});
	expect(&r, "-25.6", "%", (want){"减少文件", "-25.6", "%", "-25.6", 0, 2023});
	expect(&r, "-26.6", "%", (want){"简报", "-26.6", "%", "-26.6", 0, 2023});
	expect(&r, "-60", "%", (want){"压缩审批时间", "-60", "%", NULL, 0, 2023});
	report_free(&r);

	/* The items a reform cut, and time limits cut 分别: reform
	 * measures too, no year-over-year change. */
	build(&r, "审批事项削减30%。项目审批时限分别压减50%、54.6%。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_null(find_nth(&r, "-30", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "-50", "%", 0)->yoy_pct);
	cr_assert_null(find_nth(&r, "-54.6", "%", 0)->yoy_pct);
	report_free(&r);

	/* A stock slimmed down, a quantity cut: falls. */
	build(&r, "社区队伍整体瘦身19.7%。液化气瓶减量40%。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "-19.7", "%", (want){"社区队伍整体", "-19.7", "%", "-19.7", 0, 2023});
	expect(&r, "-40", "%", (want){"液化气瓶", "-40", "%", "-40", 0, 2023});
	report_free(&r);

	/* An object of six ideographs is still the cut's own. */
	build(&r, "压缩一般工作经费10%。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_not_null(find_nth(&r, "-10", "%", 0));
	report_free(&r);

	/* Time saved is a rate of reduction; an amount saved stays positive. */
	build(&r, "审批流转时间节省30%。节约资金1.2亿元。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "-30", "%", (want){"审批流转时间节省", "-30", "%", NULL, 0, 2023});
	expect(&r, "1.2", "亿元", (want){"节约资金", "120000000", "元", NULL, 0, 2023});
	report_free(&r);
}

/* Numbers listed with 、 or 和 share the unit after the last one when the
 * list ends its clause; not before a noun the list names (1、3、5分钟…机制),
 * nor years or ordinals. */
Test(extract_patterns, listed_numbers_share_the_last_unit)
{
	report r;
	build(&r,
	      "审批时限分别压缩65、45个工作日。地均GDP和税收分别达51.1和21.5亿元/平方公里。"
	      "完善1、3、5分钟快速接处警机制。2021、2022年累计投资8亿元。",
	      "工作总结", 2023, 0);
	expect(&r, "65", "个工作日", (want){"审批时限压缩", "65", "个工作日", NULL, 0, 2023});
	expect(&r, "45", "个工作日", (want){"审批时限压缩", "45", "个工作日", NULL, 0, 2023});
	expect(&r, "51.1", "亿元/平方公里",
	       (want){"地均GDP", "5110000000", "元/平方公里", NULL, 0, 2023});
	expect(&r, "21.5", "亿元/平方公里",
	       (want){"税收", "2150000000", "元/平方公里", NULL, 0, 2023});
	/* the list before 机制 lends no unit; the years none either */
	for (size_t i = 0; i < r.n_metrics; i++) {
		cr_assert(strcmp(r.metrics[i].value, "1") != 0 &&
		              strcmp(r.metrics[i].value, "3") != 0,
		          "%s %s", r.metrics[i].value, r.metrics[i].unit);
		cr_assert(strcmp(r.metrics[i].value, "2021") != 0);
	}
	cr_assert_not_null(find_nth(&r, "8", "亿元", 0));
	report_free(&r);
}

/* A place with 成绩 after it in a scope (以全省第一成绩通过评估) and a place
 * right after a title that was awarded (获评“…”第二) are rankings, named by
 * what was ranked (no 以, the title's own words); an ordinal in a title
 * (开展“第二”课堂) is none. */
Test(extract_patterns, rankings_by_result_and_after_a_title)
{
	report r;
	build(&r,
	      "标准化试点以全省第一成绩通过中期评估。获评“2022年营商环境百强区”第三。"
	      "开展“第二”课堂。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	const rp_metric *a = find_nth(&r, "1", "名", 0), *b = find_nth(&r, "3", "名", 0);
	cr_expect(a->is_ranking && b->is_ranking);
	str_eq_or_null(a->name, "标准化试点", "name");
	str_eq_or_null(b->name, "2022年营商环境百强区", "name");
	report_free(&r);
}
