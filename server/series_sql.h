/* The series of indicators as SQL text, shared by the series routes. The
 * counts of /indicators are kept by the import as SERIES_OF counts them
 * (migration 0014, refresh_indicator_counts). */
#ifndef SERVER_SERIES_SQL_H
#define SERVER_SERIES_SQL_H

/* The points of indicator `id` as its series gives them: the reported
 * points, and the base-year values implied by a stated growth where the
 * base year has no figure of its own (metric_id is then the figure whose
 * growth implied it). `id` is SQL put after "indicator_id = ": "i.id",
 * "$1::bigint", or "ANY ($1::bigint[])" for several. The counts kept for
 * /indicators (0014) count these same two branches, so that they agree:
 * an implied 2020 point is as much a point of the series as a reported
 * 2021 one, and the first year is 2020. */
#define SERIES_OF(id)                                                                              \
	"(SELECT indicator_id, organization, period_year, kind, 'reported' AS source,"             \
	"  measure, value, unit, comparable_value, comparable_unit, yoy_pct, yoy_points,"          \
	"  qualifier, metric_id, section_id, report_id"                                            \
	" FROM indicator_points WHERE indicator_id = " id " UNION ALL"                             \
	" SELECT indicator_id, organization, base_year, 'result', 'implied', 'level',"             \
	"  base_value, unit, base_comparable_value, comparable_unit, NULL, NULL, NULL,"            \
	"  metric_id, section_id, report_id"                                                       \
	" FROM comparison_rows WHERE indicator_id = " id " AND base_source = 'implied')"

/* SERIES_OF with, on each reported result point, its comparison with the
 * year before (comparison_rows, precomputed by the import: base, change,
 * discrepancy against the stated growth); NULL on targets and on implied
 * points, which nothing is compared with. The join is on comparison_rows'
 * key (organization, year, series_key 'i:<indicator>'). */
#define SERIES_WITH_CHANGE(id)                                                                     \
	"(SELECT s.*, c.base_year, c.base_source, c.base_value, c.base_comparable_value,"          \
	"  c.change, c.change_comparable, c.change_pct, c.change_points, c.discrepancy,"           \
	"  c.discrepancy_flag, c.note"                                                             \
	" FROM " SERIES_OF(                                                                        \
	    id) " s"                                                                               \
	        " LEFT JOIN comparison_rows c ON s.source = 'reported' AND s.kind = 'result'"      \
	        "  AND c.organization = s.organization AND c.year = s.period_year"                 \
	        "  AND c.series_key = 'i:' || s.indicator_id)"

#endif
