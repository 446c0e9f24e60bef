/* The extractor's words, kept as data in one place: which words say that a
 * part of a report reviews results or plans work, which words make a
 * sentence a target. Code asks for a list by name; a word is added here, with
 * the reason in the comment of its list, never as a literal in a rule. */
#ifndef IMPORT_LEXICON_H
#define IMPORT_LEXICON_H

#include <uchar.h>

/* Every list ends with NULL. */

/* A heading or part line holding one of these reviews results (回顾, 成效,
 * 过去一年, 工作总结). */
extern const char *const LEX_REVIEW_WORDS[];
/* Of those, the words that name a review part itself (回顾, 过去, 总结,
 * 完成情况); after a plan part line only these end the plan (outline.c). */
extern const char *const LEX_REVIEW_PART_WORDS[];
/* A heading holding one of these sets targets or plans work (目标, 安排,
 * 计划, 总体要求), unless it is under a review part. */
extern const char *const LEX_PLAN_WORDS[];
/* A heading ending with one of these names the work planned (二、2024年重点
 * 工作); inside a heading they are often results (重点工作扎实推进). */
extern const char *const LEX_PLAN_ENDS[];
/* Under a review part only a look forward in time makes a plan (明年, 下一步). */
extern const char *const LEX_LOOK_AHEAD[];
/* A part line (a short line of its own, not a numbered heading) that opens a
 * plan: 2023年主要工作, 重点工作方向：, 总体要求和主要预期目标. */
extern const char *const LEX_PLAN_PART_WORDS[];
/* A paragraph opening with one of these + 是： opens the plan (今年政府工作的
 * 总体要求是：), also without a heading (classify.c). */
extern const char *const LEX_PLAN_OPENING_LEADS[];
/* The lead-in of the coming year's targets (part_targets_lead_in, part.c):
 * one of the first in it, opening with one of the second or a year. */
extern const char *const LEX_TARGETS_LEADS[];
extern const char *const LEX_COMING_YEAR_WORDS[];
/* Kinds of report whose title year is the year being planned. */
extern const char *const LEX_FORWARD_KINDS[];
/* Words of a sentence that make its figures targets (力争, 确保, 目标). */
extern const char *const LEX_TARGET_WORDS[];

/* Periods (classify.c): the year a figure is about. */
/* Time phrases of a span of years (过去五年, 这五年, 五年来, 未来五年): a
 * figure stated for them is a total or a change over the span, no one
 * year's figure. Not 一年来 or 过去一年, which name one year. */
extern const char *const LEX_SPAN_TIMES[];
/* Names of five-year plans (十四五); a span only with LEX_PLAN_SPAN_AFTER
 * right after (and a closing quote between): “十四五”时期, 十三五期间, not
 * “十四五”规划 (圆满完成“十四五”规划目标任务 is said of one year too). */
extern const char *const LEX_PLAN_PERIODS[];
extern const int LEX_PLAN_PERIOD_FIRST_YEARS[];
extern const char *const LEX_PLAN_SPAN_AFTER[];
/* The words of LEX_SPAN_TIMES that name a span still to come. */
extern const char *const LEX_SPAN_AHEAD[];
/* Words naming what a span achieved (发展成就), in a heading that reviews it
 * before it plans the next (part_reviews_then_plans). */
extern const char *const LEX_ACHIEVEMENT_WORDS[];
/* Words joining two parts of a heading: 成就和…目标任务. */
extern const char *const LEX_HEADING_JOINS[];
/* Parts of a year (上半年, 前三季度); month ranges (1-9月) are read by
 * code, since their numbers vary. */
extern const char *const LEX_PART_OF_YEAR[];
/* Words that name one whole year inside a span or a part (全年, 过去一年). */
extern const char *const LEX_ONE_YEAR[];

/* Kinds of official document whose titles end 关于…的 + kind (公告, 通知): a
 * line that is such a title holds no figures (extract.c). */
extern const char32_t *const LEX_DOCUMENT_KINDS[];

/* Words naming an index, whose value has no unit (空气质量综合指数4.81). */
extern const char32_t *const LEX_INDEX_WORDS[];
extern const char32_t *const LEX_INDEX_CHANGE_VERBS[];
extern const char32_t *const LEX_CHANGE_FROM[];

