/* Target and period classification (see classify.h).
 *
 * Part lines: an unnumbered report (a news edition, a targets page) marks its
 * parts by short lines of their own — 2022年政府工作回顾, 2023年主要工作,
 * 重点工作方向： — that the outline does not take for headings (they have no
 * label; part_of_paragraph in part.c says which lines they are). A line that
 * is not a section's heading has its phase hold until the next part line
 * with a phase, or until a top-level section whose own heading has one (the
 * sections after it that have none take the line's phase in the outline,
 * outline.c). A headline (阔步迈上新征程) ends a review part, since a news
 * edition heads its next part so; other neutral short lines (各位代表：, page
 * furniture) change nothing. */
#include "classify.h"

#include "part.h"
#include "sb.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct part_line {
	size_t pos; /* code point where the line starts */
	enum part_phase phase;
	int year; /* the year the line is about first (2023年主要工作), 0 none */
} part_line;

/* 1 when the section chain of idx holds a section with the flag. */
static int chain_has(const report *r, int idx, int review)
{
	for (int depth = 0; idx >= 0 && (size_t)idx < r->n_sections && depth < 16; depth++) {
		const rp_section *s = &r->sections[idx];
		if (review ? s->is_review : s->is_plan)
			return 1;
		idx = s->parent;
	}
	return 0;
}

/* The period a section's heading (or its parent's) gives, the innermost
 * heading that says one deciding: its year (一、2018年工作回顾, 二、2019年
 * 主要目标), or, when `spans`, -1 for a heading that names a span of years
 * and no year (一、“十四五”时期经济社会发展回顾): the figures under it are
 * totals and changes over the span. A heading naming both (一、2025年和
 * “十四五”时期工作回顾) is about its year first; its paragraphs on the span
 * say so themselves (SCOPE_SPAN). 0 when none. A plan under a review part
 * (一、2024年工作回顾 → （五）明年工作打算) is not about the year its parent
 * reviews: only headings on the same side count. */
static int heading_period(const report *r, int idx, int spans)
{
	int plan = idx >= 0 && (size_t)idx < r->n_sections && r->sections[idx].is_plan;
	for (int depth = 0; idx >= 0 && (size_t)idx < r->n_sections && depth < 16; depth++) {
		const rp_section *s = &r->sections[idx];
		if (s->is_plan == plan && s->heading) {
			int y = part_first_year(s->heading);
			if (y)
				return y;
			if (spans && part_names_span(s->heading))
				return -1;
		}
		idx = s->parent;
	}
	return 0;
}

/* The year a section's heading (or its parent's) names, span headings
 * passed over. */
static int section_year(const report *r, int idx)
{
	return heading_period(r, idx, 0);
}

/* Like section_year, but -1 at a heading that names a span of years. */
static int section_period(const report *r, int idx)
{
	return heading_period(r, idx, 1);
}

/* 1 when a section starts at code point pos (its label line is a heading,
 * decided by the outline, not a part line). Sections are in document order:
 * *cursor walks them once. */
static int section_starts_at(const report *r, size_t pos, size_t *cursor)
{
	while (*cursor < r->n_sections && r->sections[*cursor].start < pos)
		(*cursor)++;
	return *cursor < r->n_sections && r->sections[*cursor].start == pos &&
	       r->sections[*cursor].level > 0;
}

/* The part lines of the text with a phase, in order. Caller frees. Each
 * line is judged knowing the latest year reviewed before it, by a review
 * part line or a review section (the outline's review_year, outline.c), so
 * that 2016年主要工作任务 after 2015年工作回顾 is the plan here as there. */
