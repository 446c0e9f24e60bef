/* The report the extractor's unit tests run on: one preamble section
 * spanning the whole text, as the parser would give it for a text without
 * headings, so that a test states only the sentence it is about. */
#ifndef TESTS_UNIT_ONE_SECTION_REPORT_H
#define TESTS_UNIT_ONE_SECTION_REPORT_H

#include "report.h"

/* Fills `r` (its old contents ignored) with `text` as its one section,
 * titled `title` (may be NULL), of `kind` and `year`; the section is a plan
 * section when is_plan. Metrics are not extracted: the caller runs
 * extract_metrics. Release with report_free. */
void one_section_report(report *r, const char *title, const char *text, const char *kind, int year,
                        int is_plan);

#endif