/* A clause of a record a figure set (创27年新高, 再创历史新高, 创历史最好水平):
 * opens with one of the first, ends with one of the second. */
extern const char32_t *const LEX_RECORD_OPENS[];
extern const char32_t *const LEX_RECORD_ENDS[];
/* A clause of a level the figure passed, written without a number
 * (总量首超三千亿元, 首次突破千亿大关): a verb of passing a level (after
 * LEX_RESTATED_SUBJECTS and LEX_FIRST_TIME_WORDS, both optional). */
extern const char32_t *const LEX_RESTATED_SUBJECTS[];
extern const char32_t *const LEX_FIRST_TIME_WORDS[];
extern const char32_t *const LEX_LEVEL_PASSED_VERBS[];
/* The marks of a milestone passed: 新台阶, 台阶, 大关, 关口. */
extern const char32_t *const LEX_MILESTONE_MARKS[];
/* The unit and the closing word of such a level (千亿[元], 百亿元[大关]). */
extern const char32_t *const LEX_LEVEL_PASSED_UNITS[];
extern const char32_t *const LEX_LEVEL_PASSED_ENDS[];
extern const char32_t *const LEX_MULTIPLE_COPULAS[];

/* Subjects that are two in one word, as triples (word, first part, second
 * part): the two figures of a subject named by such a word, stated 分别 or
 * listed one after the other, are the parts in order (城乡居民人均收入年均增长
 * 5.3%、7.7%: 城镇…, 农村…; 存贷款余额分别增长6.9%、6.6%: 存款余额, 贷款余额).
 * Not 进出口: 对东盟、欧盟进出口分别增长 lists its own subjects before it. */
extern const char32_t *const LEX_PAIRED_SUBJECTS[];

/* Headings of a glossary (名词解释, 注释), alone on their line: the numbers
 * after them define labels, they are no figures (extract.c). */
extern const char *const LEX_GLOSSARY_HEADINGS[];
/* Words of an attachment's title without a year: of results, of the plan
 * (attachment.c). */
extern const char *const LEX_ATTACHMENT_RESULT_WORDS[];
extern const char *const LEX_ATTACHMENT_PLAN_WORDS[];

/* Counts of people or visits (人, 户, 人次): with 以上 before a noun they size
 * it (100人以上企业), unlike measure words of things (100个以上项目). */
extern const char32_t *const LEX_SIZE_COUNTS[];
/* Words ending in 过 that are no 'passing a level' (超过, 通过, 经过). */
extern const char32_t *const LEX_NOT_PASSING[];

/* Verbs of a level reached between the two levels of a change (从A提高至B). */
extern const char32_t *const LEX_CHANGE_TO[];
/* Verbs of reaching a level (达到, 超过) and words saying that all of some
 * things did (全部, 均): the level is a standard, no figure (extract.c). */
extern const char32_t *const LEX_REACH_VERBS[];
extern const char32_t *const LEX_ALL_OF_THEM[];
/* Labels of a web page's counters (浏览次数, 阅读) and what a counter after
 * its number counts (访客): page furniture, no figures. */
extern const char32_t *const LEX_PAGE_COUNTERS[];
extern const char32_t *const LEX_PAGE_COUNTED[];

/* Verbs of a ranking before 第 (居, 排名, 稳居). */
extern const char32_t *const LEX_RANK_VERBS[];

/* Verbs of change before a rate: up (增长, 提高), down (下降, 压缩). */
extern const char32_t *const LEX_GROWTH_UP[];
extern const char32_t *const LEX_GROWTH_DOWN[];
/* Between a verb of change and its rate: 增长了5%, 增幅达5%, 涨幅控制在2%. */
extern const char32_t *const LEX_GROWTH_LINK[];
/* 均, 分别 between a verb of change and its link or rate (降幅均达4%以上). */
extern const char32_t *const LEX_GROWTH_EACH_AFTER[];
/* Verbs of change that are nouns of the rate (降幅, 增速, 增幅). */
extern const char32_t *const LEX_GROWTH_NOUNS[];
extern const char32_t *const LEX_GROWTH_OF_SUBJECT[];
extern const char32_t *const LEX_NAME_COMPARISON_VERBS[];
/* Verbs of work done before a measure bounded by 以上 (完成, 提供, 释放). */
extern const char32_t *const LEX_AMOUNT_DONE_VERBS[];
/* Classes of things an amount passed sorts (企业, 项目, 县域). */
extern const char32_t *const LEX_THRESHOLD_CLASSES[];
/* Measures naming an amount only with a subject (产值, 增加值, 营业收入). */
extern const char32_t *const LEX_BARE_MEASURES[];
/* Right before a duration, a streak or a gap (连续10个月, 时隔21天): no figure. */
extern const char32_t *const LEX_STREAK_WORDS[];
/* Words ending in 约 that do not mean "about" (签约, 节约): 约 right before a
 * number is approximate only when it is not the end of one of them. */
