/* Figure extraction on hand-built reports: one hard case per rule. */
#include "extract.h"
#include "one_section_report.h"
#include "report.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* A report whose one section spans `text`, titled `title` (may be NULL),
 * with its metrics extracted. */
static void build_titled(report *r, const char *text, const char *kind, int year, int is_plan,
                         const char *title)
{
	one_section_report(r, title, text, kind, year, is_plan);
	extract_metrics(r);
}

static void build(report *r, const char *text, const char *kind, int year, int is_plan)
{
	build_titled(r, text, kind, year, is_plan, NULL);
}

static const rp_metric *find(const report *r, const char *value, const char *unit)
{
	for (size_t i = 0; i < r->n_metrics; i++)
		if (strcmp(r->metrics[i].value, value) == 0 &&
		    strcmp(r->metrics[i].unit, unit) == 0)
			return &r->metrics[i];
	cr_assert_fail("no metric %s %s among %zu", value, unit, r->n_metrics);
	return NULL;
}

static void str_eq_or_null(const char *got, const char *want, const char *what)
{
	if (!want)
		cr_assert_null(got, "%s: expected NULL, got %s", what, got);
	else
		cr_assert(got && strcmp(got, want) == 0, "%s: expected %s, got %s", what, want,
		          got ? got : "NULL");
}

typedef struct want {
	const char *name, *base_value, *base_unit;
	enum metric_qualifier qualifier;
	const char *qualifier_text, *yoy_pct, *yoy_points;
	int is_target, is_ranking, period_year;
} want;

static void expect(const report *r, const char *value, const char *unit, want w)
{
	const rp_metric *m = find(r, value, unit);
	str_eq_or_null(m->name, w.name, "name");
	str_eq_or_null(m->base_value, w.base_value, "base_value");
	str_eq_or_null(m->base_unit, w.base_unit, "base_unit");
	cr_assert_eq(m->qualifier, w.qualifier, "%s%s qualifier %d", value, unit, m->qualifier);
	str_eq_or_null(m->qualifier_text, w.qualifier_text, "qualifier_text");
	str_eq_or_null(m->yoy_pct, w.yoy_pct, "yoy_pct");
	str_eq_or_null(m->yoy_points, w.yoy_points, "yoy_points");
	cr_assert_eq(m->is_target, w.is_target, "%s%s is_target", value, unit);
	cr_assert_eq(m->is_ranking, w.is_ranking, "%s%s is_ranking", value, unit);
	cr_assert_eq(m->period_year, w.period_year, "%s%s period_year %d", value, unit,
	             m->period_year);
}