static part_line *find_part_lines(const report *r, size_t *n_out)
{
	part_line *v = NULL;
	size_t n = 0, cap = 0, cursor = 0, passed = 0, cp = 0;
	int review_year = 0;
	/* the text's end found once: a strchr per line reads (under ASan's
	 * strict_string_checks, as make test runs it) all the rest of the text
	 * each time, which made 400,000 lines quadratic */
	const char *p = r->text, *end = p ? p + strlen(p) : NULL;
	while (p && p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		size_t len = e ? (size_t)(e - p) : (size_t)(end - p);
		for (; passed < r->n_sections && r->sections[passed].start < cp; passed++) {
			const rp_section *s = &r->sections[passed];
			int y = s->heading && s->is_review && !s->is_plan
			            ? part_year_named(s->heading)
			            : 0;
			if (y > review_year)
				review_year = y;
		}
		int year;
		enum part_phase ph =
		    part_of_paragraph(p, len, r->year, r->kind, review_year, &year);
		if (ph == PART_REVIEW && year > review_year)
			review_year = year;
		if (ph != PART_NONE && !section_starts_at(r, cp, &cursor)) {
			if (n == cap) {
				cap = cap ? 2 * cap : 8;
				v = xrealloc(v, cap * sizeof *v);
			}
			v[n++] = (part_line){cp, ph, year};
		}
		cp += utf8_count(p, len) + (e ? 1 : 0);
		p = e ? e + 1 : p + len;
	}
	*n_out = n;
	return v;
}

/* 1 when section s is on a side, and not on the side `line`. */
static int other_side(const rp_section *s, enum part_phase line)
{
	return (s->is_plan && line != PART_PLAN) ||
	       (s->is_review && !s->is_plan && line != PART_REVIEW);
}

/* 1 when a heading in the section chain of idx reviews a span and then
 * plans the next (part_reviews_then_plans). */
static int chain_reviews_then_plans(const report *r, int idx)
{
	for (int depth = 0; idx >= 0 && (size_t)idx < r->n_sections && depth < 16; depth++) {
		const rp_section *s = &r->sections[idx];
		if (s->heading && part_reviews_then_plans(s->heading))
			return 1;
		idx = s->parent;
	}
	return 0;
}

/* The top-level section holding section idx. */
static int top_of(const report *r, int idx)
{
	for (int depth = 0; idx >= 0 && (size_t)idx < r->n_sections && depth < 16; depth++) {
		if (r->sections[idx].parent < 0)
			return idx;
		idx = r->sections[idx].parent;
	}
	return idx;
}

/* 由2012年的72.2%下降到60.7%: the year the clause names before the end of a
 * change is the year of its start, named with the start (the figure right
 * before it, a change's start, with the same year): the end is of the year
 * its place is about, the review's. An end that names a year of its own
 * (从2020年的3.68万亿元增长到2025年的4.93万亿元) keeps it. */
static int ends_change_of_its_year(const fig_cues *cues, size_t k)
{
	return k > 0 && !cues[k].is_start && cues[k - 1].is_start && cues[k - 1].year &&
	       cues[k - 1].year == cues[k].year;
}

/* The years a report's two sides are about. */
typedef struct side_years {
	int review; /* the year its results are of */
	int plan;   /* the year its targets are for */
} side_years;

/* The years of the review and of the plan, read from the report's parts
 * first and from its kind only when no part names a year: the latest year
 * a review part names (一、2013年工作回顾, a part line “十二五”时期发展情况及
 * 2015年工作回顾) is the review's; the earliest year after it that a plan
 * part names (二、2014年工作, 三、2016年的工作重点) the plan's. A side that
 * names none is the year next to the other's: the plan of a review of 2013
 * is for 2014, the review before a plan of 2023 (a text that starts inside
 * its review, 二、2023年重点工作安排) is of 2022, and a report on part of a
 * year (上半年) plans the rest of that year. So a 管委会's 工作报告 and a
 * 政府工作报告 built alike get the same years, whatever kind they are given
 * as. Only when no part names a year does the kind decide: a 政府工作报告
 * of 2026 plans 2026 and reviews 2025, a 工作总结 of 2023 reviews 2023. */
