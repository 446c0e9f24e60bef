/* The word lists of lexicon.h. Each list says what it must not catch. */
#include "lexicon.h"

#include <string.h>

/* 完成情况 and 圆满完成 are results of a plan; a bare 完成 is not here, since
 * 完成全年目标任务 heads a plan too. */
const char *const LEX_REVIEW_WORDS[] = {"回顾",     "成效",     "成绩",     "取得",
                                        "完成情况", "圆满完成", "超额完成", "顺利完成",
                                        "过去",     "总结",     NULL};

/* The review words that name a review part itself (2016年工作回顾, 过去一年
 * 工作总结, 主要目标完成情况), not only results hoped for: a plan's headings
 * say 取得新成效, 创造新成绩 of the year to come. */
const char *const LEX_REVIEW_PART_WORDS[] = {"回顾", "过去", "总结", "完成情况", NULL};

/* 总体要求 opens the plan part of a 政府工作报告 (2026年政府工作的总体要求和
 * 主要目标); it never heads a review. */
const char *const LEX_PLAN_WORDS[] = {"目标", "计划", "安排",   "打算", "思路",     "展望", "预期",
                                      "今年", "明年", "下一步", "部署", "总体要求", NULL};

/* 工作重点 as 重点工作 (三、2016年的工作重点); not 工作任务, which ends a review's
 * headings too (扎实推进各项工作任务). */
const char *const LEX_PLAN_ENDS[] = {"重点工作", "重点任务", "主要任务", "工作重点", NULL};

const char *const LEX_LOOK_AHEAD[] = {"明年", "下一步", "今后", "展望", NULL};

/* Only words that name the plan itself: a part line 2023年主要工作 is a
 * review in a 工作总结 of 2023, so 主要工作 is left to the year rule
 * (part.c), and 工作 alone names any part. */
const char *const LEX_PLAN_PART_WORDS[] = {"重点工作", "重点任务", "主要任务", "工作安排",
                                           "工作打算", "工作思路", "主要目标", "预期目标",
                                           "目标任务", "总体要求", "工作计划", NULL};

/* The general requirements and thinking of the year's work open a 政府工作报告's
 * plan and nothing else; 目标 words do not (主要预期目标是： lists targets,
 * also inside a review of how they were met). */
const char *const LEX_PLAN_OPENING_LEADS[] = {"总体要求", "总体思路", "总的要求", NULL};

/* 今年经济社会发展的主要预期目标是：: the coming year's targets, said in the plan
 * part; the review recalls them as 年初确定的… or 去年…, which open otherwise. */
const char *const LEX_TARGETS_LEADS[] = {"主要预期目标", "预期目标", "主要目标", NULL};
const char *const LEX_COMING_YEAR_WORDS[] = {"今年", "明年", NULL};

const char *const LEX_FORWARD_KINDS[] = {"政府工作报告", "工作要点", "工作计划", NULL};

/* 计划 alone is no target word (计划总投资 is a project's size, 计划完成率 a
 * result); only 计划 + a verb of doing is. */
const char *const LEX_TARGET_WORDS[] = {"目标",     "力争",     "确保",     "争取",     "预期",
                                        "计划完成", "计划实现", "计划新增", "计划开工", "计划建成",
                                        "计划引进", "计划实施", "拟安排",   "拟按",     "拟新增",
                                        "拟发行",   "拟投资",   "拟实施",   NULL};

/* ---- periods (extract.c, part.c, classify.c) ---- */

/* Counts of years with 来 / 间 after them, or 过去 / 这 / 近 / 未来 / 今后
 * before them, are spans; a bare 五年 is not (五年行动计划 names a plan). */
const char *const LEX_SPAN_TIMES[] = {"过去五年", "过去的五年", "这五年", "五年来", "五年间",
                                      "近五年", "未来五年", "今后五年", "过去三年", "这三年",
                                      "三年来", "三年间", "近三年", "两年来", "十年来",
                                      /* a zone's review since it was set up counts its own years
                                       *(2009年新区 成立。七年来，…, gold rule 58) */
                                      "四年来", "六年来", "七年来", "八年来", "九年来", NULL};

const char *const LEX_PLAN_PERIODS[] = {"十一五", "十二五", "十三五", "十四五", "十五五", NULL};
/* The first year of each plan of LEX_PLAN_PERIODS, in the same order: a
 * five-year plan runs from it to four years later (十三五: 2016–2020). */
const int LEX_PLAN_PERIOD_FIRST_YEARS[] = {2006, 2011, 2016, 2021, 2026};
const char *const LEX_PLAN_SPAN_AFTER[] = {"时期", "期间", "以来", NULL};
const char *const LEX_SPAN_AHEAD[] = {"未来五年", "今后五年", NULL};
/* 成就 only: a plan's own headings say 取得新成效, 创造新成绩 of the years to
 * come (LEX_REVIEW_WORDS takes 成效 and 成绩 for reviews already) */
const char *const LEX_ACHIEVEMENT_WORDS[] = {"成就", NULL};
const char *const LEX_HEADING_JOINS[] = {"和", "及", "与", NULL};

const char *const LEX_PART_OF_YEAR[] = {"上半年",   "前三季度", "一季度",   "第一季度",
                                        "前两季度", "二季度",   "第二季度", "三季度",
                                        "第三季度", "四季度",   "第四季度", NULL};

/* 1-12月 is read as a whole year by the month-range code. */
const char *const LEX_ONE_YEAR[] = {"全年", "过去一年", "一年来", NULL};

/* Spans of time a unit may be per (1400元/月, 1500万吨/年: units.c); no unit of
 * their own, since a year or a month is no figure. */
const char *const LEX_PER_TIMES[] = {"年", "月", "日", "季度", "周", NULL};

/* ---- figures (extract.c) ---- */

/* Not 报告 (关于…的报告 may be the report itself, whose numbers are figures
 * when its title line is read as text). */
const char32_t *const LEX_DOCUMENT_KINDS[] = {U"公告", U"通知", U"通告", U"决定", U"批复", U"意见",
                                              U"办法", U"规定", U"方案", U"通报", NULL};

/* Only the ends of an index's name: 指数 (综合指数, 景气指数), 系数 (基尼系数),
 * the ratio of two incomes (城乡居民收入比, 收入倍差) and a score of
 * satisfaction given without its unit (满意度从84.7提升至89.6); a number
 * after one with a unit (满意度达95%) is no index value. */
const char32_t *const LEX_INDEX_WORDS[] = {U"指数", U"系数", U"倍差", U"收入比", U"满意度", NULL};
/* The start of a change from one level to another (从1.96缩小至1.81,
 * 三产结构由…优化为…). */
const char32_t *const LEX_CHANGE_FROM[] = {U"从", U"由", NULL};
/* Verbs that take an index from one level to another (从1.96缩小至1.81). */
const char32_t *const LEX_INDEX_CHANGE_VERBS[] = {
    U"缩小至", U"缩小到", U"缩小为", U"提升至", U"提升到", U"提高至", U"提高到",
    U"上升至", U"上升到", U"下降至", U"下降到", U"降至",   U"降到",   U"降为",
    U"增至",   U"扩大至", U"扩大到", U"达到",   NULL};

const char32_t *const LEX_RECORD_OPENS[] = {U"再创", U"创下", U"创出", U"创", U"刷新", NULL};
const char32_t *const LEX_RECORD_ENDS[] = {U"新高", U"最好水平", U"最高水平", U"最好成绩",
                                           U"纪录", U"记录",     NULL};

/* 地区生产总值3256.24亿元，总量首超三千亿元，同比增长9.0%: the words that
 * restate the figure as its subject (总量), how often (首次), and the verbs of
 * a level passed (xc_standing_between, extract_growth.c). */
const char32_t *const LEX_RESTATED_SUBJECTS[] = {U"总量", U"总额", U"规模", NULL};
const char32_t *const LEX_FIRST_TIME_WORDS[] = {U"首次", U"首度", U"首", U"再次",
                                                U"再",   U"一举", NULL};
const char32_t *const LEX_LEVEL_PASSED_VERBS[] = {U"突破", U"超过", U"超",   U"跨越", U"跨过",
                                                  U"迈上", U"站上", U"跃上", U"迈过", NULL};
const char32_t *const LEX_MILESTONE_MARKS[] = {U"新台阶", U"台阶", U"大关", U"关口", NULL};
const char32_t *const LEX_LEVEL_PASSED_UNITS[] = {U"元",   U"美元", U"人次", U"人", U"吨",
                                                  U"标箱", U"户",   U"家",   NULL};
const char32_t *const LEX_LEVEL_PASSED_ENDS[] = {U"大关", U"台阶", NULL};

/* 是全市平均水平的2.1倍: a multiple's clause opening with a copula names
 * only what it is a multiple of (name_multiple_of, extract_number.c). */
const char32_t *const LEX_MULTIPLE_COPULAS[] = {U"相当于", U"约为", U"约是", U"是", U"为", NULL};

const char32_t *const LEX_PAIRED_SUBJECTS[] = {U"城乡", U"城镇",   U"农村", U"存贷款", U"存款",
                                               U"贷款", U"内外资", U"内资", U"外资",   NULL};

/* Only whole lines (glossary_heading_at) or titles (attachment.c): 注释
 * inside a sentence is a word. */
const char *const LEX_GLOSSARY_HEADINGS[] = {"名词解释", "注释",         "名词注释", "注解",
                                             "词语解释", "有关名词解释", "术语解释", NULL};

/* An attachment's title that names no year: 民生实事完成情况表 lists results,
 * 民生实事计划表 / 责任分解表 the plan (attachment_side). */
const char *const LEX_ATTACHMENT_RESULT_WORDS[] = {"完成情况", "落实情况", "完成表", "办理情况",
                                                   NULL};
const char *const LEX_ATTACHMENT_PLAN_WORDS[] = {"计划", "安排", "任务", "目标", "责任分解", NULL};

/* 稳居, 继续位居: how firmly or how long a ranking is held belongs to the
 * verb (唐山港货物吞吐量稳居世界第二 is named 唐山港货物吞吐量), so the
 * longer verbs come with their adverb; 重返 (back to a rank held before) is
 * one too, and 列 alone (指数列全国第9位, as 位列). */
const char32_t *const LEX_RANK_VERBS[] = {U"排名", U"位居", U"居", U"位列", U"名列", U"列", U"跃居",
                                          U"排在", U"排", U"位次", U"获得", U"荣获", U"获", U"稳居",
                                          U"稳居于", U"继续位居", U"保持", U"重返",
                                          /* 首摘全市桂冠, 夺得全省桂冠: the laurels won */
                                          U"摘得", U"首摘", U"摘取", U"夺得", NULL};

/* Verbs of a change up / down before a rate (增长6.1%, 下降2.3%). */
const char32_t *const LEX_GROWTH_UP[] = {U"增长", U"增加", U"提高", U"提升", U"上升", U"上涨",
                                         U"增", U"扩大", U"攀升", U"增速", U"增幅", U"涨幅",
                                         U"增产",
                                         /* 研发投入增长率保持在10%以上 */
                                         U"增长率",
                                         /* 基本养老金总体上调2%: a raise of
                                          * a level by N % is a growth of N
                                          * (gold decision 381); 上调至 a
                                          * level is LEX_CHANGE_TO */
                                         U"上调", U"调增", NULL};
const char32_t *const LEX_GROWTH_DOWN[] = {
    U"下降", U"减少", U"降低", U"回落", U"下滑", U"下跌", U"减", U"降", U"降幅", U"收窄", U"减产",
    /* 平均办理时间压缩62%, 审批时限缩短50%: rates of reduction are
     * negative (gold rule 4); only rates: an amount saved (压缩了63.2天)
     * stays positive, since these lists apply to rates only. */
    U"压缩", U"压减", U"缩短", U"缩减",
    /* 融资平台累计压降85.2%, 会议精简30%, 下调15%: verbs of cutting are
     * falls too; read whole, so 累计 before them is seen (with 降 alone the
     * span word stood two code points back, 累计压降 read as a yoy) */
    U"压降", U"精简", U"削减", U"下调", U"调减",
    /* 社区队伍整体瘦身19.7%, 液化气瓶减量40%: a stock slimmed down, a
     * quantity cut (gold rule 4) */
    U"瘦身", U"减量",
    /* 审批流转时间节省30%: the time saved is a rate of reduction (gold
     * decision 1642); an amount saved (节约资金1.2亿元) stays positive */
    U"节省", U"节约", NULL};

