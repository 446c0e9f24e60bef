/* The outline of a report: numbered headings in the styles of GB/T 9704-2012
 * (一、 （一） 1. （1）, full-width or ASCII), nested as the styles appear,
 * plus the preamble before the first heading and the closing paragraphs after
 * the last numbered section.
 *
 * Reports in parts (`第一部分 2022年工作回顾`, or `第一部分` on its own line
 * with the heading on the next) are supported: the label is stored as
 * "第一部分" (an addition to the labels listed in report.h) and the part is
 * level 1 with 一、 nested under it. Levels stop at 4 (the database's
 * limit), so in such a report a fifth nesting style stays body text.
 * Table-of-contents entries (`一、2022年工作回顾……3`) are never headings.
 *
 * Parts without labels: a short line of its own naming a side (a part line,
 * part_of_paragraph in part.h: “十三五”规划的主要思路及2016年工作计划) gives
 * its side (is_plan / is_review) to the top-level sections after it that name
 * none; when it turns from the side of the part open at the top, in a report
 * whose top level is not 一、, the heading numbered 1 after it starts over at
 * the top. A text that starts inside a report may open with a part heading
 * numbered other than 1 (二、2023年重点工作安排) when it names a side. */
#ifndef IMPORT_OUTLINE_H
#define IMPORT_OUTLINE_H

#include "report.h"

#include <stddef.h>

enum label_style {
	LABEL_NONE = 0,
	LABEL_CN,       /* 一、  一.  一． */
	LABEL_CN_PAREN, /* （一）  (一) */
	LABEL_AR,       /* 1.  1、  1． */
	LABEL_AR_PAREN, /* （1）  (1) */
	LABEL_PART,     /* 第一部分: a report in parts, nesting 一、 under it */
};

typedef struct heading_label {
	enum label_style style;
	int ordinal; /* 1..99 */
	size_t len;  /* bytes of the label, punctuation included */
} heading_label;

/* Recognises a heading label at the start of s[0..n) (normalised text) that
 * is followed by heading text. `1.5亿元`, `2023.` and `一是` are not labels.
 * `第一部分` may stand alone on its line (its heading is the next line); it
 * may be followed by `、` `：` `:` `.` `，`, which are part of the label.
 * Returns 1 and fills *out, or 0. */
int label_parse(const char *s, size_t n, heading_label *out);

/* 1 when s[0..n) is a heading label and nothing else (`（一）` on a line of
 * its own, its heading on the next line, as PDF exports sometimes break
 * it). 第一部分 is not counted: label_parse takes it alone already. */
int label_alone(const char *s, size_t n);

/* Value of a Chinese numeral 一..九十九 at s[0..n) (whole string), or 0. */
int cn_numeral_value(const char *s, size_t n);

/* Fills r->sections / r->n_sections (which must be empty) from the
 * paragraphs paras[first..n): r->text must already be paras[0..n) joined
 * with '\n' (paras before `first` are title lines, part of no section), and
 * r->year / r->kind set (they decide is_plan for year-named parts). */
void outline_build(report *r, char *const *paras, const size_t *lens, size_t n, size_t first);

/* outline_build with the outline level Word gives each paragraph (levels[i]
 * 1..9, 0 = none; levels may be NULL). A paragraph Word marks as a heading
 * still needs a label, but its label is believed where the text alone would
 * doubt it: it may skip numbers in its sequence (一、 二、 四、 after an
 * edit), and it may open a deeper level at a number other than 1. */
void outline_build_hinted(report *r, char *const *paras, const size_t *lens, size_t n, size_t first,
                          const unsigned char *levels);

#endif
