/* The series of indicators as SQL text, shared by /indicators (counts,
 * years) and the series routes, so that all of them count the same points. */
#ifndef SERVER_SERIES_SQL_H
#define SERVER_SERIES_SQL_H

/* The points of indicator `id` as its series gives them: the reported
 * points, and the base-year values implied by a stated growth where the
 * base year has no figure of its own (metric_id is then the figure whose
 * growth implied it). `id` is SQL put after "indicator_id = ": "i.id",
 * "$1::bigint", or "ANY ($1::bigint[])" for several. The series, the
 * list's counts and the detail's years all read this one definition, so
 * that they agree: an implied 2020 point is as much a point of the series
 * as a reported 2021 one, and the first year is 2020. */
#define SERIES_OF(id)                                                                              \
	"(SELECT indicator_id, organization, period_year, kind, 'reported' AS source,"             \
	"  measure, value, unit, comparable_value, comparable_unit, yoy_pct, yoy_points,"          \
	"  qualifier, metric_id, section_id, report_id"                                            \
	" FROM indicator_points WHERE indicator_id = " id " UNION ALL"                             \
	" SELECT indicator_id, organization, base_year, 'result', 'implied', 'level',"             \
	"  base_value, unit, base_comparable_value, comparable_unit, NULL, NULL, NULL,"            \
	"  metric_id, section_id, report_id"                                                       \
	" FROM comparison_rows WHERE indicator_id = " id " AND base_source = 'implied')"

/* How many points SERIES_OF(id) has (its two branches counted apart: two
 * index lookups instead of a union), and of how many organisations (an
 * implied point comes from a comparison row of an organisation that has
 * reported points, so indicator_points alone tells). `cond` is "" or
 * " AND organization = $N". /indicators counts with these; a test holds
 * them to the series' totals. */
#define SERIES_COUNT(id, cond)                                                                     \
	"((SELECT count(*) FROM indicator_points WHERE indicator_id = " id cond ")"                \
	" + (SELECT count(*) FROM comparison_rows WHERE indicator_id = " id                        \
	" AND base_source = 'implied'" cond "))"
#define SERIES_ORGANIZATIONS(id, cond)                                                             \
	"(SELECT count(DISTINCT organization) FROM indicator_points WHERE indicator_id = " id cond \
	")"

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
