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
	"m.id, m.report_id, m.section_id,"                                                         \
	" (SELECT mm.indicator_id FROM metric_matches mm"                                          \
	" WHERE mm.metric_id = m.id) AS indicator_id,"                                             \
	" r.organization,"                                                                         \
	" r.year AS report_year, m.position, m.name, m.value, m.unit, m.base_value,"               \
	" m.base_unit, m.qualifier, m.qualifier_text,"                                             \
	" m.qualifier IS NOT NULL AS approx, m.yoy_pct, m.yoy_points, m.is_target,"                \
	" m.is_ranking, m.period_year, m.against_year, m.quote, m.span_start, m.span_end"

/* The figure's indicator is read per row shown, by metric_matches' primary
 * key, in the select list, not joined in FROM: the server's statements run
 * on generic plans (db_pool.c), which must assume an unknown LIMIT, and with
 * metric_matches of national size (6.8 million rows at 20 million figures)
 * the join made the generic plan of every figure list a merge join of both
 * whole tables and a sort of all figures (503 after the statement timeout;
 * bench/scale_bench.sh at 100,000 reports). A scalar subquery in the select
 * list is only evaluated for the rows the LIMIT lets through, so the list
 * stays a walk of metrics' own index; at most one match per figure (the
 * key), NULL when unmatched, as the LEFT JOIN gave. */
#define METRIC_FROM "metrics m JOIN reports r ON r.id = m.report_id"

extern const col_spec metric_cols[];
extern const size_t n_metric_cols;

#endif
