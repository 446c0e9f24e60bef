/* What the extractor's pattern tests share (test_extract_patterns.c,
 * test_extract_growth_binding.c): a report of one section run through the
 * extractor, the n-th figure of a value and unit, and the fields a figure
 * is checked on. Each failure names the field and the figure. */
#ifndef TESTS_UNIT_EXTRACT_EXPECT_H
#define TESTS_UNIT_EXTRACT_EXPECT_H

#include "report.h"

/* A report of one section spanning `text` (is_plan as given), metrics
 * extracted; the caller frees it with report_free. */
void build(report *r, const char *text, const char *kind, int year, int is_plan);

/* The n-th (from 0) metric of value and unit; the test fails when there is
 * none. Owned by r. */
const rp_metric *find_nth(const report *r, const char *value, const char *unit, int nth);

/* got equals expected, or both are NULL. */
void str_eq_or_null(const char *got, const char *expected, const char *what);

typedef struct want {
	const char *name, *base_value, *base_unit, *yoy_pct;
	int is_target, period_year;
} want;

/* The n-th metric of value and unit has the fields of w. */
void expect_nth(const report *r, const char *value, const char *unit, int nth, want w);
/* The first metric of value and unit has the fields of w. */
void expect(const report *r, const char *value, const char *unit, want w);

#endif