/* 控制在, 保持在, 稳定在: a rate held at a level is still the rate of change the
 * verb names (居民消费价格涨幅控制在2%左右, 增速保持在50%以上: gold rule 5);
 * only after a verb of change (growth_before), so 失业率控制在5.5% is no growth. */
const char32_t *const LEX_GROWTH_LINK[] = {U"了",     U"达",     U"为",     U"达到",
                                           U"控制在", U"保持在", U"稳定在", NULL};

/* Between a verb of change and its link or rate (降幅均达4%以上, 增速分别达到
 * 41.6%和89.3%): the rate holds for each subject before the verb. */
const char32_t *const LEX_GROWTH_EACH_AFTER[] = {U"均", U"分别", NULL};

/* Measures that name an amount only with a subject before them (实现产值875
 * 亿元 after 高新技术产业增长41%): the growth's subject is theirs. */
const char32_t *const LEX_BARE_MEASURES[] = {U"产值",   U"总产值", U"增加值", U"营业收入",
                                             U"营收",   U"销售额", U"产量",   U"收入",
                                             U"营业额", U"交易额", U"零售额", NULL};

/* Classes of things an amount passed sorts (年产值超10亿元[企业]6家, 总投资
 * 超10亿元[项目]50个, 经济总量超500亿元的[县域]增至12个). */
const char32_t *const LEX_THRESHOLD_CLASSES[] = {U"企业", U"项目", U"公司", U"集团", U"园区",
                                                 U"县",   U"县域", U"乡镇", U"集群", U"基地",
                                                 U"商圈", U"楼宇", U"平台", NULL};

/* Verbs of work done right before a measure bounded by 以上 (完成80万平方米
 * 以上既有建筑节能改造): the measure is the amount done, no threshold. */
const char32_t *const LEX_AMOUNT_DONE_VERBS[] = {U"完成", U"提供", U"释放", U"建成",
                                                 U"供应", U"盘活", NULL};

/* Verbs of change that are nouns of the rate (降幅4%, 增速8%): one opening
 * its clause names the figure when nothing else does. */
const char32_t *const LEX_GROWTH_NOUNS[] = {U"降幅", U"增速", U"增幅", U"涨幅", U"增长率", NULL};
/* 工业百强产值占工业总产值47.4%、增长10.8%: the words that open a growth which
 * is its subject's, not the share's before it (extract.c, name_subject); a
 * 提高 of a share (占比32%，提高2%) is the share's own change. */
const char32_t *const LEX_GROWTH_OF_SUBJECT[] = {U"增长", U"增速",     U"增幅",
                                                 U"年均", U"同比增长", NULL};
/* 高于全市, 高出“十二五”目标: a comparison inside a figure's name ends its
 * subject (name_subject). */
const char32_t *const LEX_NAME_COMPARISON_VERBS[] = {U"高于", U"低于", U"高出", U"低出", NULL};

/* Only the words themselves: 持续 or 累计 before a duration are no streak. */
const char32_t *const LEX_STREAK_WORDS[] = {U"连续", U"时隔", NULL};

/* 完成签约8260户, 节约资金1.2亿元 (the object comes first there, but 签约
 * and 节约 also stand right before a number: 签约7个项目), 预约, 合约, 履约:
 * verbs and nouns of agreement and saving, not 约 "about". 大约 is not here:
 * it is approximate (PREFIX_APPROX in extract.c matches it whole). */
const char32_t *const LEX_YUE_WORDS[] = {U"签约", U"节约", U"预约", U"合约", U"履约",
                                         U"续约", U"集约", U"制约", U"违约", U"解约",
                                         U"邀约", U"特约", U"公约", U"条约", NULL};

/* Units of units.c that count people or visits; 个, 家, 条 count things. */
const char32_t *const LEX_SIZE_COUNTS[] = {U"人", U"户", U"名", U"位", U"次", NULL};

/* Read at the character before 过: 超过 is a lower bound (PREFIX_LOWER), the
 * others verbs of their own (通过3年努力, 经过, 不过, 度过, 跨过, 越过). */
const char32_t *const LEX_NOT_PASSING[] = {U"超过", U"通过", U"经过", U"不过", U"度过",
                                           U"跨过", U"越过", U"看过", NULL};

/* Verbs of a level reached, between the two levels of a change: 从A[提高至]B. */
const char32_t *const LEX_CHANGE_TO[] = {
    U"增加到", U"增加至", U"提高到", U"提高至", U"增长到", U"增长至", U"提升到",
    U"提升至", U"上升到", U"上升至", U"增至",   U"下降到", U"下降至", U"降至",
    U"降到",   U"减少到", U"减少至", U"扩大到", U"扩大至", U"上调至", U"上调到",
    U"达到",   U"跃升至", U"跃升到", U"攀升至", U"攀升到", NULL};

/* Only verbs of passing a level: 完成 or 实现 an amount is a result. */
const char32_t *const LEX_REACH_VERBS[] = {U"达到", U"超过", U"达", U"超", NULL};
/* 全部 / 均 right before the verb: every one of them reached it. Not 共, 累计
 * (their sum). */
const char32_t *const LEX_ALL_OF_THEM[] = {U"全部", U"均", U"全都", U"都", NULL};

/* Labels a web page shows before a counter's number; never words of a report
 * (阅读 alone is, in 阅读推广: only with a colon or number after it, which
 * page_counter requires). */
const char32_t *const LEX_PAGE_COUNTERS[] = {U"浏览次数", U"浏览量",   U"阅读量", U"阅读",
                                             U"访问量",   U"访问次数", U"点击量", U"点击数",
                                             U"您是第",   NULL};
const char32_t *const LEX_PAGE_COUNTED[] = {U"位访客", U"访客", U"位访问者", NULL};

/* Read at 比/较 or at the character before it; 评比, 攀比, 比赛: the 比 of a
 * word (压缩评比表彰15% is no change against 表彰). */
const char32_t *const LEX_BI_WORDS[] = {U"同比", U"环比", U"占比", U"对比", U"相比", U"比重",
                                        U"比例", U"比率", U"比值", U"比较", U"较为", U"较大",
                                        U"较快", U"较好", U"较高", U"评比", U"攀比", U"比赛",
                                        U"比武", U"可比", NULL};

/* Words that name the whole count or sum of what a figure measures; not 规模
 * alone (规模以上 classifies), nor 增速 (the rate itself). */
const char32_t *const LEX_STOCK_WORDS[] = {U"数量", U"总数", U"个数", U"总量", U"总额", NULL};

/* Only at a clause's start after a growth: 高于全国 compares the rate, 超过
 * (a bound, PREFIX_LOWER) is no comparison of levels. */
const char32_t *const LEX_LEVEL_COMPARE[] = {U"高于", U"低于", U"快于", U"慢于",
                                             U"好于", U"优于", U"领先", NULL};

/* Facilities a capacity in front of them sizes (700万吨露天矿, 10万千瓦风电
 * 项目). Only facility nouns: 吨 before 粮食 or 千瓦 before 装机 measure. */
const char32_t *const LEX_FACILITY_WORDS[] = {
    U"露天矿",   U"煤矿",   U"矿井", U"电厂",   U"电站",     U"变电站", U"机组", U"风电项目",
    U"光伏项目", U"风电场", U"项目", U"生产线", U"储能电站", U"煤电",   U"火电", NULL};

/* Sizes of a building or site; not 面积 alone (改造面积120万平方米的 is an
 * amount of work, said of many sites). */
const char32_t *const LEX_SIZE_WORDS[] = {U"占地", U"占地面积", U"建筑面积", U"总建筑面积", NULL};

/* The places a scope holds (全国[31个省区市]): counted as context. */
const char32_t *const LEX_PLACE_SETS[] = {U"省区市", U"省份", U"省（区、市）", U"省市区", U"设区市",
                                          U"地级市", U"地市", U"县（市、区）", U"县市区", U"个省",
                                          NULL};

/* Groups of people counted in 万 (惠及40万群众, 8.8万京津老人, 带动3万农民增收).
 * Not 人民 or 市民 of a place (为1000万保定人民, 69万清苑人民: the population in
 * rhetoric, gold rule 9). */
const char32_t *const LEX_PEOPLE_NOUNS[] = {U"群众",   U"老人",     U"游客", U"农民", U"职工",
                                            U"居民",   U"农民工",   U"学生", U"患者", U"人才",
                                            U"劳动力", U"脱贫人口", NULL};

/* People an age stands in front of when it names a group (0—6岁儿童). */
const char32_t *const LEX_AGE_GROUPS[] = {U"儿童",   U"婴幼儿", U"幼儿", U"老人", U"老年人",
                                          U"青少年", U"妇女",   U"学生", U"人口", U"以下",
                                          U"及以上", U"群体",   U"人员", NULL};

/* ---- names (extract_name.c) ---- */

/* Words that open a clause without naming anything. */
const char32_t *const LEX_NAME_LEADING[] = {
    U"全年", U"今年", U"去年", U"当年", U"年内", U"本年", U"上半年", U"下半年", U"一年来",
    U"过去一年", U"年末", U"年底", U"目前", U"截至目前", U"其中", U"共", U"共计", U"累计", U"合计",
    U"总计", U"先后", U"相继", U"实现", U"完成", U"达到", U"开展", U"已", U"还", U"并", U"另",
    U"同时", U"此外", U"另外", U"以及", U"而且", U"并且", U"全区", U"我们", U"我区", U"全市",
    U"我市", U"全县", U"我县", U"本区", U"从", U"又", U"再", U"首先", U"其次", U"最后", U"——", U"—",
    U"-", U"分别", U"全面", U"成功", U"的", U"力争", U"确保", U"争取", U"预计", U"计划", U"拟安排",
    U"拟", U"实现了", U"完成了", U"达到了", U"开展了", U"同比", U"比上年", U"较上年", U"比去年",
    U"较去年", U"与上年相比", U"比上年同期", U"较上年同期",
    /* The whole region a report speaks for (全省地区生产总值 is the
     * indicator 地区生产总值): not part of an indicator's name. */
    U"全省", U"我省", U"本省", U"本市", U"全州", U"全镇", U"全乡", U"全旗",
    /* Adverbs of manner and verbs of doing: they say how the work went, not
     * what was counted (坚决守住18亿亩耕地红线 → 耕地红线, 涉及10.5万人). Not
     * verbs that make the indicator (新增, 引进, 建成: see BARE_CHANGES),
     * nor 有效 (每万人有效发明专利拥有量 is an indicator's name). */
    U"坚决", U"全力", U"大力", U"积极", U"持续", U"切实", U"着力", U"扎实", U"深入", U"稳步",
    U"不断", U"进一步", U"守住", U"涉及", U"推进", U"推动", U"落实", U"坚持", U"争取到", U"争取了",
    /* Verbs of carrying out that take the indicator as their object
     * (实施6条道路, 形成年产值达500亿元的…, 打造5个千亿级开发区, 选拔3—5个品牌
     * 企业, 抓好7个平台建设): the object is the indicator. Not the verbs
     * that make it (新建, 改造, 培育: 改造老旧小区610个 counts what was
     * rebuilt). */
    U"实施", U"形成", U"打造", U"选拔", U"抓好", U"加快",
    /* 加强8个人民调解室的规范化建设, 加强对1980家重点监管企业的执法检查:
     * strengthening says how the work on the things went, not what they are */
    U"加强", U"加强对",
    /* Verbs of handling and planning (组织28家企业入驻, 妥善解决18个小区…,
     * 谋划实施22公里的城区道路): they say what the government did about the
     * things counted, which are the indicator. */
    U"组织", U"妥善", U"解决", U"谋划",
    /* 将/把 before the object of a plan (将低保标准从380元提高至1000元). */
    U"将", U"把",
    /* The verb of a level reached, when it opens the words of the figure
     * after the one it changes (由162.4亿元[增加到]287.9亿元). */
    U"增加到", U"增加至", U"提高到", U"提高至", U"增长到", U"增长至", U"提升到", U"提升至",
    U"上升到", U"上升至", U"增至", U"下降到", U"下降至", U"降至", U"降到", U"减少到", U"减少至",
    U"下滑至", U"下滑到", U"回落至", U"回落到", U"扩大到", U"扩大至", U"上调至", U"上调到",
    U"跃升至", U"跃升到", U"攀升至", U"攀升到",
    /* 审批时间从838天[压缩至]217天: the verbs of a level reached downwards
     * of a reform, likewise */
    U"压缩至", U"压缩到", U"缩短至", U"缩短到", U"压减至", U"压减到", U"缩减至", U"缩减到",
    U"削减至", U"削减到", U"精简至", U"精简到", U"提速至", U"提速到", NULL};