static side_years report_sides(const report *r, const part_line *lines, size_t n_lines,
                               int gov_report, int part_year)
{
	side_years y = {0, 0};
	for (int side = PART_REVIEW; side <= PART_PLAN; side++) {
		for (size_t i = 0; i < r->n_sections + n_lines; i++) {
			enum part_phase ph;
			int year;
			if (i < r->n_sections) {
				const rp_section *s = &r->sections[i];
				if (s->parent >= 0 || s->level == 0 || !s->heading)
					continue;
				ph = s->is_review ? PART_REVIEW
				     : s->is_plan ? PART_PLAN
				                  : PART_NONE;
				year = part_first_year(s->heading);
			} else {
				ph = lines[i - r->n_sections].phase;
				year = lines[i - r->n_sections].year;
			}
			if ((int)ph != side || !year)
				continue;
			if (side == PART_REVIEW && year > y.review)
				y.review = year;
			else if (side == PART_PLAN && year > y.review && (!y.plan || year < y.plan))
				y.plan = year;
		}
	}
	if (y.review && !y.plan)
		y.plan = part_year ? y.review : y.review + 1;
	else if (y.plan && !y.review)
		y.review = part_year ? y.plan : y.plan - 1;
	else if (!y.review && r->year > 0 && gov_report)
		y = (side_years){r->year - 1, r->year};
	else if (!y.review && r->year > 0)
		y = (side_years){r->year, part_year ? r->year : r->year + 1};
	return y;
}

/* A report on part of the year (上半年): its plans are for the rest of that
 * year, not the next. */
static int on_part_of_year(const report *r)
{
	return r->title && (strstr(r->title, "半年") || strstr(r->title, "季度") ||
	                    strstr(r->title, "1-6月") || strstr(r->title, "1-9月"));
}

static int is_gov_report(const report *r)
{
	return r->kind && strstr(r->kind, "政府工作报告") != NULL;
}

void classify_side_years(const report *r, int *review, int *plan)
{
	size_t n_lines = 0;
	part_line *lines = find_part_lines(r, &n_lines);
	side_years y = report_sides(r, lines, n_lines, is_gov_report(r), on_part_of_year(r));
	free(lines);
	*review = y.review;
	*plan = y.plan;
}

