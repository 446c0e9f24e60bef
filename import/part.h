/* Which side of a report a part is on: the review of results or the plan of
 * work. Decided from a heading's words and the years it names, for numbered
 * headings (outline.c) and for part lines, the short lines of their own that
 * split unnumbered reports (2022年政府工作回顾 … 2023年主要工作). */
#ifndef IMPORT_PART_H
#define IMPORT_PART_H

#include <stddef.h>

enum part_phase {
	PART_NONE = 0, /* says neither: (二）加力推进产业发展 */
	PART_REVIEW,   /* results: 一、2024年工作回顾, 过去一年, 工作总结 */
	PART_PLAN,     /* targets: 三、2026年重点工作, 主要目标, 工作安排 */
	PART_HEADLINE, /* only of a part line: a headline that ends a review part
	                  without starting a plan (阔步迈上新征程) */
};

/* The latest year (1949..2100, four digits followed by 年, not part of a
 * longer number) that the UTF-8 text h names, or 0: “十四五”时期和2025年工作
 * 回顾 → 2025. */
int part_year_named(const char *h);
/* The same, the first year named: the year a section is about
 * (一、2023年工作回顾和2024年工作安排 is about 2023 first). */
int part_first_year(const char *h);

/* 1 when the UTF-8 text h names a span of years as its time: 过去五年,
 * 五年来, “十四五”时期, 十三五期间 (lexicon.c, LEX_SPAN_TIMES and
 * LEX_PLAN_PERIODS); not “十四五”规划, which is a plan's name. */
int part_names_span(const char *h);

/* 1 when heading h reviews what a span achieved and then plans the next:
 * an achievement word (成就), a join after it (和, 及, 与) and a plan word
 * after the join — 二、“十四五”时期发展成就和“十五五”时期主要目标任务. Such a
 * part is a plan (part_of_heading), but its paragraphs on the span past are
 * results (classify.c). Not 创造新的更大成就 (no plan word after a join). */
int part_reviews_then_plans(const char *h);

/* The phase of a numbered heading h (without its label) in a report of
 * `year` (0 unknown) and `kind` (NULL unknown). under_review: an ancestor
 * heading reviews results; then only a look forward in time (明年, 下一步)
 * makes a plan, so （一）锚定目标攻坚 there stays results. review_year: the
 * latest year a review heading before it named (0 none): a heading naming a
 * later year is the plan of that later year whatever the report's kind
 * (三、关于2026年工作 after 一、2025年工作回顾). after_plan: a top-level plan
 * part came before: a heading naming the report's year or a later one plans
 * it (三、2026年主要工作 after 二、“十五五”时期主要目标任务), since a report
 * does not go back to reviewing once it has turned to plans. A five-year
 * plan named that starts after review_year (or, with none, in the report's
 * year or later in a 政府工作报告) is a plan too: 二、奋力开创“十四五”新局面
 * after 一、2020年工作回顾. */
enum part_phase part_of_heading(const char *h, int year, const char *kind, int under_review,
                                int review_year, int after_plan);

/* The phase of a part line (a paragraph that is a heading without a label):
 * review words, or words that name a plan (重点工作, 主要目标, 总体要求), or
 * 工作 of a later year: of the report's own year in a 政府工作报告, of a
 * year after review_year in any kind (review_year: the latest year a review
 * part before the line named, 0 none; 2016年主要工作任务 after 2015年工作
 * 回顾). A title line (…政府工作报告, …工作总结 of a report's first lines)
 * is PART_NONE when it says 报告: it heads the whole document, both of its
 * sides. */
enum part_phase part_of_line(const char *line, int year, const char *kind, int review_year);

/* The phase of the paragraph [s, s + len) of UTF-8 text if it is a part line
 * (a heading without a label): at most 30 code points, no clause punctuation
 * (，。；！？) except a final colon, not ending with 是 (主要预期目标是：
 * leads into a list), and a phase by part_of_line (review_year as there); or
 * a line naming a five-year plan still to come (“十三五”发展思路 after
 * 2015年工作回顾, as in part_of_heading), PART_PLAN; or a headline of 6 to
 * 20 ideographs only (PART_HEADLINE); or a paragraph opening with a lead-in
 * that names the whole plan (今年政府工作的总体要求是：…, PART_PLAN).
 * *line_year: the year a part line is about first (2023年主要工作), 0 none.
 * Whether the paragraph is a numbered heading instead is the caller's to
 * know. */
enum part_phase part_of_paragraph(const char *s, size_t len, int year, const char *kind,
                                  int review_year, int *line_year);

/* 1 when the paragraph [s, s + len) opens with the lead-in of the coming
 * year's targets — 今年经济社会发展的主要预期目标是：, 2025年全省发展的主要
 * 预期目标是： (a year after review_year, the latest year reviewed), 明年…
 * — which a plan part says and a review does not (a review recalls last
 * year's targets: 年初确定的主要预期目标…). Within the first LEAD_IN bytes,
 * no full stop before its colon. */
int part_targets_lead_in(const char *s, size_t len, int review_year);

#endif
