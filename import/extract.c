/* Figure extraction: finds every dashboard figure in a parsed report.
 *
 * One pass over the text. Each run of ASCII digits followed by a unit from the
 * unit table (units.c) is a candidate figure, and each 第 + numeral after a
 * ranking verb (居, 排名, 位居...) is a ranking. Candidates that are not
 * figures are dropped by general rules: inside quotes or titles, ordinals,
 * thresholds (N亿元以上项目), capacities in project names (年产N吨…项目),
 * peer-group counts before a ranking (在全省45家经开区中居第三位). A growth
 * rate (同比增长6.1%) is bound to the figure just before it in the same
 * sentence when nothing but comparison words lies between; otherwise it is a
 * figure of its own. Names come from the words before the number in its
 * clause (extract_name.c). All scans look back or ahead at most one clause
 * or sentence, so the cost stays linear in the text length.
 *
 * Growth binding reads clause tokens (clause_tokens.h: verbs of change,
 * bases, 分别 / 均, separators, parentheses) rather than literals, in this
 * order for each rate, the first that applies winning:
 *  1. What the change is against. A span (年均, 累计, 平均, 3年, a paragraph
 *     under 这五年), a base year other than the year before (比2010年), another
 *     base (比承诺时限) or a procedure (办理时间减少) make it no yoy: it stays a
 *     figure of its own and no later step gives it to a figure as yoy_pct.
 *  2. Lists: rates listed after one verb (分别增长5%、7%, or 下降39.41%、
 *     23.38% without 分别) go in order to as many figures before them, else
 *     to the subjects listed before the verb (also when fewer figures than
 *     rates stand before and the clause names subjects), else — over years,
 *     with no subjects — to the figures before as changes of their own. A
 *     list is read whole, before step 3 could take its first rate.
 *  3. The figure just before, with only comparison words between (同比, 比上
 *     年, 、) or its stock (项目数量): the rate is that figure's yoy_pct —
 *     unless that figure is itself a rate in % (上线率77.2%，增长6.58%),
 *     whose change is in points: then the rate is a figure of its own.
 *  4. A growth stated before its amount (增长8.1%，达到56亿元; after a ranking:
 *     增长6.0%、全省第二，…，总量达到4773.3亿元) merges into the amount; only
 *     a rate that step 3 left standing can.
 *  5. Points after a share (占比2.5%，提高0.8个百分点) are its yoy_points.
 *  6. A target quoted in parentheses after a rate (增长6.5%(年度目标6%以上))
 *     is a growth target of the rate's subject, not a figure of the clause.
 *  7. One number after 均 for subjects listed with 、 (A、B均增长8%) is one
 *     figure named by all of them.
 * Then the passes over whole sentences below split 城乡 and listed names.
 *
 * Then small passes over the figures of a sentence, which need the figures
 * after one to be known: a 城乡 subject stated 分别 (split_urban_rural) and
 * subjects listed before 分别 (split_listed_subjects) name one figure each.
 * Last, whether each figure is a target and which year it is about is decided
 * from its place in the report (classify.c), from the cues recorded here. */
#include "extract.h"

#include "classify.h"
#include "clause_tokens.h"
#include "cn_numeral.h"
#include "decimal.h"
#include "extract_name.h"
#include "extract_text.h"
#include "lexicon.h"
#include "sb.h"
#include "units.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* No clause or sentence is scanned further than this, whatever the input. */
#define MAX_SCAN 200
/* The longest quote kept, in code points, centred on the figure. A real
 * clause is far shorter (the longest of the fixtures: 35); in text without
 * punctuation every figure's clause would run to MAX_SCAN on both sides, and
 * a quote per figure of that text made memory grow with figures × 400. */
#define MAX_QUOTE 120

typedef struct cand {
	rp_metric m;      /* strings owned until moved into the report */
	size_t num_start; /* the number (or 第 of a ranking) */
	size_t fig_end;   /* after the unit and any qualifier */
	int is_growth;    /* a growth rate standing on its own */
	xt_name name;     /* the cleaned name, for figures named after this one */
	int is_start;     /* the level a change starts from (从380元提高至…) */
	int is_context;   /* a whole whose part follows (21个安置区已交付10个): no
	                     figure, dropped after the main pass (drop_context) */
	fig_cues cues;    /* for the last pass (classify.c) */
	int no_subject;   /* its clause named nothing (全年增长9.3%): its name is
	                     another clause's (amount_after_growth) */
} cand;

typedef struct ctx {
	report *r;
	xt_text t;
	uint8_t *flag; /* per code point, F_* bits: one byte where three arrays
	                  took ten, since memory per input byte is bounded */
	cand *c;
	size_t n, cap;
	int review_year, plan_year; /* the years of the report's sides (classify.c) */
	uint32_t target_first[32];  /* first code points of LEX_TARGET_WORDS */
	size_t n_target_first;
	uint32_t period_first[32]; /* of the period words (period_word_at) */
	size_t n_period_first;
	uint8_t period_low[32]; /* bit (c & 0xFF) set for each c of period_first:
	                           one test rejects most code points */
} ctx;

/* ctx.flag bits. */
enum {
	F_QUOTE = 1,       /* inside “…”, 《…》, 「…」 */
	F_TARGET_PARA = 2, /* after 目标：/ 目标是： in the same paragraph, or
	                      in the list of lines it opens */
	F_TARGET_SENT = 8, /* after 力争/确保/目标… in the same sentence */
	F_DI = 4,          /* a 第 (where rankings start) */
	/* the time the sentence (or else the paragraph's opening) names before
	 * this point: at most one of the three (period_scope_at) */
	F_SPAN = 16,      /* a span of years: 这五年, “十四五”时期 */
	F_PART_YEAR = 32, /* a part of a year: 1-9月, 上半年 */
	F_ONE_YEAR = 64,  /* one whole year: 全年, 过去一年, 1-12月 */
	F_GLOSSARY = 128, /* from a glossary's heading line (名词解释, ※注释※) on */
};

/* ----------------------------------------------------------- word lists */

/* Before the number. */
/* 迈上, 跨上, 跃上 before a milestone (迈上1000亿斤新台阶): passed, like 突破.
 * 不少于 and 不低于 are 至少 (gold rules 22, 45, 48: 新开通公交线路不少于5条,
 * 规模不低于10亿元); only right before the number, so 不低于全国平均水平 (a
 * comparison without a number) is not caught. */
static const char *const PREFIX_LOWER[] = {"超过",   "超",     "突破", "逾",   "至少",
                                           "不少于", "不低于", "迈上", "跨上", "跃上",
                                           "站上",   "跨越",   NULL};
static const char *const PREFIX_APPROX[] = {"约", "大约", "近", "将近", "接近", NULL};
/* 低于 right before the number bounds it (PM2.5浓度低于28微克/立方米, gold
 * rule 57), unless it ends 不低于 (a lower bound, above). */
static const char *const PREFIX_UPPER[] = {"不到", "不足", "不超过", "低于", NULL};
/* After the unit. */
static const char *const SUFFIX_LOWER[] = {"以上", "及以上", NULL};
static const char *const SUFFIX_UPPER[] = {"以内", "以下", "及以下", NULL};
static const char *const SUFFIX_APPROX[] = {"左右", "上下", NULL};
/* A round number as a milestone passed (迈上3000亿元新台阶, 突破千亿大关): the
 * figure itself usually follows it (达到3086.4亿元), and the milestone is
 * not a measurement. */
/* Verbs that end the subject at the head of a sentence (地区生产总值[迈上]…). */
static const char *const SUBJECT_ENDING_VERBS[] = {"迈上", "突破", "跨越",   "达到", "实现",
                                                   "完成", "保持", "稳定在", "超过", NULL};
static const char *const MILESTONE_AFTER[] = {"新台阶", "台阶", "大关", "关口", NULL};

/* A count right after these and before a ranking is the peer group. */
static const char32_t *const SCOPE_WORDS[] = {U"全省", U"全市", U"全国",     U"全区", U"全县",
                                              U"全州", U"省内", U"市内",     U"国内", U"全球",
                                              U"同类", U"同批", U"全省同类", NULL};

/* Capacities in project names: 年产10万吨…项目. */
static const char32_t *const CAPACITY_WORDS[] = {
    U"年产", U"年产能", U"年处理", U"年加工", U"日产", U"年生产", U"年设计产能", U"年吞吐", NULL};
static const char32_t *const PROJECT_WORDS[] = {U"项目", U"生产线", U"工程", U"工厂", NULL};

/* A verb right after 以上/以内 makes it a bound of the figure, not a
 * threshold of a noun: 支出的75%以上用于民生. */
static const char32_t *const VERBS_AFTER_BOUND[] = {U"用于", U"来自", U"投向", U"投入",
                                                    U"集中", U"得到", U"实现", NULL};

/* A name that only says how the figure before it changed: 新增9家. */
static const char *const BARE_CHANGES[] = {"新增", "净增", "增加", "减少", "新建", "净减", "总数",
                                           "总量", "增长", "下降", "降低", "提高", NULL};

/* ----------------------------------------------------------- text scans */

/* The edges of the clause / sentence around pos read the delimiter classes
 * directly (one byte each): they run several times per figure. */
static size_t clause_start(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i > 0 && pos - i < MAX_SCAN && !(t->cls[i - 1] & XT_CLAUSE))
		i--;
	return i;
}

static size_t clause_end(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i < t->n && i - pos < MAX_SCAN && !(t->cls[i] & XT_CLAUSE))
		i++;
	return i;
}

/* Start of the stretch a growth rate may bind across (up to 。；). */
static size_t bind_start(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i > 0 && pos - i < MAX_SCAN && !(t->cls[i - 1] & XT_SENTENCE))
		i--;
	return i;
}

/* A target word at i: 目标 that is the target of a plan, not 目标任务 /
 * 目标责任书 / 年度目标的N%; 预期 that is not a result beating it (超预期). */
static int target_word_at(const ctx *x, size_t i, size_t floor)
{
	const xt_text *t = &x->t;
	const char *w = NULL;
	uint32_t c = t->cp[i];
	size_t f = 0;
	while (f < x->n_target_first && x->target_first[f] != c)
		f++;
	if (f == x->n_target_first) /* no target word starts with c: the common case */
		return 0;
	size_t wl = xt_at_any(t, i, LEX_TARGET_WORDS, &w);
	if (!wl)
		return 0;
	/* 计划完成率, 目标完成率: a rate measured against a plan is a result. */
	if (xt_at(t, i + wl, "率") || xt_at(t, i + wl, "完成率") || xt_at(t, i + wl, "实现率"))
		return 0;
	if (strcmp(w, "目标") == 0) {
		/* 目标值: the value a result is measured against (目标值完成率达到
		 * 105%), which sets nothing in a sentence of results. */
		if (xt_at(t, i + 2, "任务") || xt_at(t, i + 2, "责任") || xt_at(t, i + 2, "考核") ||
		    xt_at(t, i + 2, "值"))
			return 0;
		if (xt_before(t, i, floor, "年度") || xt_before(t, i, floor, "全年") ||
		    xt_before(t, i, floor, "既定"))
			return 0;
		/* 增长3%左右的目标，…: the target names the figure just before it
		 * (target_after) and opens nothing for the clauses after it. */
		uint32_t next = xt_get(t, i + 2);
		if ((i + 2 >= t->n || xt_clause_delim_at(t, i + 2)) && next != 0xFF1A &&
		    next != ':') {
			for (size_t k = i; k > floor && i - k < 8; k--)
				if (xt_is_digit(t->cp[k - 1]) || t->cp[k - 1] == '%' ||
				    t->cp[k - 1] == 0xFF05)
					return 0;
		}
	}
	/* 争取到上级资金3亿元, 争取了: what was obtained, a result. */
	if (strcmp(w, "争取") == 0 && (xt_at(t, i + 2, "到") || xt_at(t, i + 2, "了")))
		return 0;
	/* 人均预期寿命 (life expectancy) is an indicator, not an expectation */
	if (strcmp(w, "预期") == 0 && (xt_before(t, i, floor, "超") ||
	                               xt_before(t, i, floor, "于") || xt_at(t, i + 2, "寿命")))
		return 0;
	return 1;
}

/* 到2025年，农林牧渔业总产值达1000亿元以上: 到 + a year after the report's
 * sets a goal for that year (the 今后几年 goals of a plan), so its sentence's
 * figures are targets where the place says neither. Not 到 a past year (从
 * 2020年的…增加到2025年的… in a later review is results; classify.c lets a
 * review part win anyway). */
static int future_year_at(const ctx *x, size_t i)
{
	const xt_text *t = &x->t;
	if (t->cp[i] != 0x5230 /* 到 */ || x->r->year <= 0)
		return 0;
	for (size_t k = 1; k <= 4; k++)
		if (!xt_is_digit(xt_get(t, i + k)))
			return 0;
	if (xt_is_digit(xt_get(t, i + 5)) || xt_get(t, i + 5) != 0x5E74 /* 年 */)
		return 0;
	int y = (int)((t->cp[i + 1] - '0') * 1000 + (t->cp[i + 2] - '0') * 100 +
	              (t->cp[i + 3] - '0') * 10 + (t->cp[i + 4] - '0'));
	return y > x->r->year && y <= x->r->year + 15;
}

/* A plan's name with a span word after it (“十四五”时期, 十三五期间), a
 * closing quote allowed between; its length, or 0. Not “十四五”规划. */
static size_t plan_span_at(const xt_text *t, size_t i)
{
	size_t l = xt_at_any(t, i, LEX_PLAN_PERIODS, NULL);
	if (!l)
		return 0;
	size_t k = i + l;
	if (k < t->n && (xt_is_close_quote(t->cp[k]) || t->cp[k] == '"' || t->cp[k] == 0xFF02))
		k++;
	size_t a = xt_at_any(t, k, LEX_PLAN_SPAN_AFTER, NULL);
	return a ? k + a - i : 0;
}

/* A month range from January at i: 1-9月, 1至11月 (a part of the year),
 * 1-12月 (the whole year). F_PART_YEAR or F_ONE_YEAR, 0 when none; *len
 * receives its length. */
static uint8_t month_range_at(const xt_text *t, size_t i, size_t *len)
{
	if (t->cp[i] != '1' || (i > 0 && xt_is_digit(t->cp[i - 1])) ||
	    !xt_is_range_dash(xt_get(t, i + 1)) || !xt_is_digit(xt_get(t, i + 2)))
		return 0;
	int m = (int)(t->cp[i + 2] - '0');
	size_t k = i + 3;
	if (xt_is_digit(xt_get(t, k)))
		m = m * 10 + (int)(t->cp[k++] - '0');
	if (xt_get(t, k) != 0x6708 /* 月 */ || m < 2 || m > 12)
		return 0;
	*len = k + 1 - i;
	return m == 12 ? F_ONE_YEAR : F_PART_YEAR;
}

/* A span of years as a year range: 2021—2025年, 2021-2025年; its length. */
static size_t year_range_at(const xt_text *t, size_t i)
{
	for (size_t k = 0; k < 4; k++)
		if (!xt_is_digit(xt_get(t, i + k)) || !xt_is_digit(xt_get(t, i + 5 + k)))
			return 0;
	if ((i > 0 && xt_is_digit(t->cp[i - 1])) || !xt_is_range_dash(t->cp[i + 4]) ||
	    xt_get(t, i + 9) != 0x5E74 /* 年 */)
		return 0;
	return 10;
}

/* The time a word at i names: F_SPAN, F_PART_YEAR, F_ONE_YEAR or 0; *len
 * receives the word's length. A figure after it in its sentence is about
 * that time. */
static uint8_t period_word_at(const ctx *x, size_t i, size_t *len)
{
	const xt_text *t = &x->t;
	size_t f = 0;
	*len = 0;
	/* the words are tried at every code point: most start none; ranges
	 * (1-9月, 2021—2025年) start with 1 or 2 */
	uint32_t c = t->cp[i];
	if (c != '1' && c != '2') {
		if (!(x->period_low[(c & 0xFF) >> 3] & (1u << (c & 7))))
			return 0;
		while (f < x->n_period_first && x->period_first[f] != c)
			f++;
		if (f == x->n_period_first)
			return 0;
	}
	if ((*len = xt_at_any(t, i, LEX_SPAN_TIMES, NULL)) || (*len = plan_span_at(t, i)) ||
	    (*len = year_range_at(t, i)))
		return F_SPAN;
	if ((*len = xt_at_any(t, i, LEX_PART_OF_YEAR, NULL)))
		return F_PART_YEAR;
	if ((*len = xt_at_any(t, i, LEX_ONE_YEAR, NULL)))
		return F_ONE_YEAR;
	return month_range_at(t, i, len);
}

/* The longest paragraph opening read for its time, in code points. */
#define OPENING_MAX 24

/* The time a paragraph starting at i opens with, which holds for its
 * sentences that name none: each paragraph of a five-year review says 这五年
 * once, its figures come sentences later. Only a time that is the opening
 * clause's last words (这五年，…; “十四五”时期，…; 刚刚过去的2025年，…;
 * 过去五年里，…) opens the paragraph: 五年来累计新增就业452万人 or
 * 从2020年的3.68万亿元 speak of their own sentence only. */
static uint8_t paragraph_opening(const ctx *x, size_t i)
{
	const xt_text *t = &x->t;
	for (size_t k = i;
	     k < t->n && k - i < OPENING_MAX && t->cp[k] != '\n' && !(t->cls[k] & XT_CLAUSE); k++) {
		size_t len = 0;
		uint8_t f = period_word_at(x, k, &len);
		/* a year of its own (2025年，), not 2021年以来 */
		if (!f && !(k > i && xt_is_digit(t->cp[k - 1]))) {
			size_t d = 0;
			while (d < 5 && xt_is_digit(xt_get(t, k + d)))
				d++;
			if (d == 4 && xt_at(t, k + 4, "年")) {
				f = F_ONE_YEAR;
				len = 5;
			}
		}
		if (!f)
			continue;
		size_t e = k + len;
		if (xt_at(t, e, "里") || xt_at(t, e, "中") || xt_at(t, e, "间"))
			e++;
		if (e < t->n && t->cp[e] != '\n' && (t->cls[e] & XT_CLAUSE))
			return f;
	}
	return 0;
}

/* A sentence that opens with a year of its own (2016年新区经济社会发展的主要
 * 预期目标是：…; 2025年，…) is about that year, whatever span its paragraph
 * opened with (“十三五”期间，…。2016年…: the second sentence's growths are
 * the year's, year over year). i is the sentence's first code point after
 * any spaces. Not a year that starts a span or a range (2021年以来, 2016年
 * 至2020年, 2016年—2020年: period_word_at reads the ranges it knows), nor a
 * year inside the sentence (比2010年, 从2020年的…, which bind and name their
 * own figures). */
static int sentence_opens_with_year(const xt_text *t, size_t i)
{
	for (size_t k = 0; k < 4; k++)
		if (!xt_is_digit(xt_get(t, i + k)))
			return 0;
	if ((i > 0 && xt_is_digit(t->cp[i - 1])) || xt_get(t, i + 4) != 0x5E74 /* 年 */)
		return 0;
	size_t a = i + 5;
	return !xt_at_any32(t, a, LEX_YEAR_SPAN_AFTER) && !xt_is_range_dash(xt_get(t, a));
}

/* The year the sentence holding pos opens with (sentence_opens_with_year),
 * or 0; the sentence's start is looked for at most MAX_SCAN code points
 * back. */
static int sentence_year_of(const xt_text *t, size_t pos)
{
	size_t k = pos;
	while (k > 0 && pos - k < MAX_SCAN && t->cp[k - 1] != '\n' && !xt_period_at(t, k - 1))
		k--;
	if (k > 0 && pos - k >= MAX_SCAN)
		return 0;
	while (k < pos && (t->cp[k] == ' ' || t->cp[k] == 0x3000 || t->cp[k] == '\t'))
		k++;
	if (k + 4 > pos || !sentence_opens_with_year(t, k))
		return 0;
	return (int)((t->cp[k] - '0') * 1000 + (t->cp[k + 1] - '0') * 100 +
	             (t->cp[k + 2] - '0') * 10 + (t->cp[k + 3] - '0'));
}

/* 1 when the line starting at i is a glossary's heading: one of
 * LEX_GLOSSARY_HEADINGS alone on its line, with at most decoration around it
 * (※注释※, 附：名词解释, 【名词解释】). The glossary defines the report's labels
 * (“双千工程”：每年…入库1000个以上项目), and its numbers are no figures (gold
 * rule 20); it closes a report, so it runs to the end of the text. A
 * sentence that mentions 名词解释 is no heading. */
static int glossary_heading_at(const xt_text *t, size_t i)
{
	static const char DECORATION[] = "※*＊【】[]：: \t　附";
	size_t a = i, e = i;
	while (e < t->n && t->cp[e] != '\n' && e - i < 16)
		e++;
	if (e - i >= 16)
		return 0;
	for (int side = 0; side < 2; side++)
		for (;;) {
			uint32_t c = side == 0 ? xt_get(t, a) : (e > a ? t->cp[e - 1] : 0);
			const char *m = DECORATION;
			int deco = 0;
			while (*m && !deco)
				deco = xt_lit_next(&m) == c;
			if (!deco || a >= e)
				break;
			if (side == 0)
				a++;
			else
				e--;
		}
	for (const char *const *w = LEX_GLOSSARY_HEADINGS; *w; w++) {
		size_t l = xt_at(t, a, *w);
		if (l && a + l == e)
			return 1;
	}
	return 0;
}

/* The longest line read as another document's title, in code points. */
#define DOC_TITLE_MAX 80

/* A line that is the title of another document (a web page's related
 * articles: 满城区人民政府关于关闭…等3家矿山的公告): 关于 and, at the line's
 * end, 的 + a kind of official document (LEX_DOCUMENT_KINDS). Its numbers are
 * the title's words, no figures (gold rule 15), as inside 《…》. Returns where
 * the line ends when it is one, else 0. Not a sentence that mentions a
 * notice (印发了关于…的通知，…: a clause delimiter before the end). */
static size_t document_title_at(const xt_text *t, size_t i)
{
	size_t e = i, about = (size_t)-1;
	while (e < t->n && t->cp[e] != '\n' && e - i < DOC_TITLE_MAX) {
		if ((t->cls[e] & XT_CLAUSE) && e + 1 < t->n && t->cp[e + 1] != '\n')
			return 0;
		if (about == (size_t)-1 && xt_at(t, e, "关于"))
			about = e;
		e++;
	}
	if (about == (size_t)-1 || (e < t->n && t->cp[e] != '\n'))
		return 0;
	size_t end = e;
	while (end > i && (t->cp[end - 1] == ' ' || t->cp[end - 1] == '\r'))
		end--;
	size_t l = xt_before_any32(t, end, about, LEX_DOCUMENT_KINDS);
	return l && xt_before(t, end - l, about, "的") ? e : 0;
}