void classify_figures(const report *r, const fig_cues *cues, size_t n, fig_class *out)
{
	size_t n_lines = 0, li = 0;
	part_line *lines = find_part_lines(r, &n_lines);
	side_years sides = report_sides(r, lines, n_lines, is_gov_report(r), on_part_of_year(r));
	enum part_phase line = PART_NONE;
	size_t line_pos = 0;
	for (size_t k = 0; k < n; k++) {
		const fig_cues *c = &cues[k];
		while (li < n_lines && lines[li].pos <= c->pos) {
			/* a headline ends a review part (the news edition moves on to
			 * what comes next) and nothing else */
			if (lines[li].phase != PART_HEADLINE)
				line = lines[li].phase;
			else if (line == PART_REVIEW)
				line = PART_NONE;
			line_pos = lines[li].pos;
			li++;
		}
		/* a top-level section on the other side, starting after the part
		 * line, ends the part line's reach (the sections that say neither
		 * took the line's side in the outline) */
		int top = top_of(r, c->section);
		if (line != PART_NONE && top >= 0 && r->sections[top].start > line_pos &&
		    other_side(&r->sections[top], line))
			line = PART_NONE;
		int plan = chain_has(r, c->section, 0);
		int review = !plan && chain_has(r, c->section, 1);
		/* （六）政府建设成绩单 … ⏎ 2016年主要工作 ⏎ 主要目标是：…增长8.5%左右: a
		 * part line inside a section's body, after its heading, is the later
		 * word on the side of what follows it until the next heading; the
		 * unnumbered parts of a report then run on in the last numbered
		 * section's body. */
		if (line != PART_NONE && c->section >= 0 && (size_t)c->section < r->n_sections &&
		    line_pos > r->sections[c->section].start) {
			plan = line == PART_PLAN;
			review = line == PART_REVIEW;
		}
		/* 二、“十四五”时期发展成就和“十五五”时期主要目标任务 ⏎ 这五年，…地区生产
		 * 总值年均增长5.9%: a part that looks back on a span before it plans
		 * the next is a plan, but its paragraphs and sentences on the span
		 * past are results. The plan's own figures stand where no span is
		 * named (根据《建议》…提出地区生产总值年均增长5%左右) or where the span
		 * ahead is (“十五五”时期…, 未来五年…), and stay targets. */
		if (plan && c->scope == SCOPE_SPAN && !c->span_ahead &&
		    chain_reviews_then_plans(r, c->section)) {
			plan = 0;
			review = 1;
		}
		if (!plan && !review) {
			plan = line == PART_PLAN;
			review = line == PART_REVIEW;
		}
		int target = 0;
		/* 在2016年2.8亿元投入基础上，再安排5.6亿元: in a plan, a figure whose
		 * clause names a year already reviewed (or before it) is a result
		 * quoted as the base of the plan (gold rule 52), the converse of a
		 * target quoted in a review. Not 到2025年 (after the review), nor a
		 * base of comparison (比2016年, 较2016年: no clause year, extract.c),
		 * nor the end of a change whose start names the year (由2019年的
		 * 2100元提高到2600元: the 2600 is the plan's). */
		int past_in_plan = plan && c->year > 0 && sides.review > 0 &&
		                   c->year <= sides.review && !ends_change_of_its_year(cues, k);
		if (c->is_start)
			target = 0; /* 从380元提高至1000元: the level today */
		else if (past_in_plan)
			target = 0;
		else if (plan)
			target = 1;
		else if (review && c->forecast && sides.review > 0 && c->year > sides.review)
			/* 预计2015年有望突破200亿元 in the review of 2013: a forecast
			 * for a year after the one reviewed is no result (gold rule
			 * 41); 预计全年… and 预计达产产值… (no later year) are */
			target = 1;
		else if (!review)
			target = c->sentence_target || c->paragraph_target;
		fig_class *o = &out[k];
		/* the period follows the place; a target named as such in a result
		 * (完成了增长6%的目标) is about the period of the results.
		 *
		 * A figure of no one year gets none (0, NULL in the database), so
		 * that no year-over-year comparison pairs it with one year's figure
		 * (城镇新增就业452万人 of 过去五年 against 89.9万人 of 2024): a part
		 * of a year (1-9月) whatever year it names; a span of years (这五年,
		 * a section on “十四五”时期) unless its clause names the year
		 * (从2020年的…增长到2025年的4.93万亿元 is 2025's level). 全年 or
		 * 过去一年 inside a span is one year again: the report's default. */
		int y = 0, span = 0;
		if (c->scope == SCOPE_PART_OF_YEAR)
			span = 1;
		else if (c->year && !ends_change_of_its_year(cues, k))
			y = c->year;
		else if (c->scope == SCOPE_SPAN)
			span = 1;
		else if (c->scope == SCOPE_ONE_YEAR && c->sentence_year)
			y = c->sentence_year; /* 2025年…达到500亿元；…达到220亿元 */
		else if (c->scope == SCOPE_ONE_YEAR)
			y = section_year(r, c->section);
		else if ((y = section_period(r, c->section)) < 0)
			span = 1;
		/* 从3.2万元增长到3.5万元, 低保标准从800元提高至900元: a start of a change
		 * that names no year of its own is the level the change starts from,
		 * the year before the one the change is about (the review's year, or
		 * the plan's); within a span it has none, like the span's figures. */
		int start_before = !span && c->is_start && !c->year;
		if (start_before && y) {
			y--;
			start_before = 0;
		}
		if (span)
			o->period_year = 0;
		else if (y)
			o->period_year = y;
		else
			o->period_year = target ? sides.plan : sides.review;
		/* the default year is a plan's for a start in a plan (its end is the
		 * target: the start is the year before already), a result's else */
		if (start_before && !plan && o->period_year > 0)
			o->period_year--;
		o->is_target = target || c->target_itself;
	}
	free(lines);
}
