/* Indicator names: the words before a figure in its clause, trimmed of the
 * filler an analyst would not put on a dashboard label. */
#ifndef IMPORT_EXTRACT_NAME_H
#define IMPORT_EXTRACT_NAME_H

#include "extract_text.h"

#include <stddef.h>
#include <stdint.h>

#define XT_NAME_MAX 64

typedef struct xt_name {
	uint32_t cp[XT_NAME_MAX];
	size_t n;
} xt_name;

/* Sets the name to code points [a, b) of t (the last XT_NAME_MAX when longer). */
void name_set(xt_name *nm, const xt_text *t, size_t a, size_t b);
/* Appends code points [a, b) of t, or another name, as far as they fit. */
void name_append(xt_name *nm, const xt_text *t, size_t a, size_t b);
void name_append_name(xt_name *nm, const xt_name *other);
/* Appends the UTF-32 word w, as far as XT_NAME_MAX allows. */
void name_append_word(xt_name *nm, const char32_t *w);
/* Prepends another name. */
void name_prepend_name(xt_name *nm, const xt_name *other);

/* The subject of a figure's name, for a growth that shares it: the words
 * before a share's 占 (工业百强产值占工业总产值比重 → 工业百强产值), before a
 * comparison (…高于全市, …高出“十二五”目标, …较2012年增长) or before a
 * change over a span of years (…五年增长); with keep_share the share stays
 * (a change of the share itself: 占比提高). *out is the whole name when it
 * has none of these or fewer than two characters before them. */
void name_subject(const xt_name *nm, int keep_share, xt_name *out);

/* Prepends the name of the figure a share (占全市的63%) is of: prev's name
 * up to a 占 of its own, without a leading verb of winning (获) or a
 * trailing word of the stock (总量). */
void name_prepend_share_whole(xt_name *nm, const xt_name *prev);

/* Prepends the name of the figure a ranking of no words of its own but a
 * word of the stock (总量, 规模, 数额) ranks: the word goes, and so does a
 * trailing 总数 of that name. */
void name_prepend_ranked(xt_name *nm, const xt_name *prev);

/* 投入20亿元启动…台区改造 → 台区改造投入: when the words [from, to) before a sum
 * are only a verb of spending, names nm by the purpose after the unit (from
 * `after`) and that verb; returns 1 then, else 0 and leaves nm. */
int name_spending_purpose(xt_name *nm, const xt_text *t, size_t from, size_t to, size_t after);

/* 安排专项资金5000万元 → 专项资金: cuts a verb of allocating
 * (LEX_NAME_ALLOCATION_VERBS) that opens the name of a sum, when two
 * characters at least are left. */
void name_drop_allocation_verb(xt_name *nm);

/* 比全市高, 增速比全省低, 比全市平均水平高出: a comparison with the base
 * before its verb, turned into the order of the indicator's name (高于全市,
 * 增速低于全省, 高出全市平均水平), the order the same excess takes when the
 * text says 高于全市. Nothing else is changed. */
void name_comparison_order(xt_name *nm);

/* 医院与京津[128家医院] → 京津: the words of a count's partners after 与 (at
 * most four characters), without the other party and the verb before it. */
void name_after_partner(xt_name *nm);

/* 设立规模20亿元的科技创新政府引导基金 → 科技创新政府引导基金规模: when nm ends with a
 * size word and 的 follows the sum at `after`, names nm by the noun after 的
 * and the size word; returns 1 then. */
int name_size_of_what_follows(xt_name *nm, const xt_text *t, size_t after, size_t end);

/* 成立25亿元上市企业纾困基金, 设立3.2亿元的互联网产业基金 → …基金规模: a sum
 * between a verb of setting up a fund (all the words [from, to) before it)
 * and the fund's name is the fund's size; names nm so and returns 1. */
int name_fund_set_up(xt_name *nm, const xt_text *t, size_t from, size_t to, size_t after,
                     size_t end);

/* 仅用5天时间实现核酸检测全覆盖, 7天开建学校, 最快10分钟出车: a duration with no
 * words before its number but openers of a time used (LEX_NAME_DURATION_OPENERS:
 * 仅用, 用, 最快) and after its unit (from `after`, past 时间 or 内:
 * LEX_NAME_DURATION_FILLERS) the work, all words to the clause end at `end`:
 * the figure is the time the work took, named by the work and 用时
 * (实现核酸检测全覆盖用时), with （最快） after a fastest time (最快, 最短). Sets
 * nm and returns 1 then; else 0, nm untouched. */
int name_duration_work(xt_name *nm, const xt_text *t, size_t from, size_t to, size_t after,
                       size_t end);

/* 高新技术产品产值占全市 → 高新技术产品产值占全市比重: a percent named by a
 * subject, 占 and its whole is the share, named with 比重 (份额 after a
 * market: 占北京市场份额); a name that ends with a word of a share already
 * (LEX_NAME_SHARE_ENDS) is left. */