/* One pass: which positions are inside quotes or titles, and which follow a
 * target heading inside their paragraph (主要预期目标是：…). */
static void mark_regions(ctx *x)
{
	const xt_text *t = &x->t;
	int depth = 0, ascii_open = 0, target = 0, sentence_target = 0;
	size_t sentence = 0;
	/* the time the paragraph opens with, and the latest its sentence named */
	uint8_t para_time = paragraph_opening(x, 0), sentence_time = 0;
	int sentence_fresh = 1; /* no code point of the sentence read but spaces */
	int glossary = glossary_heading_at(t, 0);
	size_t title_end = document_title_at(t, 0);
	for (size_t i = 0; i < t->n; i++) {
		uint32_t c = t->cp[i];
		if (i > 0 && t->cp[i - 1] == '\n') {
			if (!glossary)
				glossary = glossary_heading_at(t, i);
			title_end = document_title_at(t, i);
		}
		if (xt_period_at(t, i)) {
			sentence_target = 0;
			sentence = i + 1;
			sentence_time = 0;
		}
		if (!(depth > 0 || ascii_open)) {
			size_t len;
			uint8_t w = period_word_at(x, i, &len);
			if (w)
				sentence_time = w;
			else if (sentence_fresh && sentence_opens_with_year(t, i))
				sentence_time = F_ONE_YEAR;
		}
		if (c != ' ' && c != 0x3000 && c != '\t')
			sentence_fresh = xt_period_at(t, i);
		if (!sentence_target && (target_word_at(x, i, sentence) || future_year_at(x, i)))
			sentence_target = 1;
		if (c == '\n') {
			/* 主要预期目标是：⏎地区生产总值增长7%；⏎…: a target lead-in
			 * ending its line opens a list of lines, each ending with ；
			 * but the last; a line ending otherwise closes it. */
			uint32_t last = i > 0 ? t->cp[i - 1] : 0;
			if (!(target &&
			      (last == 0xFF1A || last == ':' || last == 0xFF1B || last == ';')))
				target = 0;
			depth = ascii_open = 0;
			sentence_time = 0;
			sentence_fresh = 1;
			para_time = paragraph_opening(x, i + 1);
		} else if (xt_is_open_quote(c)) {
			depth++;
		} else if (xt_is_close_quote(c)) {
			if (depth > 0)
				depth--;
		} else if (c == '"' || c == 0xFF02) {
			ascii_open = !ascii_open;
		}
		uint8_t f = 0;
		if (depth > 0 || ascii_open || i < title_end)
			f |= F_QUOTE;
		if (!target && c == 0x76EE && xt_get(t, i + 1) == 0x6807 /* 目标 */) {
			for (size_t k = i + 2; k < t->n && k < i + 8; k++) {
				if (t->cp[k] == 0xFF1A || t->cp[k] == ':') {
					target = 1;
					break;
				}
				if (xt_is_clause_delim(t->cp[k]))
					break;
			}
		}
		if (target)
			f |= F_TARGET_PARA;
		if (sentence_target)
			f |= F_TARGET_SENT;
		if (c == 0x7B2C /* 第 */)
			f |= F_DI;
		f |= sentence_time ? sentence_time : para_time;
		if (glossary)
			f |= F_GLOSSARY;
		x->flag[i] = f;
	}
}

/* A ranking verb followed shortly by 第 in [from, to). */
static int ranking_ahead(const ctx *x, size_t from, size_t to)
{
	const xt_text *t = &x->t;
	for (size_t k = from; k < to && k < t->n; k++) {
		/* 排名倒26名: a ranking from the bottom, 倒 right after its verb */
		if (t->cp[k] == 0x5012 /* 倒 */ && xt_is_digit(xt_get(t, k + 1)) &&
		    xt_before_any32(t, k, from, LEX_RANK_VERBS))
			return 1;
		if (!(x->flag[k] & F_DI))
			continue;
		size_t lo = k > from + 12 ? k - 12 : from;
		if (xt_in_any32(t, lo, k, LEX_RANK_VERBS))
			return 1;
	}
	return 0;
}

/* ------------------------------------------------------------ candidates */

static cand *push(ctx *x)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 64;
		x->c = xrealloc(x->c, x->cap * sizeof *x->c);
	}
	cand *c = &x->c[x->n++];
	memset(c, 0, sizeof *c);
	c->m.section = -1;
	return c;
}

/* The last figure before pos that a growth rate at pos may refer to: in the
 * same sentence (no 。；between). NULL when none. */
static cand *figure_before(ctx *x, size_t pos)
{
	if (x->n == 0)
		return NULL;
	cand *p = &x->c[x->n - 1];
	if (p->fig_end > pos || p->fig_end < bind_start(&x->t, pos))
		return NULL;
	return p;
}

/* The tokens of [a, b) (clause_tokens.h) into *toks, caller frees; their
 * count. */
static size_t tokens_of(const xt_text *t, size_t a, size_t b, ct_token **toks)
{
	return ct_tokenize(t, a, b, toks);
}

/* What may lie between a figure and the growth rate that belongs to it
 * (182.9亿元，同比增长6.1%; 收入48000元，比上年分别增长5%): a comparison with
 * the year before or a stated year, how it is computed, 分别 / 均, 了 / 也, a
 * year, 年均 (which span_before reads), and only ， , 、 （ as punctuation. */
#define CT_BETWEEN_FIGURE_AND_GROWTH                                                               \
	(CT_BIT(CT_BASE_PREV) | CT_BIT(CT_BASIS) | CT_BIT(CT_BASE_YEAR) | CT_BIT(CT_COMPARE) |     \
	 CT_BIT(CT_YEAR) | CT_BIT(CT_EACH) | CT_BIT(CT_ALL) | CT_BIT(CT_FILLER) | CT_BIT(CT_SPAN))

/* 1 for a punctuation token a figure and its growth may have between them. */
static int binding_punct(const xt_text *t, const ct_token *k)
{
	uint32_t c = t->cp[k->start];
	if (k->kind == CT_PUNCT)
		return c == 0xFF0C || c == ',';
	if (k->kind == CT_SEP)
		return c == 0x3001 && k->end == k->start + 1;
	return k->kind == CT_OPEN;
}

/* Only punctuation and comparison words (同比, 比上年, 按可比口径, 2022年)
 * in [a, b): the growth stated there belongs to the figure before a. */
static int only_comparison_words(const xt_text *t, size_t a, size_t b)
{
	if (a >= b)
		return 1;
	ct_token *toks = NULL;
	size_t n = tokens_of(t, a, b, &toks);
	int ok = 1;
	for (size_t i = 0; i < n && ok; i++)
		ok = binding_punct(t, &toks[i]) ||
		     (CT_BETWEEN_FIGURE_AND_GROWTH & CT_BIT(toks[i].kind));
	free(toks);
	return ok;
}

/* 承接京津转移项目43项，项目数量同比增长26.47%: between a figure and a growth,
 * the stock of that figure (a word of its name, then 数量 / 总数 / 总额…:
 * LEX_STOCK_WORDS) and comparison words: the growth is the figure's. Not a
 * stock of another indicator (企业43家，营业收入同比增长: no stock word), nor
 * a word that is not in the figure's name (项目43项，企业数量增长). */
static int stock_of_figure_before(const xt_text *t, const cand *prev, size_t a, size_t b)
{
	while (a < b && (t->cp[a] == 0xFF0C || t->cp[a] == ',' || t->cp[a] == 0x3001))
		a++;
	for (size_t w = a; w < b && w - a <= 8; w++) {
		size_t l = xt_at_any32(t, w, LEX_STOCK_WORDS);
		if (!l)
			continue;
		/* the words before the stock word are part of the figure's name */
		size_t n = w - a;
		int in_name = n == 0;
		for (size_t i = 0; !in_name && n <= prev->name.n && i + n <= prev->name.n; i++)
			in_name = memcmp(prev->name.cp + i, t->cp + a, n * sizeof t->cp[0]) == 0;
		return in_name && only_comparison_words(t, w + l, b);
	}
	return 0;
}

/* The year a figure is about when its clause names one before it
 * (2022年高质量发展考评…); 0 when none. Years of comparison (比2022年) and
 * years in titles do not count. */
static int explicit_year(const ctx *x, size_t from, size_t to)
{
	const xt_text *t = &x->t;
	for (size_t i = from; i + 5 <= to; i++) {
		if ((x->flag[i] & F_QUOTE) || !xt_is_digit(t->cp[i]))
			continue;
		if (i > 0 && xt_is_digit(t->cp[i - 1]))
			continue;
		size_t k = i;
		while (k < to && xt_is_digit(t->cp[k]))
			k++;
		if (k - i != 4 || !xt_at(t, k, "年"))
			continue;
		if (i > from && (xt_before(t, i, from, "比") || xt_before(t, i, from, "较") ||
		                 xt_before(t, i, from, "与") || xt_before(t, i, from, "自") ||
		                 xt_before(t, i, from, "从")))
			continue;
		if (xt_at(t, k, "年以来") || xt_at(t, k, "年来"))
			continue;
		/* 2021—2025年 is a span (period_word_at), not the year 2025 */
		if (i >= from + 2 && xt_is_range_dash(t->cp[i - 1]) && xt_is_digit(t->cp[i - 2]))
			continue;
		int y = (int)((t->cp[i] - '0') * 1000 + (t->cp[i + 1] - '0') * 100 +
		              (t->cp[i + 2] - '0') * 10 + (t->cp[i + 3] - '0'));
		if (y >= 1949 && y <= 2100)
			return y;
	}
	return 0;
}

/* The innermost section holding pos; a position in a gap between sections
 * (the title line) goes to the section before it, or the first one. -1 only
 * when the report has no sections.
 *
 * Sections are in document order (starts never decrease) and nest, so every
 * section holding pos is an ancestor of (or is) the last one starting at or
 * before pos: a binary search for that one and a walk up its parents (at
 * most the outline depth) find the innermost, in O(log n) per figure. A scan
 * of every section per figure made parsing quadratic in the section count. */
static int section_of(const report *r, size_t pos)
{
	if (r->n_sections == 0)
		return -1;
	size_t lo = 0, hi = r->n_sections; /* first section starting after pos */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->sections[mid].start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	int before = (int)lo - 1;
	for (int s = before; s >= 0 && (size_t)s < r->n_sections; s = r->sections[s].parent)
		if (pos < r->sections[s].end)
			return s;
	return before;
}

/* 由2010年的162.4亿元增加到2015年的287.9亿元, 从2015年底的45%: a year
 * right before a figure (with 的, 底/末 between at most) is the time of
 * that figure, whatever else its clause names; not a year of comparison
 * (比2022年的). 0 when none. */
static int year_just_before(const xt_text *t, size_t num, size_t floor)
{
	size_t k = num;
	if (xt_before(t, k, floor, "的"))
		k--;
	if (xt_before(t, k, floor, "底") || xt_before(t, k, floor, "末"))
		k--;
	if (!xt_before(t, k, floor, "年") || k < floor + 5)
		return 0;
	size_t d = k - 5;
	for (size_t i = d; i < k - 1; i++)
		if (!xt_is_digit(t->cp[i]))
			return 0;
	/* 2021—2025年 is a span (period_word_at), not the year 2025 */
	if (d >= floor + 2 && xt_is_range_dash(t->cp[d - 1]) && xt_is_digit(t->cp[d - 2]))
		return 0;
	if (d > floor && (xt_is_digit(t->cp[d - 1]) || xt_before(t, d, floor, "比") ||
	                  xt_before(t, d, floor, "较") || xt_before(t, d, floor, "与")))
		return 0;
	int y = (int)((t->cp[d] - '0') * 1000 + (t->cp[d + 1] - '0') * 100 +
	              (t->cp[d + 2] - '0') * 10 + (t->cp[d + 3] - '0'));
	return y >= 1949 && y <= 2100 ? y : 0;
}

/* How far before a figure its 从 / 由 may stand, and after it the number
 * its level reached, in code points (由2015年底的 is 8). */
#define FROM_TO_REACH 10

/* 1 when [a, b) holds only a time: years (CT_YEAR tokens) and 的, 底, 末. */
static int only_time_between(const xt_text *t, const ct_token *toks, size_t n, size_t a, size_t b)
{
	size_t i = 0;
	while (i < n && toks[i].end <= a)
		i++;
	for (size_t p = a; p < b;) {
		while (i < n && toks[i].end <= p)
			i++;
		if (i < n && toks[i].kind == CT_YEAR && toks[i].start == p) {
			p = toks[i].end;
			continue;
		}
		uint32_t c = t->cp[p];
		if (c != 0x7684 /* 的 */ && c != 0x5E95 /* 底 */ && c != 0x672B /* 末 */)
			return 0;
		p++;
	}
	return 1;
}

/* The figure at [lead, fe) is where a change starts, read from the clause
 * tokens (clause_tokens.h) rather than from literals: a CT_FROM before it
 * with only a time between (从380元, 由2010年的162.4亿元, 从2015年底的45%), a
 * CT_TO right after it (提高至, 增加到) and then, within 8 code points after a
 * time or words (2015年的, 每月), a CT_NUMBER: 由2010年的162.4亿元增加到2015年的
 * 287.9亿元. Not 从 /
 * 由 before other words (由于, 从严: no CT_FROM), nor a level reached that is
 * no number (提高至全省平均水平). Most figures have no 从 / 由 within reach and
 * are answered without tokens. */
static int change_start(const xt_text *t, size_t lead, size_t fe, size_t floor)
{
	size_t a = lead > floor + FROM_TO_REACH ? lead - FROM_TO_REACH : floor;
	int any = 0;
	for (size_t k = a; k < lead && !any; k++)
		any = t->cp[k] == 0x4ECE /* 从 */ || t->cp[k] == 0x7531 /* 由 */;
	if (!any)
		return 0;
	size_t ce = clause_end(t, fe);
	size_t b = fe + 3 + FROM_TO_REACH < ce ? fe + 3 + FROM_TO_REACH : ce;
	ct_token *toks = NULL;
	size_t n = tokens_of(t, a, b, &toks);
	int ok = 0;
	size_t from = (size_t)-1, to = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		if (toks[i].kind == CT_FROM && toks[i].end <= lead)
			from = i;
		if (toks[i].kind == CT_TO && toks[i].start == fe)
			to = i;
	}
	if (from == (size_t)-1 || to == (size_t)-1 ||
	    !only_time_between(t, toks, n, toks[from].end, lead))
		goto out;
	/* the level reached: a number within reach, after a time or words
	 * (增加到2015年的287.9亿元, 提高至每月1000元) */
	for (size_t i = to + 1; i < n && !ok; i++) {
		if (toks[i].start >= toks[to].end + 8)
			break;
		if (toks[i].kind == CT_NUMBER)
			ok = 1;
		else if (toks[i].kind != CT_YEAR && toks[i].kind != CT_WORD)
			break;
	}
out:
	free(toks);
	return ok;
}

/* Sets the quote to [from, to), cut to MAX_QUOTE code points around the
 * number at num (from at most half of them before it) when longer. */
static void set_quote(const xt_text *t, rp_metric *m, size_t num, size_t from, size_t to)
{
	if (to - from > MAX_QUOTE) {
		if (num > from + MAX_QUOTE / 2)
			from = num - MAX_QUOTE / 2;
		if (to > from + MAX_QUOTE)
			to = from + MAX_QUOTE;
	}
	free(m->quote);
	m->span_start = from;
	m->span_end = to;
	m->quote = xt_dup(t, from, to);
}

/* Section, the cues of its target and period (decided by the last pass,
 * classify.c), quote: what every figure needs once its number and name are
 * known. The quote is the clause from `from` to the end of the clause
 * holding fig_end. */
static void place(ctx *x, cand *c, size_t from)
{
	const xt_text *t = &x->t;
	rp_metric *m = &c->m;
	m->section = section_of(x->r, c->num_start);
	fig_cues *q = &c->cues;
	q->pos = c->num_start;
	q->section = m->section;
	q->is_start = c->is_start;
	size_t cs = clause_start(t, c->num_start);
	q->forecast = xt_find(t, cs, c->num_start, "预计") != (size_t)-1 ||
	              xt_find(t, cs, c->num_start, "有望") != (size_t)-1;
	q->sentence_target = (x->flag[c->num_start] & F_TARGET_SENT) != 0;
	q->paragraph_target = (x->flag[c->num_start] & F_TARGET_PARA) != 0;
	q->year = year_just_before(t, c->num_start, clause_start(t, c->num_start));
	if (!q->year)
		q->year = explicit_year(x, clause_start(t, c->num_start), c->num_start);
	uint8_t when = x->flag[c->num_start];
	q->scope = (when & F_PART_YEAR)  ? SCOPE_PART_OF_YEAR
	           : (when & F_SPAN)     ? SCOPE_SPAN
	           : (when & F_ONE_YEAR) ? SCOPE_ONE_YEAR
	                                 : SCOPE_NONE;
	if (q->scope == SCOPE_ONE_YEAR)
		q->sentence_year = sentence_year_of(t, c->num_start);
	set_quote(t, m, c->num_start, from, clause_end(t, c->fig_end));
}

static void set_qualifier(rp_metric *m, enum metric_qualifier q, const char *text)
{
	if (m->qualifier != QUAL_NONE || !text)
		return;
	m->qualifier = q;
	m->qualifier_text = xstrdup(text);
}

/* What a figure's own clause names. */
enum own_name {
	OWN_NAME,  /* a subject of its own: 工业增加值 */
	OWN_NONE,  /* nothing: 累计达到18.6万户 */
	OWN_BARE,  /* only how the figure before changed: 新增9家, 净增58家 */
	OWN_TOTAL, /* only the stock of the figure before: 总数达到486家 */
};

/* Words naming the whole stock of the indicator before them. */
static const char *const TOTAL_WORDS[] = {"总数", "总量", "总额", "总规模", "规模", "总计", NULL};
/* A leading verb of change that the stock of the same indicator drops:
 * 新增规模以上工业企业32家，总数达到486家 → 规模以上工业企业总数. */
static const char32_t *const CHANGE_VERBS[] = {U"新增",   U"净增",   U"新登记", U"新引进",
                                               U"新认定", U"新培育", U"新建",   NULL};

/* 1 when the words [from, to) before a count end with a join of listed
 * items (新建提升…13座城市公园和[275个口袋公园], 55件人大代表建议和[74件政协
 * 提案], 国家级和[22个省级区域医疗中心]): the number counts the item after
 * it, whose noun follows the measure word, and the words before the join are
 * the item before (another figure's object or a sibling that has no number),
 * so none of them is this figure's name. Not a verb ending in 及 (涉及, 惠及:
 * LEX_WORDS_ENDING_JI), and only for a figure with a noun after its measure
 * word (the caller checks): 城镇居民48000元、农村居民[20000元] keeps its
 * subject. */
static int joins_next_item(const xt_text *t, size_t from, size_t to)
{
	size_t l = xt_before_any32(t, to, from, LEX_ITEM_JOINS);
	if (!l || to - l == from)
		return 0;
	return !xt_before_any32(t, to, from, LEX_WORDS_ENDING_JI);
}

/* The name of a figure from the words in [from, to) of its clause, or the
 * noun phrase after its unit (设立19个非公企业党支部) when those words are
 * too few to name anything. A clause with no subject of its own takes the
 * subject of the figure before it in the same sentence; returns what the
 * clause named by itself. */