extern const char32_t *const LEX_YUE_WORDS[];

/* Words holding 比 or 较 that compare with no base of their own (同比, 环比,
 * 占比, 比重, 比较): no change against another base (extract.c). */
extern const char32_t *const LEX_BI_WORDS[];
/* The stock of a counted or summed indicator (项目数量, 企业总数): a growth of
 * it after the figure is the figure's yoy (extract.c). */
extern const char32_t *const LEX_STOCK_WORDS[];
/* Comparisons of a rate with an average (高于全国平均水平): between a growth
 * and the stock it belongs to, they bind nothing. */
extern const char32_t *const LEX_LEVEL_COMPARE[];
/* Facilities sized by a capacity right before them (700万吨露天矿). */
extern const char32_t *const LEX_FACILITY_WORDS[];
/* Before an area and 的: the size of the one facility named after it
 * (占地3100平米的公园). */
extern const char32_t *const LEX_SIZE_WORDS[];
/* Places a scope holds (全国31个省区市), counted as context. */
extern const char32_t *const LEX_PLACE_SETS[];

/* People a bare 万 counts (惠及40万群众 → 40 万人; units.c). */
extern const char32_t *const LEX_PEOPLE_NOUNS[];

/* People after an age that make it a group's label (0—6岁儿童). */
extern const char32_t *const LEX_AGE_GROUPS[];

/* Names (extract_name.c), in UTF-32 so that matching needs no decoding. */
/* Words that open a clause without naming anything: time words, list and
 * connective words, actors (全省, 我们), adverbs and verbs of doing. */
extern const char32_t *const LEX_NAME_LEADING[];
/* Linking words between a name and its number (达到, 为, 同比). */
extern const char32_t *const LEX_NAME_TRAILING[];
/* The link of a level reached right after its change (增长2.6倍[至]124家). */
extern const char32_t *const LEX_NAME_LEVEL_LINKS[];
/* Verbs between a subject and its object (企业[实现]营业收入). */
extern const char32_t *const LEX_NAME_INNER_VERBS[];
/* Comparison words between a subject and its verb of change (优良天数[同比]
 * 增加): cut inside a name. */
extern const char32_t *const LEX_NAME_INNER_COMPARISONS[];
/* Adverbs between listed subjects and their verb (…[分别]完成投资): cut inside
 * a name. */
extern const char32_t *const LEX_NAME_INNER_ADVERBS[];
/* Verbs of making a shared prefix of listed subjects may start with. */
extern const char32_t *const LEX_NAME_MAKING_VERBS[];
/* Verbs that open an item of a list of figures (完成, 新建, 完善…): where
 * each item has one, a qualifier after the last is the last one's only. */
extern const char32_t *const LEX_LIST_ITEM_VERBS[];
/* Where the noun phrase after a measure word stops (设立19个党支部[完成]…). */
extern const char32_t *const LEX_NAME_PHRASE_STOPS[];

/* Words that hold a stop word of LEX_NAME_PHRASE_STOPS (和美乡村: 和): read
 * whole, they do not end the noun phrase. */
extern const char32_t *const LEX_WORDS_HOLDING_STOPS[];

/* Joins of listed counted items right before a number (…城市公园[和]275个…),
 * and the verbs ending in 及 that join nothing (涉及, 惠及). */
extern const char32_t *const LEX_ITEM_JOINS[];
extern const char32_t *const LEX_WORDS_ENDING_JI[];

/* The verbs after the noun of a share (60%的乡镇[有]…) and the adverbs before
 * them (name_share_of). */
extern const char32_t *const LEX_SHARE_PREDICATES[];
extern const char32_t *const LEX_SHARE_ADVERBS[];

