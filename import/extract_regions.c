/* Figure extraction: the report-level regions, read before the main pass.
 *
 * One pass over the whole text (xc_mark_regions) writes, for each code
 * point, the F_* bits of ctx.flag (extract_ctx.h): inside quotes, titles or
 * the document's own title line (F_QUOTE: no figure there); after a target
 * heading in its paragraph (目标：…, and the list of lines it opens) or a
 * target word in its sentence (力争, 预期, a future year: F_TARGET_PARA,
 * F_TARGET_SENT); at a 第 (F_DI, where rankings start); the time its
 * sentence, or else its paragraph's opening, names (这五年, 上半年, 全年:
 * F_SPAN, F_PART_YEAR, F_ONE_YEAR); from a glossary heading on (F_GLOSSARY).
 * It reads ctx.t and the first code points of the target and period words
 * that extract_metrics sets in ctx, and writes only ctx.flag.
 *
 * A pass of its own because these regions open before the figures they
 * govern (a heading, a quote mark, the start of a sentence or paragraph):
 * one forward scan marks them once, where the figure passes would have to
 * look back an unbounded distance for each figure. xc_sentence_year_of (the
 * year a sentence opens with) is read per figure by xc_place (extract.c). */
#include "extract_ctx.h"

#include "attachment.h"

#include "lexicon.h"
#include "sb.h"

#include <string.h>

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
		 * (xc_target_after) and opens nothing for the clauses after it. */
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

/* 1 when the span word of len code points at i is a span still to come:
 * 未来五年, 今后五年 (LEX_SPAN_AHEAD), or a five-year plan starting in the
 * year the report plans or later (“十五五”时期 in a report planning 2026).
 * A plan's figures may name such a span (“十五五”时期，…年均增长5%左右); a
 * review's look back on the span before (这五年, “十四五”时期) does not. */
static int span_ahead_at(const ctx *x, size_t i, size_t len)
{
	const xt_text *t = &x->t;
	size_t l = xt_at_any(t, i, LEX_SPAN_AHEAD, NULL);
	if (l && l <= len)
		return 1;
	if (x->plan_year <= 0 || !plan_span_at(t, i))
		return 0;
	for (size_t p = 0; LEX_PLAN_PERIODS[p]; p++)
		if (xt_at(t, i, LEX_PLAN_PERIODS[p]))
			return LEX_PLAN_PERIOD_FIRST_YEARS[p] >= x->plan_year;
	return 0;
}

/* The longest paragraph opening read for its time, in code points. */
#define OPENING_MAX 24

/* The time a paragraph starting at i opens with, which holds for its
 * sentences that name none: each paragraph of a five-year review says 这五年
 * once, its figures come sentences later. Only a time that is the opening
 * clause's last words (这五年，…; “十四五”时期，…; 刚刚过去的2025年，…;
 * 过去五年里，…) opens the paragraph: 五年来累计新增就业452万人 or
 * 从2020年的3.68万亿元 speak of their own sentence only. *ahead receives
 * whether that time is a span still to come (span_ahead_at). */
static uint8_t paragraph_opening(const ctx *x, size_t i, int *ahead)
{
	*ahead = 0;
	const xt_text *t = &x->t;
	/* “十四五”时期是我省发展历程中极不平凡的五年。…⏎——…: a paragraph that
	 * opens by saying what the plan's span was is about that span, as one
	 * opening “十四五”时期，… is; only with 是 right after the span (a span
	 * followed by other words, “十四五”时期累计…, is its sentence's own). */
	size_t ps = i;
	while (ps < t->n && (t->cp[ps] == ' ' || t->cp[ps] == 0x3000 || t->cp[ps] == '\t'))
		ps++;
	if (ps < t->n && (xt_is_open_quote(t->cp[ps]) || t->cp[ps] == '"' || t->cp[ps] == 0xFF02))
		ps++; /* “十四五”时期 */
	size_t pl = ps < t->n ? plan_span_at(t, ps) : 0;
	if (pl && xt_at(t, ps + pl, "是")) {
		*ahead = span_ahead_at(x, ps, pl);
		return F_SPAN;
	}
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
		if (e < t->n && t->cp[e] != '\n' && (t->cls[e] & XT_CLAUSE)) {
			*ahead = f == F_SPAN && span_ahead_at(x, k, len);
			return f;
		}
	}
	return 0;
}

/* Records that the time at code point i is (ahead = 1) or is not a span
 * still to come, as runs in x->ahead (document order, one run per stretch). */