void name_add_share_word(xt_name *nm);

/* 仅用90天建成西田体育公园 → 建成西田体育公园用时: a duration after a word of
 * time used (LEX_NAME_TIME_USED_WORDS, ending at `to` in t) names the work
 * and 用时. Leaves a name of fewer than two characters, one that says 时间 or
 * already ends with 用时, as it is. */
void name_time_used(xt_name *nm, const xt_text *t, size_t from, size_t to);

/* Trims filler: leading time words, list markers, connectives and verbs of
 * completion (全年, 一是, 其中, 共, 累计, 实现, 完成...), trailing linking
 * words (达到, 为, 的, 同比...), the verbs 实现/开展 between subject and
 * object, the examples before 等, and a leading Chinese-numeral count (四宗).
 * Sets *after_deng when the name ended with 等 (the noun follows the figure). */
void name_clean(xt_name *nm, int *after_deng);

/* The noun phrase after a figure's measure word (设立19个[非公企业党支部]),
 * from pos up to the clause end at `end`, a number, or a verb. Returns where
 * the phrase stopped in t (0 when it set no name or named a place with its
 * predicate), which name_drop_actor reads. */
size_t name_after_phrase(xt_name *nm, const xt_text *t, size_t pos, size_t end);

/* Where the noun counted after a measure word at pos starts when a bound, a 的
 * or the area of the things counted stands first: 组建70人[的]街道经济专员队伍,
 * 建立200家[以上的]上市企业储备资源库, 建设2家[2000平方米以上的]区域社康中心, 976家
 * [200平方米以上]餐饮单位: the 的 joins the count to the noun it is of, and an
 * area with 以上/以下 (LEX_NAME_BOUNDS_AFTER_UNIT) says which things were
 * counted, not what; the noun after it names the figure. For counts only (the
 * caller's: 总投资40亿元的…项目 is a size, name_size_of_what_follows's; an age,
 * 80岁以上老年人, says who), and not when the words before the number
 * (`before`, cleaned) name an indicator already (年吞吐量超过5000万标准箱的世界
 * 大港); only before two Han characters, else pos. */
size_t name_counted_noun_start(const xt_text *t, size_t pos, size_t end, const xt_name *before);

/* Empties nm, the words [.., to) before a count, when the counted noun
 * `tail` (stopped at `end`) has a predicate after it before cl_end: the
 * actor and the verb before the number are then no part of the name. */
void name_drop_actor(xt_name *nm, const xt_text *t, size_t to, const xt_name *tail, size_t end,
                     size_t cl_end);

/* The name of a share stated as 60%的[乡镇有养老服务中心] (pos after 的, end the
 * clause end): what holds of the part, 的, what the part is of, 比例 —
 * 有养老服务中心的乡镇比例, the way an analyst labels it. The noun ends at
 * the first verb of LEX_SHARE_PREDICATES after its first character, without
 * the adverbs before that verb (园区[均]完成…); a one-character place is
 * named as name_after_phrase names it (达到…标准的县). Returns 0 and leaves
 * the name empty when no such verb follows a noun (5.5%左右的预期增长目标与…
 * 衔接): the caller names the figure as before. */
int name_share_of(xt_name *nm, const xt_text *t, size_t pos, size_t end);

/* 增长6.5%(年度目标6%以上), 增长9%（年度目标7%左右）: a figure in brackets
 * after a note of its kind (LEX_NAME_KIND_NOTES: 年度目标, 计划) is that kind
 * of the figure before the bracket (gold rule 27). When the words [from, to)
 * before the figure's number end with an open bracket and such a note (the
 * bracket may stand right before from, where a clause starts after it), and
 * nothing but linking words follows the note, sets the name to the note in
 * brackets, （年度目标）, and returns 1: the caller puts the name of the
 * figure before in front of it. Else 0, the name untouched. */
int name_kind_note(xt_name *nm, const xt_text *t, size_t from, size_t to);

/* 坝光生物谷、龙岐湾两个重点片区完成投资, 汽车和吊索具两大产业集群: a
 * Chinese-numeral count of listed subjects (LEX_NAME_LIST_COUNT_MEASURES
 * after it) that equals the number of subjects listed before it, across the
 * 、 that end the clauses before from, closes that list: the name is the
 * list and the words after the count, without the count (the figure is of
 * all of them). When [from, to) holds such a count, sets the name so
 * (cleaned) and returns 1; else 0, the name untouched. Not a count that
 * differs from the list (三大科学城 after one subject names three cities).
 * When the count is the figure's own number (新增A、B 2个开发区) the items are
 * examples of what it counts: the name is only the verbs of making before
 * them (新增; the caller adds the noun after the count). */
int name_counted_list(xt_name *nm, const xt_text *t, size_t from, size_t to);