static enum own_name make_name_words(ctx *x, cand *c, size_t from, size_t to, size_t after,
                                     size_t cl_end, const unit_match *u)
{
	xt_name *nm = &c->name;
	int after_deng;
	int rate = unit_is_rate(u->kind);
	enum own_name own = OWN_NAME;
	/* 项目从签约到投产仅用150天: a duration is named by its interval. */
	if (u->kind == UNIT_DURATION) {
		size_t from_word = xt_find(&x->t, from, to, "从");
		if (from_word != (size_t)-1 && xt_find(&x->t, from_word, to, "到") != (size_t)-1)
			from = from_word + 1;
	}
	/* 48000元和[农村居民…]20000元: after a figure of the same clause, the
	 * conjunction joins the two and names neither. */
	while (from < to && from > clause_start(&x->t, from) &&
	       (xt_at(&x->t, from, "和") || xt_at(&x->t, from, "及") || xt_at(&x->t, from, "与") ||
	        xt_at(&x->t, from, "或"))) /* 人才50名或[团队]30个 */
		from++;
	from = name_quote_start(&x->t, from, to); /* “阀、管”改造: the whole title */
	name_set(nm, &x->t, from, to);
	name_clean(nm, &after_deng);
	int note = name_kind_note(nm, &x->t, from, to); /* (年度目标6%): prev's */
	name_counted_list(nm, &x->t, from, to);         /* A、B两个片区: both */
	/* 60%的乡镇有养老服务中心: a share with no words of its own before it is
	 * named by what follows 的, not by the figure before it. */
	if (u->kind == UNIT_PERCENT && nm->n == 0 && xt_at(&x->t, after, "的"))
		name_share_of(nm, &x->t, after + 1, cl_end);
	if (!rate) {
		/* 设立19个[非公企业党支部], 建成100个[项目]: the noun after the
		 * measure word completes the name. */
		xt_name tail;
		size_t noun_at = /* 组建70人的[队伍], 2家2000平方米以上的[中心] */
		    u->kind == UNIT_COUNT ? name_counted_noun_start(&x->t, after, cl_end, nm)
		                          : after;
		size_t tail_end = name_after_phrase(&tail, &x->t, noun_at, cl_end);
		if (u->kind == UNIT_COUNT) /* 培育100家养殖场实现…: the noun names it */
			name_drop_actor(nm, &x->t, to, &tail, tail_end, cl_end);
		/* 4个小区9.2万平方米老旧小区改造: the noun of the figure right
		 * before, said again in this one's own noun, is that figure's */
		const cand *before = x->n > 1 ? &x->c[x->n - 2] : NULL;
		if (tail.n > 0 && (joins_next_item(&x->t, from, to) ||
		                   (before && before->fig_end == from &&
		                    name_ends_with(&before->name, nm) && name_holds(&tail, nm))))
			nm->n = 0;
		/* 降至154户[448人]: a count right before another count (the
		 * households, then the persons) has no clause of its own to name
		 * it; the next count's words are not its name, and it shares the
		 * subject of the figure before it (OWN_NONE, below). Not before an
		 * age or a threshold (4万多名[60岁以上]户籍老人: a duration). */
		size_t d = after;
		while (d < x->t.n && (xt_is_digit(x->t.cp[d]) || x->t.cp[d] == '.'))
			d++;
		unit_match next;
		int adjacent = d > after && units_match(&x->t, d, &next) && next.kind == UNIT_COUNT;
		if (tail.n == 0 && nm->n == 0 && !adjacent) {
			/* 分2期[组织党员干部…开展党性教育]: no noun, take the clause. */
			name_set(&tail, &x->t, after, cl_end);
			int ignored;
			name_clean(&tail, &ignored);
			/* 达到1016家[和591家], 481家[增加到1076家]: only the next figure */
			if (name_is_bare_figure(&tail))
				tail.n = 0;
		}
		/* 市委确定的230余项改革 → 市委确定的改革: the 的 that name_clean
		 * trims from the words before the number joins them to the noun
		 * after it; without it the two run together (市委确定改革). */
		if (tail.n > 0 && u->kind == UNIT_COUNT)
			name_after_partner(nm); /* 医院与京津[128家医院]: the partners */
		if (tail.n > 0 && nm->n > 0 && nm->n < XT_NAME_MAX && to > from &&
		    xt_at(&x->t, to - 1, "的"))
			nm->cp[nm->n++] = x->t.cp[to - 1];
		name_join_object(nm, &tail);
		if (u->kind == UNIT_MONEY && /* 投入20亿元启动…台区改造: 台区改造投入 */
		    !name_spending_purpose(nm, &x->t, from, to, after) &&
		    !name_size_of_what_follows(nm, &x->t, after, cl_end)) /* 规模…的基金 */
			name_drop_allocation_verb(nm); /* 安排专项资金…: the fund */
		if (!xt_at(&x->t, after, "的")) /* 10.5万人的保交房任务: the task's */
			name_drop_task_word(nm, u->unit); /* 营造林任务6100亩: the work */
	}
	/* 仅用90天建成…: the work's 用时; 7天开建…, 仅用5天时间实现…: the work after */
	if (u->kind == UNIT_DURATION && !name_duration_work(nm, &x->t, from, to, after, cl_end))
		name_time_used(nm, &x->t, from, to);
	if (nm->n == 0) {
		own = OWN_NONE;
		/* 累计达到18.6万户: the clause names the running total of the
		 * indicator before it, like 总数. */
		size_t total = xt_find(&x->t, from, to, "累计");
		if (total != (size_t)-1) {
			name_set(nm, &x->t, total, total + 2);
			own = OWN_TOTAL;
		}
	}
	for (const char *const *w = BARE_CHANGES; *w && own == OWN_NAME; w++)
		if (name_is(nm, *w))
			own = OWN_BARE;
	for (const char *const *w = TOTAL_WORDS; *w && own != OWN_TOTAL; w++)
		if (name_is(nm, *w))
			own = OWN_TOTAL;
	cand *prev = x->n > 1 ? &x->c[x->n - 2] : NULL;
	/* 总额924亿元，居全市第二，增长10.7%（按可比口径…）: a kind note is of the
	 * figure before the ranking between them */
	for (size_t k = x->n - 2; note && prev && prev->m.is_ranking && k > 0; k--)
		prev = &x->c[k - 1];
	if (!prev || prev->fig_end < bind_start(&x->t, c->num_start) || prev->m.is_ranking)
		return own;
	/* 占…的117%: a share names its whole, the figure before it. 规上企业
	 * 达到86家，新增9家: a bare verb continues the figure before it (of the
	 * same kind: a count is no change of an amount). 新登记市场主体2.1万户，
	 * 累计达到18.6万户 / 建成道路12条，共计35公里: a clause without a subject
	 * shares the subject before it. */
	int same_base = prev->m.base_unit && strcmp(prev->m.base_unit, u->base) == 0;
	if (own == OWN_TOTAL && nm->n > 0) {
		xt_name whole = prev->name;
		size_t l = 0;
		for (const char32_t *const *v = CHANGE_VERBS; *v; v++) {
			size_t k = xt_len32(*v), j = 0;
			while (j < k && j < whole.n && whole.cp[j] == (uint32_t)(*v)[j])
				j++;
			if (j == k && k < whole.n && k > l)
				l = k;
		}
		memmove(whole.cp, whole.cp + l, (whole.n - l) * sizeof whole.cp[0]);
		whole.n -= l;
		name_prepend_name(nm, &whole);
	} else if (name_starts_with(nm, "占")) {
		name_prepend_share_whole(nm, &prev->name); /* 获…奖73项，占全市的63% */
	} else if (own == OWN_NONE || note || name_is_reach(nm) || (own == OWN_BARE && same_base)) {
		name_prepend_name(nm, &prev->name);
	}
	return own;
}

/* make_name_words, then the word of a share: 文化创意产业增加值占全市[比重]
 * (gold decision 84: a share is named X占Y比重). */
static enum own_name make_name(ctx *x, cand *c, size_t from, size_t to, size_t after, size_t cl_end,
                               const unit_match *u)
{
	enum own_name own = make_name_words(x, c, from, to, after, cl_end, u);
	if (u->kind == UNIT_PERCENT)
		name_add_share_word(&c->name);
	return own;
}

/* ------------------------------------------------------------- rankings */

/* 第 at pos: a ranking when a ranking verb stands shortly before it in the
 * clause and 位/名 or the clause end follows the numeral. */
static size_t try_ranking(ctx *x, size_t pos)
{
	const xt_text *t = &x->t;
	if ((x->flag[pos] & (F_QUOTE | F_GLOSSARY)))
		return pos + 1;
	size_t p = pos + 1;
	long v = 0;
	char value[32];
	size_t len = 0;
	/* 稳居全国榜首, 稳居全省首位: first place, 1 名 / 1 位 (gold rule 31);
	 * 首个, 首批, 首届 give no place in a ranking and never come here */
	uint32_t c0 = t->cp[pos], c1 = xt_get(t, pos + 1);
	/* 增速居全市之首: first place too, after a ranking verb (below) */
	int first = (c0 == 0x699C /* 榜 */ && c1 == 0x9996 /* 首 */) ||
	            (c0 == 0x9996 /* 首 */ && c1 == 0x4F4D /* 位 */) ||
	            (c0 == 0x4E4B /* 之 */ && c1 == 0x9996 /* 首 */);
	if (first) {
		snprintf(value, sizeof value, "1");
		p = pos;
		len = c0 == 0x9996 ? 1 : 2; /* 首位: 位 is read as the unit below */
	} else if ((len = cn_numeral_parse(t, p, &v))) {
		snprintf(value, sizeof value, "%ld", v);
	} else {
		while (p + len < t->n && xt_is_digit(t->cp[p + len]) && len < 6)
			len++;
		if (!len)
			return pos + 1;
		for (size_t k = 0; k < len; k++)
			value[k] = (char)t->cp[p + k];
		value[len] = '\0';
	}
	if (strcmp(value, "0") == 0)
		return pos + 1;
	size_t e = p + len;
	const char *unit = "名";
	int named_place = 0; /* 第一名: the place said as such */
	int size_rank = 0;   /* 全市第三大: a rank by size (gold rule 40) */
	if (xt_at(t, e, "位")) {
		unit = "位";
		e++;
	} else if (xt_at(t, e, "名")) {
		e++;
		named_place = c0 == 0x7B2C /* 第 */ && (e >= t->n || xt_clause_delim_at(t, e) ||
		                                        xt_get(t, e) == 0xFF09 /* ） */);
	} else if (c0 == 0x7B2C /* 第 */ && xt_at(t, e, "大") &&
	           xt_before_any32(t, pos, clause_start(t, pos), SCOPE_WORDS)) {
		/* 正山甲项目是全市第三大城市更新项目, 跻身全球第三大: the size rank
		 * among like things in a scope, whatever noun follows */
		e++;
		size_rank = 1;
	} else if ((xt_at(t, e, "和") || xt_at(t, e, "及")) && xt_at(t, e + 1, "第")) {
		/* 第三和第五位: the list's unit is the last one's. */
		for (size_t k = e + 2; k < t->n && k < e + 8 && !xt_clause_delim_at(t, k); k++)
			if (xt_at(t, k, "位") || xt_at(t, k, "名")) {
				unit = xt_at(t, k, "位") ? "位" : "名";
				break;
			}
	} else if (e < t->n && !xt_clause_delim_at(t, e) && !size_rank) {
		return pos + 1; /* 第九批, 第一议题, 第六居民组: ordinals in names */
	}

	/* The nearest ranking verb before 第, with at most a few words between. */
	size_t cs = clause_start(t, pos);
	size_t verb = (size_t)-1;
	for (size_t k = pos; k > cs && pos - k <= 10; k--) {
		size_t l = xt_before_any32(t, k, cs, LEX_RANK_VERBS);
		if (l) {
			verb = k - l;
			break;
		}
	}
	/* 分别居全国第四、第八: the next of a list of rankings after one verb. */
	cand *listed = NULL;
	size_t listed_from = pos; /* where its quote starts: its scope, if any */
	if (verb == (size_t)-1 && x->n > 0 && x->c[x->n - 1].m.is_ranking) {
		cand *last = &x->c[x->n - 1];
		size_t le = last->fig_end;
		if (le + 1 == pos &&
		    (t->cp[le] == 0x3001 || xt_at(t, le, "和") || xt_at(t, le, "及")))
			listed = last;
		/* 名列第五、广东第一, 排名分别升至世界第二、世界第三: the next ranking
		 * of the list in another scope, a place of at most four ideographs
		 * before its 第 */
		else if (le < pos && pos - le <= 5 && t->cp[le] == 0x3001 &&
		         !xt_before_any32(t, pos, clause_start(t, pos), SCOPE_WORDS)) {
			size_t k = le + 1;
			while (k < pos && xt_is_han(t->cp[k]))
				k++;
			if (k == pos && pos > le + 1) {
				listed = last;
				listed_from = le + 1;
			}
		}
	}
	if (verb == (size_t)-1 && !listed) {
		/* 营商环境评价全省第一: a scope right before 第 ranks without a verb;
		 * so does 第一名 ending its clause (全市考核第二名, 比武“警戒巡逻行动”
		 * 第一名): the place said as such is a ranking by itself. */
		size_t l = xt_before_any32(t, pos, cs, SCOPE_WORDS);
		if (!l && !named_place && !size_rank)
			return pos + 1;
		verb = pos - l;
	}
	if (listed) {
		xt_name same = listed->name; /* push may move the array */
		cand *c = push(x);
		c->num_start = pos;
		c->fig_end = e;
		c->m.is_ranking = 1;
		c->m.value = xstrdup(value);
		c->m.unit = xstrdup(unit);
		c->m.base_value = xstrdup(value);
		c->m.base_unit = xstrdup(unit);
		c->name = same;
		c->m.name = name_to_utf8(&c->name);
		place(x, c, listed_from);
		return e;
	}

	cand *c = push(x);
	c->num_start = pos;
	c->fig_end = e;
	c->m.is_ranking = 1;
	c->m.value = xstrdup(value);
	c->m.unit = xstrdup(unit);
	c->m.base_value = xstrdup(value);
	c->m.base_unit = xstrdup(unit);

	/* Name: the words before the verb, without a peer-group context
	 * (在全省45家经开区中); a context that names an evaluation stays
	 * (在…高质量发展考核中综合排名 → …考核综合排名). */
	size_t ctx_at = (size_t)-1, ctx_end = verb;
	for (size_t k = cs; k < verb; k++) {
		if (t->cp[k] == 0x5728 /* 在 */ &&
		    !(k > cs && (xt_at(t, k - 1, "所在") || xt_at(t, k - 1, "存在") ||
		                 xt_at(t, k - 1, "现在") || xt_at(t, k - 1, "正在")))) {
			ctx_at = k;
			break;
		}
	}
	xt_name *nm = &c->name;
	nm->n = 0;
	if (ctx_at != (size_t)-1) {
		for (size_t k = verb; k > ctx_at; k--)
			if (t->cp[k - 1] == 0x4E2D /* 中 */) {
				ctx_end = k - 1;
				break;
			}
		int peer = 0;
		for (size_t k = ctx_at + 1; k < ctx_end && !peer; k++)
			peer = xt_at_any32(t, k, SCOPE_WORDS) > 0 || xt_is_digit(t->cp[k]);
		if (peer) {
			/* 12月份 in 元至12月份…考核 is a date, not a peer count. */
			peer = 0;
			for (size_t k = ctx_at + 1; k < ctx_end && !peer; k++) {
				if (xt_at_any32(t, k, SCOPE_WORDS))
					peer = 1;
				if (xt_is_digit(t->cp[k])) {
					size_t d = k;
					while (d < ctx_end && xt_is_digit(t->cp[d]))
						d++;
					unit_match u;
					if (units_match(t, d, &u) && u.kind == UNIT_COUNT)
						peer = 1;
					k = d;
				}
			}
		}
		/* 在全市市容环境综合考核中名列第二, 在全省营商环境评价中排名全市第二: a
		 * context that ends with an evaluation (LEX_NAME_EVALUATION_WORDS)
		 * names what was ranked, whatever scope it holds; only a group of
		 * peers (在全省45家经开区中) is left out */
		size_t eval_at = ctx_at + 1;
		if (peer && xt_before_any32(t, ctx_end, ctx_at + 1, LEX_NAME_EVALUATION_WORDS)) {
			peer = 0;
			/* 在全国首次经营主体发展质量评价中: the scope of a first
			 * evaluation says where and when it was held, not which one
			 * (a scope alone stays: 全市第三方满意度调查) */
			size_t l = xt_at_any32(t, eval_at, SCOPE_WORDS);
			size_t f = xt_at_any32(t, eval_at + l, LEX_NAME_EVALUATION_TIMES);
			if (f)
				eval_at += l + f;
		}
		name_set(nm, t, cs, ctx_at);
		if (!peer)
			name_append(nm, t, eval_at, ctx_end);
		name_append(nm, t, ctx_end < verb ? ctx_end + 1 : verb, verb);
	} else {
		name_set(nm, t, cs, verb);
	}
	int after_deng;
	name_clean(nm, &after_deng);
	if (nm->n <= 2) {
		/* 实际利用外资5077.76万美元，在全省…中居第三位: ranks the figure
		 * before; 地区生产总值386.5亿元，增速居全市第2位: ranks its 增速. */
		cand *prev = x->n > 1 ? &x->c[x->n - 2] : NULL;
		if (prev && prev->fig_end >= bind_start(t, pos) && !prev->m.is_ranking)
			name_prepend_ranked(nm, &prev->name); /* 总量全省第一: its indicator */
	}
	c->m.name = name_to_utf8(nm);
	place(x, c, cs);
	return e;
}

/* -------------------------------------------------------------- numbers */

/* Reads digits with optional thousands commas and a decimal part at pos.
 * Returns the end; the value without commas goes to *value (caller frees). */
static size_t read_number(const ctx *x, size_t pos, char **value)
{
	const xt_text *t = &x->t;
	size_t end = xt_number_end(t, pos, t->n);
	sb b = SB_INIT;
	for (size_t i = pos; i < end; i++)
		if (t->cp[i] != ',')
			sb_putc(&b, (char)t->cp[i]);
	*value = sb_take(&b);
	return end;
}

/* The longest note in parentheses passed over between a verb of change and
 * its rate, in code points, marks included. */
#define GROWTH_NOTE_MAX 12

/* 同比增长（下同）13%, 增长（按可比价格计算）8%: a note in parentheses right
 * before the rate says how it is computed or that it holds for the rates
 * after it; it stands between the verb and its number without changing
 * what the verb binds. Returns where the note opens, or ns when none: no
 * note holds a digit (增长(2)13%: a footnote mark is read elsewhere, and a
 * figure in parentheses is a figure). */
static size_t skip_growth_note(const xt_text *t, size_t ns, size_t floor)
{
	if (ns <= floor || (t->cp[ns - 1] != 0xFF09 /* ） */ && t->cp[ns - 1] != ')'))
		return ns;
	for (size_t k = ns - 1; k > floor && ns - k < GROWTH_NOTE_MAX; k--) {
		uint32_t c = t->cp[k - 1];
		if (xt_is_digit(c))
			return ns;
		if (c == 0xFF08 /* （ */ || c == '(')
			return k - 1;
	}
	return ns;
}

static int growth_before(const xt_text *t, size_t ns, size_t floor, size_t *verb_start, int *down)
{
	size_t k = skip_growth_note(t, ns, floor);
	size_t l = xt_before_any32(t, k, floor, LEX_GROWTH_LINK);
	size_t up = xt_before_any32(t, k - l, floor, LEX_GROWTH_UP);
	size_t dn = xt_before_any32(t, k - l, floor, LEX_GROWTH_DOWN);
	if (!up && !dn && l) {
		l = 0;
		up = xt_before_any32(t, k, floor, LEX_GROWTH_UP);
		dn = xt_before_any32(t, k, floor, LEX_GROWTH_DOWN);
	}
	/* 能耗、水耗…降幅均达4%以上, 增加值增速均超过30%, 增速分别达到41.6%和
	 * 89.3%: 均 or 分别 between the verb and its link (or its number) says
	 * that the rate holds for each subject before the verb; the verb still
	 * binds it. Only right after the verb: 人均, 平均 end no verb of change. */
	for (int with_link = 1; !up && !dn && with_link >= 0; with_link--) {
		size_t ll = with_link ? xt_before_any32(t, k, floor, LEX_GROWTH_LINK) : 0;
		size_t e = xt_before_any32(t, k - ll, floor, LEX_GROWTH_EACH_AFTER);
		if (!e || (with_link && !ll))
			continue;
		up = xt_before_any32(t, k - ll - e, floor, LEX_GROWTH_UP);
		dn = xt_before_any32(t, k - ll - e, floor, LEX_GROWTH_DOWN);
		if (up || dn)
			l = ll + e;
	}
	if (!up && !dn)
		return 0;
	*down = dn > up;
	*verb_start = k - l - (dn > up ? dn : up);
	/* 新登记社会组织42家，年增长率达45.6%: 年 opening the clause before a
	 * rate of growth (增长率, 增速, 增幅) makes it the annual rate, year over
	 * year, with nothing of a name between; not 全年增速 or 年均增速 (年 after
	 * a word, and 年均 is a span) */
	size_t v = *verb_start;
	if (v > floor && t->cp[v - 1] == 0x5E74 /* 年 */ &&
	    (v - 1 == floor || (t->cls[v - 2] & XT_CLAUSE)) &&
	    (xt_at(t, v, "增长率") || xt_at(t, v, "增速") || xt_at(t, v, "增幅")))
		*verb_start = v - 1;
	return 1;
}

static void place(ctx *x, cand *c, size_t from);

/* 比2010年, 较2010年末, 与2010年相比 ending at `verb` (a verb of change):
 * the base year, and where the phrase starts in *start; 0 when none. */
static int base_year_before(const xt_text *t, size_t verb, size_t floor, size_t *start)
{
	/* a base year ends with 年, 末, 底 or 相比 / 相较: most verbs have none of
	 * them before, and need no tokens */
	uint32_t last = verb > floor ? t->cp[verb - 1] : 0;
	if (last != 0x5E74 /* 年 */ && last != 0x672B /* 末 */ && last != 0x5E95 /* 底 */ &&
	    last != 0x6BD4 /* 比 */ && last != 0x8F83 /* 较 */)
		return 0;
	ct_token *toks = NULL;
	size_t n = tokens_of(t, floor, verb, &toks);
	int year = 0;
	if (n > 0 && toks[n - 1].kind == CT_BASE_YEAR) {
		year = toks[n - 1].year;
		*start = toks[n - 1].start;
	}
	free(toks);
	return year;
}

/* 比承诺时限压缩62%, 较全省平均水平高: a change against a base that is no
 * time (a promise, an average) ending at `verb`; where its 比 / 较 starts,
 * or (size_t)-1. Not 比上年, 较去年同期 (CT_BASE_PREV: year over year), a
 * base year (base_year_before), the 比 of a word (同比, 环比, 占比, 对比, 相比;
 * 比重, 比例: LEX_BI_WORDS), nor a base with a number in it. */
static size_t other_comparison_before(const xt_text *t, size_t verb, size_t floor)
{
	for (size_t k = verb; k > floor && verb - k < 16; k--) {
		size_t at = k - 1;
		uint32_t c = t->cp[at];
		if (xt_is_digit(c))
			return (size_t)-1;
		if (c != 0x6BD4 /* 比 */ && c != 0x8F83 /* 较 */)
			continue;
		if (at + 1 >= verb || only_comparison_words(t, at, verb))
			return (size_t)-1;
		if (at > floor && xt_at_any32(t, at - 1, LEX_BI_WORDS))
			return (size_t)-1;
		if (xt_at_any32(t, at, LEX_BI_WORDS))
			return (size_t)-1;
		return at;
	}
	return (size_t)-1;
}

/* 与2009年新区成立时相比，地区生产总值增长108.3%、固定资产投资增长212.7%: a
 * clause of its own that states a base (与, 同, 和 or 跟 … 相比, 相较, 比较)
 * holds for the changes after it up to the end of the binding stretch (。；),
 * as a base inside the change's own clause would. Returns 1 when a clause of
 * [bind_start(cs), cs) is one whose base is not the year before, its year
 * (the first four-digit year it names) in *year, 0 when it names none (与新区
 * 成立时相比, a base that is no year). 与上年相比 and 同去年同期相比 say year
 * over year: 0. A clause that only holds such words among others (与企业
 * 相比较多的…) is none: it must open with the preposition and end with the
 * comparison. Linear: the clauses read lie within MAX_SCAN of cs. */
static int leading_base(const xt_text *t, size_t cs, int *year)
{
	size_t floor = bind_start(t, cs);
	size_t e = cs;
	while (e > floor && cs - e < MAX_SCAN) {
		e--; /* the delimiter ending the clause before */
		size_t s = e;
		while (s > floor && cs - s < MAX_SCAN && !(t->cls[s - 1] & XT_CLAUSE))
			s--;
		while (s < e && (t->cp[s] == ' ' || t->cp[s] == 0x3000))
			s++;
		size_t cl = xt_before_any32(t, e, s, LEX_BASE_CLOSERS);
		if (cl && xt_at_any32(t, s, LEX_BASE_OPENERS)) {
			if (xt_in_any32(t, s, e, LEX_BASE_PREVIOUS_YEAR))
				return 0;
			*year = 0;
			for (size_t k = s; k + 5 <= e; k++) {
				size_t d = 0;
				while (d < 5 && xt_is_digit(xt_get(t, k + d)))
					d++;
				if (d == 4 && (k == s || !xt_is_digit(t->cp[k - 1])) &&
				    xt_get(t, k + 4) == 0x5E74 /* 年 */) {
					*year =
					    (int)((t->cp[k] - '0') * 1000 +
					          (t->cp[k + 1] - '0') * 100 +
					          (t->cp[k + 2] - '0') * 10 + (t->cp[k + 3] - '0'));
					break;
				}
			}
			return 1;
		}
		e = s;
	}
	return 0;
}