/* The link of a level reached right after its change (增长2.6倍[至]124家,
 * 压缩75%[到]30分钟): the whole of the words of such a level. */
const char32_t *const LEX_NAME_LEVEL_LINKS[] = {U"至", U"到", NULL};

/* Linking words between a name and its number. */
/* clang-format off */
const char32_t *const LEX_NAME_TRAILING[] = {
	U"的", U"达到", U"达", U"为", U"是", U"共", U"共计", U"合计", U"累计", U"总计", U"仅用", U"只用",
	U"实现", U"完成", U"了", U"已", U"约", U"大约", U"近", U"将近", U"接近", U"超过", U"超", U"突破",
	U"逾", U"不到", U"不足", U"不超过", U"增至", U"增加到", U"提高到", U"提升到", U"提高至",
	U"提升至", U"达至", U"分别", U"分别为", U"分别达", U"同比", U"共有", U"多达", U"高达",
	U"比上年", U"较上年", U"比去年", U"较去年", U"上年同期", U"去年同期", U"比上年同期",
	U"较上年同期", U"按可比口径", U"按可比价格计算", U"按可比价计算", U"年均", U"均", U"也",
	U"在", U"控制在", U"保持在", U"稳定在", U"平均", U"平均为", U"同口径", U"按同口径", U"下降至", U"下降到", U"降至", U"降到", U"降低至",
	U"降低到", U"缩小至", U"缩小到", U"增长至", U"增长到", U"上升至", U"上升到", U"扩大至", U"扩大到",
	U"跃升至", U"跃升到", U"攀升至", U"攀升到",
	U"压缩至", U"压缩到", U"缩短至", U"缩短到", U"减少至", U"减少到", U"分", U"拟按", U"按",
	U"全面", U"顺利", U"圆满", U"如期",
	/* 覆盖全部28个社区, 完成全部12个项目: all of the things counted, said of the
	 * count, not its name */
	U"全部",
	/* 人均预期寿命预计达79岁: an estimate, said of the figure, not its name */
	U"预计",
	/* 由2010年的…, 从380元: the start of a change, never of a name. */
	U"由", U"从",
	/* 试点企业各1家 (each), 项目先后获 (one after another): how the number
	 * is spread or reached, said of the figure. */
	U"各", U"先后",
	/* 出口首次突破2万亿元, 入境游客大幅增长186.8%, 再次入选: adverbs of
	 * how the figure came about, left behind once the verb after them is
	 * trimmed; no indicator's name ends with one. */
	U"首次", U"大幅", U"再次", U"快速", U"稳步",
	/* 优良率保持100%, 区域创新能力升至全国第20位, 继续保持全国第4位,
	 * 占比持续保持在70%以上: a level held or reached, like 保持在 and
	 * 增至; only at the end (水土保持率 ends with 率). */
	U"保持", U"升至", U"继续", U"持续",
	/* 向4000名民办学校教师发放津贴: the preposition of the recipients, left
	 * before their count (方向, 导向 end with it: LEX_NAME_WORDS_ENDING_TRAILING) */
	U"向",
	/* 坪山中心区获批扩容至24.08平方公里, 行政审批减至96项, 发展到20家: the verb
	 * of the level reached, like 增至. Not a bare 至: a name left empty there
	 * (压缩75%至30分钟) takes the cut before it as its growth. */
	U"扩容至", U"整合至", U"减至", U"合并至", U"压减至", U"放缓至", U"拓展至", U"拓展到",
	U"发展至", U"发展到", U"增加至",
	/* 可建设用地面积仅有614公顷, 香港岛也只有: how little is left, said of
	 * the figure */
	U"仅有", U"只有", U"尚有", U"还有", NULL};
/* clang-format on */

/* Verbs that sit between a subject and its object: 企业实现营业收入, 每季度举行
 * 推介活动. Never at a name's start or end. Not 享受 (研发费用加计扣除享受户数
 * names who benefited), nor 累计 (科技园累计入驻企业, 五年累计使用外资,
 * 仲裁累计结案率: a running total since a start is another indicator than
 * the year's, and the gold keeps it there in 3 of 4 names; at a name's start,
 * with no subject, it is a leading word, LEX_NAME_LEADING). */
const char32_t *const LEX_NAME_INNER_VERBS[] = {U"实现", U"开展", U"举行", NULL};

/* Only inside a name (never its start: 比上年 opens no name, LEX_NAME_LEADING
 * handles that; never its end: LEX_NAME_TRAILING). */
const char32_t *const LEX_NAME_INNER_COMPARISONS[] = {U"同比",   U"比上年", U"较上年",
                                                      U"比去年", U"较去年", NULL};

/* Adverbs between listed subjects and their verb (管理措施分别新增, 交通、水利
 * 分别完成投资, 授权点分别新增): they say how the figures are spread over the
 * subjects, not what they are; cut inside a name, never at its start (分别 at
 * its end is a trailing word, LEX_NAME_TRAILING). */
const char32_t *const LEX_NAME_INNER_ADVERBS[] = {
    U"分别",
    /* 县领导[带头]外出招商: the lead taken says how the work went, not what it
     * is. Not 预计 (达产后预计年产值: an expected value is another figure than
     * the result, gold decision 41) */
    U"带头", NULL};

/* Verbs of making that may open a list of parallel subjects sharing them
 * (改造老旧供热、燃气、排水管网 → 改造老旧燃气管网). */
const char32_t *const LEX_NAME_MAKING_VERBS[] = {U"改造",   U"新建", U"建设", U"新增", U"提升",
                                                 U"维修",   U"治理", U"整治", U"建成", U"新改建",
                                                 U"改扩建", U"更新", NULL};

/* Verbs that open an item of a list of figures (extract.c,
 * spread_list_qualifier): 完成林分优化400亩、森林抚育5900亩以上 lists two
 * objects of one verb, and its 以上 is both figures'; 优化提升绿道30公里、
 * 完善郊野径60公里、新建骑行道45公里以上 gives each figure its own verb, and the
 * 以上 is the last one's (gold rule 32). Verbs of doing and of making; not
 * nouns that hold a verb (森林抚育, 林分优化: the verb is not at the item's
 * start). */
const char32_t *const LEX_LIST_ITEM_VERBS[] = {
    U"完成", U"实现",   U"完善",   U"优化",   U"实施", U"推进", U"开展", U"打造",
    U"培育", U"引进",   U"开工",   U"新开工", U"启动", U"举办", U"组织", U"提供",
    U"开通", U"新开通", U"拆除",   U"清理",   U"种植", U"发放", U"培训", U"招聘",
    U"建设", U"新建",   U"建成",   U"改造",   U"新增", U"提升", U"维修", U"治理",
    U"整治", U"新改建", U"改扩建", U"更新",   U"增加", U"扩建", U"续建", U"修复",
    U"创建", U"新创",   U"认定",   U"签约",   U"落地", U"盘活", NULL};

/* Where the noun phrase after a measure word stops. */
const char32_t *const LEX_NAME_PHRASE_STOPS[] = {
    U"完成", U"实现", U"开展", U"组织", U"提升", U"用于", U"进行", U"参与", U"签约", U"落地",
    U"开工", U"建成", U"投产", U"获得", U"获评", U"获", U"达到", U"达", U"共", U"累计", U"合计",
    U"同比", U"比", U"较", U"到", U"在", U"从", U"和", U"与", U"及", U"等", U"被", U"为", U"已",
    U"将", U"的", U"全面", U"顺利", U"圆满", U"如期",
    /* 103万平方米宜居空间[即将]释放: the time of the predicate, whose 将 alone
     * would leave its 即 on the noun */
    U"即将",
    /* A verb of change after the figure starts what the figure became
     * (162.4亿元[增加到]…), not its noun. */
    U"增加", U"增长", U"提高", U"下降", U"减少", U"上升", U"扩大", U"增至", U"降至", U"上调",
    U"跃升", U"攀升",
    /* 审批时间从838天[压缩至]217天, 办理时限由20天[缩短]到5天: a cut of a
     * procedure's time after the figure, likewise (not 压缩机: no noun a
     * count is of starts with these) */
    U"压缩", U"缩短", U"压减", U"缩减", U"削减", U"精简",
    /* 4个森林公园[以及]荔湖湿地公园: the join of a list, like 及 (read as the
     * longer word, so 以 is not left on the noun) */
    U"以及",
    /* The predicate of the counted noun (13个大模型[通过]国家备案, 80余家央企
     * 二三级公司[布局]拓展, 12条入海河流[稳定]消劣, 5300多栋楼宇[拔地而起]):
     * what happened to it is no part of the noun the figure counts. Only
     * verbs and adverbs that do not begin nouns of reports. */
    U"通过", U"入选", U"当选", U"获批", U"接通", U"晋级", U"启用", U"入住", U"稳步", U"有序",
    U"带动", U"拔地而起", U"布局", U"稳定", U"首次", U"全部", U"制定", U"开通", U"投用", U"竣工",
    U"上线", U"挂牌", U"落户", U"达标", U"完工", U"进入", U"跻身", U"列入", U"纳入", U"撬动",
    U"带来", U"成为", U"实施", U"加快",
    /* Adverbs that open the predicate (11个应用[成功]接入…, 87个任务[按时]完工,
     * 3家企业[率先]通过…). */
    U"成功", U"按时", U"率先",
    /* 4个单位[荣获]表彰: 荣 would be left on the noun before 获 */
    U"荣获", U"荣膺", NULL};

/* Only words of nouns: 和 of 和美乡村, 和谐社区; 及 of 普及; 在 of 在建项目; 共
 * of 共享工厂; 为 of 为民. */
const char32_t *const LEX_WORDS_HOLDING_STOPS[] = {U"和美", U"和谐", U"普及", U"在建", U"在校",
                                                   U"在岗", U"为民", U"共享", NULL};

/* Only nouns that end the noun they close in reports (a hospital, an
 * enterprise, a matter): not 工程 (工程建设项目), 村 or 镇 (one character,
 * place_with_predicate), 社区 or 单位 (社区服务站, 单位食堂), which begin other
 * nouns. */
/* What joins one counted item to the next right before the next one's number
 * (13座城市公园和275个口袋公园, 国家级和22个省级区域医疗中心, A、3个B): the
 * number counts only what follows it, so the item before the join is no part
 * of its name. 与 is left out: before a number it is mostly a preposition
 * (与11家银行深化合作, 与京津128家医院深度合作), which belongs to the name. */
const char32_t *const LEX_ITEM_JOINS[] = {U"和", U"以及", U"及", U"、", NULL};

/* Verbs ending in 及 (涉及10.5万人, 惠及40万群众): the 及 joins nothing. */
const char32_t *const LEX_WORDS_ENDING_JI[] = {U"涉及", U"惠及", U"普及", U"危及", U"触及",
                                               U"波及", U"顾及", U"遍及", U"企及", NULL};

/* What holds of the part a share counts (60%的乡镇[有]养老服务中心, 80%的中小学
 * [纳入]教联体, 超80%的项目[由]企业牵头): the noun before one of them is what
 * the share is of. Only verbs that follow a noun, never start one; a verb at
 * the noun's first character is not read (有效期内企业, 达标断面 start so). */
const char32_t *const LEX_SHARE_PREDICATES[] = {
    U"有",   U"完成", U"达到", U"达",   U"纳入", U"建成", U"实现",
    U"开通", U"接入", U"参加", U"获得", U"享受", U"开展", U"落地",
    U"通过", U"具备", U"配备", U"拥有", U"开放", U"由",   NULL};
/* Adverbs between that noun and its verb (园区均完成, 县已全部达到): no part of
 * either. */
const char32_t *const LEX_SHARE_ADVERBS[] = {U"均", U"已", U"全部", U"都", U"基本", U"已经", NULL};

/* Fields a list is spread over (27个领域759项事项, 15个方面300多项举措): a
 * count of them right before another count is context (extract.c). Not 类
 * (no unit) nor 批 (推出7批 is a figure of its own). */
const char32_t *const LEX_GROUP_NOUNS[] = {U"领域", U"方面", U"板块", U"类别", NULL};