/* Appends the noun after a figure's measure word (object) to the words
 * before its number (nm): 每季度举行1次推介活动 → 每季度推介活动. A verb of
 * LEX_NAME_INNER_VERBS that ends nm stands between the subject and that
 * object, as inside a name (企业实现营业收入), and is cut; nm alone (no
 * object) keeps it. */
void name_join_object(xt_name *nm, const xt_name *object);

/* 瓶装液化气居民“阀、管”改造99.94万户: words [from, to) that close a quote
 * opened before from (a 、 inside the title started the clause) start where
 * the clause of the opening quote starts; returns that position, else from. */
size_t name_quote_start(const xt_text *t, size_t from, size_t to);

/* 1 when nm ends with the (non-empty) name `end`: 完成4个小区[9.2万平方米]…,
 * where the words between two figures are the noun of the first. */
int name_ends_with(const xt_name *nm, const xt_name *end);

/* The length of the longest word of lits that nm ends with, or 0. */
size_t name_ends_with_any(const xt_name *nm, const char32_t *const *lits);

/* 1 when nm holds the (non-empty) name `part` somewhere. */
int name_holds(const xt_name *nm, const xt_name *part);

/* 完成营造林任务6100亩, 12179户农房重建任务: a figure measured in what was
 * done (亩, 户, 套: not a count of tasks, LEX_NAME_TASK_MEASURES) is named by
 * the work, not by the word 任务 (LEX_NAME_TASK_WORDS) that ends its name;
 * 157项改革任务 keeps it, and so does a task the figure is said of with
 * 的 (涉及10.5万人的保交房任务: the caller does not call). Leaves two
 * characters at least. */
void name_drop_task_word(xt_name *nm, const char *unit);

/* 1 when the name is only a verb of reaching people (LEX_NAME_REACH_VERBS:
 * 改造老旧小区1.84万个，[惠及]310万户): the figure counts whom the work before
 * it reached, and the caller puts that work's name in front (改造老旧小区惠及). */
int name_is_reach(const xt_name *nm);

/* 1 when the name starts with / is exactly the literal. */
int name_starts_with(const xt_name *nm, const char *lit);
int name_is(const xt_name *nm, const char *lit);
/* 1 when the name is one of the words of lits, whole. */
int name_is_any(const xt_name *nm, const char32_t *const *lits);

/* Drops the document's footnote marks (生产总值[2], “三名工程[3]”团队: never
 * part of an indicator) and a streak inside the name (北京连续9年稳居…: how
 * long the figure held, not what it measures; one at the name's start or end
 * is name_clean's to read). */
void name_drop_marks(xt_name *nm);

/* The name with its first occurrence of word w replaced by part (存贷款余额 →
 * 存款余额), in *out; 0 when w is not in the name or the name is only w. */
int name_replace_word(const xt_name *nm, const char32_t *w, const char32_t *part, xt_name *out);

/* The subjects a name lists joined by 和、及与 (进口和出口总额, 城镇、农村居民
 * 人均可支配收入), when it lists exactly n (2..8) of them: fills parts[0..n)
 * and returns 1. Parallel modifiers of one length (two characters for two
 * subjects: 城镇, 农村; 进口, 出口; the middle ones' length for more) share
 * the last one's head, which each part gets (城镇居民人均可支配收入, 进口总额),
 * and a prefix before the first modifier is shared too (改造老旧供热、燃气、
 * 排水管网 → 改造老旧燃气管网). A head that would start with a suffix
 * (工业和服务业增加值: 业增加值) makes the split plain (工业, 服务业增加值) and
 * returns -1. 0 when the name does not list n subjects (parts untouched). */
int name_split_list(const xt_name *nm, size_t n, xt_name *parts);

/* 1 when the name is only another figure: a number and at most three
 * characters of its unit, after a join (和591家, 1076家): the clause after a
 * figure's unit that holds no noun of its own but the next figure (累计分别达到
 * 1016家和591家, 481家增加到1076家) names nothing. */
int name_is_bare_figure(const xt_name *nm);

/* UTF-8 copy. Caller frees. */
/* The report's own place as the names of its figures may open with it
 * (深圳市罗湖区人民政府 → 深圳市罗湖区, 罗湖区; 大鹏新区管理委员会 → 大鹏新区): the
 * organisation without the body's word (人民政府, 管委会…), and what follows
 * each 省/市/州 of it, of three characters at least. Fills out (at most
 * ORG_PLACES_MAX, longest first) and returns how many. */
#define ORG_PLACES_MAX 4
size_t name_org_places(const char *org, xt_name out[ORG_PLACES_MAX]);

/* 罗湖区全社会固定资产投资总规模 → 全社会固定资产投资总规模: cuts one of places
 * opening the name, when two characters at least are left (the report's own
 * region is no part of an indicator's name, as 全区 is not). Returns 1 when
 * it cut. */
int name_cut_org_place(xt_name *nm, const xt_name *places, size_t n);

char *name_to_utf8(const xt_name *nm);

#endif
