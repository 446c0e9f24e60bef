/* Figure names: one test per naming rule of extract_name.c (several invented
 * wordings of the pattern each, none taken from a gold document), the exact
 * name asserted, and where a rule must not catch something, that too. */
#include "extract.h"
#include "one_section_report.h"
#include "parse.h"
#include "report.h"
#include "sb.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

/* A report of one section spanning `text`, a review (is_plan 0) of 2023,
 * metrics extracted. */
static void build(report *r, const char *text)
{
	one_section_report(r, NULL, text, "工作总结", 2023, 0);
	cr_assert_eq(extract_metrics(r), 0);
}

/* The name of the n-th (from 0) metric of value and unit is `name`. */
static void name_nth(const report *r, const char *value, const char *unit, int nth,
                     const char *name)
{
	for (size_t i = 0; i < r->n_metrics; i++) {
		const rp_metric *m = &r->metrics[i];
		if (strcmp(m->value, value) != 0 || strcmp(m->unit, unit) != 0 || nth-- != 0)
			continue;
		cr_assert(m->name && strcmp(m->name, name) == 0, "%s%s: name %s, expected %s",
		          value, unit, m->name ? m->name : "NULL", name);
		return;
	}
	cr_assert_fail("no metric %s %s among %zu", value, unit, r->n_metrics);
}

static void name_is(const report *r, const char *value, const char *unit, const char *name)
{
	name_nth(r, value, unit, 0, name);
}

/* (2), （12）: footnote marks typed with round brackets after a word or a
 * closing quote leave the name; a year in brackets and a list number at the
 * clause's start are no such mark. */
Test(extract_names_rules, footnote_marks_in_round_brackets)
{
	report r;
	build(&r, "开展“企业服务月”(3)活动25次。清理“三乱”（12）广告牌1200处。"
	          "入选全国百强（2023）榜单企业4家。");
	cr_assert_eq(r.n_metrics, 3);
	name_is(&r, "25", "次", "“企业服务月”活动");
	name_is(&r, "1200", "处", "清理“三乱”广告牌");
	name_is(&r, "4", "家", "入选全国百强（2023）榜单企业");
	report_free(&r);
}

/* 首批 (the first batch) says when the things came, not what they are: cut
 * from the name wherever it stands, unless it is all the words before the
 * number (then the words after it belong to another figure). */
Test(extract_names_rules, first_batch_is_no_part_of_a_name)
{
	report r;
	build(&r, "认定首批8个省级特色小镇。组建首批12家创新联合体。"
	          "持续推进首批12项及第二批14项重点改革。首批16个试点城市通过验收。");
	name_is(&r, "8", "个", "认定省级特色小镇");
	name_is(&r, "16", "个", "试点城市");
	name_is(&r, "12", "家", "组建创新联合体");
	name_is(&r, "12", "项", "首批");
	report_free(&r);
}

/* Deadlines (年底前), adverbs of manner (强力), the rest of a count (其余)
 * open no name; bounds (不少于, 不低于) and target words (力争) left before
 * the number end none. */
Test(extract_names_rules, deadlines_manner_bounds_and_target_words)
{
	report r;
	build(&r, "年底前建成15个口袋公园。其余8个项目全部完工。"
	          "强力实施总投资30亿元的重点项目。"
	          "规上企业不少于120家，优良天数比例不低于85%，营业收入力争突破50亿元。");
	cr_assert_eq(r.n_metrics, 6);
	name_is(&r, "15", "个", "建成口袋公园");
	name_is(&r, "8", "个", "项目");
	name_is(&r, "30", "亿元", "重点项目总投资");
	name_is(&r, "120", "家", "规上企业");
	name_is(&r, "85", "%", "优良天数比例");
	name_is(&r, "50", "亿元", "营业收入");
	report_free(&r);
}

/* 对 with only the region before the number opens the object of the verb
 * after the figure: the counted noun names it; with words of its own, 对 is
 * part of the name (trade with a partner, 对外). */