/* Heads of indicators that listed subjects share (制造业、战略性新兴产业[贷款],
 * 航空货邮和旅客[吞吐量], 城镇居民、农村居民[人均可支配收入]). Only heads
 * that cannot be a subject by themselves: not 出口 (服务贸易、数字贸易、跨境
 * 电商出口 may list three indicators), not 收入 (接待游客人数和旅游收入). */
const char32_t *const LEX_SHARED_HEADS[] = {
    U"吞吐量",   U"贷款余额",       U"存款余额", U"贷款",     U"零售额", U"交易额",
    U"交易规模", U"人均可支配收入", U"增加值",   U"投资",     U"进出口", U"营业收入",
    U"产量",     U"产值",           U"销售额",   U"产业规模", NULL};
/* Last characters of a subject that names an indicator of its own (游客人数,
 * 旅游收入, 接待人次, 出口额, 覆盖率...): such a subject takes no shared head. */
const char32_t *const LEX_INDICATOR_ENDS[] = {U"数", U"额", U"量", U"率", U"值", U"次", U"模",
                                              U"资", U"费", U"价", U"重", U"比", U"度", U"口",
                                              U"入", U"出", U"耗", U"积", U"产", NULL};

/* Heads of counted nouns (6个省级区域医疗中心[开诊运营]: the centres are counted,
 * the words after the head say what happened to them). */
const char32_t *const LEX_COUNTED_HEADS[] = {U"企业", U"项目", U"医院", U"机构", U"事项", U"任务",
                                             U"小区", U"学校", U"公司", U"中心", U"基地", U"院校",
                                             U"基站", U"平台",
                                             /* people counted (4000名教师[发放津贴]) */
                                             U"教师", U"学生", U"师生", U"员工", U"职工", NULL};

/* Funds named after the body they serve (25亿元上市企业纾困基金, 5亿元企业贷款过渡
 * 担保资金池, 50亿元的上市公司母基金): a counted head inside such a name
 * (LEX_COUNTED_HEADS) does not end it (extract_name.c, fund_after_head). */
const char32_t *const LEX_NAME_FUND_HEADS[] = {U"基金", U"资金池", NULL};
/* Verbs of setting up a fund whose size is the sum after them
 * (extract_name.c, name_fund_set_up). */
const char32_t *const LEX_NAME_FUND_SETUP_VERBS[] = {U"设立",     U"成立", U"新设立",
                                                     U"发起设立", U"设置", NULL};

/* Heads of a counted noun whose attribute comes first with 的 (16项全国先行先试
 * 的改革举措, 2-3个产学研一体化的新型研发机构, 11个长期无物业管理的住宅小区):
 * things that are counted — bodies, places, projects, measures. Not works
 * done on the things (整治, 改造, 建设, 创建, 落实): 3个隐患点的整治 counts the
 * points, and the phrase stays at the 的 (extract_name.c, noun_after_de_end). */
const char32_t *const LEX_NAME_HEADS_AFTER_DE[] = {
    U"机构", U"企业", U"项目", U"举措", U"措施", U"政策", U"小区", U"组织",
    U"平台", U"中心", U"基地", U"园区", U"公司", U"学校", U"医院", U"县市",
    U"集群", U"设施", U"单位", U"城市", U"品牌", U"标准", NULL};

/* 企业家, 项目库, 项目部, 企业集团, 小区内: the head is part of a longer noun;
 * so are the bodies a head owns (企业党支部, 企业工会, 企业协会, 学校食堂). */
const char32_t *const LEX_HEAD_GOES_ON[] = {
    U"家", U"库", U"部", U"群", U"集团", U"园", U"区", U"内", U"化", U"级", U"党", U"工会", U"协会",
    U"联盟", U"食堂", U"服务",
    /* 9个区域医疗中心项目: the projects are
     * counted, the centre names them */
    U"项目", U"工程",
    /* 4000名民办学校教师, 企业员工: the people
     * of the place are counted */
    U"教师", U"学生", U"师生", U"医生", U"医护人员", U"员工", U"职工",
    /* 实事项目: 事项 is no head there, the
     * noun is 项目 (民生实事项, a cut word) */
    U"目", NULL};

int lex_contains_any(const char *s, const char *const *list)
{
	for (size_t i = 0; s && list[i]; i++)
		if (strstr(s, list[i]))
			return 1;
	return 0;
}

int lex_starts_with_any(const char *s, const char *const *list)
{
	for (size_t i = 0; s && list[i]; i++)
		if (strncmp(s, list[i], strlen(list[i])) == 0)
			return 1;
	return 0;
}

int lex_ends_with_any(const char *s, const char *const *list)
{
	size_t n = s ? strlen(s) : 0;
	for (size_t i = 0; list[i]; i++) {
		size_t l = strlen(list[i]);
		if (n >= l && strcmp(s + n - l, list[i]) == 0)
			return 1;
	}
	return 0;
}

/* ---- names, issue 9 (extract_name.c) ---- */

/* Only 首批 (the first batch): 首个, 首家 say the thing is a first of its kind
 * and are no figure at all (gold rule 31); 一期, 二期 name a project's phase,
 * which is part of its name. */
const char32_t *const LEX_NAME_BATCH_WORDS[] = {U"首批", NULL};

/* 年底前达到45条, 6月底前: the deadline of a plan, a time word like 年底
 * (the 前 would be left as a name); 强力实施总投资…的项目: an adverb of manner
 * like 大力 (no indicator's name starts with it); 围绕谋划实施…项目: the
 * preposition that opens what the work is about; 其余22个全部完工: the rest
 * of a count, a list word like 其中. Not 全社会, 全域, 全口径, 全员 (全社会
 * 用电量, 全员劳动生产率 are indicators' own names). */
const char32_t *const LEX_NAME_LEADING_MORE[] = {
    U"年底前", U"年末前", U"月底前", U"强力", U"围绕", U"其余", U"剩余",
    /* 预计明年有望突破50亿元: the year of an outlook, like 今年 */
    U"明年",
    /* 全疆地区生产总值: the whole region, like 全省 (新疆's own word);
     * 辖区363户农房, 辖区内企业: the report's own area, like 全区;
     * 全速推进: an adverb of manner, like 全力 */
    U"全疆", U"辖区", U"辖区内", U"全速",
    /* 在全市率先出台…, 在全省率先实现…: where the work came first is a
     * frame of the sentence, like 全市, with its adverb. Not 在全国 alone:
     * 在全国职业技能大赛上 opens an event's frame (the event names it). */
    U"在全市率先", U"在全省率先", U"在全国率先", U"在全区率先", U"率先",
    /* 高质量建成…, 高标准完成…, 多渠道筹集…, 严格管控…: how well the work
     * was done, like 扎实 (not 高质量发展 as a noun: LEX_NAME_NOUNS_OPENING_
     * LEADING); 认真办好134件提案: 办好 is doing the work well, like 完成 */
    U"高质量", U"高标准", U"高水平", U"多渠道", U"严格", U"办好",
    /* 加大研发经费投入力度: a verb of doing like 加快 (its frame's 力度 is a
     * trailing word) */
    U"加大",
    /* 认真梳理, 依法依规完成, 继续实施, 努力引进, 有序改造, 特别是仅用: adverbs of
     * manner, like 扎实 and 切实; the verb after them is read as before. Not
     * the nouns that open with one (继续教育: LEX_NAME_NOUNS_OPENING_LEADING). */
    U"认真", U"依法", U"依法依规", U"继续", U"努力", U"有序", U"特别是", U"主动",
    /* 出色完成了824场次比赛的保障任务, 超额完成165公里污水管网建设, 2013年以来新增:
     * how well or since when the work was done, said of the figure */
    U"出色", U"超额", U"以来",
    /* 初步完成17个城中村综合治理: how far the work went, like 基本 in 基本完成
     * (not 初步设计, a noun: LEX_NAME_NOUNS_OPENING_LEADING) */
    U"初步",
    /* 涵盖30个项目, 包括12家企业: the parts of a whole named before, which the
     * counted noun names; the verb of inclusion names nothing */
    U"涵盖", U"包括", U"包含",
    /* 累计有3家企业获…, 已有12家企业入驻: how many there are so far (已有 and 现有
     * at a name's end: LEX_NAME_TRAILING_MORE); not 共有 (共有产权住房) */
    U"累计有", U"已有",
    /* 新区地区生产总值, 新区现有: a 新区's own report calls its whole area 新区
     * as a district's says 全区 (浦东新区, 雄安新区 open with their own name,
     * never with 新区) */
    U"新区",
    /* 荣获2019年度中国…百佳示范县市第五名, 获评国家农民合作社示范社2家, 蝉联全市环卫
     * 指数测评第一名: the verb of winning says that the title or the place
     * was won, not what it is (the gold names the title: 国家科学技术奖) */
    U"荣获", U"获评", U"蝉联", NULL};

/* Scopes that end the words of a ranking (trailing_rank_scope). */
const char32_t *const LEX_NAME_RANK_SCOPES[] = {U"全省", U"全市", U"全国", U"全区",
                                                U"全县", U"全球", NULL};
/* Last characters of the words of comparison or share before such a scope,
 * which keep it (高于, 高出, 超过, 远超, 占, 覆盖, 贡献了, 对, 为, 居, 达, 至, 到,
 * 比, 在, 向, 与, 和, 及, 领跑, 跃升). */
const char LEX_NAME_BEFORE_SCOPE[] = "于出过超占盖了对为居达至到比在向与和及跑升";

/* Nouns that open with a word of LEX_NAME_LEADING_MORE and keep it:
 * 继续教育 (continuing education) is an indicator's subject, not an adverb
 * and a verb. */
const char32_t *const LEX_NAME_NOUNS_OPENING_LEADING[] = {
    U"继续教育", U"初步设计", U"高质量发展", U"高水平大学", U"高标准农田", NULL};

/* 第三产业增加值占[新区]GDP比重: the report's own area after 占 is the whole
 * the share is of, which the indicator's name leaves out as at its start.
 * Not 全省, 全市, 全国 (占全省比重 in a city's report is the share of the
 * province above, a different indicator). */
const char32_t *const LEX_NAME_OWN_AREAS_AFTER_SHARE[] = {
    U"新区", U"我区", U"我市", U"我县", U"我省", U"本区", U"本市", U"本县", U"本省", NULL};

/* 科技型企业不少于500家, 达标率不低于90%: bounds on the figure (gold rule 22:
 * approx), said of it like 不超过, never the end of an indicator's name;
 * 产值力争突破, 收入确保达到: the words of a target, left at the end once the
 * verb after them is trimmed (the sentence's target cue reads them in the
 * text, not in the name). */