/* Whether a change against base year `by` is year over year: the base is
 * the year before the one the figure is about, the review's (比2022年 in a
 * review of 2023) or the plan's (比2023年 in the plan of 2024). The years are
 * the report's sides as the last pass reads them (classify_side_years: from
 * its parts first, from its kind only when no part names a year), so a
 * 管委会's 工作报告 built like a 政府工作报告 (2013年工作回顾 in a report of
 * 2014) gets the same bases whatever kind it is given as. A base the review
 * year itself is no change in the review, so taking both years can mistake
 * none; any older year (比2010年) is a base of its own. */
static int is_yoy_base(const ctx *x, int by)
{
	return by > 0 && ((x->review_year > 0 && by == x->review_year - 1) ||
	                  (x->plan_year > 0 && by == x->plan_year - 1));
}

/* 分别增长, 分别同比增长, 分别比上年增长: where 分别 starts when it stands before
 * the verb of change at `verb` with at most comparison words (同比, 比上年)
 * between; (size_t)-1 when it does not. 同比分别增长 has it right before. */
static size_t respectively_before(const xt_text *t, size_t verb, size_t floor)
{
	/* two comparison words at most between: 分别 lies within a few code
	 * points, or the verb has none (the common case, read without tokens) */
	size_t each = (size_t)-1;
	for (size_t k = verb > floor + 16 ? verb - 16 : floor; k + 1 < verb && each == (size_t)-1;
	     k++)
		if (t->cp[k] == 0x5206 /* 分 */ && t->cp[k + 1] == 0x522B /* 别 */)
			each = k;
	if (each == (size_t)-1)
		return (size_t)-1;
	/* only the tokens from 分别 on are read */
	ct_token *toks = NULL;
	size_t n = tokens_of(t, each, verb, &toks), at = (size_t)-1;
	for (size_t i = n, words = 0; i > 0 && words <= 2; i--, words++) {
		const ct_token *k = &toks[i - 1];
		if (k->kind == CT_EACH) {
			at = k->start;
			break;
		}
		if (!(CT_BIT(k->kind) &
		      (CT_BIT(CT_BASE_PREV) | CT_BIT(CT_BASIS) | CT_BIT(CT_COMPARE) |
		       CT_BIT(CT_FILLER) | CT_BIT(CT_ALL) | CT_BIT(CT_SPAN))))
			break;
	}
	free(toks);
	return at;
}

/* The words before 分别 in its clause name nothing (研发费用…户数与金额，分别增长
 * 21.43%和42.68%): the subjects are the clause before, when it holds no
 * figure. Where that clause starts, and its end in *end; (size_t)-1 when the
 * clause of 分别 names something itself or the one before holds a figure. */
static size_t subjects_in_clause_before(const ctx *x, size_t resp)
{
	const xt_text *t = &x->t;
	size_t cs = clause_start(t, resp);
	if (cs != resp || cs < 2 || (t->cls[cs - 1] & XT_SENTENCE) || t->cp[cs - 1] == 0x3001)
		return (size_t)-1;
	size_t pcs = clause_start(t, cs - 1);
	if (x->n > 0 && x->c[x->n - 1].fig_end > pcs)
		return (size_t)-1;
	return pcs;
}

/* Where the clause of the verb at `verb` starts when its subjects may be
 * listed with 、, which otherwise ends a clause. */
static size_t listed_clause_start(const xt_text *t, size_t verb)
{
	size_t cs = verb;
	while (cs > 0 && verb - cs < MAX_SCAN &&
	       !(xt_clause_delim_at(t, cs - 1) && t->cp[cs - 1] != 0x3001))
		cs--;
	return cs;
}

/* Tokens between listed subjects and their verb of change: 分别, 均, 年均,
 * 同比, 比2020年, 按可比价计算, 了. */
#define CT_SUBJECT_MODIFIERS                                                                       \
	(CT_BIT(CT_EACH) | CT_BIT(CT_ALL) | CT_BIT(CT_SPAN) | CT_BIT(CT_BASE_PREV) |               \
	 CT_BIT(CT_BASIS) | CT_BIT(CT_BASE_YEAR) | CT_BIT(CT_FILLER))

/* Where the subjects listed before the verb at `verb` end, in the clause
 * from cs: before the words that modify the change (分别, 年均, 同比,
 * 比2020年: CT_SUBJECT_MODIFIERS) and before another base (分别比“十三五”时期,
 * 比承诺时限), in any order. [*span, *span_end) (span may be NULL) receive a
 * span word among them (年均增长), *span (size_t)-1 when there is none. */
static size_t subjects_end(const xt_text *t, size_t cs, size_t verb, size_t *span, size_t *span_end)
{
	ct_token *toks = NULL;
	size_t n = tokens_of(t, cs, verb, &toks), i = n;
	if (span)
		*span = (size_t)-1;
	for (;;) {
		while (i > 0 && (CT_SUBJECT_MODIFIERS & CT_BIT(toks[i - 1].kind))) {
			if (span && toks[i - 1].kind == CT_SPAN) {
				*span = toks[i - 1].start;
				*span_end = toks[i - 1].end;
			}
			i--;
		}
		size_t other = other_comparison_before(t, i < n ? toks[i].start : verb, cs);
		if (other == (size_t)-1)
			break;
		while (i > 0 && toks[i - 1].start >= other)
			i--;
	}
	size_t end = i < n ? toks[i].start : verb;
	free(toks);
	return end;
}

/* Growth rates listed after 分别 with no figures before them: one figure per
 * rate (value = yoy_pct = the rate), named by the n-th of the subjects joined
 * by 和/、/及/与 before the verb, or by all of them when the counts differ.
 * Takes ownership of nothing: rates are copied. */
static void growth_list(ctx *x, size_t verb, const size_t *starts, const size_t *ends,
                        char *const *rates, size_t n, int over_years, size_t figures)
{
	const xt_text *t = &x->t;
	size_t cs = listed_clause_start(t, verb), span = (size_t)-1, span_end = 0;
	size_t subj_end = subjects_end(t, cs, verb, &span, &span_end);
	size_t before = subjects_in_clause_before(x, subj_end);
	if (before != (size_t)-1) {
		subj_end = cs - 1;
		cs = before;
	}
	xt_name all;
	int ignored;
	name_set(&all, t, cs, subj_end);
	name_clean(&all, &ignored);
	/* 城镇、农村居民人均可支配收入分别增长4.4%、5.6%: one subject each,
	 * parallel modifiers sharing the head (name_split_list); 工业和服务业增加
	 * 值 is split plainly */
	xt_name parts[8];
	int split = n <= 8 && name_split_list(&all, n, parts) != 0;
	/* 新建道路4767公里，改造管网1.8万公里，较“十三五”时期分别增长4.8%、50%: no
	 * subjects, as many figures before as rates: each rate is its figure's
	 * change against the base, named so (道路较“十三五”时期增长). */
	int by_figures = all.n == 0 && figures != (size_t)-1;
	if (by_figures) {
		ct_token *bt = NULL;
		size_t nb = tokens_of(t, subj_end, verb + 4, &bt);
		for (size_t i = 0; i < n && i < 8; i++) {
			parts[i] = x->c[figures + i].name;
			for (size_t j = 0; j < nb && bt[j].start <= verb; j++)
				if (bt[j].kind != CT_EACH && bt[j].kind != CT_ALL)
					name_append(&parts[i], t, bt[j].start, bt[j].end);
		}
		free(bt);
		split = n <= 8;
	}
	for (size_t i = 0; i < n; i++) {
		cand *c = push(x);
		c->num_start = starts[i];
		c->fig_end = ends[i];
		c->is_growth = 1;
		c->m.value = xstrdup(rates[i]);
		c->m.unit = xstrdup("%");
		c->m.base_value = xstrdup(rates[i]);
		c->m.base_unit = xstrdup("%");
		c->m.yoy_pct = over_years ? NULL : xstrdup(rates[i]);
		c->name = split ? parts[i] : all;
		if (over_years && span != (size_t)-1 && !by_figures) {
			/* 城乡居民人均收入年均增长5.3%、7.7%: named with the span and
			 * the verb, as a single rate over years is */
			ct_token *vt = NULL;
			size_t nv = tokens_of(t, verb, verb + 4, &vt);
			name_append(&c->name, t, span, span_end);
			if (nv > 0)
				name_append(&c->name, t, vt[0].start, vt[0].end);
			free(vt);
		}
		c->m.name = name_to_utf8(&c->name);
		place(x, c, cs);
	}
	/* 分别增长6%、7%左右: the qualifier after the last rate is every rate's
	 * (spread_list_qualifier does the same for figures) */
	const char *q = NULL;
	enum metric_qualifier qk = QUAL_NONE;
	if (xt_at_any(t, ends[n - 1], SUFFIX_APPROX, &q))
		qk = QUAL_APPROX;
	else if (xt_at_any(t, ends[n - 1], SUFFIX_LOWER, &q))
		qk = QUAL_LOWER_BOUND;
	else if (xt_at_any(t, ends[n - 1], SUFFIX_UPPER, &q))
		qk = QUAL_UPPER_BOUND;
	for (size_t i = 0; qk != QUAL_NONE && i < n; i++)
		set_qualifier(&x->c[x->n - n + i].m, qk, q);
}

/* The rates listed after a rate ending at pos (增长5%[、7%和9%], 下降39.41%
 * [、23.38%]): each a separator (、和及与, and ， when commas is set: after
 * 分别 a list may run on with commas, without it ，80% starts another clause)
 * and a number with %, read from the clause tokens. Their starts and ends go to at[] / end[] (at
 * most max); returns how many. */
static size_t rates_listed_after(const xt_text *t, size_t pos, int commas, size_t *at, size_t *end,
                                 size_t max)
{
	size_t found = 0;
	/* one item at a time, each at most a bound, a separator, a number and
	 * its % (16 code points are plenty): a list is read as far as it goes */
	while (found < max) {
		/* a list goes on with a separator right after the rate, or not */
		uint32_t c0 = xt_get(t, pos);
		if (found == 0 && !(c0 == 0x3001 || c0 == 0x548C /* 和 */ ||
		                    c0 == 0x53CA /* 及 */ || c0 == 0x4E0E /* 与 */ ||
		                    c0 == 0x4EE5 /* 以及 */ || c0 == 0xFF0C || c0 == ','))
			break;
		ct_token *toks = NULL;
		size_t n = tokens_of(t, pos, pos + 16, &toks), i = 0;
		/* 增长3.5%左右、6%左右: a bound after a rate of the list */
		const char *q = NULL;
		if (found > 0 && n > 0 && toks[0].kind == CT_WORD &&
		    (xt_at_any(t, toks[0].start, SUFFIX_APPROX, &q) ||
		     xt_at_any(t, toks[0].start, SUFFIX_LOWER, &q) ||
		     xt_at_any(t, toks[0].start, SUFFIX_UPPER, &q)) &&
		    xt_lit_len(q) == toks[0].end - toks[0].start)
			i++;
		int item = 0;
		if (i + 2 < n) {
			const ct_token *sep = &toks[i], *num = &toks[i + 1], *unit = &toks[i + 2];
			uint32_t c = t->cp[sep->start];
			item = (sep->kind == CT_SEP ||
			        (commas && sep->kind == CT_PUNCT && (c == 0xFF0C || c == ','))) &&
			       num->kind == CT_NUMBER && unit->kind == CT_UNIT &&
			       unit->end == unit->start + 1 &&
			       (t->cp[unit->start] == '%' || t->cp[unit->start] == 0xFF05);
			if (item) {
				at[found] = num->start;
				end[found++] = unit->end;
				pos = unit->end;
			}
		}
		free(toks);
		if (!item)
			break;
	}
	return found;
}

/* 收入48000元和20000元，分别增长5%和7%: the rates listed after 分别 go, in
 * order, to as many figures before them in the sentence. `first` is the
 * first rate (already read, signed); returns where scanning resumes, or 0
 * when the list does not fit (too few figures before it). */
static size_t bind_respectively(ctx *x, size_t verb, size_t first_start, size_t after_first,
                                const char *first, int down, int over_years, int respectively)
{
	const xt_text *t = &x->t;
	char *rates[8];
	size_t starts[8], ends[8];
	size_t n_rates = 0, end = after_first;
	starts[n_rates] = first_start;
	ends[n_rates] = after_first;
	rates[n_rates++] = xstrdup(first);
	size_t more_at[7], more_end[7];
	size_t more = rates_listed_after(t, after_first, respectively, more_at, more_end, 7);
	for (size_t i = 0; i < more; i++) {
		char *v = NULL;
		read_number(x, more_at[i], &v);
		starts[n_rates] = more_at[i];
		ends[n_rates] = more_end[i];
		rates[n_rates++] = down ? decimal_negate(v) : xstrdup(v);
		free(v);
		end = more_end[i];
	}
	size_t result = 0;
	size_t floor = bind_start(t, verb);
	size_t k = x->n;
	size_t found = 0;
	while (k > 0 && found < n_rates) {
		cand *c = &x->c[k - 1];
		if (c->fig_end < floor || c->m.is_ranking || c->is_growth || c->m.yoy_pct)
			break;
		found++;
		k--;
	}
	/* 减免税费1.06亿元，研发费用…户数与金额，分别增长21.43%和42.68%: a clause of
	 * subjects between the figures before and the rates takes them (growth_list),
	 * however many figures stand further back. */
	size_t resp = respectively_before(t, verb, floor);
	int own_subjects = n_rates >= 2 && found < n_rates && resp != (size_t)-1 &&
	                   subjects_in_clause_before(x, resp) != (size_t)-1;
	/* 机电产品出口占比86％，对中亚五国、东盟进出口分别增长37.2％、19％: fewer
	 * figures than rates before, and the rates' clause names its own
	 * subjects: the rates are of those subjects (growth_list). */
	if (!own_subjects && n_rates >= 2 && found > 0 && found < n_rates) {
		size_t lcs = listed_clause_start(t, verb);
		xt_name subj;
		int ignored;
		name_set(&subj, t, lcs, subjects_end(t, lcs, verb, NULL, NULL));
		name_clean(&subj, &ignored);
		own_subjects = x->c[x->n - 1].fig_end <= lcs && subj.n >= 2;
	}
	if (own_subjects)
		found = 0;
	if (over_years && n_rates >= 2) {
		/* A、B年均分别增长5%、7%, 比2020年分别下降: rates over several
		 * years or against an older base are no year-over-year change of
		 * the figures before; they are figures of their own, named by the
		 * subjects listed (or by the figures, as many, when no subjects are). */
		growth_list(x, verb, starts, ends, rates, n_rates, over_years,
		            found == n_rates ? k : (size_t)-1);
		result = end;
	} else if (n_rates >= 2 && found == n_rates) {
		for (size_t i = 0; i < n_rates; i++) {
			x->c[k + i].m.yoy_pct = rates[i];
			rates[i] = NULL;
		}
		result = end;
	} else if (n_rates >= 2 && found == 0) {
		/* 工业增加值和固定资产投资同比分别增长5.2%和3.1%: the rates are
		 * figures of their own, named in order by the subjects listed. */
		growth_list(x, verb, starts, ends, rates, n_rates, over_years, (size_t)-1);
		result = end;
	}
	for (size_t i = 0; i < n_rates; i++)
		free(rates[i]);
	return result;
}

/* After a figure at fe: the target it states (增长2.5%左右的目标, 10%以上的
 *预期目标) — 的 and at most a few words, then 目标 closing the clause.
 * Returns the end of 目标, or 0. */
static size_t target_after(const xt_text *t, size_t fe)
{
	size_t k = fe;
	if (xt_at(t, k, "的"))
		k++;
	for (size_t end = k + 6; k < end && k < t->n && xt_is_han(t->cp[k]); k++) {
		if (xt_at(t, k, "目标")) {
			size_t e = k + 2;
			if (e >= t->n || xt_clause_delim_at(t, e) || xt_at(t, e, "要求") ||
			    xt_at(t, e, "任务"))
				return e;
			return 0;
		}
	}
	return 0;
}

/* Frees the strings of a candidate that will not reach the report. */
static void cand_drop(cand *c)
{
	rp_metric_free_strings(&c->m);
	memset(c, 0, sizeof *c);
}

/* Only punctuation and words that link a growth rate to the amount it
 * reached in [a, b): 增长12%，[达到]100亿元, 增长8%，[总量达]56亿元. */
static int only_link_words(const xt_text *t, size_t a, size_t b)
{
	for (size_t i = a; i < b;) {
		uint32_t c = t->cp[i];
		if (c == 0xFF0C || c == ',' || c == 0x3001) {
			i++;
			continue;
		}
		size_t l = xt_at_any32(t, i, LEX_GROWTH_AMOUNT_LINKS);
		if (!l || i + l > b)
			return 0;
		i += l;
	}
	return 1;
}

/* The candidates x->c[n-3], x->c[n-2] before the figure at ns (the last
 * one, n-1) are a growth rate and a ranking of one sentence, with between
 * the growth and lead (the figure's words) only the ranking, punctuation,
 * link words and comparison clauses (高于全国、全省平均水平: LEX_LEVEL_COMPARE
 * up to the next ，). */
static int growth_before_rank(const ctx *x, size_t ns, size_t lead)
{
	const xt_text *t = &x->t;
	const cand *g = &x->c[x->n - 3], *rank = &x->c[x->n - 2];
	if (!g->is_growth || !g->m.yoy_pct || g->m.is_ranking || strcmp(g->m.unit, "%") != 0 ||
	    g->fig_end < bind_start(t, ns) || rank->num_start < g->fig_end)
		return 0;
	for (size_t i = g->fig_end; i < lead;) {
		uint32_t c = t->cp[i];
		if (c == 0xFF0C || c == ',' || c == 0x3001) {
			i++;
		} else if (i <= rank->num_start && rank->num_start - i <= 4) {
			i = rank->fig_end; /* the ranking with its scope (全省第二) */
		} else if (xt_at_any32(t, i, LEX_LEVEL_COMPARE)) {
			while (i < lead && t->cp[i] != 0xFF0C && t->cp[i] != ',')
				i++;
		} else if (only_link_words(t, i, lead)) {
			return 1;
		} else {
			return 0;
		}
	}
	return 1;
}

/* Dashes between the bounds of a range: - － ~ ～ — ― – 至 到. */

/* The upper end of a range after the number [ns, ne): 3-5个, 6%-7%, 3至5家,
 * 3—5个. Returns where the unit of the range starts (after the upper number),
 * or 0 when no range follows; *upper_at receives where the upper number
 * starts. */
static size_t range_upper(const ctx *x, size_t ns, size_t ne, size_t *upper_at)
{
	const xt_text *t = &x->t;
	if (ns > 0 && (t->cp[ns - 1] == '-' || t->cp[ns - 1] == 0xFF0D))
		return 0;
	size_t p = ne;
	int pct = xt_at(t, p, "%") || xt_at(t, p, "％");
	if (pct)
		p++;
	if (!xt_is_range_dash(xt_get(t, p)) || !xt_is_digit(xt_get(t, p + 1)))
		return 0;
	*upper_at = p + 1;
	char *upper = NULL;
	size_t q = read_number(x, p + 1, &upper);
	free(upper);
	if (pct && !(xt_at(t, q, "%") || xt_at(t, q, "％")))
		return 0;
	if (xt_get(t, q) == '-' || xt_is_ascii_alpha(xt_get(t, q)))
		return 0;
	return q;
}

/* Names of an investment that belong to a project. */
static const char *const INVESTMENT_WORDS[] = {"总投资", "计划总投资", "投资总额", NULL};

/* The project words ending with 项目 in [a, b), cleaned, into *out; 0 when
 * none. */
static int project_phrase(const xt_text *t, size_t a, size_t b, xt_name *out)
{
	size_t at = (size_t)-1;
	for (size_t k = a; k + 2 <= b; k++)
		if (xt_at(t, k, "项目"))
			at = k;
	if (at == (size_t)-1)
		return 0;
	int ignored;
	name_set(out, t, a, at + 2);
	name_clean(out, &ignored);
	return out->n > 2; /* more than 项目 itself */
}

/* 推进国网信通大数据项目建设，总投资10亿元 / 总投资40亿元的富联科技…项目: a bare
 * 总投资 is the investment of the one project the sentence names — after
 * the figure (的 + …项目) or in the clause before it — and is named so
 * (国网信通大数据项目总投资). Without a project it stays 总投资. Called while
 * c is the last candidate. */
static void name_project_investment(ctx *x, cand *c, size_t cs, size_t fe, size_t ce)
{
	const xt_text *t = &x->t;
	int is_investment = 0;
	for (const char *const *w = INVESTMENT_WORDS; *w && !is_investment; w++)
		is_investment = name_is(&c->name, *w);
	if (!is_investment)
		return;
	xt_name project;
	int found = xt_at(t, fe, "的") && project_phrase(t, fe + 1, ce, &project);
	/* The clause before: only when it holds no figure, which would be a
	 * count of several projects (签约亿元以上项目47个，总投资318.5亿元: their
	 * total, named by the figure before as any clause without a subject). */
	if (!found && cs > 0 && cs > bind_start(t, cs - 1) + 1) {
		size_t prev_end = cs - 1, prev_start = clause_start(t, prev_end);
		const cand *last = x->n > 1 ? &x->c[x->n - 2] : NULL;
		if (!last || last->fig_end < prev_start)
			found = project_phrase(t, prev_start, prev_end, &project);
	}
	if (found)
		name_prepend_name(&c->name, &project);
}

/* Words of a span of years before a verb of change (yearly_avg in
 * try_number): LEX_CT_SPANS (年均, 年平均, 累计, and 平均 — an average change
 * over years or over a set of items, 价格平均降幅54%), and a count of years
 * that is not a year (3年, 五年, 近五年来, 三年间; 2025年增长 is the growth of
 * that year). */
#define SPAN_WORDS LEX_CT_SPANS

