/* The last pass of figure extraction: whether each figure is a target or a
 * result, and the year it is about, from the figure's place in the report.
 *
 * The place decides first, the sentence after: a figure under a review part
 * (一、2024年工作回顾, a part line 过去一年的工作) is a result whatever its
 * headings or sentence say (（一）锚定目标攻坚, 好的预期不断释放); under a
 * plan part (三、2026年重点工作, a part line 2023年主要工作 or 重点工作方向：)
 * it is a target whatever the report's kind. Only where the place says
 * neither do the sentence's words (力争, 确保, 目标是：) decide. */
#ifndef IMPORT_CLASSIFY_H
#define IMPORT_CLASSIFY_H

#include "report.h"

#include <stddef.h>

/* What a figure's sentence or paragraph says of the time it covers, when it
 * says so before the figure (extract.c reads it, this pass weighs it). */
enum period_scope {
	SCOPE_NONE = 0,     /* says nothing: the section or the report decides */
	SCOPE_SPAN,         /* a span of years: 过去五年, 这五年, “十四五”时期 */
	SCOPE_PART_OF_YEAR, /* a part of a year: 1-9月, 前三季度, 上半年 */
	SCOPE_ONE_YEAR,     /* one whole year inside a span: 全年, 过去一年 */
};

/* What the earlier passes found about one figure's sentence. */
typedef struct fig_cues {
	size_t pos;              /* the number, in code points of report.text */
	int section;             /* index into report.sections, -1 when none */
	int sentence_target;     /* a target word in its sentence (力争, 确保, 目标) */
	int paragraph_target;    /* after 目标：/ 目标是： in its paragraph or list */
	int target_itself;       /* the figure is a target named as such (增长6%的目标) */
	int is_start;            /* the level a change starts from (从380元提高至…) */
	int forecast;            /* 预计 or 有望 in its clause before it */
	int year;                /* the year its clause names before it, 0 none */
	enum period_scope scope; /* the time its sentence or paragraph names */
	int sentence_year;       /* with SCOPE_ONE_YEAR: the year its sentence
	                            opens with (2025年新区地区生产总值达到…；
	                            全社会固定资产投资达到…), 0 none */
	int span_ahead;          /* with SCOPE_SPAN: the span is still to come
	                            (未来五年, “十五五”时期 in a plan of 2026) */
} fig_cues;

typedef struct fig_class {
	int is_target;
	int period_year; /* 0 when unknown or when no one year: a span, a part */
} fig_class;

/* Classifies n figures given in document order (pos never decreases) of a
 * report whose text, sections, year, kind and title are set; out has n
 * entries. Linear in the text and the figures. */
void classify_figures(const report *r, const fig_cues *cues, size_t n, fig_class *out);

/* The years a report's two sides are about, as classify_figures reads them
 * (from its parts first, from its kind only when no part names a year):
 * *review the year its results are of, *plan the year its targets are for;
 * 0 when the report's year is unknown and no part names one. Linear in the
 * text. */
void classify_side_years(const report *r, int *review, int *plan);

#endif
