/* The checks the extractor's pattern tests share (extract_expect.h). */
#include "extract_expect.h"

#include "extract.h"
#include "one_section_report.h"

#include <criterion/criterion.h>
#include <string.h>

void build(report *r, const char *text, const char *kind, int year, int is_plan)
{
	one_section_report(r, NULL, text, kind, year, is_plan);
	cr_assert_eq(extract_metrics(r), 0);
}

const rp_metric *find_nth(const report *r, const char *value, const char *unit, int nth)
{
	for (size_t i = 0; i < r->n_metrics; i++)
		if (strcmp(r->metrics[i].value, value) == 0 &&
		    strcmp(r->metrics[i].unit, unit) == 0 && nth-- == 0)
			return &r->metrics[i];
	cr_assert_fail("no metric %s %s among %zu", value, unit, r->n_metrics);
	return NULL;
}

void str_eq_or_null(const char *got, const char *expected, const char *what)
{
	if (!expected)
		cr_assert_null(got, "%s: expected NULL, got %s", what, got);
	else
		cr_assert(got && strcmp(got, expected) == 0, "%s: expected %s, got %s", what,
		          expected, got ? got : "NULL");
}

void expect_nth(const report *r, const char *value, const char *unit, int nth, want w)
{
	const rp_metric *m = find_nth(r, value, unit, nth);
	str_eq_or_null(m->name, w.name, "name");
	str_eq_or_null(m->base_value, w.base_value, "base_value");
	str_eq_or_null(m->base_unit, w.base_unit, "base_unit");
	str_eq_or_null(m->yoy_pct, w.yoy_pct, "yoy_pct");
	cr_assert_eq(m->is_target, w.is_target, "%s%s is_target", value, unit);
	cr_assert_eq(m->period_year, w.period_year, "%s%s period_year %d", value, unit,
	             m->period_year);
}

void expect(const report *r, const char *value, const char *unit, want w)
{
	expect_nth(r, value, unit, 0, w);
}