const char32_t *const LEX_NAME_TRAILING_MORE[] = {
    /* 在线观看人数最高达500万人次: the most the figure reached, said of it
     * (高达 alone would leave the 最 on the name) */
    U"最高达", U"最多达", U"最高为", U"最多时", U"不少于", U"不低于", U"不多于", U"不高于", U"力争",
    /* 场所码扫码率长期保持全市第一, 河流水质指数全年稳居…, 九大类民生支出连年
     * 保持…, 考核成绩当之无愧位列…, 高铁通车里程进至全国第5位, 市运会福田代表团
     * 重夺全市第一: how long or how the standing was held or won, said of it */
    U"长期", U"全年", U"连年", U"当之无愧", U"进至", U"重夺", U"确保", U"争取",
    /* 出口逆势增长17.8%, 环境面貌显著提升, 排名进步明显, 都不同程度有所增加,
     * 收入实际增长4.4%: adverbs of how the change went, left once the verb
     * after them is trimmed (like 大幅, 首次); the change is the figure's,
     * the adverb names nothing. */
    U"逆势", U"显著", U"明显", U"有所", U"实际",
    /* 各类企业迅速增长至1.5万家, 税收稳步增长: likewise (not 高速, 快速: the
     * ends of roads' names, 盐排高速, 城市快速) */
    U"迅速", U"稳步", U"较快", U"平稳",
    /* 新能源汽车产量历史性跃居全国首位, 首次双双突破: how far or how many at once
     * the change went */
    U"历史性", U"双双",
    /* 加大…投入力度: the effort spent on the indicator, never one itself */
    U"力度",
    /* 水耗预计再下降4%, 比重仅为27.2%, 地区生产总值要突破1200亿元, 民生实事得到
     * 100%落实: adverbs and modal verbs left before the verb of the figure once
     * that is trimmed (再, 仅, 要) and the verb of being given (得到); no
     * indicator's name ends with one (主要, 重要 end with 要: kept whole,
     * LEX_NAME_WORDS_ENDING_TRAILING) */
    U"再", U"仅", U"要", U"得到",
    /* 固定资产投资今年要增长10%: the year, as at a name's start */
    U"今年",
    /* 平均耗时提速至3.8天, 国际航线恢复至52条, 国有企业整合至11家: verbs of a
     * level reached, like 压缩至 and 增至; not 扩展至 (扩展至8个投资领域: the
     * noun after the number is the figure's object, which the verb names) */
    U"提速至", U"提速到", U"压减至", U"压减到", U"缩减至", U"缩减到", U"压降至", U"压降到",
    U"削减至", U"削减到", U"精简至", U"精简到", U"恢复至", U"恢复到", U"增加至", U"更新至",
    U"整合至", U"重组至",
    /* 城乡居民收入倍差从1.96缩小至1.81: a gap narrowed to a level */
    U"缩小至", U"缩小到", U"缩小为",
    /* 世界500强企业已有11家在此投资, 孵化器现有28家: how many there are so far,
     * said of the figure (like 共有); no indicator's name ends with it */
    U"已有", U"现有",
    /* 经济总量力争跨越1000亿元, 地区生产总值跨过3万亿元: a level passed, like 突破 */
    U"跨越", U"跨过",
    /* 社会投资预计可完成75亿元, 增速将放缓至7.6%, 商事主体则由1.1万家…: modal
     * verbs and adverbs left before the trimmed verb, as 要 and 再 are; and 以
     * of the price a deal was struck at (下沙片区以54亿元成交). No name ends
     * with one but the words kept whole (许可, 规则, 所以: LEX_NAME_WORDS_ENDING_TRAILING) */
    U"可", U"将", U"则", U"以",
    /* 经济总量连续迈上4万亿、5万亿两个台阶, 存贷款余额连跨两个万亿台阶: levels
     * passed one after the other; once the verb is trimmed the adverb of the
     * streak (连续, or the verb 连跨 itself) is left, and no name ends with it
     * (连续N年 is a streak of years: trailing_streak) */
    U"连续", U"连跨",
    /* 区域孵化能力蝉联全国第一, 满意度蝉联全市第一: a streak (kept the title again),
     * like 连续八年; the ranking is of what comes before it */
    U"蝉联",
    /* 细颗粒物平均浓度低于35微克/立方米, 城镇调查失业率高于…: the bound the level
     * keeps under or over, like 不低于 and 不超过 (the comparison is the figure's,
     * approx reads it in the text); no indicator's name ends with it */
    U"低于", U"高于",
    /* 门诊量占到60%: the verb of a share whose whole is not said, left at the
     * end like 达到; the share is of the subject before it (…占比) */
    U"占到",
    /* 30件实事基本完成, 两项指标双双突破: how far the work went (基本, like 全面,
     * 圆满, 如期 of LEX_NAME_TRAILING) or that both subjects did it (双双, like
     * 分别 and 均), left before the trimmed verb; not inside a name (基本养老
     * 保险 keeps its 基本: this is only the end) */
    U"基本", U"双双",
    /* 预计2015年有望突破200亿元: an expectation, like 预计 of LEX_NAME_TRAILING */
    U"有望",
    /* 游客人数再创新高，分别增长…, 土地整备如火如荼，完成…: the report's praise of
     * how the figure or the work went, said after its subject; never part of an
     * indicator's name */
    U"再创新高", U"创历史新高", U"再创历史新高", U"如火如荼", NULL};

/* Words ending with a trailing word of LEX_NAME_TRAILING_MORE that are kept
 * whole at a name's end (主要, 重要, 纲要: 要). */
const char32_t *const LEX_NAME_WORDS_ENDING_TRAILING[] = {
    U"主要", U"重要", U"需要", U"纲要", U"摘要", U"首要", U"必要",
    /* 优化细分19个汇水分区, 划分, 部分, 测评总分: words that end with 分 (LEX_NAME_TRAILING's
     * 分) */
    U"细分", U"划分", U"部分", U"积分", U"评分", U"总分", U"得分",
    /* 方向, 导向: words that end with 向 (LEX_NAME_TRAILING's 向) */
    U"方向", U"导向", U"走向", U"面向", U"转向", U"流向", U"意向", U"倾向",
    /* 行政许可, 原则, 所以: words that end with 可, 则 or 以 */
    U"许可", U"认可", U"规则", U"原则", U"准则", U"细则", U"法则", U"守则", U"所以", U"可以",
    U"予以", U"加以", U"得以", NULL};

/* Only 对: 向 and 为 before a number are read elsewhere (为 is a linking word
 * of LEX_NAME_TRAILING), and 与 joins partners (与11家银行合作). */
const char32_t *const LEX_NAME_OBJECT_PREPOSITIONS[] = {U"对", NULL};
/* Words that open with 对 and are no preposition: 对口支援, 对外开放, 对接企业,
 * 对照学习, 对标, 对象, 对话, 对非贸易 (with Africa) keep it. */
const char32_t *const LEX_NAME_WORDS_OPENING_WITH_DUI[] = {
    U"对口", U"对外", U"对接", U"对照", U"对标", U"对象", U"对话", U"对非", U"对应", NULL};

/* The predicate of the counted noun (11个安置区[完善]管理, 4所幼儿园[投入]使用,
 * 为967户家庭[提供]服务, 9条道路[谋划]建设, 为6873名群众[代缴]保险费, 为5000名
 * 学生[资助]学费, 363户农房[用时]3天): what was done with or for the things
 * counted, no part of their noun. Only verbs that do not begin the nouns
 * reports count (not 服务, 建设, 改造: 服务中心, 建设项目, 改造工程). */
const char32_t *const LEX_NAME_PHRASE_STOPS_MORE[] = {
    U"完善", U"投入", U"提供", U"谋划", U"代缴", U"资助", U"用时",
    /* 24个试点区建设[扎实]推进, 6个片区试点[取得]积极进展, 12个项目[持续]推进:
     * adverbs and the verb of a result that open the predicate */
    U"扎实", U"积极", U"取得", U"深入", U"持续", U"不断", U"完全",
    /* 7个平台项目[基本]竣工, 5座社区公园[基本]建成, 293项改革任务[基本]完成: how far
     * the work on the things counted went (after a noun of two characters, so
     * 基本农田 counted right after the number keeps it) */
    U"基本",
    /* 9家农贸市场[动工]实施升级改造, 5个城中村[启动]综合整治, 541项审批事项[进驻]
     * 政务服务大厅, 9家企业总部[迁至]新区: the start of the work, or a move,
     * said of the things counted (not 启动 at a noun's start: 启动资金) */
    U"动工", U"启动", U"进驻", U"迁至", U"迁入",
    /* 31家商户[参加]无理由退货, 2000名老人[购买]意外险, 34个社区[推行]议事规则, 10个街道
     * [成立]委员会, 15家企业[集聚]园区, 120名毕业生[加入]…, 8家医院[签订]协议, 80名律师
     * [组成]…, 6所学校[免费]开放: who did what; the noun counted ends before the
     * verb (gold: 参加…的商户, 推行…的社区). Only verbs that open no noun a count is
     * of (not 申报: 申报项目). */
    U"参加", U"购买", U"推行", U"成立", U"集聚", U"加入", U"签订", U"组成", U"免费",
    /* 对28个社区党委书记[按照]…原则进行调整, 12个项目[依托]…: a preposition that
     * opens the predicate's manner or means; none begins a noun */
    U"按照", U"依托", NULL};

/* Where a counted noun stops without a predicate after it (extract_name.c,
 * name_drop_actor): the join of a list of nouns (1-2个电商主题园区[和]电子商务
 * 大厦, 10座小型[及]135个微型消防站), the 的 of a longer noun, the 等 of
 * examples. */
const char32_t *const LEX_NAME_PHRASE_JOINS[] = {U"和", U"及", U"与", U"以及",
                                                 U"、", U"的", U"等", NULL};

/* Joins of two nouns that one count is of (2个电商主题园区和电子商务大厦:
 * joined_noun_end). Not 、 (a list of items, each a figure's), 的, nor 与 and
 * 以及, which more often open a partner (与雄安连通) or another work. */
const char32_t *const LEX_NAME_NOUN_JOINS[] = {U"和", U"及", U"或", NULL};

/* Last words of a work or predicate after a joined noun (…和京津名校对接合作,
 * …和政府内设部门调整, …和工作规范发布): the clause says what was done, and the
 * join lists no second noun counted. */
const char32_t *const LEX_NAME_JOINED_WORK_ENDS[] = {U"合作", U"调整", U"发布", U"发展", U"办学",
                                                     U"移交", U"治理", U"建设", NULL};

/* Verbs of the government's work right before a count whose things then
 * have a predicate of their own (协助100家中小企业推广…, 给予145家企业…补贴,
 * 吸引9家企业总部迁至…, 选派7名骨干到…任职, 引导1-2个市场开展…, 重点推进6家
 * 公司试点改革), besides the verbs of doing, making and work done of the
 * lists above: the things counted name the figure, not the verb. Only verbs
 * that end no noun of reports. */
const char32_t *const LEX_NAME_VERBS_BEFORE_COUNT[] = {
    U"协助", U"给予", U"整改", U"吸引", U"选派", U"引导", U"支持", U"组建",
    U"推进", U"扶持", U"打好", U"资助", U"救助", U"指导", U"推动", NULL};

/* Before 占 at a name's start (约占全市的37%, 均占…): how close or for which
 * the share holds, cut so that 占 opens the name (extract_name.c). */
const char32_t *const LEX_NAME_SHARE_ADVERBS[] = {U"约", U"大约", U"均", U"分别", NULL};
/* Characters before 均 that make it part of a word (人均, 平均, 年均, 户均, 日均,
 * 月均, 亩均): no adverb of the spread then. */
const char LEX_NAME_BEFORE_JUN[] = "人平年户日月亩";
/* Verbs of winning a prize or title that a share of the prizes leaves out
 * (获深圳科技创新奖73项，占全市的63% → 深圳科技创新奖占全市). */
const char32_t *const LEX_NAME_GAIN_VERBS[] = {U"获", U"荣获", U"获得", U"斩获", NULL};
/* Words of the stock at the end of the name a share is of (…企业总量达1080家，
 * 占全市的38% → …企业占全市). */
const char32_t *const LEX_NAME_STOCK_WORDS[] = {U"总量", U"总数", NULL};

/* What a ranking right after a figure says it ranks when it ranks the
 * figure's own size (总量稳居全省第一, 规模全市第一, 数额全省第一): the
 * indicator itself, whose name the ranking takes without the word. Not 增幅,
 * 增速, 比重 (another indicator: the growth, the share). */
const char32_t *const LEX_NAME_RANK_STOCK_WORDS[] = {U"总量", U"规模", U"数额",
                                                     U"总数", U"总额", NULL};

/* Verbs of the year's work that open the name of a count a ranking after it
 * ranks (培育国家级制造业单项冠军5家，数量全市第一; 创建…产业集群7个、居全国第1位):
 * the rank is of the things counted, not of the work, so the ranking's name
 * leaves the verb out (gold: 国家级制造业单项冠军全市排名). The count keeps
 * it (新增学位 is what was added). */
const char32_t *const LEX_NAME_RANKED_WORK_VERBS[] = {U"新增", U"新开发", U"创建", U"培育",
                                                      U"引进", U"获批",   NULL};

/* Verbs of spending a sum on a purpose stated after it (投入7.6亿元建设…, 安排
 * 1.54亿元扶持…): with nothing else before the sum, the purpose names it
 * (extract_name.c, name_spending_purpose). */
const char32_t *const LEX_NAME_SPENDING_VERBS[] = {U"投入", U"投资", U"安排",
                                                   U"筹措", U"筹集", NULL};
/* Of those, the verbs of allocating or raising a sum, whose purpose is named
 * with 资金 (安排…实施…: …资金; 筹措7亿元实施就业惠民工程 → 就业惠民工程资金), not
 * with the verb (投入: …投入). */
