/* The attachments after a report's numbered parts: `附件：` with the list of
 * what is attached, `附件1` / `政府工作报告名词、术语注释` (a glossary),
 * `附件2` / `2015年区政府民生实事完成情况清单` (a table of results),
 * `附件3 2016年区政府民生实事计划清单` (a table of the plan). Each is a
 * document of its own that the report carries, so the numbered outline
 * ends before the first: a glossary's `1.` … `32.` entries are no sections of
 * the last part, and each attachment is on the side its title names — a
 * list of the year reviewed holds results even after the plan. */
#ifndef IMPORT_ATTACHMENT_H
#define IMPORT_ATTACHMENT_H

#include "part.h"

#include <stddef.h>

/* When the paragraph s[0..n) (normalised UTF-8) heads an attachment —
 * `附件`, then an ordinal (1, 2, 一, 二) or none, then a separator (：, :,
 * space, 、, ．, .) or the line's end, then a short title or none — returns
 * 1 and sets *title to the byte offset where its title starts (n when the
 * line has none: the title is the next paragraph's). Not a sentence that
 * mentions an attachment (附件中的数据…, 见附件。): at most 60 code points,
 * no sentence or clause punctuation in the title. */
int attachment_heading(const char *s, size_t n, size_t *title);

/* 1 when a title (NUL-terminated UTF-8) names a glossary: it ends with
 * one of the glossary words (名词解释, 注释, …) — 政府工作报告有关名词解释,
 * 《政府工作报告》有关内容名词注释. */
int attachment_is_glossary(const char *title);

/* The side of an attachment titled `title` (NULL or "" for none): a glossary
 * is on neither; a title naming a year is a result of a year up to
 * review_year (the latest year a review part named, 0 none) and a plan of
 * a later one (2015年…完成情况清单 / 2016年…计划清单 after 2015年工作回顾);
 * without a year, words of results (完成情况, 落实情况) or of plans (计划,
 * 安排, 任务, 目标) decide; a title that says none of these is on the side
 * of the part before it (after_plan: the report had turned to its plan),
 * as the paragraphs after a plan are. */
enum part_phase attachment_side(const char *title, int review_year, int after_plan);

#endif