/* Where the span words ending at verb start (a 分别 or 均 between them and
 * the verb skipped: 年均分别增长7%、6.8%), or verb when there are none;
 * *end receives where the span words end. */
static size_t span_before(const xt_text *t, size_t verb, size_t floor, size_t *end)
{
	size_t k = verb, l;
	*end = verb;
	if ((l = xt_before_any32(t, k, floor, SPAN_WORDS)))
		return k - l;
	if ((l = xt_before(t, k, floor, "分别")) || (l = xt_before(t, k, floor, "均")))
		k -= l;
	*end = k;
	if ((l = xt_before_any32(t, k, floor, SPAN_WORDS)))
		return k - l;
	size_t y = k;
	if (xt_before(t, y, floor, "来") || xt_before(t, y, floor, "间"))
		y--;
	if (!xt_before(t, y, floor, "年"))
		return verb;
	size_t d = y - 1;
	while (d > floor && y - 1 - d < 3 &&
	       (xt_is_digit(t->cp[d - 1]) || cn_numeral_char(t->cp[d - 1])))
		d--;
	/* one or two digits or numerals: a count of years, not a year */
	if (d == y - 1 || y - 1 - d > 2 || (d > floor && xt_is_digit(t->cp[d - 1])))
		return verb;
	if (d > floor && xt_before(t, d, floor, "近"))
		d--;
	return d;
}

/* The figure at index k, made of a range (打造5至10家数字工厂), becomes its
 * lower bound and a figure of the upper bound (at upper_at) follows it:
 * both carry the name, the unit, the place and the qualifiers around the
 * range, with （下限） / （上限） after the name. A growth range (增长6%-7%)
 * gives both bounds as growth; down: the range is of a decrease (its
 * values negative); exp10 scales the upper value to its base value. */
static void range_bounds(ctx *x, size_t k, size_t upper_at, int exp10, int down)
{
	char *upper = NULL;
	read_number(x, upper_at, &upper);
	if (down) {
		char *neg = decimal_negate(upper);
		free(upper);
		upper = neg;
	}
	cand *hi = push(x);
	cand *lo = &x->c[k]; /* push may have moved the array */
	*hi = *lo;
	hi->num_start = upper_at;
	hi->cues.pos = upper_at;
	rp_metric *m = &hi->m;
	m->name = NULL;
	m->value = upper;
	m->base_value = decimal_scale(upper, exp10);
	m->unit = xstrdup(lo->m.unit);
	m->base_unit = xstrdup(lo->m.base_unit);
	m->qualifier_text = lo->m.qualifier_text ? xstrdup(lo->m.qualifier_text) : NULL;
	m->yoy_pct = lo->m.yoy_pct ? xstrdup(upper) : NULL;
	m->yoy_points = NULL;
	m->quote = xstrdup(lo->m.quote);
	static const char32_t LOWER[] = U"（下限）", UPPER[] = U"（上限）";
	for (int i = 0; i < 2; i++) {
		cand *c = i == 0 ? lo : hi;
		xt_name shown = c->name;
		for (const char32_t *w = i == 0 ? LOWER : UPPER; *w && shown.n < XT_NAME_MAX; w++)
			shown.cp[shown.n++] = (uint32_t)*w;
		free(c->m.name);
		c->m.name = name_to_utf8(&shown);
	}
}

/* A facility word (LEX_FACILITY_WORDS) at fe or ending the noun phrase right
 * after it, at most six ideographs on (200兆瓦[光伏发电项目]). */
static int facility_after(const xt_text *t, size_t fe)
{
	for (size_t k = fe; k < t->n && k - fe <= 6; k++) {
		if (xt_at_any32(t, k, LEX_FACILITY_WORDS))
			return 1;
		if (!xt_is_han(t->cp[k]))
			return 0;
	}
	return 0;
}

/* 国电投300兆瓦光伏制氢、华能260兆瓦光伏发电等3个新能源项目: a noun right
 * after the capacity, and the list it stands in (、 and 等, counts, at most
 * 48 code points, no other punctuation) ending in a facility or project word
 * (LEX_FACILITY_WORDS): the capacity names one of the projects counted, as
 * 大唐700万吨露天矿 names its mine. */
static int facility_list_after(const xt_text *t, size_t fe)
{
	if (fe >= t->n || !xt_is_han(t->cp[fe]))
		return 0;
	int listed = 0;
	for (size_t k = fe; k < t->n && k - fe <= 48; k++) {
		uint32_t c = t->cp[k];
		if (listed && xt_at_any32(t, k, LEX_FACILITY_WORDS))
			return 1;
		if (c == 0x3001 || c == 0x7B49 /* 等 */)
			listed = 1;
		else if (!xt_is_han(c) && !xt_is_digit(c) && c != '.')
			return 0;
	}
	return 0;
}

/* The last character of a verb of doing, or 等/共 closing what was counted,
 * right before a capacity: the capacity is the amount done (完成2100万千瓦,
 * 建设700万千瓦, 等402万千瓦), not a facility's name. */
static int capacity_is_done(uint32_t before)
{
	static const char DONE[] = "成设增建造完现达过破计等共运施进动产工装新";
	const char *m = DONE;
	while (*m)
		if (xt_lit_next(&m) == before)
			return 1;
	return 0;
}

/* 空气质量综合指数4.81, 基尼系数为0.46: an index has no unit (gold rule 14:
 * unit ""): a number without one right after an index word (LEX_INDEX_WORDS,
 * 为/是/达到 between at most) at its clause's end. Fills *u with the empty
 * unit and returns 1, else 0. A number after 指数 that goes on (指数100强,
 * 指数2.0版) is a label. */
static int index_value(const xt_text *t, size_t ns, size_t ne, unit_match *u)
{
	size_t k = ns, l;
	if ((l = xt_before_any32(t, k, 0, LEX_REACH_VERBS)) || (l = xt_before(t, k, 0, "为")) ||
	    (l = xt_before(t, k, 0, "是")))
		k -= l;
	if (!xt_before_any32(t, k, 0, LEX_INDEX_WORDS))
		return 0;
	uint32_t next = xt_get(t, ne);
	if (!(ne >= t->n || xt_clause_delim_at(t, ne) || next == 0xFF09 || next == ')'))
		return 0;
	memset(u, 0, sizeof *u);
	u->kind = UNIT_NUMBER;
	return 1;
}

/* 1 when the figure's unit counts things (个, 家, 项): read again from its
 * text, since a candidate keeps no unit kind. */
static int is_count(const xt_text *t, const cand *p)
{
	size_t k = p->num_start;
	while (k < p->fig_end && (xt_is_digit(t->cp[k]) || t->cp[k] == '.' || t->cp[k] == ','))
		k++;
	unit_match pu;
	return units_match(t, k, &pu) && pu.kind == UNIT_COUNT;
}

/* An amount that is a standard some things reached, not a measurement of
 * them (gold rules 10, 19, 22), whose figure is the count:
 * - 全部/均 + 达到/超过 before it: 行政村集体收入全部超过11万元;
 * - a count of the same clause right before, only the verb between: 其中40个
 *   达到50万元以上 (the count of those that reached it);
 * - 以上/以下 and a count right after it: 其中5亿元以上11个 (the 11 are of
 *   that class, like 亿元以上项目).
 * Only amounts (money, area, weight…): a count or a rate after 全部达到 is
 * the figure itself (全部达到100%). [lead, fe) is the amount with its
 * qualifiers, cs its clause's start. */
static int standard_reached(const ctx *x, const unit_match *u, size_t cs, size_t ns, size_t lead,
                            size_t fe)
{
	const xt_text *t = &x->t;
	if (u->kind == UNIT_COUNT || unit_is_rate(u->kind) || u->kind == UNIT_DURATION)
		return 0;
	/* the verb before the qualifier (达到约50万元) or as it (超过11万元) */
	size_t v = xt_before_any32(t, ns, cs, LEX_REACH_VERBS);
	if (v)
		lead = ns;
	else
		v = xt_before_any32(t, lead, cs, LEX_REACH_VERBS);
	if (v && xt_before_any32(t, lead - v, cs, LEX_ALL_OF_THEM))
		return 1;
	if (v && x->n > 0) {
		const cand *p = &x->c[x->n - 1];
		if (p->fig_end == lead - v && p->num_start >= cs && !p->m.is_ranking &&
		    p->m.base_unit && !p->is_growth && is_count(t, p))
			return 1;
	}
	size_t q = xt_at(t, fe, "以上") || xt_at(t, fe, "以下") ? fe + 2 : fe;
	if (q == fe && fe >= 2 && (xt_before(t, fe, cs, "以上") || xt_before(t, fe, cs, "以下")))
		q = fe; /* the qualifier is inside [lead, fe) already */
	else if (q == fe)
		return 0;
	if (!xt_is_digit(xt_get(t, q)))
		return 0;
	size_t e = q;
	while (e < t->n && xt_is_digit(t->cp[e]))
		e++;
	unit_match cu;
	return units_match(t, e, &cu) && cu.kind == UNIT_COUNT;
}

/* Page furniture of a web page (gold rule 15): a number right after a
 * counter's label (浏览次数 4034 次, 阅读：270, 您是第 74367782 位访客) or right
 * before the visitors it counts. Spaces and a colon may stand between. */
static int page_counter(const xt_text *t, size_t ns, size_t fe)
{
	size_t k = ns;
	while (k > 0 && ns - k < 4 &&
	       (t->cp[k - 1] == ' ' || t->cp[k - 1] == 0xA0 || t->cp[k - 1] == 0x3000 ||
	        t->cp[k - 1] == '\n' || t->cp[k - 1] == ':' || t->cp[k - 1] == 0xFF1A))
		k--;
	if (xt_before_any32(t, k, 0, LEX_PAGE_COUNTERS))
		return 1;
	size_t e = fe;
	while (e < t->n && e - fe < 3 && (t->cp[e] == ' ' || t->cp[e] == 0xA0))
		e++;
	return xt_at_any32(t, e, LEX_PAGE_COUNTED) > 0;
}

/* 平均办理时间减少62%, 办事效率提升77%: a change of how long or how much a
 * procedure takes (LEX_REFORM_MEASURES, right before the verb) measures a
 * reform against the procedure before it, not against last year (gold
 * rules 4, 33), unless the clause says so (审批时间同比缩短20%: a
 * CT_BASE_PREV before the verb). */
static int reform_measure_before(const xt_text *t, size_t cs, size_t verb)
{
	if (!xt_before_any32(t, verb, cs, LEX_REFORM_MEASURES))
		return 0;
	ct_token *toks = NULL;
	size_t n = tokens_of(t, cs, verb, &toks);
	int yoy = 0;
	for (size_t i = 0; i < n && !yoy; i++)
		yoy = toks[i].kind == CT_BASE_PREV;
	free(toks);
	return !yoy;
}

/* 增长6.5%(年度目标6%以上): the number at lead follows, inside parentheses
 * opened right after a rate (…%), words naming a target (年度目标: a
 * CT_TARGET among them, nothing else but words) — the year's target quoted
 * after the result. *open receives where the parenthesis is. */
static int target_in_parentheses(const ctx *x, size_t cs, size_t lead, size_t *open)
{
	size_t open_at = cs;
	while (open_at < lead && x->t.cp[open_at] != 0xFF08 && x->t.cp[open_at] != '(')
		open_at++;
	if (open_at == lead)
		return 0;
	ct_token *toks = NULL;
	size_t n = tokens_of(&x->t, cs, lead, &toks), i = n;
	int target = 0, ok = 0;
	while (i > 0 && (toks[i - 1].kind == CT_WORD || toks[i - 1].kind == CT_TARGET)) {
		target |= toks[i - 1].kind == CT_TARGET;
		i--;
	}
	if (target && i >= 2 && toks[i - 1].kind == CT_OPEN && toks[i - 2].kind == CT_UNIT &&
	    (x->t.cp[toks[i - 2].start] == '%' || x->t.cp[toks[i - 2].start] == 0xFF05)) {
		*open = toks[i - 1].start;
		ok = 1;
	}
	free(toks);
	return ok;
}

/* The clause [cs, lead) before a number ends with 均 and the words of its
 * verb (均为, 均达到, 同比均增长, 均增长了) and the subjects before it are listed
 * with 、 (A、B、C均为100%): where the list starts, else (size_t)-1. */
static size_t all_of_listed_subjects(const xt_text *t, size_t cs, size_t lead)
{
	if (cs < 2 || t->cp[cs - 1] != 0x3001)
		return (size_t)-1;
	ct_token *toks = NULL;
	size_t n = tokens_of(t, cs, lead, &toks), i = n;
	int all = 0;
	while (i > 0 && !all &&
	       ((CT_SUBJECT_MODIFIERS | CT_BIT(CT_GROWTH_UP) | CT_BIT(CT_GROWTH_DOWN) |
	         CT_BIT(CT_LINK) | CT_BIT(CT_TO)) &
	        CT_BIT(toks[i - 1].kind))) {
		all = toks[i - 1].kind == CT_ALL;
		i--;
	}
	/* the subject of the clause itself, before 均 */
	int named = i > 0 && toks[0].kind == CT_WORD;
	free(toks);
	if (!all || !named)
		return (size_t)-1;
	size_t from = listed_clause_start(t, cs - 1);
	for (size_t k = from; k < cs; k++)
		if (xt_is_digit(t->cp[k]))
			return (size_t)-1;
	return from;
}

/* 1 when a number with a unit of base unit `base` follows pos in its
 * sentence (the measured value after a milestone). */
static int amount_follows(const ctx *x, size_t pos, const char *base)
{
	const xt_text *t = &x->t;
	for (size_t k = pos; k < t->n && k - pos < MAX_SCAN && !xt_sentence_delim_at(t, k); k++) {
		if (!xt_is_digit(t->cp[k]) || (k > pos && xt_is_digit(t->cp[k - 1])))
			continue;
		char *v = NULL;
		size_t e = read_number(x, k, &v);
		free(v);
		unit_match m;
		if (units_match(t, e, &m) && strcmp(m.base, base) == 0)
			return 1;
		k = e;
	}
	return 0;
}

/* 1 when [a, b) is a noun of one to eight ideographs (59条[河流]98.8%). */
static int only_noun_between(const xt_text *t, size_t a, size_t b)
{
	if (b <= a || b - a > 8)
		return 0;
	for (size_t k = a; k < b; k++)
		if (!xt_is_han(t->cp[k]))
			return 0;
	return 1;
}

/* After a count of `unit` (value `whole`) ending at pos, its sentence goes on
 * to a part of it: 已 or 其余, at most three ideographs (交付, 全部), then a
 * count of the same unit no larger (已交付10个, 其余22个). */
static int part_follows(const ctx *x, size_t pos, const char *unit, const char *whole)
{
	const xt_text *t = &x->t;
	for (size_t k = pos; k < t->n && k - pos < MAX_SCAN && !xt_sentence_delim_at(t, k); k++) {
		uint32_t c = t->cp[k];
		size_t l = c == 0x5DF2 /* 已 */                                          ? 1
		           : c == 0x5176 /* 其 */ && xt_get(t, k + 1) == 0x4F59 /* 余 */ ? 2
		                                                                         : 0;
		if (!l)
			continue;
		size_t d = k + l;
		while (d < t->n && d - k - l < 3 && xt_is_han(t->cp[d]))
			d++;
		if (!xt_is_digit(xt_get(t, d)))
			continue;
		char *v = NULL;
		size_t e = read_number(x, d, &v);
		unit_match m;
		int part = units_match(t, e, &m) && strcmp(m.unit, unit) == 0 &&
		           strtod(v, NULL) <= strtod(whole, NULL);
		free(v);
		if (part)
			return 1;
	}
	return 0;
}

/* 地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: between a figure and
 * its growth, a clause of its standing with no number (a ranking verb,
 * LEX_RANK_VERBS, opening it: 稳居全国前十强, 位居前列), then comparison words
 * only: the growth is the figure's, as with nothing between. */
static int standing_between(const xt_text *t, size_t a, size_t b)
{
	while (a < b && (t->cp[a] == 0x3001 || t->cp[a] == 0xFF0C || t->cp[a] == ','))
		a++;
	if (a >= b || !xt_at_any32(t, a, LEX_RANK_VERBS))
		return 0;
	size_t k = a;
	while (k < b && t->cp[k] != 0x3001 && t->cp[k] != 0xFF0C && t->cp[k] != ',') {
		if (xt_is_digit(t->cp[k]) || !xt_is_han(t->cp[k]))
			return 0;
		k++;
	}
	return k < b && only_comparison_words(t, k, b);
}

/* unit + "（" + alt + "）" into unit (UNIT_TEXT_MAX bytes) when it fits
 * (the caller checks; else unit is left as it is). */
static void unit_with_alternative(char *unit, const char *alt)
{
	static const char OPEN[] = "（", CLOSE[] = "）";
	size_t ul = strlen(unit), al = strlen(alt), ol = sizeof OPEN - 1, cl = sizeof CLOSE - 1;
	if (ul + ol + al + cl >= UNIT_TEXT_MAX)
		return;
	memcpy(unit + ul, OPEN, ol);
	memcpy(unit + ul + ol, alt, al);
	memcpy(unit + ul + ol + al, CLOSE, cl + 1);
}

/* 全年增长9.3%，完成本地生产总值3842亿元; 预计高新技术产业增长41%，实现产值
 * 875亿元: a growth ending its clause, then a clause that opens with a verb
 * of reaching an amount (实现, 完成; 全年 or 预计 before it) and names the
 * amount's indicator: the growth is the amount's (gold rule 1), when the
 * growth's clause named no subject of its own (its name came from the clause
 * before, GDP增速逐季攀升), or when the amount's name is only a measure
 * (产值, 增加值: LEX_BARE_MEASURES) of the growth's subject, a sector or
 * place that is no indicator by itself (not one ending in 额, 量, 值…:
 * 一达通业绩增长110%，交易额达38亿美元 stays two figures, gold rule 70).
 * Not a clause opening with another verb (带动, 投入), nor one with no verb
 * (一般公共预算收入增长2%，全社会固定资产投资78亿元: two indicators).
 * *measure_only: the amount's name is a measure, to be completed by the
 * growth's subject. */
static int amount_after_growth(const xt_text *t, const cand *g, const cand *c, size_t cs,
                               size_t lead, int *measure_only)
{
	*measure_only = 0;
	for (size_t i = g->fig_end; i < cs; i++)
		if (t->cp[i] != 0xFF0C && t->cp[i] != ',')
			return 0;
	size_t k = cs;
	k += xt_at_any32(t, k, LEX_AMOUNT_TIME_WORDS);
	size_t v = xt_at_any32(t, k, LEX_AMOUNT_VERBS);
	if (!v || k + v >= lead || c->name.n == 0)
		return 0;
	if (g->no_subject)
		return 1;
	int measure = 0;
	for (size_t w = 0; LEX_BARE_MEASURES[w] && !measure; w++) {
		size_t l = xt_len32(LEX_BARE_MEASURES[w]);
		measure = c->name.n == l &&
		          memcmp(c->name.cp, LEX_BARE_MEASURES[w], l * sizeof c->name.cp[0]) == 0;
	}
	if (!measure || g->name.n == 0)
		return 0;
	uint32_t last = g->name.cp[g->name.n - 1];
	for (size_t w = 0; LEX_INDICATOR_ENDS[w]; w++)
		if (LEX_INDICATOR_ENDS[w][0] == last && !LEX_INDICATOR_ENDS[w][1])
			return 0;
	*measure_only = 1;
	return 1;
}

/* 社会消费品零售总额924亿元，居全市第二，增长10.7%: a ranking clause of its
 * own between a figure and its growth (a ranking verb opening it, LEX_RANK_
 * VERBS, and only its scope before the ranking) is the figure's standing,
 * as a standing without a number is (standing_between): the growth is the
 * figure's (gold rule 67), the ranking stays a figure. The figure before the
 * ranking `rank`, or NULL: none in the binding stretch, a rate, a growth, or
 * a figure that has its growth already (the comparable-basis growth after it,
 * （按可比口径增长15.5%）, is its own). */
static cand *figure_before_ranking(ctx *x, const cand *rank, size_t verb)
{
	const xt_text *t = &x->t;
	if (!rank || !rank->m.is_ranking || x->n < 2)
		return NULL;
	cand *f = &x->c[x->n - 2];
	if (f->fig_end < bind_start(t, verb) || f->m.is_ranking || f->is_growth || f->m.yoy_pct ||
	    !f->m.unit || strcmp(f->m.unit, "%") == 0)
		return NULL;
	size_t a = f->fig_end;
	if (a + 1 >= rank->num_start || (t->cp[a] != 0xFF0C && t->cp[a] != ','))
		return NULL;
	if (!xt_at_any32(t, a + 1, LEX_RANK_VERBS))
		return NULL;
	for (size_t k = a + 1; k < rank->num_start; k++)
		if (!xt_is_han(t->cp[k]))
			return NULL;
	if (rank->fig_end >= verb ||
	    (t->cp[rank->fig_end] != 0xFF0C && t->cp[rank->fig_end] != ','))
		return NULL;
	return only_comparison_words(t, rank->fig_end, verb) ? f : NULL;
}

/* 实现15%的高增长, 确定4.5%左右的增长目标: a rate in % before 的, at most
 * three ideographs that qualify (高, 刚性, 预期), and a noun of change ending
 * the clause or before 目标 is a growth rate, as 增长15% is (gold rule 2);
 * *down for a fall (10%的降幅). Not a noun that goes on into another word
 * (增长点, 增长极), nor a share of a growth (贡献了30%的增长来自…: the noun
 * does not end the clause). A span before (年均实现7%的增长) is the
 * caller's to rule out. */
static int growth_noun_after(const xt_text *t, size_t fe, size_t ce, int *down)
{
	if (!xt_at(t, fe, "的"))
		return 0;
	for (size_t k = fe + 1; k < ce && k <= fe + 4; k++) {
		size_t up = xt_at_any32(t, k, LEX_GROWTH_NOUNS_UP),
		       dn = up ? 0 : xt_at_any32(t, k, LEX_GROWTH_NOUNS_DOWN);
		size_t l = up ? up : dn;
		if (l && (k + l == ce || xt_at(t, k + l, "目标"))) {
			*down = dn > 0;
			return 1;
		}
		if (!xt_is_han(t->cp[k]))
			return 0;
	}
	return 0;
}

/* The first 已 or 其余 after pos in its sentence stands in pos's clause or
 * opens a clause of its own (，已完成175项; ，其余172项), not after another
 * subject (世界500强企业已有11家). */
