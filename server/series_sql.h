/* The series of indicators as SQL text, shared by the series routes. The
 * counts of /indicators are kept by the import as SERIES_OF counts them
 * (migration 0014, refresh_indicator_counts). */
#ifndef SERVER_SERIES_SQL_H
#define SERVER_SERIES_SQL_H

/* The columns of the two branches of an indicator's series: a reported
 * point (indicator_points), and the base-year value implied by a stated
 * growth (comparison_rows, metric_id then the figure whose growth implied
 * it). The literals are typed so that the branches' columns match. */
#define SERIES_REPORTED_COLUMNS                                                                    \
	"indicator_id, organization, period_year, kind, 'reported'::text AS source,"               \
	" measure, value, unit, comparable_value, comparable_unit, yoy_pct, yoy_points,"           \
	" qualifier, metric_id, section_id, report_id"
#define SERIES_IMPLIED_COLUMNS                                                                     \
	"indicator_id, organization, base_year, 'result'::text, 'implied'::text, 'level'::text,"   \
	" base_value, unit, base_comparable_value, comparable_unit, NULL::numeric, NULL::numeric," \
	" NULL::text, metric_id, section_id, report_id"

/* The points of indicator `id` as its series gives them: the reported
 * points, and the base-year values implied by a stated growth where the
 * base year has no figure of its own. `id` is SQL put after
 * "indicator_id = ": "i.id", "$1::bigint", or "ANY ($1::bigint[])" for
 * several. The counts kept for /indicators (0014) count these same two
 * branches, so that they agree: an implied 2020 point is as much a point of
 * the series as a reported 2021 one, and the first year is 2020. */
#define SERIES_OF(id)                                                                              \
	"(SELECT " SERIES_REPORTED_COLUMNS " FROM indicator_points WHERE indicator_id = " id       \
	" UNION ALL SELECT " SERIES_IMPLIED_COLUMNS " FROM comparison_rows"                        \
	" WHERE indicator_id = " id " AND base_source = 'implied')"

/* `points` (SQL of a series' points, as SERIES_OF gives them) with, on each
 * reported result point, its comparison with the year before
 * (comparison_rows, precomputed by the import: base, change, discrepancy
 * against the stated growth); NULL on targets and on implied points, which
 * nothing is compared with. The join is on comparison_rows' key
 * (organization, year, series_key 'i:<indicator>'). */
#define SERIES_CHANGE_OF(points)                                                                   \
	"(SELECT s.*, c.base_year, c.base_source, c.base_value, c.base_comparable_value,"          \
	"  c.change, c.change_comparable, c.change_pct, c.change_points, c.discrepancy,"           \
	"  c.discrepancy_flag, c.note"                                                             \
	" FROM " points " s"                                                                       \
	" LEFT JOIN comparison_rows c ON s.source = 'reported' AND s.kind = 'result'"              \
	"  AND c.organization = s.organization AND c.year = s.period_year"                         \
	"  AND c.series_key = 'i:' || s.indicator_id)"

/* SERIES_OF with each point's comparison. */
#define SERIES_WITH_CHANGE(id) SERIES_CHANGE_OF(SERIES_OF(id))

/* SERIES_WITH_CHANGE(id) cut to its first `n` rows in the list's order
 * (organization, period_year, kind, source), for pages of the whole series
 * of one indicator, all organisations, no other filter. `n` is SQL for a
 * bound at least the page's offset + limit + 1 ("$2::bigint"); id is one
 * indicator. Each branch takes its first n rows by index, and the outer
 * query's merge of them is the same first n of the union (the four keys
 * order the series' rows uniquely): without it the page sorted the
 * indicator's whole series (93 ms of PostgreSQL time per page at 10,038
 * reports, bench/route_cpu.sh). The implied branch walks
 * comparison_rows_indicator_idx by (organization, year): a stored
 * comparison row compares a year with the year before (refresh_organization
 * computes no other base), so its base_year is year - 1 and that order is
 * the branch's (organization, base_year) order. Not for counts, CSV or
 * filters, which need the whole series: the caller uses SERIES_WITH_CHANGE. */
#define SERIES_FIRST_WITH_CHANGE(id, n)                                                            \
	SERIES_CHANGE_OF("((SELECT " SERIES_REPORTED_COLUMNS " FROM indicator_points"              \
	                 " WHERE indicator_id = " id " ORDER BY organization, period_year, kind"   \
	                 " LIMIT " n ") UNION ALL (SELECT " SERIES_IMPLIED_COLUMNS                 \
	                 " FROM comparison_rows WHERE indicator_id = " id                          \
	                 " AND base_source = 'implied' ORDER BY organization, year LIMIT " n "))")

#endif