/* Fields a list of counts is spread over (27个[领域]759项事项). */
extern const char32_t *const LEX_GROUP_NOUNS[];

/* Heads listed subjects share (制造业、…产业[贷款]) and the last characters of
 * a subject that names an indicator of its own (游客人[数]): name_split_list. */
extern const char32_t *const LEX_SHARED_HEADS[];
extern const char32_t *const LEX_INDICATOR_ENDS[];

/* Spans of time after a unit's slash (元/[月], 万吨/[年]). */
extern const char *const LEX_PER_TIMES[];

/* Heads of counted nouns (重点行业企业, 工程建设项目, 医药机构): the noun
 * phrase after a measure word ends with one, when more words follow
 * (name_after_phrase). */
extern const char32_t *const LEX_COUNTED_HEADS[];
extern const char32_t *const LEX_NAME_FUND_HEADS[];
extern const char32_t *const LEX_NAME_FUND_SETUP_VERBS[];
extern const char32_t *const LEX_NAME_HEADS_AFTER_DE[];
/* What continues a head into a longer noun (企业家, 项目库, 小区内). */
extern const char32_t *const LEX_HEAD_GOES_ON[];

/* ---- names, issue 9 (extract_name.c) ---- */
/* Words of the batch something came in (首批): no part of a name. */
extern const char32_t *const LEX_NAME_BATCH_WORDS[];
/* More words that open a clause without naming anything, and more linking
 * words between a name and its number; read with LEX_NAME_LEADING and
 * LEX_NAME_TRAILING as one list each. */
extern const char32_t *const LEX_NAME_LEADING_MORE[];
extern const char32_t *const LEX_NAME_TRAILING_MORE[];
/* Words that end with a trailing word and are kept whole (主要: 要). */
extern const char32_t *const LEX_NAME_WORDS_ENDING_TRAILING[];
/* Nouns that open with a leading word and keep it (继续教育). */
extern const char32_t *const LEX_NAME_NOUNS_OPENING_LEADING[];
/* The report's own area after 占 (占新区GDP比重): cut. */
extern const char32_t *const LEX_NAME_OWN_AREAS_AFTER_SHARE[];
/* Prepositions of the object of a verb after the figure (对35所学校进行…). */
extern const char32_t *const LEX_NAME_OBJECT_PREPOSITIONS[];
/* Words that open with 对 and keep it (对口, 对外, 对接). */
extern const char32_t *const LEX_NAME_WORDS_OPENING_WITH_DUI[];
/* More words where the noun phrase after a measure word stops, read with
 * LEX_NAME_PHRASE_STOPS as one list. */
extern const char32_t *const LEX_NAME_PHRASE_STOPS_MORE[];
extern const char32_t *const LEX_NAME_PHRASE_JOINS[];
extern const char32_t *const LEX_NAME_EVALUATION_WORDS[];
extern const char32_t *const LEX_NAME_EVALUATION_TIMES[];
extern const char32_t *const LEX_NAME_INNER_TARGET_WORDS[];
extern const char32_t *const LEX_NAME_SHARE_ADVERBS[];
extern const char32_t *const LEX_NAME_GAIN_VERBS[];
extern const char32_t *const LEX_NAME_STOCK_WORDS[];
extern const char32_t *const LEX_NAME_RANK_STOCK_WORDS[];
extern const char32_t *const LEX_NAME_RANKED_WORK_VERBS[];
extern const char32_t *const LEX_NAME_SPENDING_VERBS[];
extern const char32_t *const LEX_NAME_FUNDING_VERBS[];
extern const char32_t *const LEX_NAME_PURPOSE_VERBS[];
extern const char32_t *const LEX_NAME_ALLOCATION_VERBS[];
extern const char32_t *const LEX_NAME_SIZE_WORDS[];
extern const char32_t *const LEX_NAME_SHARE_ENDS[];
extern const char32_t *const LEX_NAME_FREQUENCIES[];
extern const char32_t *const LEX_NAME_PER_MEASURES[];
extern const char32_t *const LEX_NAME_TIME_USED_WORDS[];
extern const char32_t *const LEX_NAME_SIZE_UNITS[];
extern const char32_t *const LEX_NAME_THRESHOLD_WORDS[];
extern const char32_t *const LEX_NAME_VERBS_BEFORE_COUNT[];
/* Notes of a figure's kind in brackets after another figure (增长6.5%(年度
 * 目标6%以上)): name_kind_note. */