static int part_opens_clause(const xt_text *t, size_t pos)
{
	size_t ce = clause_end(t, pos);
	for (size_t k = pos; k < t->n && k - pos < MAX_SCAN && !xt_sentence_delim_at(t, k); k++) {
		if (!(t->cp[k] == 0x5DF2 /* 已 */ ||
		      (t->cp[k] == 0x5176 /* 其 */ && xt_get(t, k + 1) == 0x4F59 /* 余 */)))
			continue;
		return k < ce || clause_start(t, k) == k;
	}
	return 0;
}

/* 1 when [a, b) holds a word: an ideograph or a Latin letter (GDP增速). */
static int word_between(const xt_text *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		uint32_t c = t->cp[i];
		if (xt_is_han(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			return 1;
	}
	return 0;
}

/* 每平方公里产出GDP19亿元, 人均GDP28.85万元, 接入AP4264个: a run of two or
 * more capital letters right before a number, itself after no letter or
 * digit, is the abbreviation of the indicator counted (GDP, AP, CBD), not a
 * code the number belongs to; the unit after the number decides, as for any
 * figure. Not a code of one letter (G4, K2次 trains, S3线), nor letters
 * with digits in them (H7N9), nor TOP and NO of a list's order (TOP30,
 * NO.1), nor PM of a pollutant (PM2.5, PM10). */
static int abbreviation_before(const xt_text *t, size_t ns)
{
	size_t a = ns;
	while (a > 0 && t->cp[a - 1] >= 'A' && t->cp[a - 1] <= 'Z')
		a--;
	if (ns - a < 2 || (a > 0 && (xt_is_ascii_alpha(t->cp[a - 1]) || xt_is_digit(t->cp[a - 1]))))
		return 0;
	size_t l = xt_at_any32(t, a, LEX_NOT_ABBREVIATIONS);
	return !(l && a + l == ns);
}

/* After an amount at fe: an optional 的, a run of ideographs naming a class
 * of things (LEX_THRESHOLD_CLASSES: 企业, 项目, 县域) with at most a verb of
 * reaching after it (达到, 增至), then a count (6家, 12个) in the clause
 * ending at ce. Not an amount spent on something counted after a verb of
 * doing (投资超10亿元建设3个项目: 建设 names no class). */
static int counted_class_after(const xt_text *t, size_t fe, size_t ce)
{
	size_t k = fe;
	if (xt_at(t, k, "的"))
		k++;
	size_t start = k;
	int cls = 0;
	while (k < ce && k - start < 12 && xt_is_han(t->cp[k])) {
		if (xt_at_any32(t, k, LEX_THRESHOLD_CLASSES))
			cls = 1;
		k++;
	}
	if (!cls || k >= ce || !xt_is_digit(t->cp[k]))
		return 0;
	unit_match m;
	return units_match(t, xt_number_end(t, k, ce), &m) && m.kind == UNIT_COUNT;
}

/* 1 when [a, b) holds a number with a unit of counting (商业综合体3个). */
static int count_in(const xt_text *t, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		if (!xt_is_digit(t->cp[k]))
			continue;
		size_t e = xt_number_end(t, k, b);
		unit_match m;
		if (units_match(t, e, &m) && m.kind == UNIT_COUNT)
			return 1;
		k = e;
	}
	return 0;
}

/* Land an action settles (gold rule 51): within the ideographs after pos,
 * 土地整备, 征收, 征地, 出让 or 收储 (完成占地1.2平方公里的白石岭土地整备: the
 * area is the land settled, a figure, not the size of one facility). */
static int land_settled_after(const xt_text *t, size_t pos)
{
	for (size_t k = pos; k < t->n && k < pos + 12 && xt_is_han(t->cp[k]); k++)
		if (xt_at_any32(t, k, LEX_LAND_ACTIONS))
			return 1;
	return 0;
}

/* After an area at fe: 的, then a name of up to ten ideographs ending in a
 * word of a place (区, 城, 镇, 园: the area's own name, 光明中心区, 华侨城光明
 * 小镇, 凤凰城) and nothing more in its clause or list item. Not a name
 * holding a land action (土地整备, 征收), nor a place followed by more words
 * (的凤凰城建设: the work). */
static int size_of_named_place(const xt_text *t, size_t fe)
{
	if (!xt_at(t, fe, "的"))
		return 0;
	size_t a = fe + 1, k = a;
	while (k < t->n && k - a < 10 && xt_is_han(t->cp[k]))
		k++;
	if (k == a || (k < t->n && xt_is_han(t->cp[k])))
		return 0;
	uint32_t next = xt_get(t, k);
	if (k < t->n && next != 0x3001 && next != 0xFF0C && next != 0x3002 && next != 0xFF1B)
		return 0;
	if (xt_in_any32(t, a, k, LEX_PLACE_WORKS))
		return 0;
	for (size_t w = 0; LEX_PLACE_ENDS[w]; w++)
		if (t->cp[k - 1] == (uint32_t)LEX_PLACE_ENDS[w][0])
			return 1;
	return 0;
}

/* 1 when the line holding pos (up to its newline, at most 80 code points
 * on) ends with the extension of an attached file (.doc, .docx, .pdf, .xls,
 * .xlsx, .wps). */
static int names_attached_file(const xt_text *t, size_t pos)
{
	size_t e = pos;
	while (e < t->n && e - pos < 80 && t->cp[e] != '\n')
		e++;
	if (e - pos >= 80)
		return 0;
	while (e > pos && (t->cp[e - 1] == ' ' || t->cp[e - 1] == '\r'))
		e--;
	for (size_t i = 0; LEX_ATTACHMENT_EXTENSIONS[i]; i++) {
		size_t l = xt_len32(LEX_ATTACHMENT_EXTENSIONS[i]);
		if (e >= pos + l && xt_at32(t, e - l, LEX_ATTACHMENT_EXTENSIONS[i]))
			return 1;
	}
	return 0;
}

/* After a length at fe: 半径 or 覆盖 within the ideographs that follow
 * (500米服务半径, 500米公交站点覆盖率): the length is a radius of coverage. */
static int radius_of_coverage(const xt_text *t, size_t fe)
{
	for (size_t k = fe; k < t->n && k < fe + 10 && xt_is_han(t->cp[k]); k++)
		if (xt_at(t, k, "半径") || xt_at(t, k, "覆盖"))
			return 1;
	return 0;
}

/* The ordinal (1..3) of the industry the ideograph c names (一, 二, 三), or
 * 0. */
static int industry_ordinal(uint32_t c)
{
	return c == 0x4E00 ? 1 : c == 0x4E8C ? 2 : c == 0x4E09 ? 3 : 0;
}

/* 二、三产业比例为58.5:41.5, 三次产业结构为0.18：65.82：34: a ratio of the
 * shares of the industries gives one figure per part, unit %, named 第N产业
 * 比例 (gold rule 60). The parts are read from the words before 比例 / 结构:
 * 三次产业 (three parts), or industries listed by their ordinals (二、三产,
 * 一、二、三产业), as many as the numbers. Not a change of the ratio (由…优化
 * 为…: from and to, left alone), a time (8:30), nor a ratio of other parts.
 * Returns where scanning resumes, or 0 when ns starts no such ratio. */
static size_t try_industry_ratio(ctx *x, size_t ns)
{
	const xt_text *t = &x->t;
	if (x->flag[ns] & (F_QUOTE | F_GLOSSARY))
		return 0;
	size_t cs = clause_start(t, ns);
	size_t k = ns - xt_before_any32(t, ns, cs, LEX_RATIO_LINKS);
	size_t w = xt_before_any32(t, k, cs, LEX_RATIO_WHOLES);
	if (!w || xt_find(t, cs, ns, "由") != (size_t)-1 || xt_find(t, cs, ns, "从") != (size_t)-1)
		return 0;
	size_t se = k - w; /* the end of the parts' words */
	size_t at[4], end[4];
	size_t n = 0;
	for (size_t p = ns;;) {
		if (n == 4 || !xt_is_digit(xt_get(t, p)))
			return 0;
		at[n] = p;
		end[n] = xt_number_end(t, p, t->n);
		p = end[n++];
		uint32_t c = xt_get(t, p);
		if ((c != ':' && c != 0xFF1A) || !xt_is_digit(xt_get(t, p + 1)))
			break;
		p++;
	}
	if (n < 2)
		return 0;
	int ord[4];
	size_t from;
	if (se >= cs + 4 && xt_at(t, se - 4, "三次产业") && n == 3) {
		for (size_t i = 0; i < 3; i++)
			ord[i] = (int)i + 1;
		from = se - 4;
	} else {
		size_t q = se;
		if (q >= cs + 2 && xt_at(t, q - 2, "产业"))
			q -= 2;
		else if (q >= cs + 1 && xt_at(t, q - 1, "产"))
			q -= 1;
		else
			return 0;
		/* 、 ends a clause: the list is read back to the sentence's start */
		size_t floor = bind_start(t, ns), m = 0;
		int rev[4];
		while (q > floor && m < 4 && industry_ordinal(t->cp[q - 1])) {
			rev[m++] = industry_ordinal(t->cp[q - 1]);
			q--;
			if (q > floor + 1 && t->cp[q - 1] == 0x3001 /* 、 */ &&
			    industry_ordinal(t->cp[q - 2]))
				q--;
			else
				break;
		}
		if (m != n)
			return 0;
		for (size_t i = 0; i < m; i++)
			ord[i] = rev[m - 1 - i];
		from = q;
	}
	for (size_t i = 0; i < n; i++) {
		cand *c = push(x);
		c->num_start = at[i];
		c->fig_end = end[i];
		sb v = SB_INIT;
		for (size_t d = at[i]; d < end[i]; d++)
			if (t->cp[d] != ',')
				sb_putc(&v, (char)t->cp[d]);
		c->m.value = sb_take(&v);
		c->m.base_value = xstrdup(c->m.value);
		c->m.unit = xstrdup("%");
		c->m.base_unit = xstrdup("%");
		static const uint32_t ORD[] = {0x4E00, 0x4E8C, 0x4E09};
		const uint32_t name[] = {0x7B2C /* 第 */, ORD[ord[i] - 1], 0x4EA7 /* 产 */,
		                         0x4E1A /* 业 */, 0x6BD4 /* 比 */, 0x4F8B /* 例 */};
		memcpy(c->name.cp, name, sizeof name);
		c->name.n = sizeof name / sizeof name[0];
		c->m.name = name_to_utf8(&c->name);
		place(x, c, from);
		set_quote(t, &c->m, at[i], from, end[n - 1]); /* the whole ratio */
	}
	return end[n - 1];
}

/* 京津来保就医人次从疫情前的0.2万增至173.1万, 养老保险参保人数增长1.07万,
 * 本区生产总值突破2000亿大关: a magnitude without its unit (u, a bare 万 or
 * 亿) takes the unit of the indicator the sentence names before it (gold
 * rule 14): 人次 counts 人次, 人数 counts 人, an amount of money (生产总值,
 * 投资, 收入, 资金, 总额) is in 元; the nearest such word before the number
 * at ns, back to from, decides. Left bare when none is named. */
static void complete_bare_unit(const xt_text *t, size_t from, size_t ns, unit_match *u)
{
	static const struct {
		const char32_t *word;
		const char *unit;
		enum unit_kind kind;
	} BY[] = {{U"人次", "人次", UNIT_COUNT},   {U"人数", "人", UNIT_COUNT},
	          {U"生产总值", "元", UNIT_MONEY}, {U"GDP", "元", UNIT_MONEY},
	          {U"投资", "元", UNIT_MONEY},     {U"收入", "元", UNIT_MONEY},
	          {U"资金", "元", UNIT_MONEY},     {U"总额", "元", UNIT_MONEY},
	          {U"产值", "元", UNIT_MONEY},     {U"增加值", "元", UNIT_MONEY}};
	for (size_t k = ns; k > from; k--)
		for (size_t i = 0; i < sizeof BY / sizeof BY[0]; i++) {
			size_t l = xt_len32(BY[i].word);
			if (k - from < l || !xt_at32(t, k - l, BY[i].word))
				continue;
			char unit[UNIT_TEXT_MAX];
			snprintf(unit, sizeof unit, "%s%s", u->unit, BY[i].unit);
			snprintf(u->unit, sizeof u->unit, "%s", unit);
			snprintf(u->base, sizeof u->base, "%s", BY[i].unit);
			u->kind = BY[i].kind;
			return;
		}
}