const char32_t *const LEX_NAME_FUNDING_VERBS[] = {U"安排", U"筹措", U"筹集", NULL};
/* 安排专项资金5000万元, 安排各类补贴资金2.5亿元: the verb of allocating a sum
 * that opens its name says what the government did with the money, not which
 * fund it is; the gold names the fund (专项资金, 补贴资金, 九大类民生支出) in
 * every such name of the tuning documents. Only for sums (extract.c's money
 * branch): 安排重大项目30个 keeps it, as the gold does. Not 投入, 下达, 发放:
 * the gold keeps those (投入资金, 下达资金, 发放救助资金). */
const char32_t *const LEX_NAME_ALLOCATION_VERBS[] = {U"安排", NULL};
/* Units of the size of one named project or programme inside a name
 * (黄花滩1200兆瓦抽水蓄能项目总投资, 发布的1.17万亿招商引资项目): the size says
 * how big the thing is, not which indicator (gold rules 11 and 21: such sizes
 * are no figures, and the gold names leave them out). extract_name.c cuts
 * them only between words and never after a threshold word (年产值超10亿元
 * 企业, 集体收入超过11万元的行政村: the threshold defines what was counted)
 * nor before 以上, 级 (5000万元以上项目, 10亿级项目). */
const char32_t *const LEX_NAME_SIZE_UNITS[] = {U"万亿元",   U"万亿",   U"亿元", U"万元",
                                               U"兆瓦",     U"万千瓦", U"千瓦", U"万平方米",
                                               U"平方公里", U"万吨",   NULL};
/* Bounds after a measure word before the noun counted (200家以上的…资源库, 2家
 * 2000平方米以上的…中心: extract_name.c, counted_noun_start). */
const char32_t *const LEX_NAME_BOUNDS_AFTER_UNIT[] = {U"以上", U"以下", U"以内", U"左右", NULL};
/* Frames of a sentence after 的 (在…10.5万户的基础上, 的同时): no noun counted. */
const char32_t *const LEX_NAME_FRAMES_AFTER_DE[] = {U"基础",   U"同时",   U"情况下",
                                                    U"前提下", U"背景下", NULL};
/* Words right before a number that make it a threshold of what was counted. */
const char32_t *const LEX_NAME_THRESHOLD_WORDS[] = {U"超", U"过", U"逾", U"达", U"破",
                                                    U"于", U"少", U"满", U"上", NULL};
/* 仅用90天建成…, 只用5天完成…: the words right before a duration that make it
 * the time a work took (extract_name.c, name_time_used); 用时 and 耗时 before
 * the number are in the name already (农房用时3天). */
const char32_t *const LEX_NAME_TIME_USED_WORDS[] = {U"仅用", U"只用", U"用了", U"仅花", NULL};
/* Words that may open a duration named by the work after it (name_duration_work):
 * how little time it took, or that it was the fastest. */
const char32_t *const LEX_NAME_DURATION_OPENERS[] = {
    U"仅用", U"只用",   U"用了", U"仅花", U"仅仅用",   U"用",       U"仅", U"只",
    U"仅仅", U"特别是", U"最快", U"最短", U"最快仅用", U"最短仅用", NULL};
/* Of those, the words of a fastest time: the name ends with （最快）. */
const char32_t *const LEX_NAME_DURATION_FASTEST[] = {U"最快", U"最短", U"最快仅用", U"最短仅用",
                                                     NULL};
/* Verbs that open the work a duration took, besides LEX_LIST_ITEM_VERBS and
 * LEX_NAME_DONE_VERBS (7天开建学校, 50分钟形成报告, 3天办结). */
const char32_t *const LEX_NAME_DURATION_VERBS[] = {U"开建", U"形成", U"办结",
                                                   U"出具", U"打通", NULL};
/* After a duration's unit, before the work: the time itself (5天时间, 3个月的时间,
 * 10天内). */
const char32_t *const LEX_NAME_DURATION_FILLERS[] = {U"的时间", U"时间内", U"时间",
                                                     U"之内",   U"内",     NULL};
/* The measure a unit is per, written before the number (从每立方米30.8微克,
 * 提高到每月815元): extract.c, make_name_words, makes it a note of the name. */
const char32_t *const LEX_NAME_PER_MEASURES[] = {U"每立方米", U"每平方米", U"每人每月",
                                                 U"每人每年", U"每月",     U"每亩",
                                                 U"每吨",     U"每千瓦时", NULL};
/* 扶持资金由每年2000万元提高到[每年]1亿元, 补助由每人每月300元提高到[每人每月]
 * 500元: a frequency that is all the words of a figure says how often, not of
 * what; the figure shares the subject before it (extract_name.c). Opening a
 * name it is cut (每年城镇新增就业: the indicator is 城镇新增就业, and a name
 * without it is still held by the gold's 每年引进工业项目). */
const char32_t *const LEX_NAME_FREQUENCIES[] = {U"每年",     U"每月", U"每季度", U"每人每月",
                                                U"每人每年", U"每天", NULL};
/* Words that end the name of a share already (extract_name.c,
 * name_add_share_word): 占GDP比重, 占比, 占全市份额, 占总数的比例, 覆盖率. */
const char32_t *const LEX_NAME_SHARE_ENDS[] = {U"比重", U"比例", U"份额", U"占比", U"率",
                                               U"的",   U"以上", U"左右", NULL};
/* Words of a share, which a ranking of a share does not say twice
 * (name_prepend_ranked). */
const char32_t *const LEX_NAME_RANK_SHARE_WORDS[] = {U"比重", U"比例", U"占比", NULL};
/* The size of a fund or a programme before its sum (设立[总规模]500亿元的母基金). */
const char32_t *const LEX_NAME_SIZE_WORDS[] = {U"规模", U"总规模", U"首期规模", NULL};
/* Verbs of doing or making that open such a purpose and name nothing of it
 * (投入20亿元[启动]台区改造, [建设]慢行系统, [完成]绿道改建); not 扶持, 支持 (the
 * support is the purpose) nor 新建, 改扩建 (kinds of the work). */
/* The counted things a sum was spent on, which the purpose's name leaves out
 * when a count of them stands in the purpose (name_spending_purpose), and the
 * verbs of support that cannot be all that is left of it (扶持1220个项目). */
const char32_t *const LEX_NAME_SPENT_ON_COUNTED[] = {U"项目", NULL};
const char32_t *const LEX_NAME_SUPPORT_VERBS[] = {U"扶持", U"支持", U"资助", U"补助", NULL};
const char32_t *const LEX_NAME_PURPOSE_VERBS[] = {U"启动", U"建设", U"完成", U"实施", U"推进",
                                                  U"开展", U"提升", U"建成", NULL};

/* Words of a target inside a name, between its subject and verb (凤凰城[力争]
 * 完成投资, 更新项目[争取]实现土地供应): cut (extract_name.c). Not 计划 (年度计划
 * 投资 is a plan's noun), nor 预计 (达产后预计年产值: the gold keeps the
 * expected output as an indicator of its own). */
const char32_t *const LEX_NAME_INNER_TARGET_WORDS[] = {U"力争", U"争取", U"确保", NULL};

/* What ends the context of a ranking that is an evaluation, not a group of
 * peers (在全市市容环境综合考核中名列第二, 在全省营商环境评价中排名…): the
 * evaluation names what was ranked (extract.c, rankings). */
const char32_t *const LEX_NAME_EVALUATION_WORDS[] = {U"考核", U"评价", U"测评", U"评估", U"调查",
                                                     U"评比", U"考评", U"评选", NULL};
/* When such an evaluation was held, before its name (在全国[首次]…评价中). */
const char32_t *const LEX_NAME_EVALUATION_TIMES[] = {U"首次", U"首届", U"年度", NULL};

/* The target or plan a result is measured against, stated in brackets right
 * after it (增长6.5%(年度目标6%以上), 完成45亿元（计划40亿元）). Only words that
 * name the kind of the figure; not 同比 or 上年 (a base, read by the growth
 * rules), nor a heading's （一）. */
const char32_t *const LEX_NAME_KIND_NOTES[] = {
    U"年度目标", U"预期目标", U"目标值", U"目标", U"年度计划", U"计划",
    /* 增长10.7%（按可比口径增长15.5%）: the same growth on another basis, a
     * figure of its own named X（按可比口径） (gold decision 67) */
    U"按可比口径", U"按同口径", U"同口径", U"可比口径", NULL};
/* Verbs of change that may stand between such a note and its number
 * (按可比口径[增长]15.5%). */
const char32_t *const LEX_NAME_KIND_NOTE_CHANGES[] = {U"增长", U"下降", U"增加", U"减少", NULL};

/* A、B两个重点片区, A、B、C三大产业, A和B两项改革, 黄山、池州、安庆、宣城四市, A、B、
 * C 3家高新区: the count of the subjects just listed, in Chinese numerals or as
 * the figure's own number, with the measure word of what they are (大: the
 * "big" ones, 个, 项, 家, 类, 条, 所, 座) or the kind of place (市, 县, 区); 方面
 * or 领域 are fields, no measures of subjects. */
const char32_t *const LEX_NAME_LIST_COUNT_MEASURES[] = {
    U"个", U"大", U"大类", U"项", U"家", U"类", U"条", U"所", U"座", U"市", U"县", U"区", NULL};

/* 大会上, 会议上, 博览会上, 运动会上, 大赛上: 会 or 赛 right before 上 closes an
 * event; not 上 alone (在全国率先上线: 上线 is a verb). */
const char32_t *const LEX_NAME_EVENT_FRAME_ENDS[] = {U"会上", U"会议上", U"赛上", NULL};
const char32_t *const LEX_NAME_BASIS_FRAME_ENDS[] = {U"基础上", NULL};

/* Only verbs whose subject is the work done (改造工程惠及40万群众, 企业受益4476万元
 * names who benefited, and stays as it is: the rule reads a name that is the
 * verb alone); not 覆盖 or 带动, whose bare figure is often a rate or a second
 * count of the same work (覆盖90%办件, 带动261个村). */
const char32_t *const LEX_NAME_REACH_VERBS[] = {U"惠及", U"受益", NULL};

/* Counts without a unit of their own (类, 组, 方面 are no measure words of
 * figures, units.c): after a number they leak into the next figure's name.
 * Not 批 or 期, which are units of figures of their own (推出7批). */
const char32_t *const LEX_NAME_KIND_COUNT_WORDS[] = {U"类", U"大类", U"组", U"方面", NULL};

/* Only attributes that reports state of each of several counted things
 * against a standard: the water of sections and rivers, the air of cities,
 * the income of villages, the size of industries. Not 面积 or 产值 alone,
 * which are figures of the things themselves (5个园区产值超百亿 counts parks
 * too, but 产值 is read as the indicator of such sentences elsewhere). */
const char32_t *const LEX_NAME_COUNTED_ATTRIBUTES[] = {
    U"水质", U"空气质量", U"集体收入", U"集体经济收入", U"集体经营性收入", U"规模",
    /* 7条重点产业链[产值]突破7000亿元, 12个集群[营收]超千亿元: the output that
     * passed a mark is the things' attribute, the count is of the things */
    U"产值", U"营收", U"营业收入", NULL};
/* What the attribute did: all of them (全部, 均, 都), held (稳定), first
 * (首次), or a verb of reaching or passing (达到, 达标, 超过, 突破). */
const char32_t *const LEX_NAME_STANDARD_PREDICATES[] = {U"全部", U"均",   U"都", U"稳定", U"首次",
                                                        U"达到", U"达标", U"达", U"超过", U"超",
                                                        U"突破", U"过",   NULL};

/* 实现就业 / 实现再就业 is how reports name people who found work (失业人员实现
 * 再就业 is the indicator, 就业 alone another one); 实现 before an amount
 * (企业实现营业收入) is still cut. */
const char32_t *const LEX_NAME_VERB_TERMS[] = {U"实现就业", U"实现再就业", NULL};

/* 下达 (funds or projects handed down), 到达, 抵达, 送达, 传达, 表达; 认为, 成为,
 * 作为 take an object, but 为 ends them (成为 before a number is rare: left
 * out). */
const char32_t *const LEX_NAME_VERBS_ENDING_LINK[] = {U"下达", U"到达", U"抵达", U"送达",
                                                      U"传达", U"表达", NULL};

/* 有效 (每万人有效发明专利拥有量, 有效期: nouns) and 显著 are adverbs before a
 * verb of effect; the verbs are those reports measure an effect with. */
const char32_t *const LEX_NAME_MANNER_BEFORE_VERB[] = {U"有效", U"显著", NULL};
const char32_t *const LEX_NAME_VERBS_AFTER_MANNER[] = {
    U"拉动", U"带动", U"推动", U"促进", U"降低", U"减少", U"化解", U"解决",
    U"提升", U"提高", U"增加", U"节约", U"挽回", U"减轻", U"缓解", NULL};