extern const char32_t *const LEX_NAME_KIND_NOTES[];
/* Measure words after a Chinese-numeral count of listed subjects (两个, 两大). */
extern const char32_t *const LEX_NAME_LIST_COUNT_MEASURES[];
/* Ends of a frame 在…上 around the event a figure was made at (在…大会上), and
 * of a frame of circumstance (在…基础上): event_frame in extract_name.c. */
extern const char32_t *const LEX_NAME_EVENT_FRAME_ENDS[];
extern const char32_t *const LEX_NAME_BASIS_FRAME_ENDS[];
/* The preposition that opens those frames (在). */
extern const char32_t *const LEX_NAME_EVENT_FRAME_OPENS[];
/* What joins listed subjects (、, 和, 与: not 及) in name_counted_list. */
extern const char32_t *const LEX_NAME_LIST_JOINS[];
/* The measure word between a count and its group noun (27[个]领域) and the
 * mark of an ordinal (第二类): trailing_kind_count. */
extern const char32_t LEX_NAME_GROUP_MEASURE[];
extern const char32_t LEX_NAME_ORDINAL_MARK[];
/* Verbs of reaching people (惠及, 受益) that name a figure only with the work
 * before them: name_is_reach. */
extern const char32_t *const LEX_NAME_REACH_VERBS[];
/* Words of kinds or groups after a count right before another count (12类45件
 * 实事): trailing_kind_count in extract_name.c. */
extern const char32_t *const LEX_NAME_KIND_COUNT_WORDS[];
/* Attributes of counted things (水质, 集体收入, 规模) and the words of a
 * standard they reach (全部达标, 超过): the noun after a measure word ends
 * before such an attribute (name_after_phrase). */
extern const char32_t *const LEX_NAME_COUNTED_ATTRIBUTES[];
extern const char32_t *const LEX_NAME_STANDARD_PREDICATES[];
/* Fixed terms that hold a verb of LEX_NAME_INNER_VERBS (实现就业): not cut. */
extern const char32_t *const LEX_NAME_VERB_TERMS[];
/* Verbs that end with a linking word of LEX_NAME_TRAILING (下达: 达): kept
 * whole at a name's end. */
extern const char32_t *const LEX_NAME_VERBS_ENDING_LINK[];
/* Adverbs that also begin nouns (有效) and the verbs of effect after which
 * they are adverbs: manner_before_verb in extract_name.c. */
/* The word 任务 ending a name of work, and the units that count tasks (项):
 * name_drop_task_word. */
extern const char32_t *const LEX_NAME_TASK_WORDS[];
extern const char *const LEX_NAME_TASK_MEASURES[];
extern const char32_t *const LEX_NAME_MANNER_BEFORE_VERB[];
extern const char32_t *const LEX_NAME_VERBS_AFTER_MANNER[];

/* ---- names, stop 18 (extract_name.c) ---- */
/* Adverbs of the sum or of completion (共, 已) and the verbs of work done they
 * stand before inside a name (园区[共]入驻企业): cut there. */
extern const char32_t *const LEX_NAME_DONE_ADVERBS[];
extern const char32_t *const LEX_NAME_DONE_VERBS[];
/* Time words inside a name (加工区[全年]进出口总额) and the plan words they
 * belong to (全年任务): cut_inner_times. */
extern const char32_t *const LEX_NAME_INNER_TIMES[];
extern const char32_t *const LEX_NAME_TIME_KEEPING_NOUNS[];

/* Sites counted with the work done on them after them as a noun (39个村电网
 * 补强), and the words that end such work: site_with_work. */