/* Handles the number at [ns, ne); returns where scanning resumes. */
static size_t try_number(ctx *x, size_t ns)
{
	const xt_text *t = &x->t;
	char *value = NULL, *signed_value = NULL;
	size_t ne = read_number(x, ns, &value);
	size_t resume = ne;
	uint32_t before = ns > 0 ? t->cp[ns - 1] : 0;
	/* 3-5个, 6%-7%, 3至5家: a range gives two figures, its bounds, named
	 * （下限） and （上限） (range_bounds, at the end). */
	size_t upper_at = 0;
	size_t range_end = range_upper(x, ns, ne, &upper_at);
	if (range_end)
		ne = range_end;
	uint32_t after = xt_get(t, ne);
	if ((after == ':' || after == 0xFF1A) && !range_end) {
		size_t r = try_industry_ratio(x, ns);
		if (r) {
			free(value);
			return r;
		}
	}
	/* 增长-3.2%: a minus sign right after a verb of change is the sign of
	 * the number, not a dash of a code or a range (3-5个, 2021-2023年 have
	 * a number before the dash). */
	if ((before == '-' || before == 0xFF0D) && ns >= 2 && !range_end &&
	    (xt_before_any32(t, ns - 1, clause_start(t, ns - 1), LEX_GROWTH_UP) ||
	     xt_before_any32(t, ns - 1, clause_start(t, ns - 1), LEX_GROWTH_DOWN))) {
		char *neg = decimal_negate(value);
		free(value);
		value = neg;
		ns--;
		before = ns > 0 ? t->cp[ns - 1] : 0;
	}

	/* Part of a name, code or formula: 5G, “6+3”, 1/3, 第13轮; a set of
	 * units (2×66万千瓦 is two machines of 66万千瓦: a capacity label). Not
	 * an abbreviation of an indicator written against its number (产出
	 * GDP19亿元, 接入AP4264个: abbreviation_before). */
	if ((x->flag[ns] & (F_QUOTE | F_GLOSSARY)) ||
	    (xt_is_ascii_alpha(before) && !abbreviation_before(t, ns)) ||
	    xt_is_ascii_alpha(after) || before == '+' || after == '+' || before == '/' ||
	    after == '/' || before == '.' || before == 0x7B2C /* 第 */ || before == '-' ||
	    after == '-' || before == 0xD7 /* × */ || after == 0xD7 || before == '*' ||
	    after == '*')
		goto out;

	size_t p = ne;
	const char *mid = NULL;
	if (xt_at(t, p, "余"))
		mid = "余";
	else if (xt_at(t, p, "多"))
		mid = "多";
	if (mid)
		p++;
	unit_match u;
	if (!units_match(t, p, &u) && (mid || !index_value(t, ns, p, &u)))
		goto out;
	if (u.mid_qualifier)
		mid = u.mid_qualifier;
	if (u.kind == UNIT_NUMBER)
		complete_bare_unit(t, bind_start(t, ns), ns, &u);
	size_t fe = p + u.len;
	/* 747套（间）: a unit with an alternative unit in parentheses is kept
	 * whole (gold rule 34), not cut before （间） */
	unit_match alt;
	if (xt_get(t, fe) == 0xFF08 && units_match(t, fe + 1, &alt) && alt.len == 1 &&
	    alt.exp10 == 0 && alt.kind == u.kind && xt_get(t, fe + 2) == 0xFF09 &&
	    strlen(u.unit) + strlen(alt.unit) + 6 < UNIT_TEXT_MAX &&
	    strlen(u.base) + strlen(alt.unit) + 6 < UNIT_TEXT_MAX) {
		unit_with_alternative(u.unit, alt.unit);
		unit_with_alternative(u.base, alt.unit);
		u.len += 3;
		fe += 3;
	}

	/* After the unit: a qualifier at the clause end, or a threshold
	 * (亿元以上项目, 万元以上的) or a class (千亿级) in front of a noun. */
	const char *suffix = NULL;
	enum metric_qualifier sq = QUAL_NONE;
	size_t sl;
	if ((sl = xt_at_any(t, fe, SUFFIX_LOWER, &suffix)))
		sq = QUAL_LOWER_BOUND;
	else if ((sl = xt_at_any(t, fe, SUFFIX_UPPER, &suffix)))
		sq = QUAL_UPPER_BOUND;
	else if ((sl = xt_at_any(t, fe, SUFFIX_APPROX, &suffix)))
		sq = QUAL_APPROX;
	if (sq == QUAL_LOWER_BOUND || sq == QUAL_UPPER_BOUND) {
		/* 10%以上的目标 bounds a target; 亿元以上项目 classifies projects. */
		uint32_t next = xt_get(t, fe + sl);
		/* 建设100个以上政府投资类项目, 2条以上“共享生产线”: a measure word
		 * of things counts the noun after it, which a count cannot
		 * classify; 100人以上企业, 10万人次以上景区 size it (LEX_SIZE_COUNTS). */
		int counts_the_noun = u.kind == UNIT_COUNT && sq == QUAL_LOWER_BOUND &&
		                      !xt_at_any32(t, p, LEX_SIZE_COUNTS);
		/* 完成80万平方米以上既有建筑节能改造, 释放10平方公里以上产业用地空间:
		 * a measure (no money, no count) right after a verb of work done is
		 * the amount done and the noun after it the work, when nothing
		 * after it in the clause is counted; 梳理1万平方米以上地块 and
		 * 5万平方米以上商业综合体3个 sort the things counted. */
		/* 95%以上的信访问题稳控化解在区一级, 80%以上的省科技攻坚项目由企业牵头:
		 * a share bounded before 的 and the things it is of is a figure (the
		 * share, as 60%的乡镇 is), no threshold: a rate sorts nothing */
		if (u.kind == UNIT_PERCENT && xt_at(t, fe + sl, "的"))
			counts_the_noun = 1;
		if (!counts_the_noun && sq == QUAL_LOWER_BOUND && u.kind != UNIT_MONEY &&
		    u.kind != UNIT_COUNT && !unit_is_rate(u.kind) && !xt_at(t, fe + sl, "的") &&
		    ns > 0 && xt_before_any32(t, ns, clause_start(t, ns), LEX_AMOUNT_DONE_VERBS) &&
		    !count_in(t, fe + sl, clause_end(t, fe + sl)))
			counts_the_noun = 1;
		if ((xt_is_han(next) || xt_is_open_quote(next)) && !target_after(t, fe + sl) &&
		    !xt_at_any32(t, fe + sl, VERBS_AFTER_BOUND) && !counts_the_noun)
			goto out; /* threshold */
	}
	/* 产值过50亿元的园区: 过 (passing, not 超过/通过/经过) a level before 的 and
	 * a noun classifies that noun (gold rule 10), like 亿元以上项目. */
	if (sl == 0 && xt_before(t, ns, 0, "过") &&
	    (ns < 2 || !xt_at_any32(t, ns - 2, LEX_NOT_PASSING)) && xt_at(t, fe, "的"))
		goto out;
	/* 设立24小时家庭医生热线电话, 公园24小时开放, 24小时不打烊站点: round-the-
	 * clock service is a mode, a label (gold rule 75), no duration measured;
	 * 用时24小时 is one (the verb before, nothing after). */
	if (u.kind == UNIT_DURATION && sl == 0 && strcmp(value, "24") == 0 &&
	    strcmp(u.unit, "小时") == 0 && xt_is_han(xt_get(t, fe)))
		goto out;
	/* 附件2：南山区2013年90件民生实事落实情况汇总表.doc: a line naming an
	 * attached file is a title (gold rule 65); the count it repeats is taken
	 * where the text states it. */
	if (names_attached_file(t, fe))
		goto out;
	/* 重点做好以下10个方面的工作, 做好以下9项工作; 明确了8条执行要点。这8条要点:
	 * the count of the report's own parts (gold rule 44) and a count said
	 * again after 这 (gold rule 73) are no figures. */
	if (u.kind == UNIT_COUNT && ns > 0 &&
	    (xt_before(t, ns, 0, "以下") || xt_before(t, ns, 0, "如下") ||
	     (t->cp[ns - 1] == 0x8FD9 /* 这 */ && !xt_before(t, ns, 0, "在这"))))
		goto out;
	/* 8平方公里的光明中心区、11平方公里的华侨城光明小镇: the size of a named
	 * area, said only to describe it, is no figure (gold rule 72); land an
	 * action settles is (1.8平方公里的土地整备: no place). */
	if (u.kind == UNIT_AREA && sl == 0 && size_of_named_place(t, fe))
		goto out;
	/* 500米公交站点覆盖率达94%, 公交站点500米服务半径全覆盖: a length that
	 * sets the radius a coverage is measured within is the standard of that
	 * indicator (gold rule 26: its threshold is no figure), not a length
	 * built. */
	if (u.kind == UNIT_LENGTH && sl == 0 && radius_of_coverage(t, fe))
		goto out;
	/* 年产值超10亿元企业6家, 年销售收入超10亿元的龙头企业达100家: an amount
	 * passed (超, 超过, 逾, 过) right before the class of things it sorts
	 * and their count is the class's threshold (gold rule 10), no figure;
	 * the count is. */
	if (sl == 0 && u.kind != UNIT_COUNT && !unit_is_rate(u.kind) &&
	    xt_before_any(t, ns, 0, LEX_PASSED_BEFORE, NULL) &&
	    counted_class_after(t, fe, clause_end(t, fe)))
		goto out;
	if (xt_at(t, fe, "级"))
		goto out;
	/* 迈上3000亿元新台阶，达到3086.4亿元: the milestone passed is no figure
	 * when the measured value follows in its sentence; without one
	 * (首次突破400亿元大关，增长4.5%) the milestone is the figure, and the
	 * milestone word is part of it (the growth after it binds to it). */
	size_t ml = xt_at_any(t, fe, MILESTONE_AFTER, NULL);
	if (ml && amount_follows(x, fe + ml, u.base))
		goto out;
	fe += ml;
	/* 0—6岁儿童, 60岁老人: an age in front of the people it is of names a
	 * group, not a measurement (人均预期寿命82.58岁 is one, also before a
	 * verb: 从82.4岁提升至83.9岁). */
	if (strcmp(u.base, "岁") == 0 && sl == 0 && xt_at_any32(t, fe, LEX_AGE_GROUPS))
		goto out;
	/* 连续10个月增速保持在50%以上, 时隔21天: a streak or a gap says how long
	 * something held or waited (gold rule 8), it measures nothing; a
	 * duration after a verb of doing (用时45天, 缩短至3个工作日) does. */
	if (u.kind == UNIT_DURATION &&
	    xt_before_any32(t, ns, clause_start(t, ns), LEX_STREAK_WORDS))
		goto out;
	fe += sl;
	resume = fe;

	size_t cs = clause_start(t, ns);
	size_t ce = clause_end(t, fe);
	const char *pq = NULL;
	enum metric_qualifier pqk = QUAL_NONE;
	size_t pl;
	if ((pl = xt_before_any(t, ns, cs, PREFIX_UPPER, &pq)) &&
	    !(strcmp(pq, "低于") == 0 && ns >= cs + pl + 1 && xt_before(t, ns - pl, cs, "不")))
		pqk = QUAL_UPPER_BOUND;
	else if ((pl = xt_before_any(t, ns, cs, PREFIX_LOWER, &pq)))
		pqk = QUAL_LOWER_BOUND;
	else if ((pl = xt_before_any(t, ns, cs, PREFIX_APPROX, &pq)) &&
	         !(strcmp(pq, "约") == 0 && xt_before_any32(t, ns, cs, LEX_YUE_WORDS)))
		pqk = QUAL_APPROX;
	else {
		/* 签约8260户: that 约 ends the verb, which stays in the words */
		pl = 0;
		pq = NULL;
	}
	size_t lead = ns - pl; /* where the figure's words start */
	/* 每年至少培育10家: 至少 before the verb bounds the figure as much as
	 * right before its number (gold rule 6: approx) */
	if (pqk == QUAL_NONE && xt_find(t, cs, lead, "至少") != (size_t)-1) {
		pqk = QUAL_LOWER_BOUND;
		pq = "至少";
	}
	/* 上市企业增至105家，约占全市的37%; 增加值856亿元，超过全市40%: 约 before
	 * the share's verb, 超过 before its scope bound the share as they would
	 * right before its number (gold rule 6). Only 超过 with the number right
	 * after the scope: 远超全省8%重点率 compares with the province's rate. */
	if (pqk == QUAL_NONE && u.kind == UNIT_PERCENT) {
		size_t sc;
		if (xt_find(t, cs, lead, "约占") != (size_t)-1) {
			pqk = QUAL_APPROX;
			pq = "约";
		} else if (lead >= cs + 4 && (sc = xt_before_any32(t, lead, cs, SCOPE_WORDS)) &&
		           lead - sc >= cs + 2 && xt_before(t, lead - sc, cs, "超过") &&
		           !xt_is_han(xt_get(t, fe))) {
			pqk = QUAL_LOWER_BOUND;
			pq = "超过";
		}
	}

	if (standard_reached(x, &u, cs, ns, lead, fe) || page_counter(t, ns, fe))
		goto out;

	/* 年产10万吨…项目: a capacity that names a project. */
	if (xt_before_any32(t, lead, cs, CAPACITY_WORDS)) {
		if (xt_in_any32(t, fe, ce, PROJECT_WORDS))
			goto out;
	}
	/* 大唐700万吨露天矿, 蠡县10万千瓦风电项目: a capacity right before the
	 * facility it sizes, after the facility's owner or place, is part of
	 * that facility's name (gold rule 11), not a measurement; after a verb
	 * (完成2100万千瓦火电机组改造, 等402万千瓦机组建成) it is the amount done. */
	if ((u.kind == UNIT_ENERGY || u.kind == UNIT_WEIGHT) &&
	    (facility_after(t, fe) || facility_list_after(t, fe)) && xt_is_han(before) &&
	    !capacity_is_done(before))
		goto out;
	/* 28万人民, 为1000万保定人民: the people of a place, a population in
	 * rhetoric (gold rule 9), not a count of people reached; the unit took
	 * the 人 of 人民. */
	if (strcmp(u.base, "人") == 0 && fe > 0 && t->cp[fe - 1] == 0x4EBA /* 人 */ &&
	    xt_get(t, fe) == 0x6C11 /* 民 */)
		goto out;
	/* 建成占地3100平米的口袋公园: the size of the one facility after 的 is part
	 * of what names it (gold rule 21), no figure of the report. */
	int settled_land = 0; /* 占地…的…土地整备: named by the land settled */
	if (u.kind == UNIT_AREA && xt_at(t, fe, "的") &&
	    xt_before_any32(t, lead, cs, LEX_SIZE_WORDS)) {
		if (!land_settled_after(t, fe + 1))
			goto out;
		settled_land = 1;
	}
	/* 入围全国前20名最具影响力…品牌: the top N in front of the group it
	 * names is a label (like TOP30, gold rule 21); 降幅居全国前5位 at its
	 * clause's end is a ranking result and stays. */
	if (before == 0x524D /* 前 */ && (xt_at(t, ne, "名") || xt_at(t, ne, "位")) &&
	    xt_is_han(xt_get(t, ne + 1)))
		goto out;
	/* 动态调整27个领域759项事项, 15个方面300多项改革举措: the count of the
	 * fields a list of counted things is spread over is context (gold rule
	 * 19), the count after it is the figure. Only a group noun right after
	 * the measure word and a count right after it: 3个领域投资100亿元 and
	 * 4个方面的保障措施 keep their figure. */
	if (u.kind == UNIT_COUNT && sl == 0) {
		size_t g = xt_at_any32(t, fe, LEX_GROUP_NOUNS);
		/* 对4个乡镇18个村实施…: the places the places counted after are in
		 * (not 惠及80个乡镇300万群众: people reached in several units are
		 * each a figure, gold rule 30) */
		int places = 0;
		if (!g && (g = xt_at_any32(t, fe, LEX_PLACE_GROUPS)))
			places = 1;
		size_t k = fe + g;
		while (g && k < ce && k - fe - g < 2 && !xt_is_digit(t->cp[k]))
			k++; /* 约, 近, 超 */
		size_t d = k;
		while (g && d < ce && (xt_is_digit(t->cp[d]) || t->cp[d] == '.'))
			d++;
		if (g && d > k && (xt_at(t, d, "多") || xt_at(t, d, "余")))
			d++; /* 300多项 */
		unit_match next;
		if (g && d > k && units_match(t, d, &next) && next.kind == UNIT_COUNT &&
		    (!places || xt_at_any32(t, d + next.len, LEX_PLACE_PARTS)))
			goto out;
	}
	/* 三期21个安置区已交付10个, 23个项目除一个外，其余22个全部完工: a count
	 * heading its clause whose part follows in the sentence (已 / 其余 + a
	 * count of the same measure word) is the whole the part is of (gold
	 * rules 9, 30), not a figure; so is one after words that do nothing to
	 * it (区政府184项量化指标任务，已完成175项; 对区直属部门235项行政审批
	 * 事项，削减55项…其余172项; 工作组移交的52个问题已完成35个, gold rule
	 * 43), when the part (已…, 其余…) follows in the count's own clause or
	 * opens one. After a verb of doing (引进项目30个，已开工20个, 申报了63个
	 * 项目) or as a change's start (从3000余家增至24000家) the count is a
	 * figure. */
	int whole_of_part = u.kind == UNIT_COUNT && sl == 0 &&
	                    (lead - cs <= 2 || (!xt_in_any32(t, cs, lead, LEX_LIST_ITEM_VERBS) &&
	                                        xt_find(t, cs, lead, "从") == (size_t)-1 &&
	                                        xt_find(t, cs, lead, "了") == (size_t)-1 &&
	                                        part_opens_clause(t, fe))) &&
	                    xt_is_han(xt_get(t, fe)) && part_follows(x, fe, u.unit, value);
	/* 以环龙岐湾等4个片区为重点: the places a goal is framed by, named by
	 * examples (等) and 以…为重点 (gold rule 35), are context; not the tasks
	 * of 以办好10件民生实事为牵引. */
	if (u.kind == UNIT_COUNT && sl == 0 && xt_before(t, lead, cs, "等") &&
	    xt_find(t, cs, ns, "以") != (size_t)-1) {
		size_t k = fe;
		while (k < ce && k - fe < 8 && xt_is_han(t->cp[k]) && !xt_at(t, k, "为"))
			k++;
		if (k > fe && xt_at(t, k, "为") && xt_at_any32(t, k + 1, LEX_FRAME_WORDS))
			goto out;
	}
	/* 全国31个省区市, 全省11个设区市: the count of the places a scope holds
	 * is the context of a comparison, not a figure (gold rule 9). */
	if (xt_before_any32(t, lead, cs, SCOPE_WORDS) && xt_at_any32(t, fe, LEX_PLACE_SETS))
		goto out;
	/* 在全省166家…开发区排名第六: the peer group of a ranking. */
	if (ranking_ahead(x, fe, ce)) {
		if (xt_before_any32(t, lead, cs, SCOPE_WORDS))
			goto out;
		/* 优良天数4项指标稳居全市第一: the count of the indicators one
		 * ranking covers (gold rule 28) */
		if (u.kind == UNIT_COUNT && xt_at_any32(t, fe, LEX_RANKED_INDICATORS))
			goto out;
		size_t in = xt_find(t, cs, ns, "在");
		if (in != (size_t)-1)
			goto out; /* 在168个重点城市…排名, 在全省45家…中居第三 */
	}
	/* 在全省167个区县中找位次: 在 + a count + its noun + 中 is the group the
	 * sentence compares within, a ranking named or not (gold rule 9). */
	if (u.kind == UNIT_COUNT && xt_find(t, cs, ns, "在") != (size_t)-1) {
		size_t k = fe;
		while (k < ce && k - fe < 8 && xt_is_han(t->cp[k]) && !xt_at(t, k, "中"))
			k++;
		if (k > fe && xt_at(t, k, "中"))
			goto out;
	}

	size_t verb = 0;
	int down = 0;
	int growth = unit_is_rate(u.kind) && growth_before(t, lead, cs, &verb, &down);
	if (!growth && u.kind == UNIT_PERCENT && growth_noun_after(t, fe, ce, &down) &&
	    !xt_in_any32(t, cs, lead, LEX_CT_SPANS)) {
		growth = 1; /* 实现15%的高增长: a growth rate as 增长15% is */
		verb = lead;
	}
	signed_value = down ? decimal_negate(value) : xstrdup(value);
	/* 年均增长7.5%, 累计下降14%, 3年增长58.6%: a change over a span of
	 * years is no year-over-year change; it is a figure of its own, named
	 * with the span (年均增长, 累计下降). */
	size_t span_at = verb, span_end = verb;
	if (growth && u.kind == UNIT_PERCENT)
		span_at = span_before(t, verb, cs, &span_end);
	int yearly_avg = span_at < verb;
	/* 这五年，…进出口总值增长53.1%; “十四五”时期…增长456%: a change stated
	 * for a span of years (the sentence's or its paragraph's time, F_SPAN)
	 * is over the span, no year-over-year change: a figure of its own, as
	 * 年均 and 累计 make it. A year or a part of a year named in the
	 * sentence (2025年增长6%) overrides the paragraph's span. */
	int over_span = growth && (x->flag[ns] & F_SPAN) != 0;
	/* 比2010年提高86%: a change against a base year other than the year
	 * before is no year-over-year change either. The model has no place
	 * for a base year, so the figure is one of its own and its name keeps
	 * the base (地区生产总值比2010年提高); 比上年 and 比2022年 in a 2023
	 * report stay year-over-year. */
	size_t base_at = 0;
	int other_base = 0, base_year = 0;
	int base_apart = 0; /* the base is a clause of its own before (leading_base) */
	if (growth) {
		size_t bv = respectively_before(t, verb, cs); /* 比2020年分别下降 */
		if (bv == (size_t)-1)
			bv = verb;
		int by = base_year_before(t, bv, cs, &base_at);
		other_base = by > 0 && !is_yoy_base(x, by);
		if (other_base)
			base_year = by;
		else if (by && !yearly_avg && base_at < span_at)
			span_at = base_at; /* 营业收入比2013年增长10%: named 营业收入 */
		size_t at = by ? (size_t)-1 : other_comparison_before(t, bv, cs);
		if (at != (size_t)-1) {
			other_base = 1;
			base_at = at;
		} else if (!by && leading_base(t, cs, &by) && !is_yoy_base(x, by)) {
			/* 与2009年新区成立时相比，…增长108.3%: the base a clause
			 * before stated; named up to the verb, since the base is
			 * not in this clause */
			other_base = 1;
			base_year = by;
			base_at = verb;
			base_apart = 1;
		} else if (!by && u.kind == UNIT_PERCENT && reform_measure_before(t, cs, verb)) {
			/* 平均办理时间减少62%: against the procedure before, shown
			 * with its verb (办理时间减少) like a change against a base */
			other_base = 1;
			base_at = verb;
		}
	}
	/* 增长6.5%(年度目标6%以上): the year's target quoted after a growth */
	size_t target_open = 0;
	int quoted_target = !growth && u.kind == UNIT_PERCENT && x->n > 0 &&
	                    target_in_parentheses(x, cs, lead, &target_open);
	/* 上线率77.2%，增长6.58%: a growth after a rate (%, no growth itself) */
	int rate_growth = 0;

	/* 分别增长5%、7%, and rates listed after one verb without it
	 * (刑事发案率、治安受案率同比下降39.41%、23.38%): one rate per figure or
	 * subject, in order (gold rules 18, 29). */
	size_t list_at, list_end;
	int respectively = growth && respectively_before(t, verb, cs) != (size_t)-1;
	if (growth && u.kind == UNIT_PERCENT &&
	    (respectively || rates_listed_after(t, fe, 0, &list_at, &list_end, 1))) {
		size_t r = bind_respectively(x, verb, ns, fe, signed_value, down,
		                             yearly_avg || other_base || over_span, respectively);
		/* the rates listed against an older base carry it */
		for (size_t k = x->n; r && base_year && k > 0 && x->c[k - 1].num_start >= ns; k--)
			x->c[k - 1].m.base_year = base_year;
		if (r) {
			resume = r;
			goto out;
		}
	}

	cand *prev = figure_before(x, growth ? verb : ns);
	size_t name_from = cs;
	if (prev && prev->fig_end > cs)
		name_from = prev->fig_end;
	/* 办结率、走访率、满意率均为100%: one figure named by all the subjects
	 * listed before 均 (gold rule 18), not by the last one alone. */
	size_t listed = all_of_listed_subjects(t, cs, lead);
	if (listed != (size_t)-1 && name_from == cs && (!prev || prev->fig_end <= listed))
		name_from = listed;

	/* A growth in % of a rate in % (上线率77.2%，增长6.58%) is no
	 * year-over-year change of the rate, whose change is in points (占比2.5%，
	 * 提高0.8个百分点): a figure of its own (gold rules 5, 29). */
	if (growth && u.kind == UNIT_PERCENT && prev && !prev->m.is_ranking && !prev->is_growth &&
	    !prev->m.yoy_pct && prev->m.unit && strcmp(prev->m.unit, "%") == 0 &&
	    only_comparison_words(t, prev->fig_end, verb))
		rate_growth = 1;
	cand *ranked = growth && u.kind == UNIT_PERCENT && !yearly_avg && !other_base && !over_span
	                   ? figure_before_ranking(x, prev, verb)
	                   : NULL;
	if (ranked) {
		/* 924亿元，居全市第二，增长10.7%: the ranked figure's growth */
		ranked->m.yoy_pct = signed_value;
		signed_value = NULL;
		goto out;
	}
	if (growth && !yearly_avg && !other_base && !over_span && !rate_growth &&
	    u.kind == UNIT_PERCENT && prev && !prev->m.is_ranking && !prev->is_growth &&
	    !prev->m.yoy_pct &&
	    (only_comparison_words(t, prev->fig_end, verb) ||
	     stock_of_figure_before(t, prev, prev->fig_end, verb) ||
	     standing_between(t, prev->fig_end, verb))) {
		/* 182.9亿元，同比增长6.1%: the growth of the figure before. */
		prev->m.yoy_pct = signed_value;
		signed_value = NULL;
		if (ce > prev->m.span_end)
			set_quote(t, &prev->m, prev->num_start, prev->m.span_start, ce);
		goto out;
	}

	cand *c = push(x);
	if (prev) /* push may have moved the array */
		prev = &x->c[x->n - 2];
	c->num_start = ns;
	c->fig_end = fe;
	c->m.base_year = base_year;
	c->is_start = change_start(t, lead, fe, cs);
	c->m.unit = xstrdup(u.unit);
	c->m.base_unit = xstrdup(u.base);
	if (growth && u.kind != UNIT_TIMES) {
		/* A change stated with 下降/减少 is negative: 下降2.3% → -2.3. */
		c->m.value = signed_value;
		signed_value = NULL;
		c->m.base_value = decimal_scale(c->m.value, 0);
	} else {
		c->m.value = xstrdup(value);
		c->m.base_value = decimal_scale(value, u.exp10);
	}
	set_qualifier(&c->m, pqk, pq);
	if (mid)
		set_qualifier(&c->m, QUAL_LOWER_BOUND, mid);
	set_qualifier(&c->m, sq, suffix);

	int bound_points = 0;
	if (growth && u.kind == UNIT_TIMES) {
		c->is_growth = 1; /* 增长1.5倍: a multiple, not a percentage */
	} else if (growth && u.kind == UNIT_PERCENT) {
		c->is_growth = 1;
		if (!yearly_avg && !other_base && !over_span)
			c->m.yoy_pct = xstrdup(c->m.value);
	} else if (growth && prev && !prev->m.is_ranking && prev->m.unit &&
	           strcmp(prev->m.unit, "%") == 0 && !prev->m.yoy_points &&
	           only_comparison_words(t, prev->fig_end, verb)) {
		/* 占比2.5%，提高0.8个百分点: a figure of its own and the change of
		 * the share before it. */
		prev->m.yoy_points = xstrdup(c->m.value);
		c->name = prev->name;
		bound_points = 1;
	} else if (quoted_target && prev && prev->m.yoy_pct) {
		/* 地区生产总值完成92.4亿元，增长6.5%(年度目标6%以上): the target
		 * of the growth before, a growth rate itself (value = yoy), named
		 * by the growth's subject and the words before it in the
		 * parentheses (地区生产总值（年度目标）), a target (gold rule 27). */
		static const char32_t OPEN[] = U"（", CLOSE[] = U"）";
		c->is_growth = 1;
		c->m.yoy_pct = xstrdup(c->m.value);
		c->name = prev->name;
		if (c->name.n < XT_NAME_MAX)
			c->name.cp[c->name.n++] = (uint32_t)OPEN[0];
		name_append(&c->name, t, target_open + 1, lead);
		if (c->name.n < XT_NAME_MAX)
			c->name.cp[c->name.n++] = (uint32_t)CLOSE[0];
		bound_points = 1;
	} else {
		quoted_target = 0;
	}
	/* 能耗、水耗再降，降幅均达4%以上: a rate noun (降幅, 增速) opening its
	 * clause with no subject before it names the figure itself, as it did
	 * before the verb bound the rate: the clause before is another verb's. */
	size_t words_end = other_base ? base_at : growth ? span_at : lead;
	if (growth && words_end == verb && !word_between(t, name_from, verb))
		words_end = verb + xt_at_any32(t, verb, LEX_GROWTH_NOUNS);
	enum own_name own = OWN_NAME;
	int measure_only = 0;
	if (!bound_points)
		own = make_name(x, c, name_from, words_end, fe, ce, &u);
	c->no_subject = own == OWN_NONE;
	if (settled_land) {
		/* 完成占地1.2平方公里的白石岭土地整备 → 白石岭土地整备 */
		int ignored;
		name_set(&c->name, t, fe + 1, ce);
		name_clean(&c->name, &ignored);
	}
	/* 优良天数281天、比2020年增加36天, 比2015年增加120亿元: an amount of change
	 * against a base year other than the year before is a change against
	 * that year (base_year, the database's against_year), no year-over-year
	 * change; a clause opening with its base is about the figure before it
	 * (of the same base unit), whose name it takes: 优良天数比2020年增加. */
	size_t cv;
	int cdown;
	if (!growth && !unit_is_rate(u.kind) && !bound_points &&
	    growth_before(t, lead, cs, &cv, &cdown)) {
		size_t b_at = cv;
		int by = base_year_before(t, cv, cs, &b_at);
		if (by > 0 && !is_yoy_base(x, by)) {
			c->m.base_year = by;
			if (!word_between(t, cs, b_at) && prev && !prev->m.is_ranking &&
			    prev->m.base_unit && strcmp(prev->m.base_unit, u.base) == 0 &&
			    prev->fig_end <= cs)
				name_prepend_name(&c->name, &prev->name);
		}
	}
	if (u.kind == UNIT_MONEY && own == OWN_NAME)
		name_project_investment(x, c, cs, fe, ce);
	if (rate_growth && own == OWN_NONE) {
		/* named by the rate and the verb: 上线率增长 */
		size_t vl = xt_at_any32(t, verb, down ? LEX_GROWTH_DOWN : LEX_GROWTH_UP);
		name_append(&c->name, t, verb, verb + vl);
	}
	size_t from = name_from == cs ? cs : name_from;
	if (!growth && !unit_is_rate(u.kind) && own == OWN_TOTAL && prev && prev->m.is_ranking &&
	    x->n >= 3 && growth_before_rank(x, ns, lead)) {
		/* 地区生产总值增长6.0%、全省第二，高于全国平均水平，总量达到4773.3
		 * 亿元: the growth, its ranking and a comparison with the average
		 * come first; the stock after them is the same indicator's, and
		 * takes the growth as its yoy (gold rule 1). The ranking stays a
		 * figure of its own, before the merged one. */
		cand *g = &x->c[x->n - 3];
		c->m.yoy_pct = g->m.yoy_pct;
		g->m.yoy_pct = NULL;
		name_prepend_name(&c->name, &g->name);
		cand_drop(g);
		memmove(g, g + 1, 2 * sizeof *g);
		x->n--;
		c = &x->c[x->n - 1];
		prev = &x->c[x->n - 2];
	} else if (!growth && !unit_is_rate(u.kind) && (own == OWN_NONE || own == OWN_TOTAL) &&
	           prev && prev->is_growth && prev->m.yoy_pct && !prev->m.is_ranking &&
	           strcmp(prev->m.unit, "%") == 0 && only_link_words(t, prev->fig_end, lead)) {
		/* 财政收入同比增长8.1%，达到56亿元: the growth stated first belongs
		 * to the amount that follows; the two make one figure. */
		c->m.yoy_pct = prev->m.yoy_pct;
		prev->m.yoy_pct = NULL;
		from = prev->m.span_start;
		cand_drop(prev);
		*prev = *c;
		x->n--;
		c = prev;
	} else if (!growth && !unit_is_rate(u.kind) && own == OWN_NAME && prev && prev->is_growth &&
	           prev->m.yoy_pct && !prev->m.is_ranking && strcmp(prev->m.unit, "%") == 0 &&
	           amount_after_growth(t, prev, c, cs, lead, &measure_only)) {
		/* 全年增长9.3%，完成本地生产总值3842亿元: one figure, as above; a
		 * measure alone (实现产值875亿元) is of the growth's subject */
		c->m.yoy_pct = prev->m.yoy_pct;
		prev->m.yoy_pct = NULL;
		if (measure_only)
			name_prepend_name(&c->name, &prev->name);
		from = prev->m.span_start;
		cand_drop(prev);
		*prev = *c;
		x->n--;
		c = prev;
	} else if (!growth && u.kind == UNIT_PERCENT && prev && prev->num_start >= cs &&
	           !prev->is_growth && !prev->m.yoy_pct && !prev->m.is_ranking &&
	           is_count(t, prev) && c->name.n > 0 &&
	           (c->name.cp[c->name.n - 1] == 0x7387 /* 率 */ ||
	            only_noun_between(t, prev->fig_end, lead))) {
		/* 49个国省考断面水质达标率100%, 59条河流98.8%达到Ⅲ类: a count with a
		 * rate or a share of it in the same clause is its denominator (gold
		 * rules 9, 19), no figure of its own; the rate keeps its name
		 * (国省考断面水质达标率). */
		cand_drop(prev);
		*prev = *c;
		x->n--;
		c = prev;
	}
	if (c->name.n == 0) {
		/* 过去一年，地区生产总值迈上新台阶，达到3086.4亿元: no figure before it
		 * names the clause, but a clause before it in the sentence states its
		 * subject — the nearest one whose words name anything, up to their
		 * verb or number (加大研发经费投入力度，全年增长10%: not the
		 * sentence's first clause, which may be about something else). */
		for (size_t se = cs, bs = bind_start(t, cs); c->name.n == 0 && se > bs;) {
			size_t ss = clause_start(t, se - 1), stop = ss;
			while (stop < se - 1 && !xt_is_digit(t->cp[stop]) &&
			       !xt_at_any(t, stop, SUBJECT_ENDING_VERBS, NULL))
				stop++;
			int ignored;
			name_set(&c->name, t, ss, stop);
			name_clean(&c->name, &ignored);
			se = ss;
		}
	}
	if (c->name.n == 0) {
		/* 确保完成全年增长6%的目标任务: no subject anywhere in the sentence;
		 * the clause's own words, untrimmed, beat an empty label. */
		size_t a = name_from, b = lead;
		while (a < b && !xt_is_han(t->cp[a]))
			a++;
		while (b > a && !xt_is_han(t->cp[b - 1]))
			b--;
		name_set(&c->name, t, a, b);
	}
	if (yearly_avg) {
		size_t vl = xt_at_any32(t, verb, down ? LEX_GROWTH_DOWN : LEX_GROWTH_UP);
		name_append(&c->name, t, span_at, span_end);
		name_append(&c->name, t, verb, verb + vl);
	}
	if (other_base) {
		/* The subject alone names the figures after it in the sentence. */
		xt_name shown = c->name;
		size_t vl = xt_at_any32(t, verb, down ? LEX_GROWTH_DOWN : LEX_GROWTH_UP);
		if (base_apart && base_year && shown.n + 6 <= XT_NAME_MAX) {
			/* the base year stated in a clause before, written as an
			 * own base is (地区生产总值较2009年增长) */
			shown.cp[shown.n++] = 0x8F83; /* 较 */
			for (int d = 1000; d > 0; d /= 10)
				shown.cp[shown.n++] = (uint32_t)('0' + base_year / d % 10);
			shown.cp[shown.n++] = 0x5E74; /* 年 */
		}
		name_append(&shown, t, base_at, verb + vl);
		c->m.name = name_to_utf8(&shown);
	} else {
		c->m.name = name_to_utf8(&c->name);
	}
	place(x, c, from);
	/* 实现地区生产总值增长2.5%左右的目标: the figure is the target itself,
	 * about the period of the clause (a result section reports the target
	 * it met). */
	if (target_after(t, fe) || quoted_target)
		c->cues.target_itself = 1;
	/* the whole stays a candidate while its sentence is read — the part
	 * after it is named from its end (已交付10个 of 21个安置区: 安置区已交付)
	 * — and is dropped after the pass (drop_context) */
	c->is_context = whole_of_part;
	/* the target quoted in a result's sentence is of the result's year:
	 * its own 预期目标 makes no plan of the sentence */
	if (quoted_target)
		c->cues.sentence_target = 0;
	if (range_end)
		range_bounds(x, (size_t)(c - x->c), upper_at,
		             growth && u.kind != UNIT_TIMES ? 0 : u.exp10,
		             growth && u.kind != UNIT_TIMES && down);
out:
	free(signed_value);
	free(value);
	return resume;
}