/* 任务 and 建设任务's kind (目标任务 is a share's base, read with % units,
 * which the rule does not touch); units that count tasks or items keep it
 * (157项改革任务, 64个“保交楼”任务, 13件任务). */
const char32_t *const LEX_NAME_TASK_WORDS[] = {U"任务", NULL};
const char *const LEX_NAME_TASK_MEASURES[] = {"项", "个", "件", "批", "类", NULL};

/* 在 opens 在…会上 and 在…基础上; 于 is no frame of an event in reports. */
const char32_t *const LEX_NAME_EVENT_FRAME_OPENS[] = {U"在", NULL};

/* 及 is left out: it joins words inside one subject (新能源及智能网联汽车). */
const char32_t *const LEX_NAME_LIST_JOINS[] = {U"、", U"和", U"与", NULL};

const char32_t LEX_NAME_GROUP_MEASURE[] = U"个";
const char32_t LEX_NAME_ORDINAL_MARK[] = U"第";
/* ---- names, stop 18 (extract_name.c) ---- */

/* 光明高新园区[共]入驻企业, 光明凤凰城[总共]完成投资, 支管网二期工程[已]完成工程量,
 * 轨道6号线[已]清场并移交土地面积: an adverb of the sum or of completion between
 * a subject and its verb says how much or by when, not what was counted, like
 * 分别 inside a name (累计, a running total, is kept: LEX_NAME_INNER_VERBS). Cut only before one of
 * LEX_NAME_DONE_VERBS, so the 共 of 公共, 共享, 医共体, 共同体 and 已 of words after it stay. */
const char32_t *const LEX_NAME_DONE_ADVERBS[] = {U"共",   U"总共", U"一共", U"共计", U"已",
                                                 U"已经", U"均已", U"都已", NULL};
/* Verbs of work done that such an adverb stands before in reports. Only
 * verbs: never 享, 同, 建, 体 alone (共享, 共同, 共建, 医共体), nor 服务 (公共
 * 服务平台). */
const char32_t *const LEX_NAME_DONE_VERBS[] = {
    U"完成", U"实现", U"入驻", U"引进", U"签约", U"开工", U"建成", U"投产", U"交付",
    U"清场", U"拆除", U"获得", U"获批", U"落地", U"接待", U"发放", U"支付", U"核发",
    U"招引", U"新增", U"培育", U"吸纳", U"安置", U"认定", U"办理", U"受理", U"调处",
    U"化解", U"调水", U"立案", U"配备", U"帮扶", U"投入", U"完工", U"竣工", U"改造",
    U"新建", U"整治", U"处置", U"查处", U"供应", U"出让", U"移交", U"征收", U"收回",
    U"举办", U"培训", U"帮助", U"解决", U"实施", U"推动", U"开展", NULL};

/* 出口加工区[全年]进出口总额, 五大产业[全年]增加值: the year a figure is of,
 * between its subject and the indicator, is the period (place() reads it),
 * as at a name's start (LEX_NAME_LEADING). Not before the plan it is part
 * of (完成全年任务, 全年目标: LEX_NAME_TIME_KEEPING_NOUNS). */
const char32_t *const LEX_NAME_INNER_TIMES[] = {U"全年", U"当年", U"年内", NULL};
const char32_t *const LEX_NAME_TIME_KEEPING_NOUNS[] = {U"任务", U"目标", U"计划", U"预算", NULL};

/* 完成39个[村]电网补强, 实施20个[片区]城中村改造, 5条[路段]雨污分流工程: sites
 * counted with the work done on them written after them as a noun. The
 * figure counts the sites; the work is what kind of site (电网补强村,
 * 城中村改造片区), the way analysts label them. Only sites that do not begin
 * compounds of their own in reports: not 社区 (社区服务站), 园区 (园区企业),
 * 小区 (a counted head, LEX_COUNTED_HEADS), 单位. */
const char32_t *const LEX_NAME_SITE_HEADS[] = {U"村",   U"镇",     U"片区",   U"路段", U"景区",
                                               U"街道", U"城中村", U"行政村", NULL};
/* Sites whose work after them makes a term of its own (城中村综合治理, 城中村
 * 改造, 城中村整治: the urban-village programme), kept in the text's order. */
const char32_t *const LEX_NAME_SITES_OF_TERMS[] = {U"城中村", NULL};
/* What makes a site the start of a longer noun (村级, 村庄, 村民, 村集体, 镇街,
 * 镇村, 景区内, 街道办): then the site is no head. */
const char32_t *const LEX_NAME_SITE_GOES_ON[] = {U"级", U"庄", U"民", U"委",   U"集", U"组", U"落",
                                                 U"街", U"村", U"区", U"域",   U"镇", U"乡", U"内",
                                                 U"里", U"居", U"办", U"干部", NULL};
/* The work written as a noun after such a site: the words after it end with
 * one of these. Not 项目 or 中心 (村级服务中心, 城中村改造项目: what is counted
 * then is the project or the centre, no site). */
const char32_t *const LEX_NAME_SITE_WORKS[] = {U"改造", U"整治",     U"工程", U"补强",
                                               U"治理", U"修缮",     U"改善", U"整改",
                                               U"试点", U"试点任务", NULL};

/* 29条[河流]综合整治, 5个村级[水厂]整合, 152台工业[锅炉]关停, 23个[社区]供水管网
 * 改造: things (no sites) that reports count with the work done on them
 * written after them (thing_with_work names them 综合整治河流, 关停工业锅炉).
 * Only nouns that are the thing itself, not the owner of a longer noun where
 * they stand first (社区党群服务中心, 市场主体: LEX_NAME_WORKED_GOES_ON and
 * LEX_NAME_SITE_GOES_ON stop those). */
const char32_t *const LEX_NAME_WORKED_THINGS[] = {U"河流", U"河道", U"支流", U"水库", U"水厂",
                                                  U"锅炉", U"绿道", U"社区", U"版块", NULL};
/* Works written after such things, besides LEX_NAME_SITE_WORKS: 整合, 关停,
 * 开放 (绿道全程开放), 整备, 建设, 换届. Not 管理 or 服务 (社区服务: a
 * term), nor 提升 alone (质量提升 is said of an attribute). */
const char32_t *const LEX_NAME_THING_WORKS[] = {U"整合", U"关停", U"开放", U"整备",
                                                U"建设", U"换届", NULL};
/* 工程, 项目 at the end of a work after such a thing: the projects are counted
 * (水库除险加固工程), and the words keep the text's order. */
const char32_t *const LEX_NAME_PROJECT_ENDS[] = {U"工程", U"项目", NULL};
/* Words after such a thing that make it the owner of a longer noun, whose
 * head is then what is counted: 中心, 站, 服务, 主体 (市场主体), 医院, 群 (公园群). */
const char32_t *const LEX_NAME_WORKED_GOES_ON[] = {
    U"中心", U"站", U"服务", U"主体", U"医院", U"学校", U"馆", U"群",
    /* facilities a community owns (社区公园改造, 社区农贸市场升级改造): the
     * facility is the thing worked on */
    U"公园", U"市场", U"广场", U"食堂", U"公厕", U"道路",
    /* 社区生活圈, 社区养老: the community qualifies a way of life or care */
    U"圈", U"生活", U"养老", U"卫生", U"健康", NULL};

/* 市场主体从新区成立时的1万多家增长到3万多家, 就医人次从疫情前的0.2万, 扶持资金
 * 由每年2000万元提高到每年1亿元: the time a change starts from, after 从 or 由 at
 * the end of the words before the first level, ends with one of these; the
 * figure is that level, its name the subject before 从 (as a year there goes
 * to the period: trailing_year). */
const char32_t *const LEX_NAME_CHANGE_FROM[] = {U"从", U"由", NULL};
const char32_t *const LEX_NAME_START_TIMES[] = {U"时",   U"前",   U"后", U"初",   U"末",
                                                U"底",   U"年",   U"月", U"季度", U"以前",
                                                U"之前", U"当初", NULL};

/* ---- clause tokens (clause_tokens.c) and growth binding (extract.c) ---- */

/* Words holding a marker character of a token kind without being one: 人均
 * is no 均 (all of them), 增加值 no 增加, 涉及 no list separator, 比重 no 比
 * of a comparison, 成为 no 为 of a rate. Read first, as plain words. */
const char32_t *const LEX_CT_PLAIN_WORDS[] = {
    U"人均",   U"户均", U"亩均", U"均衡", U"均等", U"均值", U"均匀", U"增加值", U"增长点",
    U"增长极", U"和谐", U"和美", U"和平", U"及时", U"参与", U"给与", U"与会",   U"涉及",
    U"惠及",   U"普及", U"危及", U"触及", U"波及", U"顾及", U"遍及", U"企及",   U"比重",
    U"比例",   U"比率", U"比值", U"比较", U"占比", U"对比", U"较为", U"较大",   U"较快",
    U"较好",   U"较高", U"较多", U"较少", U"较强", U"由于", U"自由", U"理由",   U"按照",
    U"按期",   U"按时", U"为了", U"除了", U"了解", U"认为", U"成为", U"作为",   U"行为",
    U"因为",   U"达标", U"到达", U"发达", U"表达", U"达成", NULL};

/* The year before as the base of a change: a rate after them is a
 * year-over-year change (同比增长, 较上年同期下降, 比上年末提高). */
const char32_t *const LEX_CT_YOY_BASES[] = {
    U"同比",     U"比上年",   U"较上年",     U"比去年",     U"较去年",     U"上年同期",
    U"去年同期", U"同期",     U"比上年同期", U"较上年同期", U"比去年同期", U"较去年同期",
    U"环比",     U"上年",     U"去年",       U"上年末",     U"去年末",     U"上年底",
    U"年末",     U"较上年末", U"比上年末",   U"较去年末",   U"比去年末",   NULL};
const char32_t *const LEX_CARRY_ASIDES[] = {U"下同", NULL};
const char32_t *const LEX_YEAR_PART_NOTES[] = {U"一季度", U"二季度", U"三季度",   U"四季度",
                                               U"上半年", U"下半年", U"前三季度", NULL};
const char32_t *const LEX_YEAR_BEFORE_NOT_OWN[] = {U"比", U"较", U"与", U"同", U"至",
                                                   U"到", U"从", U"由", NULL};
const char32_t *const LEX_EXCLUSION_OPENERS[] = {U"剔除", U"剔出", U"扣除", NULL};
const char *const LEX_SPREAD_BOUNDS[] = {"不少于", "至少", "不低于", NULL};
const char *const LEX_PAGE_CONTROLS[] = {"下载",    "打印",   "全屏", "收藏", "【字号：",
                                         "【字号:", "字号：", "加大", "还原", "减小",
                                         "】",      "【",     NULL};
const char32_t *const LEX_BEFORE_TIME_ENDS[] = {U"年", U"月", U"天", U"日", U"周", U"提",
                                                U"以", U"之", U"此", U"期", NULL};
const char32_t *const LEX_NAMED_WORK_HEADS[] = {U"长廊",   U"水廊",   U"公园带", U"海岸带",
                                                U"天际线", U"产业城", U"活力带", U"栈道",
                                                U"示范段", NULL};
const char32_t *const LEX_PLAN_LAYOUT_VERBS[] = {U"提出", U"设置", U"包括", U"部署",
                                                 U"安排", U"设定", NULL};
const char32_t *const LEX_PLAN_LAYOUT_PARTS[] = {
    U"主要指标",       U"预期性指标",     U"约束性指标", U"指标", U"方面的重点任务",
    U"领域的重点任务", U"方面的保障措施", U"任务举措",   NULL};
const char32_t *const LEX_COUNTED_PEOPLE[] = {U"人才", U"教师", U"专家",   U"医生",   U"干部",
                                              U"员工", U"职工", U"学生",   U"志愿者", U"人员",
                                              U"群众", U"居民", U"特派员", U"专员",   NULL};
const char32_t *const LEX_PEOPLE_DOING[] = {U"创业", U"就业", U"参加", U"参与", U"受益", NULL};