extern const char32_t *const LEX_NAME_SITE_HEADS[];
extern const char32_t *const LEX_NAME_SITES_OF_TERMS[];
extern const char32_t *const LEX_NAME_SITE_WORKS[];
extern const char32_t *const LEX_NAME_SITE_GOES_ON[];
extern const char32_t *const LEX_NAME_WORKED_THINGS[];
extern const char32_t *const LEX_NAME_KIND_NOTE_CHANGES[];
extern const char32_t *const LEX_NAME_RANK_SHARE_WORDS[];
extern const char32_t *const LEX_NAME_NOUN_JOINS[];
extern const char32_t *const LEX_NAME_JOINED_WORK_ENDS[];
extern const char32_t *const LEX_NAME_SPENT_ON_COUNTED[];
extern const char32_t *const LEX_NAME_SUPPORT_VERBS[];
extern const char32_t *const LEX_NAME_BOUNDS_AFTER_UNIT[];
extern const char32_t *const LEX_NAME_FRAMES_AFTER_DE[];
extern const char32_t *const LEX_NAME_DURATION_OPENERS[];
extern const char32_t *const LEX_NAME_DURATION_FASTEST[];
extern const char32_t *const LEX_NAME_DURATION_FILLERS[];
extern const char32_t *const LEX_NAME_DURATION_VERBS[];
extern const char32_t *const LEX_NAME_RANK_SCOPES[];
extern const char LEX_NAME_BEFORE_SCOPE[];
extern const char LEX_NAME_BEFORE_JUN[];
extern const char32_t *const LEX_NAME_THING_WORKS[];
extern const char32_t *const LEX_NAME_WORKED_GOES_ON[];
extern const char32_t *const LEX_NAME_PROJECT_ENDS[];

/* 从/由 and the time words that end the time a change starts from (从新区成立时,
 * 由每年): trailing_change_start. */
extern const char32_t *const LEX_NAME_CHANGE_FROM[];
extern const char32_t *const LEX_NAME_START_TIMES[];

/* 1 when s contains one of the words of list. */
int lex_contains_any(const char *s, const char *const *list);
/* 1 when s ends with one of the words of list. */
int lex_ends_with_any(const char *s, const char *const *list);
/* 1 when s starts with one of the words of list. */
int lex_starts_with_any(const char *s, const char *const *list);

/* Clause tokens (clause_tokens.c) and growth binding (extract.c). */
/* Words holding a marker character without being a token (人均, 增加值, 涉及). */
extern const char32_t *const LEX_CT_PLAIN_WORDS[];
/* The year before as a change's base (同比, 较上年同期). */
extern const char32_t *const LEX_CT_YOY_BASES[];
/* An aside that carries a base to the sentences after it (比2012年（下同）). */
extern const char32_t *const LEX_CARRY_ASIDES[];
/* Parts of a year that may stand between a verb of change and its rate
 * (GDP增速一季度-9.9%). */
extern const char32_t *const LEX_YEAR_PART_NOTES[];
/* Words before a year that make it a base or a span's end, not the year a
 * change is of (比2015年, 至2020年). */
extern const char32_t *const LEX_YEAR_BEFORE_NOT_OWN[];
/* What a change leaves out, before its verb (剔除一次性政策因素后增长). */
extern const char32_t *const LEX_EXCLUSION_OPENERS[];
/* Bounds before a first figure that hold for the objects listed after it
 * (不少于100项服务、50款金融产品). */
extern const char *const LEX_SPREAD_BOUNDS[];
/* People a bounded count of people counts (2名以上区级名教师), and what they
 * do (2000人以上创业): no threshold of a noun. */
extern const char32_t *const LEX_COUNTED_PEOPLE[];
/* A web page's controls above a report's title (meta.c). */
extern const char *const LEX_PAGE_CONTROLS[];
/* What ends a time before 前 (五年前, 提前, 以前): no tier (extract_number.c). */
extern const char32_t *const LEX_BEFORE_TIME_ENDS[];
/* Heads of one named work or zone whose length or area is its size, no
 * figure (4.9公里龙岗河生态活力水廊, 38平方公里先进制造产业城). */
extern const char32_t *const LEX_NAMED_WORK_HEADS[];
/* How a plan is laid out (提出了28个主要指标, 安排了18个领域的重点任务): the verbs
 * before such a count and the parts counted; no figure. */