/* -------------------------------------------------- 城乡 respectively */

static int same_name(const xt_name *a, const xt_name *b)
{
	return a->n == b->n && memcmp(a->cp, b->cp, a->n * sizeof a->cp[0]) == 0;
}

/* End of the sentence holding pos (at its 。；or the text end). */
static size_t sentence_end(const xt_text *t, size_t pos)
{
	size_t i = pos;
	while (i < t->n && i - pos < MAX_SCAN && !xt_sentence_delim_at(t, i))
		i++;
	return i;
}

/* 城乡居民人均可支配收入分别达到41256元和21873元: by convention the two
 * figures of a 城乡 subject stated 分别 are the urban (城镇) and the rural
 * (农村) one, in that order. Applies to exactly two figures of one sentence
 * sharing a name that starts with 城乡 and the same base unit, with 分别 in
 * that sentence; the names are rewritten in place. */
static void split_urban_rural(ctx *x)
{
	const xt_text *t = &x->t;
	for (size_t k = 0; k + 1 < x->n; k++) {
		cand *a = &x->c[k], *b = &x->c[k + 1];
		if (!name_starts_with(&a->name, "城乡") || a->name.n <= 2 ||
		    !same_name(&a->name, &b->name) || a->m.is_ranking || b->m.is_ranking ||
		    !a->m.base_unit || !b->m.base_unit ||
		    strcmp(a->m.base_unit, b->m.base_unit) != 0)
			continue;
		/* 城乡居民基础养老金最低标准从98元/月提高到178元/月: the level a
		 * change starts from and the one it reaches are one subject's,
		 * whatever 分别 another clause of the sentence holds. */
		if (a->is_start)
			continue;
		size_t s = bind_start(t, a->num_start);
		if (bind_start(t, b->num_start) != s)
			continue;
		if (k > 0 && same_name(&x->c[k - 1].name, &a->name) &&
		    bind_start(t, x->c[k - 1].num_start) == s)
			continue;
		if (k + 2 < x->n && same_name(&x->c[k + 2].name, &a->name) &&
		    bind_start(t, x->c[k + 2].num_start) == s)
			continue;
		if (xt_find(t, s, sentence_end(t, b->fig_end), "分别") == (size_t)-1)
			continue;
		static const char32_t URBAN[] = U"城镇", RURAL[] = U"农村";
		for (int i = 0; i < 2; i++) {
			cand *c = i == 0 ? a : b;
			c->name.cp[0] = (uint32_t)(i == 0 ? URBAN : RURAL)[0];
			c->name.cp[1] = (uint32_t)(i == 0 ? URBAN : RURAL)[1];
			free(c->m.name);
			c->m.name = name_to_utf8(&c->name);
		}
		k++;
	}
}

/* 城镇和农村居民人均可支配收入分别达35512元、25689元, 经济总量和增速分别居全国
 * 第四、第八: a run of figures of one sentence that share a name listing
 * subjects (joined by 和、及与) as many as the figures, with 分别 in the
 * sentence, takes one subject each, in order. When all subjects but the
 * last are short words of one length (城镇, 农村…) they are parallel
 * modifiers of the last one's head (农村[居民人均可支配收入]), else each
 * subject is a whole name. A head that would start with a suffix (工业和服务
 * 业增加值: 业增加值) leaves the names as they are. */
/* The figures [k, j) follow one another with only 、和及与 between them
 * (800公里、600公里、300公里): a list of values, one per listed subject. */
static int adjacent_figures(const ctx *x, size_t k, size_t j)
{
	const xt_text *t = &x->t;
	for (size_t i = k; i + 1 < j; i++) {
		size_t e = x->c[i].fig_end;
		uint32_t c = xt_get(t, e);
		if (x->c[i + 1].num_start != e + 1 ||
		    !(c == 0x3001 || c == 0x548C /* 和 */ || c == 0x53CA /* 及 */ || c == 0x4E0E))
			return 0;
	}
	return 1;
}

/* Where the m subjects before the clause at cs start when each is a short
 * clause of its own ended by 、 (供热、燃气、[排水管网…]): at most 14 code
 * points, the length of an indicator's own name (新建装配式建筑面积比例、[高星级
 * 绿色建筑比例分别达55%、50%]: 11; 规模以上工业企业营业收入: 12), no digits
 * but a year opening the first. (size_t)-1 when they are not there. */
static size_t listed_subjects_start(const xt_text *t, size_t cs, size_t m)
{
	size_t p = cs;
	for (size_t i = 0; i < m; i++) {
		if (p == 0 || t->cp[p - 1] != 0x3001)
			return (size_t)-1;
		size_t a = clause_start(t, p - 1);
		if (p - 1 - a == 0 || p - 1 - a > 14)
			return (size_t)-1;
		/* 2021年旅游收入、…: a year opening the first subject is its
		 * period (name_clean cuts it), no figure */
		size_t q0 = a;
		if (i + 1 == m && q0 + 5 < p - 1 && xt_is_digit(t->cp[q0]) &&
		    xt_is_digit(t->cp[q0 + 1]) && xt_is_digit(t->cp[q0 + 2]) &&
		    xt_is_digit(t->cp[q0 + 3]) && xt_at(t, q0 + 4, "年"))
			q0 += 5;
		for (size_t q = q0; q < p - 1; q++)
			if (xt_is_digit(t->cp[q]))
				return (size_t)-1;
		p = a;
	}
	return p;
}

static void split_listed_subjects(ctx *x)
{
	const xt_text *t = &x->t;
	size_t k = 0;
	while (k < x->n) {
		size_t s = bind_start(t, x->c[k].num_start), j = k + 1;
		while (j < x->n && same_name(&x->c[j].name, &x->c[k].name) &&
		       x->c[j].m.is_ranking == x->c[k].m.is_ranking &&
		       bind_start(t, x->c[j].num_start) == s)
			j++;
		size_t n = j - k;
		xt_name parts[8];
		int listed = n >= 2 && n <= 8 && adjacent_figures(x, k, j);
		int respectively =
		    n >= 2 && n <= 8 &&
		    xt_find(t, s, sentence_end(t, x->c[j - 1].fig_end), "分别") != (size_t)-1;
		int split =
		    (listed || respectively) && name_split_list(&x->c[k].name, n, parts) == 1;
		if (!split && listed) {
			/* 改造老旧供热、燃气、排水管网800公里、600公里、300公里: the
			 * subjects' 、 cut the first figure's clause; its name is only
			 * the last of them. */
			size_t cs = clause_start(t, x->c[k].num_start);
			size_t from = listed_subjects_start(t, cs, n - 1);
			/* 食品、石化、医药、信息等产业: examples, not the subjects */
			if (from != (size_t)-1 &&
			    xt_find(t, cs, x->c[k].num_start, "等") == (size_t)-1) {
				/* the subjects before, then the first figure's own name */
				xt_name whole;
				int ignored;
				name_set(&whole, t, from, cs);
				name_append_name(&whole, &x->c[k].name);
				name_clean(&whole, &ignored);
				split = name_split_list(&whole, n, parts) == 1;
			}
		}
		if (!split && (listed || respectively)) {
			/* 新设企业数量、注册资本总额，分别增长21%、35%; 旅游收入、游客人数再创
			 * 新高，分别增长…: the subjects are listed in the clause before the
			 * figures' own, which named them by its last subject only (the 、
			 * cut the others off); split that clause's list over the figures
			 * when it is where their shared name came from */
			size_t cs = clause_start(t, x->c[k].num_start);
			size_t pc =
			    cs > 0 && t->cp[cs - 1] == 0xFF0C /* ， */ ? clause_start(t, cs - 1)
			                                               : (size_t)-1;
			size_t from =
			    pc != (size_t)-1 ? listed_subjects_start(t, pc, n - 1) : (size_t)-1;
			if (from != (size_t)-1 && xt_find(t, from, cs, "等") == (size_t)-1) {
				xt_name own, whole;
				int ignored;
				name_set(&own, t, pc, cs - 1);
				name_clean(&own, &ignored);
				if (own.n > 0 && name_holds(&own, &x->c[k].name)) {
					name_set(&whole, t, from, pc);
					name_append_name(&whole, &own);
					name_clean(&whole, &ignored);
					split = name_split_list(&whole, n, parts) == 1;
				}
			}
		}
		if (!split) {
			k = j;
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			cand *c = &x->c[k + i];
			c->name = parts[i];
			free(c->m.name);
			c->m.name = name_to_utf8(&c->name);
		}
		k = j;
	}
}

/* ------------------------------------------------ list qualifiers */

/* 1000万亩、400万吨以上, 3所、5所左右: a qualifier after the last of figures
 * listed one after another (only 、和及与 between) is every one's (gold rule
 * 6); figures with words between (学校3所、幼儿园5所左右) keep their own here,
 * and spread_qualifier_over_objects decides whether one verb holds them. */
static void spread_list_qualifier(ctx *x)
{
	for (size_t k = x->n; k-- > 1;) {
		const rp_metric *last = &x->c[k].m;
		if (last->qualifier == QUAL_NONE || !last->qualifier_text ||
		    !(strcmp(last->qualifier_text, "左右") == 0 ||
		      strcmp(last->qualifier_text, "以上") == 0 ||
		      strcmp(last->qualifier_text, "以内") == 0 ||
		      strcmp(last->qualifier_text, "以下") == 0))
			continue;
		size_t j = k;
		while (j > 0 && adjacent_figures(x, j - 1, j + 1) &&
		       x->c[j - 1].m.qualifier == QUAL_NONE && !x->c[j - 1].m.is_ranking)
			j--;
		for (size_t i = j; i < k; i++)
			set_qualifier(&x->c[i].m, last->qualifier, last->qualifier_text);
		k = j > 0 ? j : 1;
	}
	/* 力争分别突破30亿元、40亿元大关, 约5万人、3万户: a qualifier before the
	 * first of figures listed one after another is every one's, as one after
	 * the last is (gold rules 6, 32). */
	for (size_t k = 0; k + 1 < x->n; k++) {
		const rp_metric *first = &x->c[k].m;
		if (first->qualifier == QUAL_NONE || !first->qualifier_text || first->is_ranking ||
		    !xt_before(&x->t, x->c[k].num_start, 0, first->qualifier_text))
			continue;
		size_t j = k + 1;
		while (j < x->n && adjacent_figures(x, j - 1, j + 1) &&
		       x->c[j].m.qualifier == QUAL_NONE && !x->c[j].m.is_ranking)
			set_qualifier(&x->c[j++].m, first->qualifier, first->qualifier_text);
		k = j - 1;
	}
}

/* The longest item of a list read for a verb, in code points. */
#define LIST_ITEM_MAX 12

/* Whether a verb of LEX_LIST_ITEM_VERBS opens the words [a, b), after
 * adverbs and time words that open a clause (力争, 全年: LEX_NAME_LEADING
 * minus its verbs is not needed: a verb anywhere within the first words
 * counts, as 力争新建 has it second). */
static int item_has_verb(const xt_text *t, size_t a, size_t b)
{
	for (size_t k = a; k < b && k - a < LIST_ITEM_MAX; k++)
		if (xt_at_any32(t, k, LEX_LIST_ITEM_VERBS))
			return 1;
	return 0;
}

/* Figures k and k + 1 are objects of one verb listed with 、: between them
 * only 、 and the next object's words (森林抚育), with no digit, clause
 * delimiter, quote or verb that opens an item (、完善郊野径 has its own). */
static int object_of_same_verb(const ctx *x, size_t k)
{
	const xt_text *t = &x->t;
	size_t e = x->c[k].fig_end, n = x->c[k + 1].num_start;
	if (xt_get(t, e) != 0x3001 /* 、 */ || n <= e + 1 || n - e > LIST_ITEM_MAX)
		return 0;
	for (size_t i = e + 1; i < n; i++)
		if (xt_is_digit(t->cp[i]) || (t->cls[i] & XT_CLAUSE) || (x->flag[i] & F_QUOTE))
			return 0;
	return !item_has_verb(t, e + 1, n);
}

/* 完成林分优化400亩、森林抚育5900亩以上: a 以上 or 左右 after the last of the
 * objects listed after one verb is every one's (gold rule 32), as it is of
 * figures listed one after another (spread_list_qualifier); where each item
 * has its own verb (绿道30公里、完善郊野径60公里、新建骑行道45公里以上) it stays
 * the last one's. The verb must open the first item's clause: without one
 * (学校3所、幼儿园5所左右) nothing says the items share anything. Not a rate
 * of change after the objects (又推出10个、…均压减70%以上: the change's
 * bound). */
static void spread_qualifier_over_objects(ctx *x)
{
	const xt_text *t = &x->t;
	for (size_t k = x->n; k-- > 1;) {
		const rp_metric *last = &x->c[k].m;
		if (last->qualifier == QUAL_NONE || !last->qualifier_text || last->is_ranking ||
		    x->c[k].is_growth ||
		    !(strcmp(last->qualifier_text, "左右") == 0 ||
		      strcmp(last->qualifier_text, "以上") == 0))
			continue;
		size_t j = k;
		while (j > 0 && object_of_same_verb(x, j - 1) &&
		       x->c[j - 1].m.qualifier == QUAL_NONE && !x->c[j - 1].m.is_ranking &&
		       !x->c[j - 1].is_growth)
			j--;
		if (j < k &&
		    item_has_verb(t, clause_start(t, x->c[j].num_start), x->c[j].num_start))
			for (size_t i = j; i < k; i++)
				set_qualifier(&x->c[i].m, last->qualifier, last->qualifier_text);
		k = j > 0 ? j : 1;
	}
}

/* Drops the candidates marked is_context, keeping the others in order. */
static void drop_context(ctx *x)
{
	size_t n = 0;
	for (size_t k = 0; k < x->n; k++) {
		if (x->c[k].is_context) {
			rp_metric_free_strings(&x->c[k].m);
			continue;
		}
		x->c[n++] = x->c[k];
	}
	x->n = n;
}

/* ---------------------------------------------------- the last pass */

/* Targets and periods from the figures' places (classify.c). */
static void classify(ctx *x)
{
	if (x->n == 0)
		return;
	fig_cues *cues = xcalloc(x->n, sizeof *cues);
	fig_class *cls = xcalloc(x->n, sizeof *cls);
	for (size_t k = 0; k < x->n; k++)
		cues[k] = x->c[k].cues;
	classify_figures(x->r, cues, x->n, cls);
	for (size_t k = 0; k < x->n; k++) {
		x->c[k].m.is_target = cls[k].is_target;
		x->c[k].m.period_year = cls[k].period_year;
	}
	free(cls);
	free(cues);
}

/* ----------------------------------------------------------------- entry */

/* Adds the first code points of the words of list to firsts (*n of them,
 * room for 32), each once: a word list is tried only where one starts. */
static void add_first_code_points(uint32_t *firsts, size_t *n, const char *const *list)
{
	for (size_t w = 0; list[w]; w++) {
		const char *lit = list[w];
		uint32_t first = xt_lit_next(&lit);
		size_t f = 0;
		while (f < *n && firsts[f] != first)
			f++;
		if (f == *n && f < 32)
			firsts[(*n)++] = first;
	}
}

int extract_metrics(report *r)
{
	int rc = 0;
	if (!r || !r->text || r->metrics)
		return 0;
	ctx x = {0};
	x.r = r;
	xt_init(&x.t, r->text);
	x.flag = xcalloc(x.t.n + 1, 1);
	classify_side_years(r, &x.review_year, &x.plan_year);
	add_first_code_points(x.target_first, &x.n_target_first, LEX_TARGET_WORDS);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_SPAN_TIMES);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_PLAN_PERIODS);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_PART_OF_YEAR);
	add_first_code_points(x.period_first, &x.n_period_first, LEX_ONE_YEAR);
	for (size_t f = 0; f < x.n_period_first; f++)
		x.period_low[(x.period_first[f] & 0xFF) >> 3] |=
		    (uint8_t)(1u << (x.period_first[f] & 7));
	mark_regions(&x);

	const xt_text *t = &x.t;
	size_t i = 0;
	/* Stops as soon as the report holds more figures than the limit: the
	 * rest of the text is not worth reading, the report is refused. */
	while (i < t->n && x.n <= EXTRACT_MAX_METRICS) {
		uint32_t c = t->cp[i];
		if (c == 0x7B2C /* 第 */ ||
		    (c == 0x699C /* 榜 */ && xt_get(t, i + 1) == 0x9996 /* 首 */) ||
		    (c == 0x9996 /* 首 */ && xt_get(t, i + 1) == 0x4F4D /* 位 */) ||
		    (c == 0x4E4B /* 之 */ && xt_get(t, i + 1) == 0x9996 /* 首 */))
			i = try_ranking(&x, i);
		else if (xt_is_digit(c) && (i == 0 || !xt_is_digit(t->cp[i - 1])))
			i = try_number(&x, i);
		else
			i++;
	}
	if (x.n > EXTRACT_MAX_METRICS) {
		for (size_t k = 0; k < x.n; k++)
			rp_metric_free_strings(&x.c[k].m);
		rc = -1;
		goto out;
	}
	drop_context(&x);
	split_urban_rural(&x);
	split_listed_subjects(&x);
	spread_list_qualifier(&x);
	spread_qualifier_over_objects(&x);
	classify(&x);

	if (x.n > 0) {
		r->metrics = xcalloc(x.n, sizeof *r->metrics);
		for (size_t k = 0; k < x.n; k++)
			r->metrics[k] = x.c[k].m; /* the report now owns the strings */
		r->n_metrics = x.n;
	}
out:
	free(x.c);
	free(x.flag);
	xt_free(&x.t);
	return rc;
}
