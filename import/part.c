/* Review and plan parts (see part.h). The words are lexicon.c's; this file
 * holds the order in which they decide: review words first (a plan's review
 * 主要目标完成情况 is results), then plan words, then years. It also says
 * which paragraphs are part lines (part_of_paragraph), for the outline and
 * the last pass alike, so that both read the same parts. */
#include "part.h"

#include "lexicon.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

/* The longest part line, in code points. */
#define PART_LINE_MAX 30

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The year of four digits ending right before the 年 at p (h is the
 * string's start), or 0: not part of a longer number, 1949..2100. */
static int year_before(const char *h, const char *p)
{
	if (p - h < 4)
		return 0;
	const char *y = p - 4;
	if (!is_digit(y[0]) || !is_digit(y[1]) || !is_digit(y[2]) || !is_digit(y[3]))
		return 0;
	if (y > h && is_digit(y[-1]))
		return 0;
	int v = atoi(y);
	return v >= 1949 && v <= 2100 ? v : 0;
}

int part_first_year(const char *h)
{
	for (const char *p = h; p && (p = strstr(p, "年")) != NULL; p += 3) {
		int y = year_before(h, p);
		if (y)
			return y;
	}
	return 0;
}

/* The latest year h names (“十四五”时期和2025年工作回顾 → 2025), or 0. */
int part_year_named(const char *h)
{
	int best = 0;
	for (const char *p = h; p && (p = strstr(p, "年")) != NULL; p += 3) {
		int y = year_before(h, p);
		if (y > best)
			best = y;
	}
	return best;
}

/* A plan's name (十四五) with a span word right after it, a closing quote
 * allowed between: “十四五”时期. */
static int names_plan_span(const char *h)
{
	static const char *const CLOSE_QUOTES[] = {"”", "\"", "」", "’", NULL};
	for (size_t i = 0; LEX_PLAN_PERIODS[i]; i++) {
		size_t len = strlen(LEX_PLAN_PERIODS[i]);
		for (const char *p = h; (p = strstr(p, LEX_PLAN_PERIODS[i])) != NULL; p += len) {
			const char *a = p + len;
			for (size_t q = 0; CLOSE_QUOTES[q]; q++)
				if (strncmp(a, CLOSE_QUOTES[q], strlen(CLOSE_QUOTES[q])) == 0) {
					a += strlen(CLOSE_QUOTES[q]);
					break;
				}
			for (size_t w = 0; LEX_PLAN_SPAN_AFTER[w]; w++)
				if (strncmp(a, LEX_PLAN_SPAN_AFTER[w],
				            strlen(LEX_PLAN_SPAN_AFTER[w])) == 0)
					return 1;
		}
	}
	return 0;
}

int part_names_span(const char *h)
{
	return h && (lex_contains_any(h, LEX_SPAN_TIMES) || names_plan_span(h));
}

/* The end of the first occurrence of a word of list in h at or after from,
 * or NULL. */
static const char *after_any(const char *from, const char *const *list)
{
	const char *best = NULL, *best_end = NULL;
	for (size_t i = 0; list[i]; i++) {
		const char *p = strstr(from, list[i]);
		if (p && (!best || p < best)) {
			best = p;
			best_end = p + strlen(list[i]);
		}
	}
	return best_end;
}

int part_reviews_then_plans(const char *h)
{
	const char *a = h ? after_any(h, LEX_ACHIEVEMENT_WORDS) : NULL;
	const char *j = a ? after_any(a, LEX_HEADING_JOINS) : NULL;
	return j && (lex_contains_any(j, LEX_PLAN_WORDS) || lex_ends_with_any(j, LEX_PLAN_ENDS));
}

static int forward_kind(const char *kind)
{
	return kind && lex_contains_any(kind, LEX_FORWARD_KINDS);
}

/* A year named after the report's year plans; the report's own year plans in
 * the kinds whose title year is the year planned (政府工作报告 2026 plans
 * 2026, a 工作总结 2023 reviews 2023). */
static int names_planned_year(const char *h, int year, const char *kind)
{
	int hy = part_year_named(h);
	return year > 0 && hy > 0 && (hy > year || (hy == year && forward_kind(kind)));
}

/* The first year of the earliest five-year plan h names (“十三五”发展思路 →
 * 2016), or 0. A plan named with 以来 (“十三五”以来) is the span from its
 * start to now, looked back on: passed over. */
static int plan_period_first_year(const char *h)
{
	int best = 0;
	for (size_t i = 0; LEX_PLAN_PERIODS[i]; i++) {
		size_t len = strlen(LEX_PLAN_PERIODS[i]);
		for (const char *p = h; (p = strstr(p, LEX_PLAN_PERIODS[i])) != NULL; p += len) {
			const char *a = p + len;
			if (strncmp(a, "”", strlen("”")) == 0)
				a += strlen("”");
			else if (*a == '"')
				a++;
			if (strncmp(a, "以来", strlen("以来")) == 0)
				continue;
			int y = LEX_PLAN_PERIOD_FIRST_YEARS[i];
			if (!best || y < best)
				best = y;
		}
	}
	return best;
}

/* Whether h names a five-year plan that is still to come: one starting
 * after the year a review part before it named (“十三五”发展思路 after 2015年
 * 工作回顾, in a 工作报告 as in a 政府工作报告: the review's year, not the
 * kind, says what is past), or, with no review before, starting in the
 * report's own year or later in a kind whose title year is the year planned
 * (a 政府工作报告 of 2021 on “十四五”). Not a plan that began before the
 * review's year (“十三五”规划实施 in a review of 2018), nor, with no review
 * year, in a 工作总结, where 谋划“十五五” is work of the year reviewed. */
static int names_plan_ahead(const char *h, int year, const char *kind, int review_year)
{
	int py = plan_period_first_year(h);
	if (!py)
		return 0;
	if (review_year > 0)
		return py > review_year;
	return year > 0 && py >= year && forward_kind(kind);
}

enum part_phase part_of_heading(const char *h, int year, const char *kind, int under_review,
                                int review_year, int after_plan)
{
	if (!h)
		return PART_NONE;
	/* 二、高质量做好2022年各项工作，以优异成绩迎接党的二十大胜利召开 in a
	 * 政府工作报告 of 2022: the results a heading hopes for in the year it
	 * names and plans (成绩, 成效: not the words that name a review part,
	 * LEX_REVIEW_PART_WORDS) make no review of it. */
	if (lex_contains_any(h, LEX_REVIEW_WORDS))
		return !under_review && !lex_contains_any(h, LEX_REVIEW_PART_WORDS) &&
		               names_planned_year(h, year, kind)
		           ? PART_PLAN
		           : PART_REVIEW;
	if (under_review)
		return lex_contains_any(h, LEX_LOOK_AHEAD) ? PART_PLAN : PART_NONE;
	if (lex_contains_any(h, LEX_PLAN_WORDS) || lex_ends_with_any(h, LEX_PLAN_ENDS))
		return PART_PLAN;
	if (names_planned_year(h, year, kind))
		return PART_PLAN;
	int hy = part_year_named(h);
	if (review_year > 0 && hy > review_year)
		return PART_PLAN;
	if (names_plan_ahead(h, year, kind, review_year))
		return PART_PLAN;
	if (after_plan && year > 0 && hy >= year)
		return PART_PLAN;
	/* 一、2025年主要工作和“十四五”发展成就: what a span or a year achieved,
	 * with nothing that plans, is looked back on. Last, after every plan
	 * test: a plan's heading may promise achievements (奋力创造新的更大成就,
	 * with its year ahead), and one joining the next span's targets
	 * (发展成就和…主要目标任务, part_reviews_then_plans) has a plan word. */
	if (lex_contains_any(h, LEX_ACHIEVEMENT_WORDS))
		return PART_REVIEW;
	return PART_NONE;
}

enum part_phase part_of_line(const char *line, int year, const char *kind, int review_year)
{
	if (!line || strstr(line, "报告"))
		return PART_NONE;
	if (lex_contains_any(line, LEX_REVIEW_WORDS))
		return PART_REVIEW;
	if (lex_contains_any(line, LEX_PLAN_PART_WORDS))
		return PART_PLAN;
	/* 工作 of a year after the one the review part before named is that
	 * year's work, whatever the kind: 2016年主要工作任务 after 2015年工作回顾
	 * (工作任务 alone ends review headings too, 扎实推进各项工作任务) */
	if (strstr(line, "工作") && (names_planned_year(line, year, kind) ||
	                             (review_year > 0 && part_year_named(line) > review_year)))
		return PART_PLAN;
	return PART_NONE;
}

/* A headline of a news edition's next part (阔步迈上新征程): 6 to 20
 * ideographs and nothing else. Page furniture (下载, 打印, 【字号：) is
 * shorter or holds other characters. */
static int is_headline(const char *s)
{
	size_t n = 0;
	for (const char *p = s; *p;) {
		const unsigned char *u = (const unsigned char *)p;
		/* CJK ideographs U+4E00..U+9FFF are E4..E9 lead bytes */
		if (u[0] < 0xE4 || u[0] > 0xE9 || !u[1] || !u[2])
			return 0;
		p += 3;
		n++;
	}
	return n >= 6 && n <= 20;
}

/* The longest lead-in read, in bytes (about 40 ideographs). */
#define LEAD_IN_MAX 120

/* 今年政府工作的总体要求是：…: a paragraph that opens with a lead-in naming
 * the whole plan (LEX_PLAN_OPENING_LEADS, 是, a colon) starts the plan as a
 * part line does, in a report that gives its plan without a heading (a news
 * edition of the plan part only). Not 主要预期目标是：, which opens only the
 * list after it (mark_regions in extract.c) and may stand in a review; not a
 * lead-in that names a review, nor a colon further than LEAD_IN_MAX into the
 * paragraph. */
/* The words of a lead-in (…是：) opening [s, s + len) into buf (LEAD_IN_MAX +
 * 1 bytes), its colon full width or, with `ascii`, also ':' within
 * LEAD_IN_MAX bytes, the words ending with 是 on one line, no full stop among
 * them. 1 when there is one. */
static int lead_in(const char *s, size_t len, int ascii, char *buf)
{
	size_t lim = len < LEAD_IN_MAX ? len : LEAD_IN_MAX;
	const char *colon = memmem(s, lim, "：", 3);
	if (!colon && ascii)
		colon = memmem(s, lim, ":", 1);
	if (!colon || colon - s < 3 || memcmp(colon - 3, "是", 3) != 0)
		return 0;
	size_t n = (size_t)(colon - s);
	memcpy(buf, s, n);
	buf[n] = '\0';
	return !memchr(buf, '\n', n) && !strstr(buf, "。");
}

static int plan_lead_in(const char *s, size_t len)
{
	char buf[LEAD_IN_MAX + 1];
	if (!lead_in(s, len, 1, buf) || strstr(buf, "，"))
		return 0;
	return lex_contains_any(buf, LEX_PLAN_OPENING_LEADS) &&
	       !lex_contains_any(buf, LEX_REVIEW_WORDS);
}

int part_targets_lead_in(const char *s, size_t len, int review_year)
{
	char buf[LEAD_IN_MAX + 1];
	if (!lead_in(s, len, 0, buf) || !lex_contains_any(buf, LEX_TARGETS_LEADS))
		return 0;
	if (lex_starts_with_any(buf, LEX_COMING_YEAR_WORDS))
		return 1;
	int y = part_first_year(buf);
	return review_year > 0 && y > review_year && buf[0] >= '0' && buf[0] <= '9';
}

enum part_phase part_of_paragraph(const char *s, size_t len, int year, const char *kind,
                                  int review_year, int *line_year)
{
	*line_year = 0;
	if (plan_lead_in(s, len))
		return PART_PLAN;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\r'))
		len--;
	if (len >= 3 && memcmp(s + len - 3, "：", 3) == 0)
		len -= 3;
	else if (len >= 1 && s[len - 1] == ':')
		len--;
	/* a line of PART_LINE_MAX code points has at most 4 bytes each: longer
	 * paragraphs are not counted through */
	if (len == 0 || len > PART_LINE_MAX * 4 || utf8_count(s, len) > PART_LINE_MAX)
		return PART_NONE;
	/* 主要预期目标是： leads into the list of lines after it (mark_regions
	 * in extract.c), a sentence, not a part */
	if (len >= 3 && memcmp(s + len - 3, "是", 3) == 0)
		return PART_NONE;
	static const char *const PUNCT[] = {"，", "。", "；", "！", "？", "：", ",", ";"};
	for (size_t i = 0; i < sizeof PUNCT / sizeof *PUNCT; i++)
		if (memmem(s, len, PUNCT[i], strlen(PUNCT[i])))
			return PART_NONE;
	char buf[PART_LINE_MAX * 4 + 1];
	if (len >= sizeof buf)
		return PART_NONE;
	memcpy(buf, s, len);
	buf[len] = '\0';
	enum part_phase ph = part_of_line(buf, year, kind, review_year);
	/* “十三五”发展思路 on a line of its own: a part that sets out a plan still
	 * to come (names_plan_ahead). Only here, on part lines, not in
	 * part_of_line, which also judges the sub-headings under a review line
	 * (top_heading_phase in outline.c), where （三）开启“十四五”新征程 may
	 * close the review of 2020. */
	if (ph == PART_NONE && names_plan_ahead(buf, year, kind, review_year))
		ph = PART_PLAN;
	if (ph == PART_NONE && is_headline(buf))
		return PART_HEADLINE;
	*line_year = part_first_year(buf);
	return ph;
}
