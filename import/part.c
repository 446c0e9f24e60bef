/* Review and plan parts (see part.h). The words are lexicon.c's; this file
 * holds the order in which they decide: review words first (a plan's review
 * 主要目标完成情况 is results), then plan words, then years. */
#include "part.h"

#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

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

enum part_phase part_of_heading(const char *h, int year, const char *kind, int under_review,
                                int review_year, int after_plan)
{
	if (!h)
		return PART_NONE;
	if (lex_contains_any(h, LEX_REVIEW_WORDS))
		return PART_REVIEW;
	if (under_review)
		return lex_contains_any(h, LEX_LOOK_AHEAD) ? PART_PLAN : PART_NONE;
	if (lex_contains_any(h, LEX_PLAN_WORDS) || lex_ends_with_any(h, LEX_PLAN_ENDS))
		return PART_PLAN;
	if (names_planned_year(h, year, kind))
		return PART_PLAN;
	int hy = part_year_named(h);
	if (review_year > 0 && hy > review_year)
		return PART_PLAN;
	if (after_plan && year > 0 && hy >= year)
		return PART_PLAN;
	return PART_NONE;
}

enum part_phase part_of_line(const char *line, int year, const char *kind)
{
	if (!line || strstr(line, "报告"))
		return PART_NONE;
	if (lex_contains_any(line, LEX_REVIEW_WORDS))
		return PART_REVIEW;
	if (lex_contains_any(line, LEX_PLAN_PART_WORDS))
		return PART_PLAN;
	if (strstr(line, "工作") && names_planned_year(line, year, kind))
		return PART_PLAN;
	return PART_NONE;
}