/* How a change is computed (按可比价计算, 按现价): says nothing of its base. */
const char32_t *const LEX_CT_BASIS[] = {U"按可比口径", U"按可比口径计算", U"按可比价格计算",
                                        U"按可比价计算", U"可比", U"按", U"口径", U"计算", U"价格",
                                        U"现价", U"不变价", U"同口径", U"按同口径",
                                        /* 同口径对比增长29.1%: compared so (a
                                         * bare 对比 is a plain word) */
                                        U"同口径对比", U"按同口径对比",
                                        /* 按自然口径计算下降9.9%: as the
                                         * revenue came in, no adjustment */
                                        U"自然口径", U"按自然口径", U"按自然口径计算", NULL};

/* A change over a span of years or averaged over a set (年均增长, 累计下降,
 * 价格平均降幅54%): no year-over-year change (gold rules 3, 25). */
const char32_t *const LEX_CT_SPANS[] = {U"年均", U"年平均", U"累计", U"平均", NULL};

/* Nouns of a target (年度目标6%以上, 预期目标). */
const char32_t *const LEX_CT_TARGET_NOUNS[] = {U"目标", U"预期目标", NULL};

/* Words that change nothing between a figure and its growth (也增长5%). */
const char32_t *const LEX_CT_FILLERS[] = {U"了", U"也", NULL};

/* List separators, 分别, and the words saying that all of the listed did. */
const char32_t *const LEX_CT_SEPARATORS[] = {U"、", U"和", U"及", U"与", U"以及", NULL};
const char32_t *const LEX_CT_EACH[] = {U"分别", NULL};
const char32_t *const LEX_CT_ALL[] = {U"均", U"各", NULL};

/* What a procedure takes (办理时间, 审批时限, 办事效率, 申报材料): a change of
 * it measures a reform against the procedure before, not last year. */
const char32_t *const LEX_REFORM_MEASURES[] = {U"时间", U"时限", U"时长", U"用时", U"效率", U"环节",
                                               U"材料", U"跑动次数",
                                               /* 审批事项办结期限压缩50%, 审批周期缩短
                                                * 30%: time limits of a procedure */
                                               U"期限", U"周期",
                                               /* 审批事项削减30%: the items a reform cut */
                                               U"审批事项", U"许可事项", NULL};
const char32_t *const LEX_CUT_VERBS[] = {U"压减", U"压缩", U"缩短", U"缩减", U"减少",
                                         U"精简", U"削减", U"减",   NULL};

/* What a count right before a ranking counts when it is the indicators the
 * ranking covers (优良天数4项[指标]稳居全市第一): context, not a figure. */
const char32_t *const LEX_RANKED_INDICATORS[] = {U"指标", U"项指标", NULL};

/* Places a count after them is spread over (对4个[乡镇]18个村): context. */
const char32_t *const LEX_PLACE_GROUPS[] = {U"乡镇",         U"县区", U"县市区",
                                            U"县（市、区）", U"街道", NULL};

/* Places inside those (4个乡镇[18个村]): the count of the groups is context
 * only when the places counted after it are their parts. */
const char32_t *const LEX_PLACE_PARTS[] = {U"村", U"行政村", U"自然村", U"社区", U"村庄", NULL};

/* What a goal is framed by after 以…为 (以4个片区为[重点]): context. */
const char32_t *const LEX_FRAME_WORDS[] = {U"重点", U"抓手",   U"载体", U"牵引", U"核心",
                                           U"主线", U"突破口", U"引领", NULL};

/* ---- Word lists of single passes of extract.c (each names its use). ---- */

/* Words after a year that make it the start or end of a span (2021年以来, 2016年至): a sentence
 * opening so states no year of its own. */
const char32_t *const LEX_YEAR_SPAN_AFTER[] = {U"以来", U"来",   U"起", U"至",
                                               U"到",   U"以前", U"前", NULL};

/* Prepositions opening a clause that states a comparison base (与2015年相比). */
const char32_t *const LEX_BASE_OPENERS[] = {U"与", U"同", U"和", U"跟", NULL};

/* Words closing that clause (相比, 相较). */
const char32_t *const LEX_BASE_CLOSERS[] = {U"相比", U"相较", U"比较", NULL};

/* Bases that are the year before (与上年相比): year over year. */
const char32_t *const LEX_BASE_PREVIOUS_YEAR[] = {U"上年", U"去年", U"上一年", NULL};

/* Words that link a growth rate to the amount it reached (增长12%，[达到]100亿元, [总量达]). */
const char32_t *const LEX_GROWTH_AMOUNT_LINKS[] = {
    U"达到", U"达",   U"为",   U"至",   U"总量", U"总额", U"规模", U"总规模", U"累计", U"全年",
    U"共",   U"实现", U"完成", U"突破", U"超过", U"约",   U"近",   U"了",     NULL};

/* Time words before the verb of an amount stated after its growth (全年增长9.3%，[全年]完成…). */
const char32_t *const LEX_AMOUNT_TIME_WORDS[] = {U"全年", U"预计", U"预计全年", NULL};

/* Verbs of an amount stated after its growth (实现, 完成). */
const char32_t *const LEX_AMOUNT_VERBS[] = {U"实现", U"完成", NULL};

/* Nouns of a growth after 的 (实现15%的[增长]). */
const char32_t *const LEX_GROWTH_NOUNS_UP[] = {U"增长", U"增速", U"增幅", NULL};

/* Nouns of a fall after 的 (10%的[降幅]). */
const char32_t *const LEX_GROWTH_NOUNS_DOWN[] = {U"下降", U"降幅", NULL};

/* Capitals before a number that are no indicator's abbreviation: a list's order (TOP30, NO.1), a
 * pollutant (PM2.5). */
const char32_t *const LEX_NOT_ABBREVIATIONS[] = {U"TOP", U"NO", U"PM", NULL};

/* Actions that settle land (土地整备, 征收, 出让): the area they settle is a figure (gold rule 51).
 */
const char32_t *const LEX_LAND_ACTIONS[] = {U"整备", U"征收", U"征地", U"出让", U"收储", NULL};

/* Last characters of a place's own name (光明中心区, 凤凰城, 小镇). */
const char32_t *const LEX_PLACE_ENDS[] = {U"区", U"城", U"镇", U"园", NULL};

/* Work done on an area (整备, 改造, 建设): with it the area is the work's amount, not the size of a
 * named place. */
const char32_t *const LEX_PLACE_WORKS[] = {U"整备", U"征收", U"征地", U"出让", U"收储",
                                           U"整治", U"改造", U"建设", U"开发", NULL};

/* Extensions of an attached file named at the end of a line (…汇总表.doc): a title, no figure. */
const char32_t *const LEX_ATTACHMENT_EXTENSIONS[] = {U".doc",  U".docx", U".pdf", U".xls",
                                                     U".xlsx", U".wps",  NULL};

/* Verbs before the parts of a ratio of industries (二、三产业比例[为]58.5:41.5,
 * 比例[调整为]18.06：81.94), the longer first. */
const char32_t *const LEX_RATIO_LINKS[] = {U"调整为", U"优化为", U"转变为", U"为",
                                           U"是",     U"达到",   NULL};

/* Words naming such a ratio (比例, 结构). */
const char32_t *const LEX_RATIO_WHOLES[] = {U"比例", U"结构", NULL};

/* Words of an amount passed right before the number (超10亿元, 超过, 逾, 过):
 * before a class of things and their count, the class's threshold. */
const char *const LEX_PASSED_BEFORE[] = {"超", "超过", "逾", "过", NULL};

/* Names of a circle or belt a time or distance before them names (1小时通勤圈,
 * 15分钟社区生活圈, 10公里产业带, 15分钟的服务半径): a label. */
const char32_t *const LEX_CIRCLE_WORDS[] = {U"圈", U"产业带", U"经济带", U"服务半径", NULL};

/* Groups of a plan's indicators right before their count (其中预期性指标19项). */
const char32_t *const LEX_PLAN_INDICATOR_GROUPS[] = {U"预期性指标", U"约束性指标", NULL};

/* Verbs that propose or sum a plan's indicators right before their count
 * (提出6项指标, 共计28项指标). */
const char32_t *const LEX_PLAN_INDICATOR_VERBS[] = {U"提出", U"共计", NULL};

/* Words of a streak or of steps crossed in a row right before a count
 * (连续4次, 连续7届, 连跨4个台阶). */
const char32_t *const LEX_STREAK_OPENERS[] = {U"连续", U"连跨", U"连续迈上", U"连续跨越", NULL};

/* Another body's set a count belongs to, right before it (在全市16项…基础上). */
const char32_t *const LEX_OTHER_BODY_FRAMES[] = {U"在全市", U"在全省", U"在全国", NULL};

/* Words of a target after a number and 的 (4.5%左右的增长目标). */
const char32_t *const LEX_RESTATED_TARGETS[] = {U"预期增长目标", U"增长目标", U"预期目标", U"目标",
                                                NULL};

/* Words justifying a target right after its name (的增长目标，体现了…; 的目标与…衔接). */
const char32_t *const LEX_TARGET_JUSTIFIERS[] = {U"，体现",     U"，兼顾", U"，是",
                                                 U"，主要考虑", U"与",     NULL};

/* The end of a group the subject is one of (首批40项试点之一). */
const char32_t *const LEX_ONE_OF[] = {U"之一", NULL};

/* Another body's average right after a rate (全国17.1%的平均水平). */
const char32_t *const LEX_AVERAGE_AFTER[] = {U"的平均水平", U"的全国平均水平", U"的平均值", NULL};

/* Surveys named by a rate right before them (1%人口抽样调查). */
const char32_t *const LEX_SURVEY_NAMES_AFTER[] = {U"人口抽样", NULL};

/* Words of one facility whose size a number before 的 gives (25万平方米的…商业综合体). */
const char32_t *const LEX_ONE_FACILITY_WORDS[] = {U"综合体", U"接驳站", U"设施", U"经济圈", U"大楼",
                                                  U"场馆",   U"体育馆", U"水廊", U"示范线", NULL};

/* Words of one thing right before its length (首条6.5公里…示范线). */
const char32_t *const LEX_ONE_THING_BEFORE[] = {U"首条", U"一条", U"首座", U"一座", NULL};

/* Words that start with the text of a unit (units.c): after a number they
 * are the word, not the unit (项目列入清单 after 2025年 is no 列; 对接 is
 * no pair, 台阶 no machine: 迈上5万亿台阶). Only words whose unit would
 * otherwise be read there. */
const char32_t *const LEX_UNIT_WORD_STARTS[] = {
    /* 7万多家庭: households, not 家 of firms (450家电商: 家 counts); 8大项目:
     * projects, not 大项 of a list */
    U"家庭", U"大项目", U"小项目", U"台阶", U"列入", U"列为", U"列出", U"列支", U"列举", U"列席",
    U"对接", U"对标",   U"对口",   U"对外", U"对比", U"对象", U"对于", U"对照", U"对此", U"对策",
    U"对话", U"对待",   U"对应",   U"门诊", U"门户", U"门类", U"门槛", U"门店", U"门票", U"门口",
    U"根据", U"根本",   U"根治",   U"根源", U"根植", U"组织", U"组建", U"组成", U"组团", U"组合",
    U"折合", U"折算",   U"折旧",   U"克服", U"克难", U"颗粒", U"段落", NULL};

/* Groups of people a bare 万 counts when they follow it (16万儿童, 51万新就业
 * 形态人员, 30多万监测对象): the unit is 万人 (gold rule 14), like
 * LEX_PEOPLE_NOUNS. */
const char32_t *const LEX_BARE_PEOPLE_AFTER[] = {U"儿童",   U"人员",   U"监测对象", U"妇女",
                                                 U"青少年", U"老年人", U"人口",     U"婴幼儿",
                                                 U"孕产妇", U"群体",   NULL};

const char32_t *const LEX_HOUSEHOLDS[] = {U"家庭", U"农户", U"住户", NULL};

/* Verbs of a ranking moving to another place, between the two places
 * (从全国第12位[跃升至]第5位): the second place is a ranking too. */
const char32_t *const LEX_RANK_CHANGE_TO[] = {U"升至",   U"升到",   U"跃升至", U"跃升到", U"提升至",
                                              U"提升到", U"上升至", U"上升到", U"攀升至", U"前移至",
                                              U"前进至", U"降至",   U"下降至", U"回落至", NULL};

/* Indicators that are a share of GDP in %, written without % at times
 * (研发投入强度达2.6以上). */
const char32_t *const LEX_INTENSITY_WORDS[] = {U"研发投入强度", U"研发经费投入强度",
                                               U"R&D经费投入强度", NULL};