Test(extract_names_rules, object_preposition_before_a_count)
{
	report r;
	build(&r, "对全县12所学校进行改扩建。对28个村实施污水治理。"
	          "对外贸易额增长8%。对东盟进出口总额120亿元。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "12", "所", "学校");
	name_is(&r, "28", "个", "实施污水治理的村");
	name_is(&r, "8", "%", "对外贸易额");
	name_is(&r, "120", "亿元", "对东盟进出口总额");
	report_free(&r);
}

/* What was done with or for the things counted (完善, 投入使用, 提供, 代缴,
 * 扎实推进, 取得进展) ends their noun; a verb that begins the noun (谋划项目)
 * does not (启动, the verb of the work before the number, then leaves the
 * name: counted_noun_with_a_predicate_drops_the_work_verb). */
Test(extract_names_rules, predicate_after_the_counted_noun)
{
	report r;
	build(&r, "全年8个安置小区完善物业管理。5所学校投入使用。为1200户困难家庭提供帮扶。"
	          "启动12个谋划项目建设。为3000名低保对象代缴医疗保险费。"
	          "23个产业园建设扎实推进，6个改革试点取得积极进展。");
	cr_assert_eq(r.n_metrics, 7);
	name_is(&r, "23", "个", "产业园建设");
	name_is(&r, "6", "个", "改革试点");
	name_is(&r, "8", "个", "安置小区");
	name_is(&r, "5", "所", "学校");
	name_is(&r, "1200", "户", "困难家庭");
	name_is(&r, "12", "个", "谋划项目");
	name_is(&r, "3000", "名", "低保对象");
	report_free(&r);
}

/* A target or plan in brackets after a result (年度目标, 计划) is named by
 * the result's indicator with the note (gold rule 27), with ASCII or
 * full-width brackets; a bracket that holds no such note names as before. */
Test(extract_names_rules, kind_note_in_brackets_after_a_result)
{
	report r;
	build(&r, "地区生产总值完成92.4亿元，增长6.5%(年度目标6%以上);"
	          "固定资产投资增长9%（年度目标7%左右）。税收收入完成45亿元（计划40亿元）。"
	          "粮食产量达到8.2万吨（其中小麦3.1万吨）。");
	name_is(&r, "6", "%", "地区生产总值（年度目标）");
	name_is(&r, "7", "%", "固定资产投资（年度目标）");
	name_is(&r, "40", "亿元", "税收收入（计划）");
	name_is(&r, "3.1", "万吨", "小麦");
	report_free(&r);
}

/* 各类, 各种 (of every kind) are part of the name analysts give, inside it
 * as at its start. */
Test(extract_names_rules, of_every_kind_stays_in_the_name)
{
	report r;
	build(&r, "引进各类人才520人。举办各种文体活动86场。各类市场主体达到3.2万户。");
	cr_assert_eq(r.n_metrics, 3);
	name_is(&r, "520", "人", "引进各类人才");
	name_is(&r, "86", "场", "举办各种文体活动");
	name_is(&r, "3.2", "万户", "各类市场主体");
	report_free(&r);
}

/* A Chinese-numeral count equal to the subjects listed before it (A、B两个,
 * A、B、C三大) closes the list: the figure is of all of them, the count
 * leaves the name; a count that differs from the list stays (三大科学城
 * after one subject). */
Test(extract_names_rules, count_of_the_listed_subjects)
{
	report r;
	build(&r, "东区、西区两个重点片区完成投资85.6亿元。"
	          "电子信息、生物医药和新材料三大产业集群营业收入达到320亿元。"
	          "承接三大科学城成果120项。");
	cr_assert_eq(r.n_metrics, 3);
	name_is(&r, "85.6", "亿元", "东区、西区重点片区完成投资");
	name_is(&r, "320", "亿元", "电子信息、生物医药和新材料产业集群营业收入");
	name_is(&r, "120", "项", "承接三大科学城成果");
	report_free(&r);
}

/* 在…会上 frames the event a figure was made at: the event stays, the frame
 * goes; 在 without such a frame (在建, 在校) is part of the name. */
Test(extract_names_rules, event_frame_around_the_name)
{
	report r;
	build(&r, "在粤港澳投资洽谈会上签约项目21个，在建项目18个。"
	          "在全国职业技能大赛上获得金牌6枚。在校学生达到1.2万人。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "21", "个", "粤港澳投资洽谈会签约项目");
	name_is(&r, "18", "个", "在建项目");
	name_is(&r, "6", "枚", "全国职业技能大赛获得金牌");
	name_is(&r, "1.2", "万人", "在校学生");
	report_free(&r);
}

/* A figure named only by a verb of reaching people (惠及, 受益) counts whom
 * the work before it reached: the work's name goes in front; with people of
 * its own or no work before it, the name stays. */
Test(extract_names_rules, people_reached_by_the_work_before)
{
	report r;
	build(&r, "改造老旧小区326个，惠及居民户数达到4.1万户。新建供水工程18处，受益12万人。"
	          "发放助学金1.2亿元，惠及3.5万人。惠及困难群众8万人。");
	name_is(&r, "12", "万人", "新建供水工程受益");
	name_is(&r, "3.5", "万人", "发放助学金惠及");
	name_is(&r, "8", "万人", "惠及困难群众");
	report_free(&r);
}

/* The count of kinds or groups right before a figure's number (12类, 10大类,
 * 6组) is context, no part of its name; an ordinal kind (第二类) is. */
Test(extract_names_rules, count_of_kinds_before_the_number)
{
	report r;
	build(&r, "10大类52项民生实事全部完成。今年将办好12类45件惠民实事。"
	          "6组10家市属国企完成重组。新增第二类医疗器械备案企业28家。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "52", "项", "民生实事");
	name_is(&r, "45", "件", "惠民实事");
	name_is(&r, "10", "家", "市属国企");
	name_is(&r, "28", "家", "新增第二类医疗器械备案企业");
	report_free(&r);
}

/* Adverbs of how a change went (逆势, 实际, 显著, 有所), left before the
 * number once the verb is trimmed, end no name. */
Test(extract_names_rules, adverbs_of_the_change_leave_the_name)
{
	report r;
	build(&r, "工业投资逆势增长12.5%。农村居民人均可支配收入实际增长6.1%。"
	          "外贸进出口显著增长15.3%，城镇新增就业有所减少2.1%。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "12.5", "%", "工业投资");
	name_is(&r, "6.1", "%", "农村居民人均可支配收入");
	name_is(&r, "15.3", "%", "外贸进出口");
	name_is(&r, "-2.1", "%", "城镇新增就业");
	report_free(&r);
}

/* Things counted with a standard an attribute of theirs reached (断面水质全部
 * 达标, 行政村集体收入超过…, 产业规模超千亿元): the figure counts the things,
 * the attribute and the standard leave its name; an attribute that reaches
 * nothing (规模以上) is part of the noun. */
Test(extract_names_rules, attribute_of_the_counted_things_reaching_a_standard)
{
	report r;
	build(&r, "6条入河河流水质均达到Ⅲ类。23个国考断面水质全部达标。"
	          "159个行政村集体收入全部超过11万元。12个城市空气质量全部达标。"
	          "建成5个规模以上产业园区。");
	cr_assert_eq(r.n_metrics, 5);
	name_is(&r, "6", "条", "入河河流");
	name_is(&r, "23", "个", "国考断面");
	name_is(&r, "159", "个", "行政村");
	name_is(&r, "12", "个", "城市");
	name_is(&r, "5", "个", "建成规模以上产业园区");
	report_free(&r);
}

/* 实现就业 / 实现再就业 name who found work and keep their verb; 实现 before
 * an amount is still cut between subject and object. */
Test(extract_names_rules, verb_of_a_fixed_term_stays)
{
	report r;
	build(&r, "失业人员实现再就业1520人，就业困难人员实现就业368人。"
	          "规上企业实现营业收入86亿元。");
	cr_assert_eq(r.n_metrics, 3);
	name_is(&r, "1520", "人", "失业人员实现再就业");
	name_is(&r, "368", "人", "就业困难人员实现就业");
	name_is(&r, "86", "亿元", "规上企业营业收入");
	report_free(&r);
}

/* 全疆 is the whole region like 全省, 全速 an adverb like 全力: neither opens
 * a name; 全社会 and 全员 belong to indicators' own names. */
Test(extract_names_rules, whole_region_and_manner_words)
{
	report r;
	build(&r, "全疆小微企业贷款余额5200亿元。全速推进光伏制氢项目6个。"
	          "全社会用电量480亿千瓦时，全员劳动生产率16万元/人。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "5200", "亿元", "小微企业贷款余额");
	name_is(&r, "6", "个", "光伏制氢项目");
	name_is(&r, "480", "亿千瓦时", "全社会用电量");
	name_is(&r, "16", "万元/人", "全员劳动生产率");
	report_free(&r);
}

/* The figure's own number can be the count of the things listed before it
 * (A、B、C 3家高新区): they are examples of what it counts, like the
 * examples before 等, and the name is the noun after the count with the verb
 * of making before the list (新增); a Chinese-numeral count (四市) belongs to
 * another figure, whose subject the list is: the name lists them all. A list
 * inside a slogan's quotes is no list of subjects. */
Test(extract_names_rules, figure_counting_the_listed_places)
{
	report r;
	build(&r, "东湖、襄阳、宜昌3家高新区进入全国50强。"
	          "新增滨江、临港2个省级开发区。"
	          "黄山、池州、安庆、宣城四市服务业营收增长16.7%。"
	          "“省市共建、一室一策”支持长白山、吉光2个省实验室运营。");
	name_is(&r, "3", "家", "高新区");
	name_is(&r, "2", "个", "新增省级开发区");
	name_is(&r, "16.7", "%", "黄山、池州、安庆、宣城服务业营收");
	name_nth(&r, "2", "个", 1, "吉光省实验室运营");
	report_free(&r);
}

/* 的 right after a counted place owns what follows: that, 的, the place (without
 * the word 任务: sites_of_a_task_lose_the_word_task). */
Test(extract_names_rules, place_owning_what_follows)
{
	report r;
	build(&r, "完成86个村的人居环境整治任务。");
	cr_assert_eq(r.n_metrics, 1);
	name_is(&r, "86", "个", "人居环境整治的村");
	report_free(&r);
}

/* 下达, 到达 end with a linking word (达) but are verbs: kept whole. */
Test(extract_names_rules, verbs_ending_with_a_linking_word)
{
	report r;
	build(&r, "国家下达的12亿元以旧换新资金全部到位。目前已下达28个项目。");
	cr_assert_eq(r.n_metrics, 2);
	name_is(&r, "12", "亿元", "国家下达的以旧换新资金");
	name_is(&r, "28", "个", "下达项目");
	report_free(&r);
}

/* 辖区 (the report's own area) opens no name, like 全区. */
Test(extract_names_rules, own_area_opens_no_name)
{
	report r;
	build(&r, "辖区520户农房全部签约。辖区内规上企业达到86家。");
	cr_assert_eq(r.n_metrics, 2);
	name_is(&r, "520", "户", "农房");
	name_is(&r, "86", "家", "规上企业");
	report_free(&r);
}

/* 有效 / 显著 before a verb of effect are adverbs and open no name; 有效
 * before a noun is part of it. */
Test(extract_names_rules, adverb_that_also_begins_nouns)
{
	report r;
	build(&r, "有效拉动消费3.6亿元。显著降低企业成本2.1亿元。有效发明专利拥有量达到12.5件。");
	cr_assert_eq(r.n_metrics, 3);
	name_is(&r, "3.6", "亿元", "拉动消费");
	name_is(&r, "2.1", "亿元", "降低企业成本");
	name_is(&r, "12.5", "件", "有效发明专利拥有量");
	report_free(&r);
}

/* A verb between the subject before the number and the noun after the
 * measure word (园区[举行]1次推介活动) is cut as inside a name. */
Test(extract_names_rules, verb_between_subject_and_counted_noun)
{
	report r;
	build(&r, "园区举行1次招商推介活动。社区开展2次安全培训。");
	cr_assert_eq(r.n_metrics, 2);
	name_is(&r, "1", "次", "园区招商推介活动");
	name_is(&r, "2", "次", "社区安全培训");
	report_free(&r);
}

/* A count's noun right before the next figure, said again in that figure's
 * own noun (4个小区9.2万平方米老旧小区改造), is the count's; a noun that is
 * also the next figure's subject (36家医院实现120项…互认) stays. */
Test(extract_names_rules, noun_of_the_count_before_said_again)
{
	report r;
	build(&r, "完成6个小区12.5万平方米老旧小区改造。推动36家医院实现120项检查结果互认。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "12.5", "万平方米", "老旧小区");
	name_is(&r, "120", "项", "医院检查结果互认");
	report_free(&r);
}

/* A clause with no subject of its own and no figure before it is named by
 * the nearest clause before it in the sentence (not the first one, which is
 * about something else); 加大…力度 frames that subject. */
Test(extract_names_rules, nearest_clause_names_a_bare_figure)
{
	report r;
	build(&r, "持续推进“揭榜挂帅”，加大研发经费投入力度，全年增长12%。"
	          "过去一年，经济总量稳步壮大，地区生产总值迈上新台阶，达到3086.4亿元。");
	cr_assert_eq(r.n_metrics, 2);
	name_is(&r, "12", "%", "研发经费投入");
	name_is(&r, "3086.4", "亿元", "地区生产总值");
	report_free(&r);
}

/* A title in quotes is one word of the name: its 、, 和, ＋, — and 等 split,
 * stop or list nothing, and a clause that a 、 inside it started takes the
 * title's start; a title that does not close is left out. */
Test(extract_names_rules, titles_in_quotes_are_whole)
{
	report r;
	build(&r, "完成老旧小区“水、电”改造1200户。新建10个“郑和学院”。"
	          "推出“立等可取”事项52项。启动建设6条“县城—中心镇”发展轴。"
	          "实施“千村示范、万村提升”工程项目275个。");
	cr_assert_eq(r.n_metrics, 5);
	name_is(&r, "1200", "户", "老旧小区“水、电”改造");
	name_is(&r, "10", "个", "新建“郑和学院”");
	name_is(&r, "52", "项", "推出“立等可取”事项");
	name_is(&r, "6", "条", "启动建设“县城—中心镇”发展轴");
	name_is(&r, "275", "个", "“千村示范、万村提升”工程项目");
	report_free(&r);
}

/* A figure measured in what was done (亩, 户) is named by the work, not by
 * the word 任务 that ends its name; a count of tasks (项, 个) keeps it, and
 * so does a task the figure is said of with 的. */
Test(extract_names_rules, task_word_after_a_measured_work)
{
	report r;
	build(&r,
	      "完成营造林任务5200亩。3600户农房改造任务全部完成。"
	      "86项改革任务有序推进。完成12个“保交楼”任务。涉及3.2万人的拆迁安置任务全面完成。");
	cr_assert_eq(r.n_metrics, 5);
	name_is(&r, "3.2", "万人", "拆迁安置任务");
	name_is(&r, "5200", "亩", "营造林");
	name_is(&r, "3600", "户", "农房改造");
	name_is(&r, "86", "项", "改革任务");
	name_is(&r, "12", "个", "“保交楼”任务");
	report_free(&r);
}

/* An adverb of the sum or of completion (共, 总共, 已) between a subject and a
 * verb of work done, and a time word (全年) between a subject and its
 * indicator, leave the name; 公共 keeps its 共, a plan word its 全年, and an
 * attribute made with 的 (已投用的) its 已. */
Test(extract_names_rules, inner_adverbs_of_sum_completion_and_time)
{
	report r;
	build(&r, "科技城共引进企业48家。滨河公园总共完成投资2.6亿元。"
	          "东区管廊已完成工程量70%。物流园全年进出口总额12.5亿美元。"
	          "一般公共预算收入18.3亿元。街道完成全年任务的96%。"
	          "改造已投用的老旧泵站7座。");
	name_is(&r, "48", "家", "科技城引进企业");
	name_is(&r, "2.6", "亿元", "滨河公园完成投资");
	name_is(&r, "70", "%", "东区管廊完成工程量");
	name_is(&r, "12.5", "亿美元", "物流园进出口总额");
	name_is(&r, "18.3", "亿元", "一般公共预算收入");
	name_is(&r, "96", "%", "街道完成全年任务");
	name_is(&r, "7", "座", "改造已投用的老旧泵站");
	report_free(&r);
}

/* Adverbs of manner that open a clause (认真, 依法依规, 继续, 努力, 有序) and
 * a 新区's own area (新区, and 我区 after 占) leave the name; 继续教育 is a
 * noun and stays, and so does a higher level after 占 (占全省). */
Test(extract_names_rules, manner_adverbs_and_the_own_area)
{
	report r;
	build(&r, "认真办理群众来信1200件。依法依规处置闲置土地35宗。"
	          "继续实施城市更新项目18个。努力引进博士人才40名。"
	          "有序推动老旧厂房改造9处。新区地区生产总值860亿元。"
	          "工业增加值占我区GDP比重达38%。出口总额占全省比重达12%。"
	          "继续教育培训2.1万人次。");
	name_is(&r, "1200", "件", "办理群众来信");
	name_is(&r, "35", "宗", "处置闲置土地");
	name_is(&r, "18", "个", "城市更新项目");
	name_is(&r, "40", "名", "引进博士人才");
	name_is(&r, "9", "处", "老旧厂房改造");
	name_is(&r, "860", "亿元", "地区生产总值");
	name_is(&r, "38", "%", "工业增加值占GDP比重");
	name_is(&r, "12", "%", "出口总额占全省比重");
	name_is(&r, "2.1", "万人次", "继续教育培训");
	report_free(&r);
}

/* Adverbs and modal verbs left before a trimmed verb (再, 仅, 要, 得到, 今年)
 * and verbs of a level reached (提速至, 恢复至) end no name, and 以及 ends a
 * counted noun as 及 does (no 以 left on it). */
Test(extract_names_rules, modal_words_and_levels_reached_at_the_end)
{
	report r;
	build(&r, "单位产值能耗预计再下降3%。服务业比重仅为31.5%。"
	          "税收收入要突破20亿元。民生项目得到100%落实。"
	          "营业收入今年要增长8%。项目审批耗时提速至5天。"
	          "国际货运航线恢复至14条。建成6个湿地公园以及2个森林公园。");
	name_is(&r, "-3", "%", "单位产值能耗");
	name_is(&r, "31.5", "%", "服务业比重");
	name_is(&r, "20", "亿元", "税收收入");
	name_is(&r, "100", "%", "民生项目");
	name_is(&r, "8", "%", "营业收入");
	name_is(&r, "5", "天", "项目审批耗时");
	name_is(&r, "14", "条", "国际货运航线");
	name_is(&r, "6", "个", "建成湿地公园");
	report_free(&r);
}

/* A site counted with the work done on it written after it as a noun is
 * named by the work and then the site (人居环境整治村); not when the words
 * after the site end with what is counted instead (城中村改造项目), nor when
 * the site begins a longer noun (村级服务站). */
Test(extract_names_rules, site_with_the_work_done_on_it)
{
	report r;
	build(&r, "完成12个村人居环境整治。实施8个片区雨污分流改造。"
	          "推进6条路段排水管网改造。启动15个城中村改造项目。完成30个村级服务站改造。");
	name_is(&r, "12", "个", "人居环境整治村");
	name_is(&r, "8", "个", "雨污分流改造片区");
	name_is(&r, "6", "条", "排水管网改造路段");
	name_is(&r, "15", "个", "启动城中村改造项目");
	name_is(&r, "30", "个", "村级服务站改造");
	report_free(&r);
}

/* The start of work or a move said of the things counted (动工, 启动, 进驻,
 * 迁入) ends their noun; a verb of inclusion (涵盖, 包括) names nothing. */
Test(extract_names_rules, start_of_work_moves_and_inclusion)
{
	report r;
	build(&r, "4座老旧厂房动工改造。10个产业社区启动建设。"
	          "18家律所迁入中央商务区。片区规划面积12平方公里，涵盖45个功能单元。");
	name_is(&r, "4", "座", "老旧厂房");
	name_is(&r, "10", "个", "产业社区");
	name_is(&r, "18", "家", "律所");
	name_is(&r, "45", "个", "功能单元");
	report_free(&r);
}

/* 从 or 由 and the time a change starts from (从建区之初, 由每月) at the end of
 * the words before its first level leave the name; 从无到有 is no time. */
Test(extract_names_rules, the_time_a_change_starts_from)
{
	report r;
	build(&r, "注册企业从建区之初的300多家增长到4100家。"
	          "补贴标准由每月800元提高到每月1200元。");
	name_is(&r, "300", "家", "注册企业");
	name_is(&r, "800", "元", "补贴标准（每月）"); /* the measure per: a note */
	report_free(&r);
}

/* 累计 inside a name says the total runs since a start, another indicator
 * than the year's: it stays (科技园累计入驻企业); at the start, with no
 * subject, it opens no name. */
Test(extract_names_rules, a_running_total_inside_a_name)
{
	report r;
	build(&r, "科技园累计入驻企业230家。累计接待游客86万人次。");
	name_is(&r, "230", "家", "科技园累计入驻企业");
	name_is(&r, "86", "万人次", "接待游客");
	report_free(&r);
}

/* A cut of a procedure's time between its two levels (从45天压缩至12天, 由90天
 * 缩短到30天) names neither: both are the procedure's. */
Test(extract_names_rules, both_levels_of_a_cut_procedure_time)
{
	report r;
	build(&r, "报建审批时间从45天压缩至12天。土地出让周期由90天缩短到30天。");
	name_is(&r, "45", "天", "报建审批时间");
	name_is(&r, "12", "天", "报建审批时间");
	name_is(&r, "90", "天", "土地出让周期");
	name_is(&r, "30", "天", "土地出让周期");
	report_free(&r);
}

/* 对 before the owner of things counted after the number opens the object of
 * the verb that follows the figure (对…进行清理): it leaves the name, the
 * owner stays; 对口 and 对接 are words of their own. */
Test(extract_names_rules, object_preposition_before_an_owner)
{
	report r;
	build(&r, "对街道办86项审批事项进行了清理。对口帮扶26个村。对接企业140家。");
	name_is(&r, "86", "项", "街道办审批事项");
	name_is(&r, "26", "个", "对口帮扶村");
	name_is(&r, "140", "家", "对接企业");
	report_free(&r);
}

/* A count whose things have a predicate after them in the clause is named by
 * the things (the counted noun), not by the verb of the work before the
 * number; words before the number that are the noun's own modifiers or
 * owner, or that end with 的, stay; so does a verb followed by a list of
 * nouns only (no predicate). */
Test(extract_names_rules, counted_noun_with_a_predicate_drops_the_work_verb)
{
	report r;
	build(&r, "协助80家小微企业开展数字化改造。给予36家外贸企业出口信保补贴。"
	          "培育12家合作社实现标准化生产。整改9家物业公司消防设施。"
	          "华丰集团6个在建项目全面复工。市委部署的25项改革全部完成。"
	          "引进15家研发机构和3家孵化器。");
	name_is(&r, "80", "家", "小微企业");
	name_is(&r, "36", "家", "外贸企业");
	name_is(&r, "12", "家", "合作社");
	name_is(&r, "9", "家", "物业公司");
	name_is(&r, "6", "个", "华丰集团在建项目");
	name_is(&r, "25", "项", "市委部署的改革");
	name_is(&r, "15", "家", "引进研发机构");
	report_free(&r);
}

/* 防洪排涝整治47项工程: a verb that also names a kind of work is the noun's
 * modifier when other words stand before it, and stays. */
Test(extract_names_rules, a_work_noun_before_a_count_is_a_modifier)
{
	report r;
	build(&r, "河道清淤整治18项工程全部完工。");
	name_is(&r, "18", "项", "河道清淤整治工程");
	report_free(&r);
}

/* A title in quotes right after a counted head or a site names the work done
 * on the things counted (the campaign), not a kind of them: the noun ends at
 * the head; a title before a head inside the noun stays. */
Test(extract_names_rules, a_title_after_a_counted_head_is_the_work)
{
	report r;
	build(&r, "推动14所学校“智慧课堂”建设。完成22个城中村“三线下地”改造。"
	          "打造9个城中村“美丽家园”示范村。认定5家“专精特新”企业。");
	name_is(&r, "14", "所", "学校");
	name_is(&r, "22", "个", "城中村");
	name_is(&r, "9", "个", "城中村“美丽家园”示范村");
	name_is(&r, "5", "家", "认定“专精特新”企业");
	report_free(&r);
}

/* Verbs of who did what after a counted noun (参加, 购买, 推行, 成立, 加入…)
 * end the noun; 已有 / 现有 before a number say how many there are so far
 * and end no name. */
Test(extract_names_rules, verbs_of_the_things_counted_and_so_far)
{
	report r;
	build(&r, "56家餐饮企业参加“放心消费”承诺。1200名残疾人购买意外伤害保险。"
	          "18个村推行积分制管理。9个园区成立企业服务站。"
	          "省级专精特新企业已有42家。");
	name_is(&r, "56", "家", "餐饮企业");
	name_is(&r, "1200", "名", "残疾人");
	name_is(&r, "9", "个", "园区");
	name_is(&r, "42", "家", "省级专精特新企业");
	report_free(&r);
}

/* A share after a figure (…，占全市的40%) is named by that figure's subject:
 * without an adverb of size before 占 (约占), the verb of winning (获), the
 * word of the stock (总量), or a share the subject already has. */
Test(extract_names_rules, a_share_is_of_the_figure_before_it)
{
	report r;
	build(&r, "规上工业企业增至320家，约占全市的28%。荣获省科技进步奖15项，占全市的40%。"
	          "高新技术企业总量达650家，占全省的12%。");
	name_is(&r, "28", "%", "规上工业企业占全市比重");
	name_is(&r, "40", "%", "省科技进步奖占全市比重");
	name_is(&r, "12", "%", "高新技术企业占全省比重");
	report_free(&r);
}

/* A ranking whose own words are only the word of the size (总量, 规模, 数额)
 * ranks the indicator before it, and one after a total (总数达…) ranks what
 * was counted; a ranking of the growth (增幅) keeps its word. */
Test(extract_names_rules, a_ranking_of_the_size_ranks_the_indicator)
{
	report r;
	build(&r, "完成进出口总额520亿元，总量居全省第二。争取中央预算内资金8.6亿元，数额全省第一。"
	          "新增省级农业龙头企业6家，总数达38家，全市第一。"
	          "实际利用外资3.2亿美元，增长12%，增幅全市第一。");
	name_nth(&r, "2", "名", 0, "进出口总额");
	name_nth(&r, "1", "名", 0, "中央预算内资金");
	name_nth(&r, "1", "名", 1, "省级农业龙头企业");
	name_nth(&r, "1", "名", 2, "实际利用外资增幅");
	report_free(&r);
}

/* A ranking after a count of the year's work ranks the things counted: the
 * verb of the work (培育, 创建, 引进, …) leaves its name, unless less than a
 * noun would be left (新增学位 stays); the 数量 of the ranking clause stays. */
Test(extract_names_rules, a_ranking_of_a_count_leaves_the_work_verb_out)
{
	report r;
	build(&r, "培育国家级专精特新企业12家，数量全省第一。创建省级特色产业集群7个，居全国第1位。"
	          "新增学位2万个，数量全市第一。");
	name_nth(&r, "12", "家", 0, "培育国家级专精特新企业");
	name_nth(&r, "1", "名", 0, "国家级专精特新企业数量");
	name_nth(&r, "1", "位", 0, "省级特色产业集群");
	name_nth(&r, "1", "名", 1, "新增学位数量");
	report_free(&r);
}

/* A verb of the level reached (减至, 发展到, 拓展到) says how the figure came
 * about, like 增至; the subject before it is the name. */
Test(extract_names_rules, a_verb_of_the_level_reached_ends_no_name)
{
	report r;
	build(&r, "行政审批事项减至96项。全区律师事务所发展到20家。跨部门综合监管事项拓展到91个。");
	name_is(&r, "96", "项", "行政审批事项");
	name_is(&r, "20", "家", "律师事务所");
	name_is(&r, "91", "个", "跨部门综合监管事项");
	report_free(&r);
}

/* The measure a unit is per, written before the number (每立方米, 每人每月),
 * is a note of the name, not its end; the words of the change before it go
 * as at a name's end. */
Test(extract_names_rules, a_measure_per_before_the_number_is_a_note)
{
	report r;
	build(&r, "PM2.5平均浓度从每立方米30.8微克下降至29.6微克。"
	          "集中供养孤儿基本生活最低养育标准从每人每月1883元提高到1949元。");
	name_nth(&r, "30.8", "微克", 0, "PM2.5平均浓度（每立方米）");
	name_nth(&r, "1883", "元", 0, "集中供养孤儿基本生活最低养育标准（每人每月）");
	report_free(&r);
}

/* 仅有 (how little is left) ends no name; 加强 (strengthening the work on
 * the things counted) opens none. */
Test(extract_names_rules, how_little_and_strengthening_name_nothing)
{
	report r;
	build(&r, "全区剩余可建设用地面积仅有614公顷。加强8个人民调解室的规范化建设。");
	name_is(&r, "614", "公顷", "可建设用地面积"); /* 全区剩余: the report's region */
	name_is(&r, "8", "个", "人民调解室");
	report_free(&r);
}

/* The stock stated after a change of the same indicator is named by its
 * subject without the verb of change, wherever the verb stands (新增 after
 * the subject too), and by its stock word alone when the verb was all the
 * name had. */
Test(extract_names_rules, a_stock_after_a_change_drops_the_change_verb)
{
	report r;
	build(&r, "区属学校义务教育学位新增1.4万个以上，总数超过12万个。"
	          "股权投资基金扎堆罗湖，新增639家，总数达925家。");
	name_is(&r, "12", "万个", "区属学校义务教育学位总数");
	name_is(&r, "925", "家", "总数");
	report_free(&r);
}

/* Totals listed after 分别 in a clause that names only the last subject take
 * the subjects of the run of changes before them, in order (one subject
 * each), without the words of the change; a clause whose own figures named
 * it gives no name to the next figures. */
Test(extract_names_rules, totals_after_listed_changes_take_their_subjects)
{
	report r;
	build(&r, "“上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项。");
	name_is(&r, "12", "项", "“上海标准”新增");
	name_is(&r, "44", "项", "“上海品牌”新增");
	name_is(&r, "64", "项", "“上海标准”");
	name_is(&r, "288", "项", "“上海品牌”");
	report_free(&r);
}

/* A sum between a verb of setting up a fund and the fund's name is the
 * fund's size, with or without 的; a counted head inside the fund's name
 * (企业, 公司) does not end it. Not another verb (组建 keeps its name), nor a
 * count (8家重点行业企业 ends at its head). */
Test(extract_names_rules, a_fund_set_up_is_named_by_its_size)
{
	report r;
	build(&r, "成立25亿元上市企业纾困基金。设立3.2亿元的互联网产业基金。组建130亿元子基金。"
	          "8家重点行业企业环保绩效创A。");
	name_is(&r, "25", "亿元", "上市企业纾困基金规模");
	name_is(&r, "3.2", "亿元", "互联网产业基金规模");
	name_is(&r, "130", "亿元", "组建子基金");
	name_is(&r, "8", "家", "重点行业企业");
	report_free(&r);
}

/* A sum whose words before it are only a verb of spending is named by what
 * it was spent on and that verb: without an opening verb of doing or
 * making and the counts inside the purpose; a noun right after the sum, or
 * a result with a figure of its own after a verb of doing, keeps the
 * sum's name as before. */
Test(extract_names_rules, a_sum_spent_on_a_purpose)
{
	report r;
	build(&r, "投入3.6亿元启动126个老旧小区改造。投入8000万元扶持中小学、幼儿园发展。"
	          "安排2.1亿元扶持集体经济发展。投入1.2亿元新建、改扩建幼儿园12所。"
	          "安排5亿元专项资金支持科技创新。投资2亿元完成光伏装机容量10万千瓦。");
	name_is(&r, "3.6", "亿元", "老旧小区改造投入");
	name_is(&r, "8000", "万元", "扶持中小学、幼儿园发展投入");
	name_is(&r, "2.1", "亿元", "扶持集体经济发展资金");
	name_is(&r, "1.2", "亿元", "新建、改扩建幼儿园投入");
	name_is(&r, "5", "亿元", "专项资金支持科技创新"); /* 安排 names no fund */
	name_is(&r, "2", "亿元", "投资");
	report_free(&r);
}

/* 城中村 and the work after it are one term (城中村综合治理), kept in the
 * text's order; other sites with their work are kinds of sites (电网改造村).
 * 初步 (how far the work went) opens no name. */
Test(extract_names_rules, urban_village_work_is_a_term)
{
	report r;
	build(&r, "初步完成12个城中村综合整治。完成15个村电网改造。完成初步设计8项。");
	name_is(&r, "12", "个", "城中村综合整治");
	name_is(&r, "15", "个", "电网改造村");
	name_is(&r, "8", "项", "初步设计");
	report_free(&r);
}

/* 力争, 争取, 确保 between a subject and its verb name nothing; 预计 of an
 * expected output stays. */
Test(extract_names_rules, target_words_inside_a_name)
{
	report r;
	one_section_report(&r, NULL,
	                   "高新区力争完成固定资产投资260亿元。物流园争取实现营业收入45亿元。"
	                   "新材料产业园达产后预计年产值300亿元。",
	                   "工作计划", 2024, 1);
	cr_assert_eq(extract_metrics(&r), 0);
	name_is(&r, "260", "亿元", "高新区完成固定资产投资");
	name_is(&r, "45", "亿元", "物流园营业收入");
	name_is(&r, "300", "亿元", "新材料产业园达产后预计年产值");
	report_free(&r);
}

/* A preposition of manner or means (按照, 依托) and the adverb 完全 open the
 * counted noun's predicate; 累计有 / 已有 before a count, and a level passed
 * (跨越) before a figure, name nothing. */
Test(extract_names_rules, manner_of_the_predicate_and_counts_so_far)
{
	report r;
	build(&r, "对46个基层党支部按照分类管理要求进行整顿。6项重大工程完全按照计划推进。"
	          "累计有9家企业获省长质量奖。工业总产值跨越800亿元。");
	name_is(&r, "46", "个", "基层党支部");
	name_is(&r, "6", "项", "重大工程");
	name_is(&r, "9", "家", "企业");
	name_is(&r, "800", "亿元", "工业总产值");
	report_free(&r);
}

/* 蝉联 (kept a title again) ends no ranking's name; 主动 (an adverb of
 * manner) opens none. */
Test(extract_names_rules, a_title_kept_again_and_manner)
{
	report r;
	build(&r, "营商环境满意度蝉联全省第一。主动承接省级下放的45项审批事项。");
	name_is(&r, "1", "名", "营商环境满意度");
	name_is(&r, "45", "项", "承接省级下放的审批事项");
	report_free(&r);
}

/* Titles in quotes listed one after another (with or without 、) before a
 * head that follows only the last share it, each figure stated 分别 taking
 * one. */
Test(extract_names_rules, listed_titles_share_the_head_after_them)
{
	report r;
	build(&r, "“盗抢”“电诈”“黄赌毒”案件分别下降18%、25%和9%。");
	name_is(&r, "-18", "%", "“盗抢”案件");
	name_is(&r, "-25", "%", "“电诈”案件");
	name_is(&r, "-9", "%", "“黄赌毒”案件");
	report_free(&r);
}

/* 下滑至 / 回落至: verbs of a level reached downwards, like 降至, name
 * nothing; both levels take the subject. */
Test(extract_names_rules, a_level_reached_downwards)
{
	report r;
	build(&r, "制造业比重由32%下滑至28%。");
	name_nth(&r, "32", "%", 0, "制造业比重");
	name_nth(&r, "28", "%", 0, "制造业比重");
	report_free(&r);
}

/* A deadline with its year (2025年底前) opens no name; an ordinal batch that
 * is all the words before a count leaves the name to the noun after it, but
 * stays after a verb of its own; words that end with 分 (细分) keep it. */
Test(extract_names_rules, deadlines_batches_and_words_ending_with_fen)
{
	report r;
	build(&r, "2025年底前完成12家化工园区改造。完成第三批共5个口袋公园建设。"
	          "启动第二批8个老旧小区改造。科学划分16个网格单元。");
	name_is(&r, "12", "家", "化工园区改造");
	name_is(&r, "5", "个", "口袋公园建设");
	name_is(&r, "8", "个", "启动第二批老旧小区");
	name_is(&r, "16", "个", "科学划分网格单元");
	report_free(&r);
}

/* A count right before another count (the households, then the persons)
 * is not named by the next count's words; both levels share the subject. */
Test(extract_names_rules, households_then_persons)
{
	report r;
	build(&r, "特困供养对象从上年的520户1600人，降至210户650人。");
	name_is(&r, "210", "户", "特困供养对象");
	name_is(&r, "650", "人", "特困供养对象");
	report_free(&r);
}

/* A ranking's context that is an evaluation names what was ranked even when
 * it holds a scope (在全省…评价中), without the scope of a first one (全国首次);
 * a group of peers (在全省12个开发区中) is still left out. */
Test(extract_names_rules, an_evaluation_context_names_the_ranking)
{
	report r;
	build(&r, "在全省营商环境评价中排名全市第三。在全国首次数字政府建设评估中位列全省第二。"
	          "在全省12个开发区中排名第四。");
	name_nth(&r, "3", "名", 0, "营商环境评价");
	name_nth(&r, "2", "名", 0, "数字政府建设评估");
	name_nth(&r, "4", "名", 0, "");
	report_free(&r);
}

/* The verb of allocating a sum (安排) names no fund; a count of projects
 * allocated keeps it, and other verbs of spending stay. */
Test(extract_names_rules, allocating_a_sum_names_the_fund)
{
	report r;
	build(&r, "安排产业发展专项资金3.2亿元。安排各类补助资金8000万元，支持中小企业发展。"
	          "安排重点项目45个。投入资金2亿元。");
	name_is(&r, "3.2", "亿元", "产业发展专项资金");
	name_is(&r, "8000", "万元", "各类补助资金");
	name_is(&r, "45", "个", "安排重点项目");
	name_is(&r, "2", "亿元", "投入资金");
	report_free(&r);
}

/* A bound the level keeps under or over (低于, 高于), the verb of a share
 * (占到) and the adverbs of how far or for both (基本, 双双) end no name;
 * 基本 inside a noun (基本农田) stays. */
Test(extract_names_rules, bounds_shares_and_adverbs_end_no_name)
{
	report r;
	build(&r, "细颗粒物平均浓度低于30微克/立方米。工业固废综合利用率高于95%。"
	          "社区医院就诊量占到40%。45件民生实事基本完成。"
	          "进出口总额和实际利用外资双双突破100亿元。新增800亩基本农田。");
	name_is(&r, "30", "微克/立方米", "细颗粒物平均浓度");
	name_is(&r, "95", "%", "工业固废综合利用率");
	name_is(&r, "40", "%", "社区医院就诊量");
	name_is(&r, "45", "件", "民生实事");
	name_is(&r, "100", "亿元", "进出口总额和实际利用外资");
	name_is(&r, "800", "亩", "新增基本农田");
	report_free(&r);
}

/* The size of one named project inside a name (120万千瓦…) is not
 * the indicator's; a threshold that defines what was counted (超10亿元,
 * 5000万元以上) stays. */
Test(extract_names_rules, a_projects_size_inside_a_name)
{
	report r;
	build(&r, "东山120万千瓦海上风电项目完成投资45亿元。"
	          "引进5000万元以上项目28个。");
	name_is(&r, "45", "亿元", "东山海上风电项目完成投资");
	name_is(&r, "28", "个", "引进5000万元以上项目");
	report_free(&r);
}

/* A duration after 仅用/只用 is the time a work took: named by the work and
 * 用时; a name that already says 用时 or 时间 is left, and so is a duration
 * without such a word. */
Test(extract_names_rules, the_time_a_work_took)
{
	report r;
	build(&r, "仅用45天建成城东应急医院。从立项到开工只用60天。"
	          "拆迁用时20天。完成旧村改造历时3年。");
	name_is(&r, "45", "天", "建成城东应急医院用时");
	name_is(&r, "60", "天", "立项到开工用时");
	name_is(&r, "20", "天", "拆迁用时");
	report_free(&r);
}

/* A frequency that is all a figure's words (提高到每年…) and an expectation
 * (明年有望…) name nothing: the figure shares the subject before it; at the
 * start of a name the frequency is cut (frequency_opening_the_clause). */
Test(extract_names_rules, a_frequency_or_an_outlook_alone)
{
	report r;
	build(&r, "人才扶持资金由每年500万元提高到每年2000万元。"
	          "园区工业总产值达到40亿元，预计明年有望突破50亿元。每年培育科技企业20家。");
	name_is(&r, "2000", "万元", "人才扶持资金");
	name_is(&r, "50", "亿元", "园区工业总产值");
	name_is(&r, "20", "家", "培育科技企业");
	report_free(&r);
}

/* A percent named by a subject, 占 and its whole is the share: 比重 after
 * it (份额 of a market); a name that says 占比, 比例 or 比重 already, or has
 * no whole after 占, is left. */
Test(extract_names_rules, a_share_is_named_with_its_word)
{
	report r;
	build(&r, "教育支出占一般公共预算支出的21%。本地蔬菜占全省市场的15%。"
	          "研发投入占营业收入比例达6%。服务业占比提高到58%。");
	name_is(&r, "21", "%", "教育支出占一般公共预算支出比重");
	name_is(&r, "15", "%", "本地蔬菜占全省市场份额");
	name_is(&r, "6", "%", "研发投入占营业收入比例");
	name_is(&r, "58", "%", "服务业占比");
	report_free(&r);
	build(&r, "工业用地占地面积利用率提升，工业增加值占地区生产总值的35%。");
	name_is(&r, "35", "%", "工业增加值占地区生产总值比重");
	report_free(&r);
}

/* Subjects listed before figures listed one after another are split over
 * them also when a subject is an indicator's whole name of more than ten
 * characters. */
Test(extract_names_rules, long_listed_subjects)
{
	report r;
	build(&r, "新建住宅装配式建筑面积比例、公共建筑绿色建筑比例分别达40%、60%以上。");
	name_is(&r, "40", "%", "新建住宅装配式建筑面积比例");
	name_is(&r, "60", "%", "公共建筑绿色建筑比例");
	report_free(&r);
}

/* Subjects listed in the clause before figures of 分别 (A、B，分别增长…; A、B
 * 再创新高，分别…; 2023年A、B…) are split over the figures, not all named by
 * the last subject. */
Test(extract_names_rules, subjects_listed_in_the_clause_before)
{
	report r;
	build(&r, "新登记个体工商户数量、注册资金总额，分别增长18%、26%。"
	          "2023年电商交易额、快递业务量再创新高，分别增长12.5%、9.8%。"
	          "盗窃警情、诈骗警情实现“双下降”，分别下降21.3%、14.6%。");
	name_is(&r, "18", "%", "新登记个体工商户数量");
	name_is(&r, "26", "%", "注册资金总额");
	name_is(&r, "12.5", "%", "电商交易额");
	name_is(&r, "9.8", "%", "快递业务量"); /* 再创新高 ends no name */
	name_is(&r, "-21.3", "%", "盗窃警情");
	report_free(&r);
}

/* A count after 与 and a short place or kind counts partners: the other
 * party and the verb before 与 are not their name; 参与 is a verb, no
 * partner. */
Test(extract_names_rules, partners_after_yu)
{
	report r;
	build(&r, "全市62家企业与长三角45家高校开展产学研合作。"
	          "参与企业120家。");
	name_is(&r, "45", "家", "长三角高校");
	name_is(&r, "120", "家", "参与企业");
	report_free(&r);
}

/* A sum after a size word (规模, 总规模, 首期规模) and before 的 is the size of
 * the fund named after 的: named by the fund and the size word. */
Test(extract_names_rules, the_size_of_a_fund)
{
	report r;
	build(&r, "设立总规模50亿元的先进制造业发展基金。组建首期规模8亿元的人才创投基金。");
	name_is(&r, "50", "亿元", "先进制造业发展基金总规模");
	name_is(&r, "8", "亿元", "人才创投基金首期规模");
	report_free(&r);
}

/* （2）, (3), （四）: a list item's number in round brackets opens no name,
 * and neither does the end of a month that a deadline names (6月底, 9月末前);
 * a number in brackets after a word is a footnote mark (footnote_marks_in_
 * round_brackets), and 3年制 keeps its year. */
Test(extract_names_rules, bracketed_item_numbers_and_month_ends)
{
	report r;
	build(&r, "（2）新建社区食堂12家。(3)新增养老床位800张。"
	          "（四）9月末前完成老旧管网改造15公里。6月底建成口袋公园4个。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "12", "家", "新建社区食堂");
	name_is(&r, "800", "张", "新增养老床位");
	name_is(&r, "15", "公里", "老旧管网改造");
	name_is(&r, "4", "个", "建成口袋公园");
	report_free(&r);
}

/* Things counted with the work done on them written after them as a noun
 * (河道清淤疏浚 is said of the channels) are named as sites are: the work,
 * then the things; not when the work ends with 工程 (the projects are
 * counted), nor when the thing is a longer noun ending with a counted head
 * (社区养老服务中心: the centres are counted, the work after it is what
 * happened to them, as with 企业 or 项目). */
Test(extract_names_rules, things_counted_with_their_work_after_them)
{
	report r;
	build(&r, "完成12条河道清淤整治。推进6台燃气锅炉低氮改造。"
	          "实施3座水库除险加固工程。建成9个社区养老服务中心改造。");
	cr_assert_eq(r.n_metrics, 4);
	name_is(&r, "12", "条", "清淤整治河道");
	name_is(&r, "6", "台", "低氮改造燃气锅炉");
	name_is(&r, "3", "座", "水库除险加固工程");
	name_is(&r, "9", "个", "社区养老服务中心");
	report_free(&r);
}

/* A scope that ends the words of a ranking (全市排名第二) says among whom, not
 * what was ranked, unless a word of comparison or share stands before it
 * (高于全省, 占全市); 近12年来 opens no name, nor does a verb of winning
 * (荣获, 蝉联). */
Test(extract_names_rules, scope_before_a_ranking_and_verbs_of_winning)
{
	report r;
	build(&r, "营商环境测评得分全省排名第二。近12年来工业投资增速首次位居全市第一。"
	          "蝉联全省平安建设考评第一名。荣获省级文明单位称号6个。"
	          "城镇居民收入增速高于全省1.2个百分点。");
	cr_assert_eq(r.n_metrics, 5);
	name_is(&r, "2", "名", "营商环境测评得分");
	name_nth(&r, "1", "名", 0, "工业投资增速");
	name_nth(&r, "1", "名", 1, "平安建设考评");
	name_is(&r, "6", "个", "省级文明单位称号");
	name_is(&r, "1.2", "个百分点", "城镇居民收入增速高于全省");
	report_free(&r);
}

/* A duration with no words of its own before it but 仅用 or 最快 names the work
 * after it (in the next clause after 时间, too; without the 就 before it or
 * the 了 after its verb; after the words that open any clause, 我们) with
 * 用时, and （最快） for a
 * fastest time; a duration before a noun (72小时过境免签政策) is a label. */
Test(extract_names_rules, duration_named_by_the_work_after_it)
{
	report r;
	build(&r, "仅用8天时间，完成方舱医院改造。12天建成应急物资储备库。"
	          "最快15分钟办结营业执照。72小时过境免签政策落地。"
	          "仅用36小时就完成了一轮全员核酸检测。仅用9天便建成了临时安置点。"
	          "我们仅用5天时间建成移动PCR实验室。");
	name_is(&r, "8", "天", "完成方舱医院改造用时");
	name_is(&r, "36", "小时", "完成一轮全员核酸检测用时");
	name_is(&r, "9", "天", "建成临时安置点用时");
	name_is(&r, "5", "天", "建成移动PCR实验室用时");
	name_is(&r, "12", "天", "建成应急物资储备库用时");
	name_is(&r, "15", "分钟", "办结营业执照用时（最快）");
	for (size_t i = 0; i < r.n_metrics; i++)
		cr_assert(strcmp(r.metrics[i].name, "过境免签政策落地用时") != 0);
	report_free(&r);
}

/* A count joined by 的 (or by an area with 以上) to the noun after it is named
 * by that noun; not when the words before already name an indicator
 * (年吞吐量超过…的港口), nor before a frame (…的基础上). */
Test(extract_names_rules, count_joined_by_de_to_its_noun)
{
	report r;
	build(&r, "组建45人的社区网格员队伍。新建3个500平方米以上的社区食堂。"
	          "港口年吞吐量超过3000万标准箱的目标提前实现。");
	name_is(&r, "45", "人", "组建社区网格员队伍");
	name_is(&r, "3", "个", "新建社区食堂");
	name_is(&r, "3000", "万标准箱", "港口年吞吐量");
	report_free(&r);
}

/* 最高达 ends no name with its 最; 即将 ends a counted noun whole; a count in
 * digits that opens a name (总投资…的86个项目) is not part of it. */
Test(extract_names_rules, most_reached_soon_and_counts_in_digits)
{
	report r;
	build(&r, "单日客流最高达12万人次。8万平方米商业空间即将开业。"
	          "推进总投资150亿元的86个省重点项目。");
	name_is(&r, "12", "万人次", "单日客流");
	name_is(&r, "8", "万平方米", "商业空间");
	name_is(&r, "150", "亿元", "省重点项目总投资");
	report_free(&r);
}

/* Sites counted with a task done on them are named by the work without its
 * word 任务, before the site (with or without 的). */
Test(extract_names_rules, sites_of_a_task_lose_the_word_task)
{
	report r;
	build(&r, "完成12个村人居环境整治任务。完成8个镇的垃圾分类试点任务。");
	name_is(&r, "12", "个", "人居环境整治村");
	name_is(&r, "8", "个", "垃圾分类试点的镇");
	report_free(&r);
}

/* A sum spent on counted projects is named by their work without 项目, the
 * count being another figure's; 扶持 alone keeps its 项目. */
Test(extract_names_rules, sum_spent_on_counted_projects)
{
	report r;
	build(&r, "投入2.4亿元实施320个社区微改造项目。投入0.8亿元扶持文化产业发展项目56个。"
	          "投入1.2亿元扶持150个项目。");
	name_is(&r, "2.4", "亿元", "社区微改造投入");
	name_is(&r, "0.8", "亿元", "扶持文化产业发展投入");
	name_is(&r, "1.2", "亿元", "扶持项目投入");
	report_free(&r);
}

/* 均 or 约 before 占 inside a share's name says for which or how close, and
 * goes; the 均 of 人均 stays. */
Test(extract_names_rules, adverb_before_zhan_inside_a_share)
{
	report r;
	build(&r, "高新技术企业和专精特新企业均占全市30%以上。现代服务业增加值约占全省12%。"
	          "城镇居民人均占有住房面积45平方米。");
	name_is(&r, "30", "%", "高新技术企业和专精特新企业占全市比重");
	name_is(&r, "12", "%", "现代服务业增加值占全省比重");
	name_is(&r, "45", "平方米", "城镇居民人均占有住房面积");
	report_free(&r);
}

/* A clause after a figure's unit that is only the next figure (和…家, 增加到…家)
 * names neither: they take the subject before them, not the next number. */
Test(extract_names_rules, next_figure_is_no_name)
{
	report r;
	build(&r, "认定市级孵化器、众创空间分别从120家、80家增加到260家、150家。"
	          "全年新认定专精特新企业和小巨人企业，累计分别达到540家和36家。");
	name_is(&r, "80", "家", "众创空间");
	name_is(&r, "260", "家", "众创空间");
	name_is(&r, "150", "家", "众创空间");
	name_is(&r, "540", "家", "累计");
	name_is(&r, "36", "家", "累计");
	report_free(&r);
}

/* A sum raised (筹措, 筹集) for a work named after it is that work's 资金, as
 * one allocated (安排); a sum invested keeps 投入. */
Test(extract_names_rules, sum_raised_for_a_work)
{
	report r;
	build(&r, "筹措5.6亿元实施农村供水保障工程。投入3亿元建设城市绿道。");
	name_is(&r, "5.6", "亿元", "农村供水保障工程资金");
	name_is(&r, "3", "亿元", "城市绿道投入");
	report_free(&r);
}

/* A count of two nouns joined by 和/及 to the clause end is of both; not when
 * the second opens another list (和…、) or a work said of both follows. */
Test(extract_names_rules, count_of_two_joined_nouns)
{
	report r;
	build(&r, "新建12家中试基地和概念验证中心。"
	          "整治6条道路和金湾、银湾等20条村道。完成9个小区和城中村雨污分流改造。");
	name_is(&r, "12", "家", "新建中试基地和概念验证中心");
	name_is(&r, "6", "条", "整治道路");
	name_is(&r, "9", "个", "小区");
	report_free(&r);
}

/* A verb inside a name before 率 alone is the rate's own word (开展率); 带头
 * between a subject and its verb goes, but not in 带头人 (a leader). */
Test(extract_names_rules, rate_words_and_the_lead_taken)
{
	report r;
	build(&r, "老旧小区物业服务开展率达75%。区领导带头走访企业320家次。"
	          "引进省级重点学科带头人9名。");
	name_is(&r, "75", "%", "老旧小区物业服务开展率");
	name_is(&r, "320", "家次", "区领导走访企业");
	name_is(&r, "9", "名", "引进省级重点学科带头人");
	report_free(&r);
}

/* 历史性 and 双双 before the verb of a change or a ranking say how it went; a
 * name that is only a place (第4位) is another ranking's value. */
Test(extract_names_rules, how_a_ranking_went_and_bare_places)
{
	report r;
	build(&r, "集成电路产量历史性跃居全国第二。"
	          "工业机器人、服务机器人产量从全国第9位、第6位双双跃居第3位。");
	name_is(&r, "2", "名", "集成电路产量");
	name_is(&r, "6", "位", "服务机器人产量");
	name_is(&r, "3", "位", "");
	report_free(&r);
}

/* 到2030年 (a deadline) opens no name, as 2030年 does not. */
Test(extract_names_rules, deadline_year_with_dao)
{
	report r;
	build(&r, "到2030年数字经济核心产业增加值占比达到15%。");
	name_is(&r, "15", "%", "数字经济核心产业增加值占比");
	report_free(&r);
}

/* Things counted whose output passed a mark (产值突破…, 营收超…) are named
 * without the attribute; not when the attribute modifies a noun after 的. */
Test(extract_names_rules, output_attribute_of_things_counted)
{
	report r;
	build(&r, "5条特色产业链产值突破3000亿元。培育3个工业产值过百亿的园区。");
	name_is(&r, "5", "条", "特色产业链");
	for (size_t i = 0; i < r.n_metrics; i++) /* not cut to the 工业 before 产值 */
		if (strcmp(r.metrics[i].value, "3") == 0)
			cr_assert(strcmp(r.metrics[i].name, "工业") != 0);
	report_free(&r);
}

/* 或 after a figure joins the next one and names neither; 五年内 is a period
 * that opens no name; 全部 before a count says all of them. */
Test(extract_names_rules, or_join_five_years_within_and_all_of_them)
{
	report r;
	build(&r, "引进高层次人才50名或创新团队12个。五年内新增国家级专精特新企业60家。"
	          "服务覆盖全部36个行政村。");
	name_is(&r, "12", "个", "创新团队");
	name_is(&r, "60", "家", "新增国家级专精特新企业");
	name_is(&r, "36", "个", "服务覆盖行政村");
	report_free(&r);
}

/* A ranking whose own words are a share word (比例全市第一) ranks the share
 * before it, said once: the ranking's word replaces the name's (占比). */
Test(extract_names_rules, ranking_of_a_share_says_its_share_word_once)
{
	report r;
	build(&r, "公办学位占比达到78%，比例全省第一。");
	name_is(&r, "1", "名", "公办学位比例");
	report_free(&r);
}

/* A growth on another basis in brackets (按可比口径, 同口径) is named by the
 * figure before it with the note, over a ranking between them. */
Test(extract_names_rules, growth_on_a_comparable_basis)
{
	report r;
	build(&r, "规模以上工业增加值486亿元，居全市第三，增长6.2%（按可比口径增长7.4%）。");
	name_is(&r, "7.4", "%", "规模以上工业增加值（按可比口径）");
	report_free(&r);
}

/* 连续迈上/连续跨越/连跨 N 亿元: levels passed one after another; the
 * adverb of the streak is no part of the indicator, wherever the verb is one
 * the name stops at or not. */
Test(extract_names_rules, streak_adverb_before_a_level_passed)
{
	report r;
	build(&r, "全区经济总量连续迈上300亿元台阶。工业产值连续跨越500亿元。"
	          "存款余额连跨2000亿元。");
	name_is(&r, "300", "亿元", "经济总量");
	name_is(&r, "500", "亿元", "工业产值");
	name_is(&r, "2000", "亿元", "存款余额");
	report_free(&r);
}

/* 占X比 is 占X比重 said short: the share's name gets 重, not 比重 again. */
Test(extract_names_rules, share_said_short_with_bi)
{
	report r;
	build(&r, "教育投入占财政支出比从2019年的18.5%上升到2023年的22.4%。"
	          "服务业增加值占地区生产总值31.2%。");
	name_is(&r, "18.5", "%", "教育投入占财政支出比重");
	name_is(&r, "22.4", "%", "教育投入占财政支出比重");
	name_is(&r, "31.2", "%", "服务业增加值占地区生产总值比重");
	report_free(&r);
}

/* N个X的Y: when Y ends with a head of things that are counted (机构, 项目,
 * 举措…), the count is of Y and the name goes on over the 的; a work done on
 * X after the 的 (整治, 改造) leaves the name at X. */
Test(extract_names_rules, counted_head_after_de)
{
	report r;
	build(&r, "新建5个服务创新创业的孵化平台。出台12项支持民营经济发展的政策。"
	          "完成8个易涝点的整治。");
	name_is(&r, "5", "个", "新建服务创新创业的孵化平台");
	name_is(&r, "12", "项", "出台支持民营经济发展的政策");
	name_is(&r, "8", "个", "易涝点");
	report_free(&r);
}

/* A、B、C和D分别…N1、N2、N3和N4: the first figure's clause holds the last two
 * subjects (C和D), so fewer clauses than figures stand before it; each
 * figure still takes its own subject, in order. */
Test(extract_names_rules, listed_subjects_with_a_joined_pair_last)
{
	report r;
	build(&r, "推进水系治理，东河、西河、南溪和北溪分别完成整治任务的25%、50%、35%和45%。");
	name_is(&r, "25", "%", "东河完成整治任务");
	name_is(&r, "50", "%", "西河完成整治任务");
	name_is(&r, "35", "%", "南溪完成整治任务");
	name_is(&r, "45", "%", "北溪完成整治任务");
	report_free(&r);
}

/* A、B和C分别… with two figures: the 和 is inside the second subject (an
 * industry of two trades), the 、 alone lists the subjects. */
Test(extract_names_rules, listed_subject_holding_he)
{
	report r;
	build(&r, "制造业、批发和零售业增加值分别增长6.2%、4.8%。");
	name_is(&r, "6.2", "%", "制造业增加值");
	name_is(&r, "4.8", "%", "批发和零售业增加值");
	report_free(&r);
}

/* A subject two in one word (LEX_PAIRED_SUBJECTS): its two figures stated
 * 分别, or listed one after the other, are its two parts in order; one such
 * figure alone keeps the word, and 进出口 after listed places is theirs. */
Test(extract_names_rules, paired_subject_split_in_order)
{
	report r;
	build(&r, "年末金融机构本外币存贷款余额分别增长8.1%、7.3%。实际利用内外资分别增长12%和5%。"
	          "城乡居民人均收入年均增长6.1%、8.2%。存贷款余额比达到75%。"
	          "对欧盟、东盟进出口分别增长9.5%、11.2%。");
	name_is(&r, "8.1", "%", "金融机构本外币存款余额");
	name_is(&r, "7.3", "%", "金融机构本外币贷款余额");
	name_is(&r, "12", "%", "实际利用内资");
	name_is(&r, "5", "%", "实际利用外资");
	name_is(&r, "6.1", "%", "城镇居民人均收入年均增长");
	name_is(&r, "8.2", "%", "农村居民人均收入年均增长");
	name_is(&r, "75", "%", "存贷款余额比");
	name_is(&r, "9.5", "%", "对欧盟进出口");
	name_is(&r, "11.2", "%", "东盟进出口");
	report_free(&r);
}

/* Modal verbs and adverbs left before a trimmed verb (可, 将, 则) and the 以
 * of a price are no part of a name; words ending with them (许可) are. */
Test(extract_names_rules, modal_and_price_words_not_in_names)
{
	report r;
	build(&r,
	      "预计民间投资可完成120亿元。东片区地块以36亿元成交。外资企业则由800家增加到950家。"
	      "办理行政许可4500件。地区生产总值跨过2万亿元。");
	name_is(&r, "120", "亿元", "民间投资");
	name_is(&r, "36", "亿元", "东片区地块成交");
	name_is(&r, "800", "家", "外资企业");
	name_is(&r, "4500", "件", "办理行政许可");
	name_is(&r, "2", "万亿元", "地区生产总值");
	report_free(&r);
}

/* A cut from one count to another (由A项削减至B项) names both ends by the
 * subject, as 压缩至 does; listed industries before a shared 产业规模 each
 * take it. */
Test(extract_names_rules, cut_to_a_level_and_shared_industry_scale)
{
	report r;
	build(&r, "区级审批事项由186项削减至97项。新能源、新材料、生物医药产业规模分别达到620亿元、"
	          "480亿元、350亿元。");
	name_is(&r, "186", "项", "区级审批事项");
	name_is(&r, "97", "项", "区级审批事项");
	name_is(&r, "620", "亿元", "新能源产业规模");
	name_is(&r, "480", "亿元", "新材料产业规模");
	name_is(&r, "350", "亿元", "生物医药产业规模");
	report_free(&r);
}

/* Footnote marks inside a quoted title and a streak inside a name (连续N年)
 * leave the name; a streak at the name's start or end is read as before. */
Test(extract_names_rules, marks_and_streaks_inside_names)
{
	report r;
	build(&r, "新建8个“名医工作室[4]”团队。开发区连续3年引进重大项目12个。");
	name_is(&r, "8", "个", "新建“名医工作室”团队");
	name_is(&r, "12", "个", "开发区引进重大项目");
	report_free(&r);
}

/* Industries listed by their ordinals alone (一、二、三产业, 第一、二、三产业,
 * 二、三产业, or run together: 一二三产) before 分别 are 第N产业 each, with the
 * head after 产业. */
Test(extract_names_rules, industries_listed_by_ordinals)
{
	report r;
	build(&r, "一、二、三产业增加值分别增长3.1%、6.2%、5.4%。第二、三产业投资分别增长8%和9%。"
	          "一二三产用电量分别增长2.5%、4.5%、7.5%。");
	name_is(&r, "2.5", "%", "第一产业用电量");
	name_is(&r, "7.5", "%", "第三产业用电量");
	name_is(&r, "3.1", "%", "第一产业增加值");
	name_is(&r, "6.2", "%", "第二产业增加值");
	name_is(&r, "5.4", "%", "第三产业增加值");
	name_is(&r, "8", "%", "第二产业投资");
	name_is(&r, "9", "%", "第三产业投资");
	report_free(&r);
}

/* Adverbs of how well or since when the work was done (出色, 超额, 以来) and of
 * how a change went (迅速, 稳步) name nothing; a road's 高速 stays. */
Test(extract_names_rules, adverbs_of_manner_and_time_left_out)
{
	report r;
	build(&r, "超额完成86公里雨污分流管网建设任务。2018年以来新增市场主体12.6万户。"
	          "税收稳步增长8%，达420亿元。完成沈海高速绿化提升18公里。");
	name_is(&r, "86", "公里", "雨污分流管网建设");
	name_is(&r, "12.6", "万户", "新增市场主体");
	name_is(&r, "420", "亿元", "税收");
	name_is(&r, "18", "公里", "沈海高速绿化提升");
	report_free(&r);
}

/* A counted noun ends with its head (中心, 基地, 院校, 基站, 平台 too): what
 * happened to the things counted after it is no part of the name. */
Test(extract_names_rules, counted_heads_of_centres_and_bases)
{
	report r;
	build(&r, "8个县级医疗服务中心投入运营。3个国家级农业产业基地提档升级。"
	          "5所高职院校完成合并。");
	name_is(&r, "8", "个", "县级医疗服务中心");
	name_is(&r, "3", "个", "国家级农业产业基地");
	name_is(&r, "5", "所", "高职院校");
	report_free(&r);
}

/* 是全市平均水平的2.1倍: a multiple whose clause says only what it is a
 * multiple of is of the subject of the nearest figure before it in its
 * sentence that is no growth or increment; a
 * multiple whose clause names its own subject keeps that subject. */
Test(extract_names_rules, multiples_of_the_sentence_subject)
{
	report r;
	build(&r, "人均GDP达30.87万元，增长8.5%，是全市平均水平的2.1倍。"
	          "研发投入达45亿元，相当于2015年的3倍。利润总额为“十三五”时期的2.2倍。");
	name_is(&r, "2.1", "倍", "人均GDP为全市平均水平的倍数");
	name_is(&r, "3", "倍", "研发投入为2015年的倍数");
	name_is(&r, "2.2", "倍", "利润总额为“十三五”时期");
	report_free(&r);

	/* the nearest figure before that is no growth or increment */
	build(&r, "人均GDP达30.87万元，比上年增加2.11万元，是全市平均水平的2.1倍。"
	          "研发投入强度6.3%，每万人发明专利拥有量676.9件，约为全国的23倍。");
	name_is(&r, "2.1", "倍", "人均GDP为全市平均水平的倍数");
	name_is(&r, "23", "倍", "每万人发明专利拥有量为全国的倍数");
	report_free(&r);
}

/* A level the figure passed, written in words before the figure in brackets
 * (超“千亿元”（1086亿元）, 首次突破百亿元大关（102亿元）), says how large the
 * figure is, not what it is; a verb with a noun after it stays. */
Test(extract_names_rules, level_passed_in_words_before_the_figure)
{
	report r;
	build(&r, "社会消费品零售总额超“千亿元”（1086.09亿元），总部企业实现增加值超“千亿元”"
	          "（1061.43亿元）。税收收入首次突破百亿元大关（102亿元）。"
	          "出口增速超过全市平均水平（12%）。");
	name_is(&r, "1086.09", "亿元", "社会消费品零售总额");
	name_is(&r, "1061.43", "亿元", "总部企业增加值");
	name_is(&r, "102", "亿元", "税收收入");
	name_is(&r, "12", "%", "出口增速超过全市平均水平");
	report_free(&r);
}

/* People of a place counted (民办学校教师, 企业员工) end the counted noun at the
 * people, not at the place; the preposition of the recipients (向, 为) before
 * their count is no part of the name, nor is what is done for them. */
Test(extract_names_rules, people_of_a_place_counted)
{
	report r;
	build(&r, "向4000名民办学校教师发放津贴。为300名企业员工提供培训。培训50名医院医生。");
	name_is(&r, "4000", "名", "民办学校教师");
	name_is(&r, "300", "名", "企业员工");
	name_is(&r, "50", "名", "培训医院医生");
	report_free(&r);
}

/* Where the work came first (在全市率先) frames the sentence and names
 * nothing; a list of administrative levels before the noun (市、区, 省、市、区级,
 * 市、区两级) says at which levels the things are, and the name does not open
 * with its last level. Places listed (福田区、罗湖区) and nouns made of two
 * levels (镇区) stay. */
Test(extract_names_rules, frames_of_place_and_lists_of_levels)
{
	report r;
	build(&r, "在全市率先出台优化营商环境措施57条。办理市、区人大代表建议154件。"
	          "建成省、市、区级特色创业孵化基地87个。汇聚市、区两级政务数据9.8亿条。"
	          "福田区、罗湖区企业120家。乡镇、镇区道路32条。");
	name_is(&r, "57", "条", "出台优化营商环境措施");
	name_is(&r, "154", "件", "人大代表建议");
	name_is(&r, "87", "个", "特色创业孵化基地");
	name_is(&r, "9.8", "亿条", "政务数据");
	name_is(&r, "120", "家", "罗湖区企业");
	name_is(&r, "32", "条", "镇区道路");
	report_free(&r);
}

/* How long or how a standing was held or won (长期, 全年, 连年, 连续4个季度,
 * 重夺) and how well the work was done (高质量, 高标准, 多渠道, 严格, 办好)
 * are said of the figure, not of the indicator; nouns that open with such a
 * word (高标准农田) keep it. */
Test(extract_names_rules, how_long_and_how_well_are_no_names)
{
	report r;
	build(&r, "场所码扫码率长期保持全市第一。隐患排查治理绩效考核连续4个季度全市第一。"
	          "九大类民生支出连年保持全市第一。高质量建成社区综合服务设施2家。"
	          "多渠道筹集资金1.35亿元。认真办好政协提案134件。建成高标准农田120万亩。");
	name_is(&r, "1", "名", "场所码扫码率");
	name_nth(&r, "1", "名", 1, "隐患排查治理绩效考核");
	name_nth(&r, "1", "名", 2, "九大类民生支出");
	name_is(&r, "2", "家", "建成社区综合服务设施");
	name_is(&r, "1.35", "亿元", "筹集资金");
	name_is(&r, "134", "件", "政协提案");
	name_is(&r, "120", "万亩", "建成高标准农田");
	report_free(&r);
}

/* An amount of change against the year before, in a clause of its own after
 * the stock, keeps its base in the name; a change in points does not. */
Test(extract_names_rules, change_against_the_year_before_keeps_its_base)
{
	report r;
	build(&r, "空气优良天数281天，比上年增加5天。人均GDP达15万元，比上年增加2.11万元。"
	          "工业增加值率32%，比上年提高1.8个百分点。");
	name_is(&r, "5", "天", "空气优良天数比上年增加");
	name_is(&r, "2.11", "万元", "人均GDP比上年增加");
	report_free(&r);
}

/* A frequency that opens the clause (每年, 每月) says how often, the
 * indicator follows it; a frequency that is all the words names nothing and
 * takes the subject before it. */
Test(extract_names_rules, frequency_opening_the_clause)
{
	report r;
	build(&r, "每年城镇新增就业12万人以上。预计每年服务中小企业800家。"
	          "每月开展消防检查40次。扶持资金由每年500万元提高到每年800万元。");
	name_is(&r, "12", "万人", "城镇新增就业");
	name_is(&r, "800", "家", "服务中小企业");
	name_is(&r, "40", "次", "消防检查");
	name_is(&r, "800", "万元", "扶持资金");
	report_free(&r);
}

/* An excess over a base written with the base before the verb (比全市高,
 * 增速比全省低, 比全市平均水平高出) is named in the order of 高于全市, the
 * order the same excess has when the text says so; 而且 opens no name; the
 * 比 of a word (占比, 比重) is left. */
Test(extract_names_rules, excess_over_a_base_in_name_order)
{
	report r;
	build(&r, "全年进出口增长6%，比全市高1.5个百分点。"
	          "投资增长4%，增速比全省低0.8个百分点。"
	          "居民健康素养水平比全市平均水平高出9个百分点，而且高于全省2个百分点。"
	          "服务业占比高出全市3个百分点。");
	name_is(&r, "1.5", "个百分点", "高于全市");
	name_is(&r, "0.8", "个百分点", "增速低于全省");
	name_is(&r, "9", "个百分点", "居民健康素养水平高出全市平均水平");
	name_is(&r, "2", "个百分点", "高于全省");
	name_is(&r, "3", "个百分点", "服务业占比高出全市");
	report_free(&r);
}

/* 列 alone is a verb of ranking (指数列全国第9位, 评议列全市各区第三名), like
 * 位列 and 名列: it leaves the ranking's name with its scope. */
Test(extract_names_rules, lie_alone_is_a_verb_of_ranking)
{
	report r;
	build(&r, "数字经济发展指数列全国第9位。营商环境评价列全省各市第三名。");
	name_is(&r, "9", "位", "数字经济发展指数");
	name_is(&r, "3", "名", "营商环境评价");
	report_free(&r);
}

/* 以 … 成绩 before a ranking says how well the place was won (以满分成绩,
 * 以优异成绩), not what was ranked. */
Test(extract_names_rules, result_a_place_was_won_with)
{
	report r;
	build(&r, "信访工作绩效以满分成绩获得全市第一。食品安全考核以优异成绩位列全省第二。");
	name_is(&r, "1", "名", "信访工作绩效");
	name_is(&r, "2", "名", "食品安全考核");
	report_free(&r);
}

/* A growth that shares the subject of the figure before takes its subject,
 * not its share (占…比重) or its comparison (高出…目标); a change of the
 * share itself (提高) keeps the share. */
Test(extract_names_rules, growth_shares_the_subject_not_the_share)
{
	report r;
	build(&r, "高新技术企业产值占工业总产值52.3%、增长9.6%。"
	          "地区生产总值比规划目标高出120亿元，年均增速达9.1%。"
	          "绿色建筑面积占新建建筑总面积80%，提高12%。");
	name_is(&r, "9.6", "%", "高新技术企业产值增长");
	name_is(&r, "9.1", "%", "地区生产总值年均增速");
	name_is(&r, "12", "%", "绿色建筑面积占新建建筑总面积比重提高");
	report_free(&r);
}

/* A Latin abbreviation in brackets after the words it abbreviates (（GDP）,
 * (AQI)) leaves the name; a bracket with digits (（PM2.5）) is a name's part. */
Test(extract_names_rules, abbreviation_in_brackets_leaves_the_name)
{
	report r;
	build(&r, "地区生产总值（GDP）增长6.5%。空气质量优良天数比率(AQI)达94.3%。"
	          "细颗粒物（PM2.5）年均浓度18微克/立方米。");
	name_is(&r, "6.5", "%", "地区生产总值");
	name_is(&r, "94.3", "%", "空气质量优良天数比率");
	name_is(&r, "18", "微克/立方米", "细颗粒物（PM2.5）年均浓度");
	report_free(&r);
}

/* A level right after its change (增长2.6倍至124家) is the level of what
 * changed: the change's name without its verb; a level with words of its own
 * keeps them. */
Test(extract_names_rules, a_level_right_after_its_change_names_what_changed)
{
	report r;
	build(&r, "省级专精特新企业增长2.6倍至124家。"
	          "审批时间压缩75%到30分钟。"
	          "高新技术企业增长20%，总数达到800家。");
	name_is(&r, "124", "家", "省级专精特新企业");
	name_is(&r, "30", "分钟", "审批时间");
	name_is(&r, "800", "家", "高新技术企业总数");
	report_free(&r);
}
