/* A metric as every route shows it (/metrics, /metrics/{id}, the metrics
 * of /sections/{id}): one SELECT list, one set of columns. */
#ifndef SERVER_METRIC_ROWS_H
#define SERVER_METRIC_ROWS_H

#include "reply.h"

/* Over METRIC_FROM. Decimals stay numeric (exact text); "approx" is true
 * for any qualifier (约/近/左右 about, 余/多/超过/以上 at least, 以内 at
 * most), whose kind "qualifier" tells. indicator_id is the indicator the
 * figure is matched to (metric_matches, migrations/0003: its name key is one
 * of the indicator's aliases and its unit fits), NULL when unmatched.
 * against_year (migrations/0012) is the year a stated change is measured
 * against when it is not the year before (比2010年提高86%: 2010, the change
 * being the figure's value), NULL otherwise. */
#define METRIC_SELECT                                                                              \
	"m.id, m.report_id, m.section_id, mm.indicator_id, r.organization,"                        \
	" r.year AS report_year, m.position, m.name, m.value, m.unit, m.base_value,"               \
	" m.base_unit, m.qualifier, m.qualifier_text,"                                             \
	" m.qualifier IS NOT NULL AS approx, m.yoy_pct, m.yoy_points, m.is_target,"                \
	" m.is_ranking, m.period_year, m.against_year, m.quote, m.span_start, m.span_end"

/* A LEFT JOIN on metric_matches' primary key: at most one match per
 * metric, and the planner drops the join where no column of it is used
 * (the counts of a list). */
#define METRIC_FROM                                                                                \
	"metrics m JOIN reports r ON r.id = m.report_id"                                           \
	" LEFT JOIN metric_matches mm ON mm.metric_id = m.id"

extern const col_spec metric_cols[];
extern const size_t n_metric_cols;

#endif