Test(extract, money_with_growth_and_exact_base)
{
	report r;
	build(&r,
	      "全年规模以上企业实现营业收入900亿元，同比增长3.4%；实现工业增加值182."
	      "9亿元，同比增长6.1%；"
	      "完成一般公共预算收入3.03亿元，同比增长8%。实际利用外资5077.76万美元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "900", "亿元",
	       (want){"规模以上企业营业收入", "90000000000", "元", QUAL_NONE, NULL, "3.4", NULL, 0,
	              0, 2023});
	expect(&r, "182.9", "亿元",
	       (want){"工业增加值", "18290000000", "元", QUAL_NONE, NULL, "6.1", NULL, 0, 0, 2023});
	expect(
	    &r, "3.03", "亿元",
	    (want){"一般公共预算收入", "303000000", "元", QUAL_NONE, NULL, "8", NULL, 0, 0, 2023});
	expect(&r, "5077.76", "万美元",
	       (want){"实际利用外资", "50777600", "美元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, quote_and_span_in_code_points)
{
	report r;
	build(&r, "（一）经济运行。实现工业增加值182.9亿元，同比增长6.1%；其他。", "工作总结", 2023,
	      0);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_str_eq(r.metrics[0].quote, "实现工业增加值182.9亿元，同比增长6.1%");
	cr_assert_eq(r.metrics[0].span_start, 8);
	cr_assert_eq(r.metrics[0].span_end, 8 + 23);
	cr_assert_eq(r.metrics[0].section, 0);
	report_free(&r);
}

Test(extract, ascii_punctuation_and_decline)
{
	report r;
	build(&r,
	      "规上工业增加值182.9亿元,同比增长6.1%;固定资产投资下降2.3%.营业收入12,345万元!"
	      "进出口额1,234,567.5万元.",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "1234567.5", "万元",
	       (want){"进出口额", "12345675000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "182.9", "亿元",
	       (want){"规上工业增加值", "18290000000", "元", QUAL_NONE, NULL, "6.1", NULL, 0, 0,
	              2023});
	/* A sentence with only a growth rate: the rate is the figure. */
	expect(&r, "-2.3", "%",
	       (want){"固定资产投资", "-2.3", "%", QUAL_NONE, NULL, "-2.3", NULL, 0, 0, 2023});
	expect(&r, "12345", "万元",
	       (want){"营业收入", "123450000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, growth_only_sentences)
{
	report r;
	build(&r,
	      "固定资产投资增长12%。规模以上工业增加值按可比口径增长8%"
	      "。城镇居民人均可支配收入48000元，增长6%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "12", "%",
	       (want){"固定资产投资", "12", "%", QUAL_NONE, NULL, "12", NULL, 0, 0, 2023});
	expect(&r, "8", "%",
	       (want){"规模以上工业增加值", "8", "%", QUAL_NONE, NULL, "8", NULL, 0, 0, 2023});
	expect(&r, "48000", "元",
	       (want){"城镇居民人均可支配收入", "48000", "元", QUAL_NONE, NULL, "6", NULL, 0, 0,
	              2023});
	report_free(&r);
}

Test(extract, growth_never_binds_to_another_indicator)
{
	report r;
	/* 利润 has its own subject: its growth is a figure of its own, not the
	 * growth of 营业收入; and no growth crosses a sentence end. */
	build(&r, "营业收入100亿元，利润增长5%。税收10亿元。增长3%。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "100", "亿元",
	       (want){"营业收入", "10000000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "5", "%", (want){"利润", "5", "%", QUAL_NONE, NULL, "5", NULL, 0, 0, 2023});
	expect(&r, "10", "亿元",
	       (want){"税收", "1000000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, percentage_points)
{
	report r;
	build(&r, "研发经费投入强度达到2.5%，提高0.8个百分点。城镇登记失业率下降0.3个百分点。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "2.5", "%",
	       (want){"研发经费投入强度", "2.5", "%", QUAL_NONE, NULL, NULL, "0.8", 0, 0, 2023});
	expect(
	    &r, "0.8", "个百分点",
	    (want){"研发经费投入强度", "0.8", "个百分点", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(
	    &r, "-0.3", "个百分点",
	    (want){"城镇登记失业率", "-0.3", "个百分点", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, shares_and_rates_carry_no_growth)
{
	report r;
	build(&r, "省市重点项目完成投资88.7亿元，占年度计划投资的117%。项目完成率达105%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "117", "%",
	       (want){"省市重点项目完成投资占年度计划投资比重", "117", "%", QUAL_NONE, NULL, NULL,
	              NULL, 0, 0, 2023});
	expect(&r, "105", "%",
	       (want){"项目完成率", "105", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, every_qualifier)
{
	report r;
	build(&r,
	      "引进人才约1.2万人，新增就业近5000人，培训3万余人次，外出招商80多次，"
	      "税收突破10亿元，进出口超过5亿美元，发放贷款不到10万元，粮食产量52.3万吨左右，"
	      "失业率控制在5.5%以内，城镇新增就业1.1万人以上，预计营收100亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 11);
	expect(&r, "1.2", "万人",
	       (want){"引进人才", "12000", "人", QUAL_APPROX, "约", NULL, NULL, 0, 0, 2023});
	expect(&r, "5000", "人",
	       (want){"新增就业", "5000", "人", QUAL_APPROX, "近", NULL, NULL, 0, 0, 2023});
	expect(&r, "3", "万人次",
	       (want){"培训", "30000", "人次", QUAL_LOWER_BOUND, "余", NULL, NULL, 0, 0, 2023});
	expect(&r, "80", "次",
	       (want){"外出招商", "80", "次", QUAL_LOWER_BOUND, "多", NULL, NULL, 0, 0, 2023});
	expect(
	    &r, "10", "亿元",
	    (want){"税收", "1000000000", "元", QUAL_LOWER_BOUND, "突破", NULL, NULL, 0, 0, 2023});
	expect(&r, "5", "亿美元",
	       (want){"进出口", "500000000", "美元", QUAL_LOWER_BOUND, "超过", NULL, NULL, 0, 0,
	              2023});
	expect(
	    &r, "10", "万元",
	    (want){"发放贷款", "100000", "元", QUAL_UPPER_BOUND, "不到", NULL, NULL, 0, 0, 2023});
	expect(&r, "52.3", "万吨",
	       (want){"粮食产量", "523000", "吨", QUAL_APPROX, "左右", NULL, NULL, 0, 0, 2023});
	expect(&r, "5.5", "%",
	       (want){"失业率", "5.5", "%", QUAL_UPPER_BOUND, "以内", NULL, NULL, 0, 0, 2023});
	expect(&r, "1.1", "万人",
	       (want){"城镇新增就业", "11000", "人", QUAL_LOWER_BOUND, "以上", NULL, NULL, 0, 0,
	              2023});
	/* 预计 is an estimate, not a qualifier. */
	expect(&r, "100", "亿元",
	       (want){"营收", "10000000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

/* 约 right before a number is "about" unless it ends a word of its own
 * (签约, 节约, 预约): then the figure is exact and the word stays in the
 * clause; 大约 and a 约 after such a word are still approximate. */
Test(extract, yue_of_a_word_is_no_qualifier)
{
	report r;
	build(&r,
	      "完成签约8260户，节约资金1.2亿元，预约挂号300万人次，新增合约120份，"
	      "大约1500家企业受益，签约约60个项目。",
	      "工作总结", 2023, 0);
	const rp_metric *m = find(&r, "8260", "户");
	cr_assert_eq(m->qualifier, QUAL_NONE);
	cr_assert_str_eq(m->name, "签约");
	cr_assert_eq(find(&r, "1.2", "亿元")->qualifier, QUAL_NONE);
	cr_assert_eq(find(&r, "300", "万人次")->qualifier, QUAL_NONE);
	cr_assert_eq(find(&r, "120", "份")->qualifier, QUAL_NONE);
	m = find(&r, "1500", "家");
	cr_assert_eq(m->qualifier, QUAL_APPROX);
	cr_assert_str_eq(m->qualifier_text, "大约");
	m = find(&r, "60", "个");
	cr_assert_eq(m->qualifier, QUAL_APPROX);
	cr_assert_str_eq(m->qualifier_text, "约");
	report_free(&r);
}

Test(extract, thresholds_and_capacities_are_not_figures)
{
	report r;
	build(&r,
	      "全年实施5000万元以上的项目32个，新开工10亿元以上项目5个。"
	      "年产10万吨锂电池材料项目建成投产，年产能达到50万吨。培育100亿元级产业集群2个。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "32", "个",
	       (want){"5000万元以上的项目", "32", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "5", "个",
	       (want){"新开工10亿元以上项目", "5", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "50", "万吨",
	       (want){"年产能", "500000", "吨", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "2", "个",
	       (want){"培育100亿元级产业集群", "2", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, rankings_and_peer_groups)
{
	report r;
	build(&r,
	      "全区GDP在全省20个县区中排名第3位，税收收入居全市第一。"
	      "2022年高质量发展考评在全省166家先进制造业开发区排名一档第六。"
	      "实际利用外资5077.76万美元，在全省45家经开区中居第三位。"
	      "在元至12月份示范区高质量发展考核中综合排名位居第一。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "3", "位", (want){"GDP", "3", "位", QUAL_NONE, NULL, NULL, NULL, 0, 1, 2023});
	expect(&r, "6", "名",
	       (want){"高质量发展考评", "6", "名", QUAL_NONE, NULL, NULL, NULL, 0, 1, 2022});
	const rp_metric *third = &r.metrics[4];
	cr_assert_str_eq(third->value, "3");
	cr_assert_str_eq(third->unit, "位");
	cr_assert_str_eq(third->name, "实际利用外资");
	cr_assert(third->is_ranking);
	const rp_metric *first = &r.metrics[5];
	cr_assert_str_eq(first->value, "1");
	cr_assert_str_eq(first->unit, "名");
	/* 元至12月份 is the period (January to December), not part of the name. */
	cr_assert_str_eq(first->name, "示范区高质量发展考核综合排名");
	cr_assert_str_eq(r.metrics[1].name, "税收收入");
	report_free(&r);
}

Test(extract, not_figures)
{
	report r;
	build(
	    &r,
	    "2023年6月底前，十二届市委第十三轮巡察整改完毕，建成5G网络，"
	    "常态化实行“6+3”安全监管机制，荣获“最具竞争力产业链20强”，入选第九批试点，"
	    "学习党的二十大精神，三分之一的企业，1/3的项目，完成四宗土地出让，做到“两个维护”，"
	    "推进“三个一批”，元至12月份，1-11月，《2023年工作要点》，“第一议题”，居全省第一方阵。",
	    "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 0, "got %zu, first %s %s", r.n_metrics,
	             r.n_metrics ? r.metrics[0].value : "", r.n_metrics ? r.metrics[0].unit : "");
	report_free(&r);
}

Test(extract, list_markers_and_bullets)
{
	report r;
	build(&r,
	      "一是新增市场主体1.5万户，其中企业3000余户；二是接待游客320万人次，同比增长15%；"
	      "三是建成5G基站1200个。\n——新开工亿元以上项目85个，完成投资超过300亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	expect(&r, "1.5", "万户",
	       (want){"新增市场主体", "15000", "户", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "3000", "户",
	       (want){"企业", "3000", "户", QUAL_LOWER_BOUND, "余", NULL, NULL, 0, 0, 2023});
	expect(&r, "320", "万人次",
	       (want){"接待游客", "3200000", "人次", QUAL_NONE, NULL, "15", NULL, 0, 0, 2023});
	expect(&r, "1200", "个",
	       (want){"建成5G基站", "1200", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "85", "个",
	       (want){"新开工亿元以上项目", "85", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(
	    &r, "300", "亿元",
	    (want){"投资", "30000000000", "元", QUAL_LOWER_BOUND, "超过", NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, names_when_the_number_comes_first)
{
	report r;
	build(&r,
	      "设立19个非公企业党支部；其中20个省市重点项目完成投资88.7亿元；"
	      "完成推动企业上市等2项重点任务；举办“早间话廉”等活动40余次；"
	      "全年完成四宗合计426亩“标准地”出让；党组会议开展“第一议题”学习36次。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "19", "个",
	       (want){"设立非公企业党支部", "19", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "20", "个",
	       (want){"省市重点项目", "20", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "88.7", "亿元",
	       (want){"省市重点项目完成投资", "8870000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0,
	              2023});
	expect(&r, "2", "项",
	       (want){"重点任务", "2", "项", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "40", "次",
	       (want){"活动", "40", "次", QUAL_LOWER_BOUND, "余", NULL, NULL, 0, 0, 2023});
	expect(&r, "426", "亩",
	       (want){"“标准地”出让", "426", "亩", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(
	    &r, "36", "次",
	    (want){"党组会议“第一议题”学习", "36", "次", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, government_report_targets_and_review_years)
{
	report r;
	build(&r,
	      "过去一年，全区地区生产总值完成1.2万亿元，按可比价格计算增长5.2%。\n"
	      "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；"
	      "城镇新增就业1.1万人以上。\n力争全年固定资产投资增长10%。",
	      "政府工作报告", 2024, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "1.2", "万亿元",
	       (want){"地区生产总值", "1200000000000", "元", QUAL_NONE, NULL, "5.2", NULL, 0, 0,
	              2023});
	expect(&r, "6", "%",
	       (want){"地区生产总值", "6", "%", QUAL_APPROX, "左右", "6", NULL, 1, 0, 2024});
	expect(&r, "5", "%",
	       (want){"一般公共预算收入", "5", "%", QUAL_NONE, NULL, "5", NULL, 1, 0, 2024});
	expect(&r, "1.1", "万人",
	       (want){"城镇新增就业", "11000", "人", QUAL_LOWER_BOUND, "以上", NULL, NULL, 1, 0,
	              2024});
	expect(&r, "10", "%",
	       (want){"固定资产投资", "10", "%", QUAL_NONE, NULL, "10", NULL, 1, 0, 2024});
	report_free(&r);
}

Test(extract, plan_sections_hold_targets)
{
	report r;
	memset(&r, 0, sizeof r);
	const char *text = "一、工作成效\n营业收入100亿元。\n二、明年工作安排\n营业收入120亿元。";
	r.text = xstrdup(text);
	r.kind = xstrdup("工作总结");
	r.year = 2023;
	r.text_chars = 37;
	r.sections = xcalloc(2, sizeof *r.sections);
	r.n_sections = 2;
	r.sections[0] = (rp_section){-1,
	                             1,
	                             SECTION_BODY,
	                             xstrdup("一"),
	                             1,
	                             xstrdup("工作成效"),
	                             xstrdup("营业收入100亿元。"),
	                             0,
	                             7,
	                             18,
	                             0,
	                             1};
	r.sections[1] = (rp_section){-1,
	                             1,
	                             SECTION_BODY,
	                             xstrdup("二"),
	                             2,
	                             xstrdup("明年工作安排"),
	                             xstrdup("营业收入120亿元。"),
	                             18,
	                             27,
	                             37,
	                             1,
	                             0};
	extract_metrics(&r);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_eq(r.metrics[0].section, 0);
	cr_assert_eq(r.metrics[0].is_target, 0);
	cr_assert_eq(r.metrics[1].section, 1);
	cr_assert_eq(r.metrics[1].is_target, 1);
	cr_assert_str_eq(r.metrics[1].base_value, "12000000000");
	/* A work summary's results are about its year, its plans the next. */
	cr_assert_eq(r.metrics[0].period_year, 2023);
	cr_assert_eq(r.metrics[1].period_year, 2024);
	report_free(&r);
}

Test(extract, year_in_a_section_heading)
{
	report r;
	memset(&r, 0, sizeof r);
	r.text = xstrdup("一、2024年重点工作\n营业收入120亿元。");
	r.kind = xstrdup("工作报告");
	r.year = 2023;
	r.text_chars = 21;
	r.sections = xcalloc(1, sizeof *r.sections);
	r.n_sections = 1;
	r.sections[0] = (rp_section){-1,
	                             1,
	                             SECTION_BODY,
	                             xstrdup("一"),
	                             1,
	                             xstrdup("2024年重点工作"),
	                             xstrdup("营业收入120亿元。"),
	                             0,
	                             11,
	                             21,
	                             0,
	                             0};
	extract_metrics(&r);
	cr_assert_eq(r.n_metrics, 1);
	cr_assert_eq(r.metrics[0].period_year, 2024);
	cr_assert_eq(r.metrics[0].is_target, 0);
	report_free(&r);
}

Test(extract, units_of_many_kinds)
{
	report r;
	build(&r,
	      "新增装机10万千瓦，发电量5.6亿千瓦时，建设道路3.5公里，面积约2.5平方公里，"
	      "厂房12万平方米，用时18个月，办结时限3个工作日，出口额增长1.5倍。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 8);
	expect(&r, "10", "万千瓦",
	       (want){"新增装机", "100000", "千瓦", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "5.6", "亿千瓦时",
	       (want){"发电量", "560000000", "千瓦时", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "3.5", "公里",
	       (want){"建设道路", "3.5", "公里", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "12", "万平方米",
	       (want){"厂房", "120000", "平方米", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "18", "个月",
	       (want){"用时", "18", "个月", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "1.5", "倍",
	       (want){"出口额", "1.5", "倍", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, empty_and_figureless_text)
{
	report r;
	build(&r, "", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 0);
	cr_assert_null(r.metrics);
	report_free(&r);
	build(&r, "坚持稳中求进工作总基调。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 0);
	report_free(&r);
}

Test(extract, rates_listed_after_respectively)
{
	report r;
	build(&r,
	      "城镇居民人均可支配收入48000元和农村居民人均可支配收入20000元，分别增长5.1%和6.3%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "48000", "元",
	       (want){"城镇居民人均可支配收入", "48000", "元", QUAL_NONE, NULL, "5.1", NULL, 0, 0,
	              2023});
	expect(&r, "20000", "元",
	       (want){"农村居民人均可支配收入", "20000", "元", QUAL_NONE, NULL, "6.3", NULL, 0, 0,
	              2023});
	report_free(&r);
}

Test(extract, national_report_wording)
{
	report r;
	build(&r,
	      "城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。粮食产量6954亿斤，增产1.3%。"
	      "三次产业结构调整为5.2:38.6:56.2。社会消费品零售总额150亿元、增长7%。"
	      "进出口总额实现25亿元，其中出口18亿元，增长12%。"
	      "全区完成地区生产总值386.5亿元，同比增长6.8%，增速居全市第2位。",
	      "政府工作报告", 2024, 0);
	/* the industries' ratio after 调整为 gives its three parts (gold rule 60) */
	cr_assert_eq(r.n_metrics, 11);
	expect(&r, "38.6", "%",
	       (want){"第二产业比例", "38.6", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "5.2", "%",
	       (want){"城镇调查失业率", "5.2", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "0.2", "%",
	       (want){"居民消费价格", "0.2", "%", QUAL_NONE, NULL, "0.2", NULL, 0, 0, 2023});
	expect(&r, "6954", "亿斤",
	       (want){"粮食产量", "695400000000", "斤", QUAL_NONE, NULL, "1.3", NULL, 0, 0, 2023});
	expect(&r, "150", "亿元",
	       (want){"社会消费品零售总额", "15000000000", "元", QUAL_NONE, NULL, "7", NULL, 0, 0,
	              2023});
	expect(&r, "25", "亿元",
	       (want){"进出口总额", "2500000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "18", "亿元",
	       (want){"出口", "1800000000", "元", QUAL_NONE, NULL, "12", NULL, 0, 0, 2023});
	expect(
	    &r, "386.5", "亿元",
	    (want){"地区生产总值", "38650000000", "元", QUAL_NONE, NULL, "6.8", NULL, 0, 0, 2023});
	expect(&r, "2", "位",
	       (want){"地区生产总值增速", "2", "位", QUAL_NONE, NULL, NULL, NULL, 0, 1, 2023});
	report_free(&r);
}

Test(extract, target_words_in_a_sentence)
{
	report r;
	build(&r,
	      "签订目标责任书12份。完成年度目标的105%。力争全年引进项目30个以上。"
	      "单位国内生产总值能耗降低2.5%左右的目标。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "12", "份",
	       (want){"签订目标责任书", "12", "份", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "105", "%",
	       (want){"年度目标", "105", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "30", "个",
	       (want){"引进项目", "30", "个", QUAL_LOWER_BOUND, "以上", NULL, NULL, 1, 0, 2024});
	report_free(&r);
}

Test(extract, rates_per_unit)
{
	report r;
	build(&r, "亩均税收30.5万元/亩，人均可支配收入2.1万元。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "30.5", "万元/亩",
	       (want){"亩均税收", "305000", "元/亩", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "2.1", "万元",
	       (want){"人均可支配收入", "21000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, figures_outside_every_section_go_to_the_nearest)
{
	report r;
	memset(&r, 0, sizeof r);
	r.text = xstrdup("营业收入100亿元。\n一、成效\n利润10亿元。");
	r.kind = xstrdup("工作总结");
	r.year = 2023;
	r.text_chars = 22;
	r.sections = xcalloc(1, sizeof *r.sections);
	r.n_sections = 1;
	r.sections[0] = (rp_section){-1,
	                             1,
	                             SECTION_BODY,
	                             xstrdup("一"),
	                             1,
	                             xstrdup("成效"),
	                             xstrdup("利润10亿元。"),
	                             11,
	                             15,
	                             22,
	                             0,
	                             1};
	extract_metrics(&r);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_eq(r.metrics[0].section, 0);
	cr_assert_eq(r.metrics[1].section, 0);
	report_free(&r);
}

Test(extract, levels_reached_after_a_change)
{
	report r;
	build(&r,
	      "PM2.5平均浓度下降至32微克/立方米，企业开办时间压缩至1个工作日以内，"
	      "一般公共预算收入完成25.3亿元，同口径增长10.2%，其中税收收入19.8亿元，占比78.3%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(
	    &r, "32", "微克/立方米",
	    (want){"PM2.5平均浓度", "32", "微克/立方米", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "1", "个工作日",
	       (want){"企业开办时间", "1", "个工作日", QUAL_UPPER_BOUND, "以内", NULL, NULL, 0, 0,
	              2023});
	expect(&r, "25.3", "亿元",
	       (want){"一般公共预算收入", "2530000000", "元", QUAL_NONE, NULL, "10.2", NULL, 0, 0,
	              2023});
	expect(&r, "78.3", "%",
	       (want){"税收收入占比", "78.3", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, growth_in_parentheses)
{
	report r;
	build(&r, "营业收入100亿元（同比增长5%），利润8亿元(下降3%)。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "100", "亿元",
	       (want){"营业收入", "10000000000", "元", QUAL_NONE, NULL, "5", NULL, 0, 0, 2023});
	expect(&r, "8", "亿元",
	       (want){"利润", "800000000", "元", QUAL_NONE, NULL, "-3", NULL, 0, 0, 2023});
	cr_assert_str_eq(r.metrics[0].quote, "营业收入100亿元（同比增长5%）");
	report_free(&r);
}

Test(extract, place_names_keep_their_first_character)
{
	report r;
	build(&r, "和平区地区生产总值500亿元，分公司营业收入3亿元。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "500", "亿元",
	       (want){"和平区地区生产总值", "50000000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0,
	              2023});
	expect(
	    &r, "3", "亿元",
	    (want){"分公司营业收入", "300000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, bare_change_continues_the_figure_before)
{
	report r;
	build(&r, "规模以上工业企业达到86家,新增9家;利润8亿元,新增9家.", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	cr_assert_str_eq(r.metrics[1].name, "规模以上工业企业新增");
	/* Another unit: the change is not about the figure before. */
	cr_assert_str_eq(r.metrics[3].name, "新增");
	report_free(&r);
}

Test(extract, values_listed_after_respectively)
{
	report r;
	build(&r, "城镇和农村居民人均可支配收入分别为48000元和20000元，同比分别增长5%、8%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	/* Each figure takes its own subject of the list (test_extract_patterns.c). */
	expect(&r, "48000", "元",
	       (want){"城镇居民人均可支配收入", "48000", "元", QUAL_NONE, NULL, "5", NULL, 0, 0,
	              2023});
	expect(&r, "20000", "元",
	       (want){"农村居民人均可支配收入", "20000", "元", QUAL_NONE, NULL, "8", NULL, 0, 0,
	              2023});
	report_free(&r);
}

/* By convention the two figures of a 城乡 subject stated 分别 are the urban
 * and the rural one; a single 城乡 figure keeps its name. */
Test(extract, urban_and_rural_figures_of_a_joint_subject)
{
	report r;
	build(&r,
	      "城乡居民人均可支配收入分别达到41256元和21873元，分别增长5.3%和6.8%。"
	      "城乡居民人均收入分别增长5%和7%。城乡居民储蓄存款余额120亿元，增长4%。",
	      "政府工作报告", 2024, 0);
	cr_assert_eq(r.n_metrics, 5);
	expect(&r, "41256", "元",
	       (want){"城镇居民人均可支配收入", "41256", "元", QUAL_NONE, NULL, "5.3", NULL, 0, 0,
	              2023});
	expect(&r, "21873", "元",
	       (want){"农村居民人均可支配收入", "21873", "元", QUAL_NONE, NULL, "6.8", NULL, 0, 0,
	              2023});
	expect(&r, "5", "%",
	       (want){"城镇居民人均收入", "5", "%", QUAL_NONE, NULL, "5", NULL, 0, 0, 2023});
	expect(&r, "7", "%",
	       (want){"农村居民人均收入", "7", "%", QUAL_NONE, NULL, "7", NULL, 0, 0, 2023});
	expect(&r, "120", "亿元",
	       (want){"城乡居民储蓄存款余额", "12000000000", "元", QUAL_NONE, NULL, "4", NULL, 0, 0,
	              2023});
	report_free(&r);
}

Test(extract, national_government_report_targets)
{
	report r;
	build(&r,
	      "过去一年，国内生产总值超过126万亿元，增长5.2%，经济增长好于预期。\n"
	      "赤字率拟按3%安排，拟安排地方政府专项债券3.9万亿元。\n"
	      "发行1万亿元超长期特别国债。",
	      "政府工作报告", 2024, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "126", "万亿元",
	       (want){"国内生产总值", "126000000000000", "元", QUAL_LOWER_BOUND, "超过", "5.2",
	              NULL, 0, 0, 2023});
	expect(&r, "3", "%", (want){"赤字率", "3", "%", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "3.9", "万亿元",
	       (want){"地方政府专项债券", "3900000000000", "元", QUAL_NONE, NULL, NULL, NULL, 1, 0,
	              2024});
	expect(&r, "1", "万亿元",
	       (want){"发行超长期特别国债", "1000000000000", "元", QUAL_NONE, NULL, NULL, NULL, 0,
	              0, 2023});
	report_free(&r);
}

Test(extract, clause_without_subject_inherits_the_one_before)
{
	report r;
	build(&r,
	      "全区新登记个体工商户3.2万户，累计达到25.4万户；建成供水管网12条，共计35公里。"
	      "新认定科技型中小企业46家，总数达到520家。专精特新企业达到85家，净增17家。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 8);
	/* A running total: the subject before, without its verb of change, and
	 * without 累计 (a level of the indicator, as 共计 is). */
	expect(&r, "25.4", "万户",
	       (want){"个体工商户", "254000", "户", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	/* Another unit: the subject still carries over. */
	expect(&r, "35", "公里",
	       (want){"建成供水管网", "35", "公里", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	/* The stock of the indicator drops the verb of change. */
	expect(&r, "520", "家",
	       (want){"科技型中小企业总数", "520", "家", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "17", "家",
	       (want){"专精特新企业净增", "17", "家", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	for (size_t i = 0; i < r.n_metrics; i++)
		cr_assert(r.metrics[i].name[0], "%s has an empty name", r.metrics[i].value);
	report_free(&r);
}

Test(extract, growth_stated_before_its_figure)
{
	report r;
	build(&r,
	      "全年税收收入同比增长9.3%，达到41.2亿元。外贸进出口增长15%，总额达到80亿元。"
	      "规上工业增加值增长7%，其中制造业投资12亿元。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(&r, "41.2", "亿元",
	       (want){"税收收入", "4120000000", "元", QUAL_NONE, NULL, "9.3", NULL, 0, 0, 2023});
	cr_assert_str_eq(find(&r, "41.2", "亿元")->quote, "全年税收收入同比增长9.3%，达到41.2亿元");
	expect(
	    &r, "80", "亿元",
	    (want){"外贸进出口总额", "8000000000", "元", QUAL_NONE, NULL, "15", NULL, 0, 0, 2023});
	/* An amount with a subject of its own keeps the growth apart. */
	expect(&r, "7", "%",
	       (want){"规上工业增加值", "7", "%", QUAL_NONE, NULL, "7", NULL, 0, 0, 2023});
	expect(&r, "12", "亿元",
	       (want){"制造业投资", "1200000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, target_named_after_its_figure)
{
	report r;
	build(&r,
	      "实现了地区生产总值增长3%左右的目标，年度投资计划完成率达到108%，目标完成率100%。"
	      "实现了固定资产投资增长10%以上的目标，投资5000万元以上的项目18个。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	/* The target met in the year under review. */
	expect(&r, "3", "%",
	       (want){"地区生产总值", "3", "%", QUAL_APPROX, "左右", "3", NULL, 1, 0, 2023});
	/* A rate against a plan is a result, and the target closing the
	 * clause before does not spread to it. */
	expect(&r, "108", "%",
	       (want){"年度投资计划完成率", "108", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "100", "%",
	       (want){"目标完成率", "100", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	/* 以上 before 的目标 bounds the target; before 的项目 it is a threshold. */
	expect(&r, "10", "%",
	       (want){"固定资产投资", "10", "%", QUAL_LOWER_BOUND, "以上", "10", NULL, 1, 0, 2023});
	expect(
	    &r, "18", "个",
	    (want){"投资5000万元以上的项目", "18", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, growth_rates_of_listed_subjects)
{
	report r;
	build(&r,
	      "规模以上工业增加值和固定资产投资同比分别增长5.2%和3.1%。"
	      "全年进出口、出口、进口分别增长12%、15%和8%。营业收入和利润分别下降3%和5%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 7);
	expect(&r, "5.2", "%",
	       (want){"规模以上工业增加值", "5.2", "%", QUAL_NONE, NULL, "5.2", NULL, 0, 0, 2023});
	expect(&r, "3.1", "%",
	       (want){"固定资产投资", "3.1", "%", QUAL_NONE, NULL, "3.1", NULL, 0, 0, 2023});
	expect(&r, "12", "%", (want){"进出口", "12", "%", QUAL_NONE, NULL, "12", NULL, 0, 0, 2023});
	expect(&r, "15", "%", (want){"出口", "15", "%", QUAL_NONE, NULL, "15", NULL, 0, 0, 2023});
	expect(&r, "8", "%", (want){"进口", "8", "%", QUAL_NONE, NULL, "8", NULL, 0, 0, 2023});
	expect(&r, "-5", "%", (want){"利润", "-5", "%", QUAL_NONE, NULL, "-5", NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, scope_ranking_without_verb)
{
	report r;
	build(&r, "营商环境评价全省第一，项目建设全市第3名。建成全省第一个智慧园区。", "工作总结",
	      2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "1", "名",
	       (want){"营商环境评价", "1", "名", QUAL_NONE, NULL, NULL, NULL, 0, 1, 2023});
	expect(&r, "3", "名",
	       (want){"项目建设", "3", "名", QUAL_NONE, NULL, NULL, NULL, 0, 1, 2023});
	report_free(&r);
}

/* A range gives two figures, its bounds, named （下限） and （上限） (the
 * gold convention): dashes, 至 and 到 between two numbers of one unit; the
 * qualifier around the range applies to both. A period (2021-2023年) and a
 * date (1-9月) are no range. */
Test(extract, ranges_give_both_bounds)
{
	report r;
	build(&r,
	      "引进项目3-5个，培育企业3至5家。地区生产总值增长6%-7%。建设3—5座水厂。"
	      "新建学校约10～12所。2021-2023年累计投资8亿元，1-9月完成投资5亿元。",
	      "工作总结", 2023, 1);
	cr_assert_eq(r.n_metrics, 12);
	expect(&r, "3", "个",
	       (want){"引进项目（下限）", "3", "个", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "5", "个",
	       (want){"引进项目（上限）", "5", "个", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "3", "家",
	       (want){"培育企业（下限）", "3", "家", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "5", "家",
	       (want){"培育企业（上限）", "5", "家", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(
	    &r, "6", "%",
	    (want){"地区生产总值增长（下限）", "6", "%", QUAL_NONE, NULL, "6", NULL, 1, 0, 2024});
	expect(
	    &r, "7", "%",
	    (want){"地区生产总值增长（上限）", "7", "%", QUAL_NONE, NULL, "7", NULL, 1, 0, 2024});
	expect(&r, "3", "座",
	       (want){"建设水厂（下限）", "3", "座", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "5", "座",
	       (want){"建设水厂（上限）", "5", "座", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "10", "所",
	       (want){"新建学校（下限）", "10", "所", QUAL_APPROX, "约", NULL, NULL, 1, 0, 2024});
	expect(&r, "12", "所",
	       (want){"新建学校（上限）", "12", "所", QUAL_APPROX, "约", NULL, NULL, 1, 0, 2024});
	/* a span of years (2021-2023年累计) and a part of a year (1-9月) are
	 * no one year's period */
	expect(&r, "8", "亿元",
	       (want){"投资", "800000000", "元", QUAL_NONE, NULL, NULL, NULL, 1, 0, 0});
	expect(&r, "5", "亿元",
	       (want){"投资", "500000000", "元", QUAL_NONE, NULL, NULL, NULL, 1, 0, 0});
	report_free(&r);
}

/* A bound's name ends in its mark, so it holds the whole phrase: the verb
 * after a counted object that ends the clause (the objects that come
 * about), and the verb of a growth range. Not the words after a list sign
 * (a list names each item), nor a long tail, nor words that do not follow
 * the object as its name has it. */
Test(extract, range_names_keep_the_verb_that_ends_the_phrase)
{
	report r;
	build(&r,
	      "推动2-3家企业挂牌上市，力争5-8个重点产业项目开工建设。本区生产总值增长6.5-7%。"
	      "力争4-6家企业落户和投产。实现1-2个项目在全市各区中率先完成全部审批手续。",
	      "工作总结", 2023, 1);
	cr_assert_eq(r.n_metrics, 10);
	expect(&r, "2", "家",
	       (want){"企业挂牌上市（下限）", "2", "家", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "3", "家",
	       (want){"企业挂牌上市（上限）", "3", "家", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "5", "个",
	       (want){"重点产业项目开工建设（下限）", "5", "个", QUAL_NONE, NULL, NULL, NULL, 1, 0,
	              2024});
	expect(
	    &r, "6.5", "%",
	    (want){"生产总值增长（下限）", "6.5", "%", QUAL_NONE, NULL, "6.5", NULL, 1, 0, 2024});
	expect(&r, "4", "家",
	       (want){"企业（下限）", "4", "家", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	expect(&r, "1", "个",
	       (want){"项目（下限）", "1", "个", QUAL_NONE, NULL, NULL, NULL, 1, 0, 2024});
	report_free(&r);
}

/* A list inside a short parenthesis (（市、区）) ends no clause; 至少 (at
 * least), before the number or before its verb, is the figure's lower bound
 * and no part of its name. A long or unclosed parenthesis changes nothing. */
Test(extract, parenthesised_lists_and_at_least)
{
	report r;
	build(&r,
	      "每个县（市、区）每年至少培育10家领军企业。各乡镇重点培育至少10个示范点。"
	      "新建（含改扩建、续建）学校12所。",
	      "工作计划", 2023, 1);
	cr_assert_eq(r.n_metrics, 3);
	expect(&r, "10", "家",
	       (want){"每个县（市、区）每年培育领军企业", "10", "家", QUAL_LOWER_BOUND, "至少",
	              NULL, NULL, 1, 0, 2024});
	expect(&r, "10", "个",
	       (want){"各乡镇重点培育示范点", "10", "个", QUAL_LOWER_BOUND, "至少", NULL, NULL, 1,
	              0, 2024});
	expect(&r, "12", "所",
	       (want){"新建（含改扩建、续建）学校", "12", "所", QUAL_NONE, NULL, NULL, NULL, 1, 0,
	              2024});
	report_free(&r);
}

/* One qualifier after figures listed one after another is every one's
 * (1000万亩、400万吨以上; 分别增长6%、7%左右), and after objects of one verb
 * too (新建学校3所、幼儿园5所左右: gold rule 32); where each object has its own
 * verb (新建学校3所、改造幼儿园5所左右) only the last has it. */
Test(extract, qualifier_after_a_list_of_figures)
{
	report r;
	build(&r,
	      "粮食播种面积和产量保持在1000万亩、400万吨以上。"
	      "地区生产总值、一般公共预算收入分别增长6%、7%左右。新建学校3所、幼儿园5所左右。"
	      "新建学校2所、改造幼儿园4所左右。",
	      "工作计划", 2023, 1);
	cr_assert_eq(r.n_metrics, 8);
	cr_assert_eq(find(&r, "1000", "万亩")->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find(&r, "400", "万吨")->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find(&r, "6", "%")->qualifier, QUAL_APPROX);
	cr_assert_eq(find(&r, "7", "%")->qualifier, QUAL_APPROX);
	cr_assert_eq(find(&r, "3", "所")->qualifier, QUAL_APPROX);
	cr_assert_eq(find(&r, "5", "所")->qualifier, QUAL_APPROX);
	cr_assert_eq(find(&r, "2", "所")->qualifier, QUAL_NONE);
	cr_assert_eq(find(&r, "4", "所")->qualifier, QUAL_APPROX);
	report_free(&r);

	/* A qualifier right after the first of the rates is that rate's alone. */
	build(&r, "固定资产投资、社会消费品零售总额分别增长3.0%左右和8.5%。", "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_eq(find(&r, "3.0", "%")->qualifier, QUAL_APPROX);
	cr_assert_eq(find(&r, "8.5", "%")->qualifier, QUAL_NONE);
	report_free(&r);

	/* A bound before the first of counted objects of one verb is every
	 * one's; an object with its own verb keeps its own. 约 before the copula
	 * of a multiple makes it approximate. */
	build(&r,
	      "推出不少于100项服务、50款金融产品。完成不少于6个项目、新建3所学校。"
	      "研发投入强度约为全国的2.3倍。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 5);
	cr_assert_eq(find(&r, "100", "项")->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find(&r, "50", "款")->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find(&r, "6", "个")->qualifier, QUAL_LOWER_BOUND);
	cr_assert_eq(find(&r, "3", "所")->qualifier, QUAL_NONE);
	cr_assert_eq(find(&r, "2.3", "倍")->qualifier, QUAL_APPROX);
	report_free(&r);
}

Test(extract, periods_and_yearly_averages)
{
	report r;
	build(&r,
	      "1-11月完成投资12亿元。近五年地区生产总值年均增长7.5%。"
	      "五年来累计引进项目320个，签约金额达到500亿元，年均增长8%。能耗年均下降3%。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 6);
	/* 1-11月 is part of the year, 近五年 and 五年来 a span: none of these
	 * is one year's figure, so none gets a period year (0: NULL) */
	expect(&r, "12", "亿元",
	       (want){"投资", "1200000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 0});
	/* An average over years is no year-over-year change. */
	expect(&r, "7.5", "%",
	       (want){"地区生产总值年均增长", "7.5", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 0});
	expect(&r, "320", "个",
	       (want){"引进项目", "320", "个", QUAL_NONE, NULL, NULL, NULL, 0, 0, 0});
	expect(&r, "500", "亿元",
	       (want){"签约金额", "50000000000", "元", QUAL_NONE, NULL, NULL, NULL, 0, 0, 0});
	expect(&r, "8", "%",
	       (want){"签约金额年均增长", "8", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 0});
	/* the span held for its own sentence only */
	expect(&r, "-3", "%",
	       (want){"能耗年均下降", "-3", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, report_wording_of_many_kinds)
{
	report r;
	build(&r,
	      "实际利用外资3.2亿元人民币，比上年增长6.2%。新建标准化厂房25万平方米。"
	      "引进人才1,200人，接待游客达1.2万人次。工业用电量同比提高2.1%。"
	      "实现营业收入100亿元（同比增长5%）。工业增加值占全市的35.2%。"
	      "实际利用外资1.5亿美元，较上年增长12%，总量居全省第3位。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 9);
	expect(&r, "3.2", "亿元人民币",
	       (want){"实际利用外资", "320000000", "元", QUAL_NONE, NULL, "6.2", NULL, 0, 0, 2023});
	expect(
	    &r, "25", "万平方米",
	    (want){"新建标准化厂房", "250000", "平方米", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "1200", "人",
	       (want){"引进人才", "1200", "人", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "1.2", "万人次",
	       (want){"接待游客", "12000", "人次", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "2.1", "%",
	       (want){"工业用电量", "2.1", "%", QUAL_NONE, NULL, "2.1", NULL, 0, 0, 2023});
	expect(&r, "100", "亿元",
	       (want){"营业收入", "10000000000", "元", QUAL_NONE, NULL, "5", NULL, 0, 0, 2023});
	expect(
	    &r, "35.2", "%",
	    (want){"工业增加值占全市比重", "35.2", "%", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(
	    &r, "1.5", "亿美元",
	    (want){"实际利用外资", "150000000", "美元", QUAL_NONE, NULL, "12", NULL, 0, 0, 2023});
	/* 总量居全省第3位 ranks the indicator itself (name_prepend_ranked) */
	expect(&r, "3", "位",
	       (want){"实际利用外资", "3", "位", QUAL_NONE, NULL, NULL, NULL, 0, 1, 2023});
	report_free(&r);
}

Test(extract, absolute_changes_and_bounds_before_verbs)
{
	report r;
	build(&r,
	      "粮食总产量达到12.5万吨，比上年减少0.3万吨。一般公共预算支出的75%以上用于民生，"
	      "同比新增企业12家。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 4);
	expect(
	    &r, "0.3", "万吨",
	    (want){"粮食总产量比上年减少", "3000", "吨", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	expect(&r, "75", "%",
	       (want){"一般公共预算支出", "75", "%", QUAL_LOWER_BOUND, "以上", NULL, NULL, 0, 0,
	              2023});
	expect(&r, "12", "家",
	       (want){"新增企业", "12", "家", QUAL_NONE, NULL, NULL, NULL, 0, 0, 2023});
	report_free(&r);
}

Test(extract, no_figure_is_left_without_a_name)
{
	report r;
	build(&r, "确保完成全年增长6%的目标任务。增长12%，达到100亿元。", "政府工作报告", 2023, 1);
	cr_assert_eq(r.n_metrics, 2);
	expect(&r, "6", "%",
	       (want){"确保完成全年增长", "6", "%", QUAL_NONE, NULL, "6", NULL, 1, 0, 2023});
	expect(&r, "100", "亿元",
	       (want){"增长", "10000000000", "元", QUAL_NONE, NULL, "12", NULL, 1, 0, 2023});
	report_free(&r);
}

Test(extract, milestone_passed_is_a_figure_before_the_measured_value)
{
	report r;
	build(&r,
	      "过去一年，全市地区生产总值迈上3000亿元新台阶，达到3086.4亿元，比上年增长6.2%。"
	      "外贸进出口突破500亿元大关。",
	      "工作总结", 2023, 0);
	/* the milestone passed is a figure, a lower bound, and so is the
	 * measured value after it, which the growth is of (gold decisions 55,
	 * 86, 242: 突破2000亿大关，达到2150亿元 and 迈上6万亿元台阶，达到62661亿元
	 * in real reports); a milestone with no value after it too */
	cr_assert_eq(r.n_metrics, 3);
	cr_assert_str_eq(r.metrics[0].value, "3000");
	cr_assert_eq(r.metrics[0].qualifier, QUAL_LOWER_BOUND);
	cr_assert_str_eq(r.metrics[0].name, "地区生产总值");
	cr_assert_str_eq(r.metrics[1].value, "3086.4");
	cr_assert_str_eq(r.metrics[1].yoy_pct, "6.2");
	cr_assert_str_eq(r.metrics[1].name, "地区生产总值", "named by the sentence's subject");
	cr_assert_str_eq(r.metrics[2].value, "500");
	cr_assert_str_eq(r.metrics[2].name, "外贸进出口");
	cr_assert_eq(r.metrics[2].qualifier, QUAL_LOWER_BOUND);
	report_free(&r);
}

Test(extract, actor_and_future_marker_are_not_part_of_a_name)
{
	report r;
	build(&r, "2024年，开发区将力争规上工业总产值增长10%以上。我们将确保新签约项目50个。",
	      "工作总结", 2023, 0);
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_str_eq(r.metrics[0].name, "规上工业总产值");
	cr_assert_str_eq(r.metrics[0].value, "10");
	cr_assert_eq(r.metrics[0].is_target, 1);
	cr_assert_str_eq(r.metrics[1].name, "新签约项目");
	cr_assert_eq(r.metrics[1].is_target, 1);
	report_free(&r);
}

Test(extract, plans_of_a_half_year_report_are_for_the_same_year)
{
	report r;
	build_titled(&r, "全区实现地区生产总值412.7亿元。下半年，确保地区生产总值增长6%以上。",
	             "工作总结", 2023, 0, "青禾区2023年上半年工作总结");
	cr_assert_eq(r.n_metrics, 2);
	cr_assert_eq(r.metrics[1].is_target, 1);
	cr_assert_eq(r.metrics[1].period_year, 2023, "the second half of the same year");
	report_free(&r);
}