extern const char32_t *const LEX_PLAN_LAYOUT_VERBS[];
extern const char32_t *const LEX_PLAN_LAYOUT_PARTS[];
extern const char32_t *const LEX_PEOPLE_DOING[];
/* How a change is computed (按可比价计算). */
extern const char32_t *const LEX_CT_BASIS[];
/* A change over a span or averaged over a set (年均, 累计, 平均). */
extern const char32_t *const LEX_CT_SPANS[];
/* Nouns of a target (目标, 预期目标). */
extern const char32_t *const LEX_CT_TARGET_NOUNS[];
/* Words changing nothing between a figure and its growth (了, 也). */
extern const char32_t *const LEX_CT_FILLERS[];
/* List separators (、和及与), 分别, 均 / 各. */
extern const char32_t *const LEX_CT_SEPARATORS[];
extern const char32_t *const LEX_CT_EACH[];
extern const char32_t *const LEX_CT_ALL[];
/* What a procedure takes (办理时间, 办事效率): its change is a reform's. */
extern const char32_t *const LEX_REFORM_MEASURES[];
/* Verbs of cutting written before their object (压减办理时间58%, 减材料54%):
 * xc_cut_of_object_before. Longer words first: 压减 before 减. */
extern const char32_t *const LEX_CUT_VERBS[];
/* The indicators a ranking covers, counted before it (4项指标稳居第一). */
extern const char32_t *const LEX_RANKED_INDICATORS[];
/* Places a count is spread over (4个乡镇18个村) and frames of a goal
 * (以4个片区为重点): context. */
extern const char32_t *const LEX_PLACE_GROUPS[];
extern const char32_t *const LEX_PLACE_PARTS[];
extern const char32_t *const LEX_FRAME_WORDS[];

/* Word lists of single passes of extract.c (lexicon.c says what each is). */
extern const char32_t *const LEX_YEAR_SPAN_AFTER[];
extern const char32_t *const LEX_BASE_OPENERS[];
extern const char32_t *const LEX_BASE_CLOSERS[];
extern const char32_t *const LEX_BASE_PREVIOUS_YEAR[];
extern const char32_t *const LEX_GROWTH_AMOUNT_LINKS[];
extern const char32_t *const LEX_AMOUNT_TIME_WORDS[];
extern const char32_t *const LEX_AMOUNT_VERBS[];
extern const char32_t *const LEX_GROWTH_NOUNS_UP[];
extern const char32_t *const LEX_GROWTH_NOUNS_DOWN[];
extern const char32_t *const LEX_NOT_ABBREVIATIONS[];
extern const char32_t *const LEX_LAND_ACTIONS[];
extern const char32_t *const LEX_PLACE_ENDS[];
extern const char32_t *const LEX_PLACE_WORKS[];
extern const char32_t *const LEX_ATTACHMENT_EXTENSIONS[];
extern const char32_t *const LEX_RATIO_LINKS[];
extern const char32_t *const LEX_RATIO_WHOLES[];

/* Words of an amount passed right before its number (超, 超过, 逾, 过). */
extern const char *const LEX_PASSED_BEFORE[];

/* Words of the report's own frame around a number (extract_filters.c,
 * xc_report_frame; lexicon.c says what each is). */
extern const char32_t *const LEX_CIRCLE_WORDS[];
extern const char32_t *const LEX_PLAN_INDICATOR_GROUPS[];
extern const char32_t *const LEX_PLAN_INDICATOR_VERBS[];
extern const char32_t *const LEX_STREAK_OPENERS[];
extern const char32_t *const LEX_OTHER_BODY_FRAMES[];
extern const char32_t *const LEX_RESTATED_TARGETS[];
extern const char32_t *const LEX_TARGET_JUSTIFIERS[];
extern const char32_t *const LEX_ONE_OF[];
extern const char32_t *const LEX_AVERAGE_AFTER[];
extern const char32_t *const LEX_SURVEY_NAMES_AFTER[];
extern const char32_t *const LEX_ONE_FACILITY_WORDS[];
extern const char32_t *const LEX_ONE_THING_BEFORE[];

/* Words that start with a unit's text (列入, 对接, 台阶): no unit there. */
extern const char32_t *const LEX_UNIT_WORD_STARTS[];

/* Groups of people a bare 万 counts before them (16万儿童): 万人. */
extern const char32_t *const LEX_BARE_PEOPLE_AFTER[];
/* Households a bare 万 counts (20万各民族家庭): unit 万户. */
extern const char32_t *const LEX_HOUSEHOLDS[];

/* Verbs of a ranking moving between two places (第12位[跃升至]第5位). */
extern const char32_t *const LEX_RANK_CHANGE_TO[];

/* Shares of GDP written without % at times (研发投入强度达2.6). */
extern const char32_t *const LEX_INTENSITY_WORDS[];

#endif