static void note_ahead(ctx *x, size_t i, int ahead)
{
	int open = x->n_ahead > 0 && x->ahead[x->n_ahead - 1].end == (size_t)-1;
	if (ahead && !open) {
		if (x->n_ahead == x->cap_ahead) {
			x->cap_ahead = x->cap_ahead ? 2 * x->cap_ahead : 8;
			x->ahead = xrealloc(x->ahead, x->cap_ahead * sizeof *x->ahead);
		}
		x->ahead[x->n_ahead++] = (xc_run){i, (size_t)-1};
	} else if (!ahead && open) {
		x->ahead[x->n_ahead - 1].end = i;
	}
}

int xc_span_ahead(const ctx *x, size_t pos)
{
	size_t lo = 0, hi = x->n_ahead;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (x->ahead[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n_ahead && x->ahead[lo].start <= pos;
}

/* 五年来，绿色发展底色鲜明。PM2.5浓度下降19%，…; 标志着“十四五”圆满收官。五年
 * 来，我们牢记嘱托、…。…天然气产量增长37.9%: a web text that keeps a
 * five-year review as one line opens it, or each of its topics, with a
 * sentence whose opening clause ends with the span (paragraph_opening);
 * the span holds for the sentences after it up to the line's end, as a
 * paragraph's opening does, until a sentence names a time of its own
 * (2025年，…: sentence_time). The time when the sentence starting at i opens
 * so, else 0. Only a span: a year or 全年 opening a sentence holds for that
 * sentence only. Not a span inside the opening clause (五年来累计新增就业452万
 * 人。: of itself only, since no clause ends with the span). */
static uint8_t headline_time(const ctx *x, size_t i, int *ahead)
{
	const xt_text *t = &x->t;
	while (i < t->n && (t->cp[i] == ' ' || t->cp[i] == 0x3000 || t->cp[i] == '\t'))
		i++;
	return paragraph_opening(x, i, ahead);
}

/* 1 when the line starting at i is an item of a dashed list (——经济综合
 * 实力实现新跃升。…), spaces before the dash skipped. */
static int dash_item_at(const xt_text *t, size_t i)
{
	while (i < t->n && (t->cp[i] == ' ' || t->cp[i] == 0x3000 || t->cp[i] == '\t'))
		i++;
	return xt_get(t, i) == 0x2014 /* — */;
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
	if (!xt_year_at(t, i))
		return 0;
	size_t a = i + 5;
	return !xt_at_any32(t, a, LEX_YEAR_SPAN_AFTER) && !xt_is_range_dash(xt_get(t, a));
}

/* The year the sentence holding pos opens with (sentence_opens_with_year),
 * or 0; the sentence's start is looked for at most MAX_SCAN code points
 * back. */
int xc_sentence_year_of(const xt_text *t, size_t pos)
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

/* The longest glossary heading line, in code points. */
#define GLOSSARY_HEADING_MAX 32

/* 1 when the line starting at i is a glossary's heading: a line ending with
 * one of LEX_GLOSSARY_HEADINGS, with at most decoration around it (※注释※,
 * 附：名词解释, 【名词解释】) and a title before it (政府工作报告名词、术语注释,
 * 《政府工作报告》有关内容名词注释). The glossary defines the report's labels
 * (“双千工程”：每年…入库1000个以上项目), and its numbers are no figures (gold
 * rule 20); it closes a report, so it runs to the end of the text or to the
 * next attachment (xc_mark_regions). A sentence that mentions 名词解释 is no
 * heading: no clause punctuation but 、 before the word. */
static int glossary_heading_at(const xt_text *t, size_t i)
{
	static const char DECORATION[] = "※*＊【】[]：: \t　附";
	size_t a = i, e = i;
	while (e < t->n && t->cp[e] != '\n' && e - i < GLOSSARY_HEADING_MAX)
		e++;
	if (e - i >= GLOSSARY_HEADING_MAX)
		return 0;
	for (size_t k = i; k < e; k++)
		if (xt_is_clause_delim(t->cp[k]) && t->cp[k] != 0x3001 /* 、 */ &&
		    !(k + 1 == e && (t->cp[k] == 0xFF1A || t->cp[k] == ':')))
			return 0;
	for (int side = 0; side < 2; side++)
		for (;;) {
			uint32_t c = side == 0 ? xt_get(t, a) : (e > a ? t->cp[e - 1] : 0);
			if (!xt_lit_has(DECORATION, c) || a >= e)
				break;
			if (side == 0)
				a++;
			else
				e--;
		}
	return xt_before_any(t, e, a, LEX_GLOSSARY_HEADINGS, NULL) > 0;
}

/* Whether a glossary runs on at line start i: an attachment (a closing
 * section with a heading, attachment.h) starting there ends the one before
 * and is one when its title names a glossary; else a glossary heading line
 * starts one. *sec walks the sections once, in document order. */
static int glossary_at_line(const ctx *x, size_t i, size_t *sec, int glossary)
{
	const report *r = x->r;
	while (*sec < r->n_sections && r->sections[*sec].start < i)
		(*sec)++;
	if (*sec < r->n_sections && r->sections[*sec].start == i &&
	    r->sections[*sec].role == SECTION_CLOSING && r->sections[*sec].heading &&
	    *r->sections[*sec].heading)
		return attachment_is_glossary(r->sections[*sec].heading);
	return glossary || glossary_heading_at(&x->t, i);
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
void xc_mark_regions(ctx *x)
{
	const xt_text *t = &x->t;
	int depth = 0, ascii_open = 0, target = 0, sentence_target = 0;
	size_t sentence = 0;
	/* the time the paragraph opens with, and the latest its sentence named */
	/* whether the span of para_time / sentence_time is still to come */
	int para_ahead = 0, sentence_ahead = 0;
	uint8_t para_time = paragraph_opening(x, 0, &para_ahead), sentence_time = 0;
	int sentence_fresh = 1; /* no code point of the sentence read but spaces */
	size_t sec = 0;
	int glossary = glossary_at_line(x, 0, &sec, 0);
	size_t title_end = document_title_at(t, 0);
	for (size_t i = 0; i < t->n; i++) {
		uint32_t c = t->cp[i];
		if (i > 0 && t->cp[i - 1] == '\n') {
			glossary = glossary_at_line(x, i, &sec, glossary);
			title_end = document_title_at(t, i);
		}
		if (xt_period_at(t, i)) {
			sentence_target = 0;
			sentence = i + 1;
			sentence_time = 0;
			sentence_ahead = 0;
			/* 五年来，…。2025年，我们…。…增长5.4%: a sentence opening
			 * with a year (or a part of one) of its own ends the span
			 * for the sentences after it too; they name that year
			 * (para_time 0: the year of the part they are in). */
			int h_ahead = 0;
			uint8_t h = i + 1 < t->n ? headline_time(x, i + 1, &h_ahead) : 0;
			if (h == F_SPAN) {
				para_time = h;
				para_ahead = h_ahead;
			} else if (h && para_time == F_SPAN) {
				para_time = 0;
			}
		}
		if (!(depth > 0 || ascii_open)) {
			size_t len;
			uint8_t w = period_word_at(x, i, &len);
			/* 增速创下龙华十年来的新高: a span before 的 qualifies a noun
			 * (a record, a level), it is not the time of the sentence's
			 * figures (规模以上工业增加值1373亿元，增长10.1% after it is
			 * the year's) */
			if (w == F_SPAN && xt_at(t, i + len, "的"))
				w = 0;
			if (w) {
				sentence_time = w;
				sentence_ahead = w == F_SPAN && span_ahead_at(x, i, len);
			} else if (sentence_fresh && sentence_opens_with_year(t, i))
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
			sentence_ahead = 0;
			sentence_fresh = 1;
			/* 五年来，我们牢记嘱托…。⏎——经济综合实力实现新跃升。…地区生产总值
			 * 年均增长5.9%…⏎——现代化产业体系…: the items of a dashed list
			 * after a paragraph of a span are its topics, over the same span,
			 * each a paragraph of its own that does not say so again. Only a
			 * span (a year's review says 2025年 in its own sentences), only
			 * dashed items, and only until a line of another kind. */
			uint8_t carried = para_time;
			int opening_ahead = 0;
			para_time = paragraph_opening(x, i + 1, &opening_ahead);
			if (para_time == F_SPAN)
				para_ahead = opening_ahead;
			else if (!para_time && carried == F_SPAN && dash_item_at(t, i + 1))
				para_time = F_SPAN; /* para_ahead carried too */
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
		note_ahead(x, i,
		           sentence_time ? sentence_time == F_SPAN && sentence_ahead
		                         : para_time == F_SPAN && para_ahead);
		if (glossary)
			f |= F_GLOSSARY;
		x->flag[i] = f;
	}
}
