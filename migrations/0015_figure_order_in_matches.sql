-- The figures of an indicator in the list's order, on an index.
--
-- /metrics?indicator=N lists the figures matched to an indicator in the
-- order of every figure list, (report_id, position). metric_matches held the
-- report but not the position, so the server took all the indicator's
-- matched figure ids (an array, metric_matches_indicator_idx), fetched each
-- figure and sorted them all for the first 101: the page cost grew with the
-- indicator's matches (255 ms of PostgreSQL time per request at 10,038
-- reports for an indicator of 21,525 figures, bench/route_cpu.sh; some
-- requests timed out). With the figure's position in its match and an index
-- (indicator_id, report_id, position), one indicator's page is a walk of
-- that index from the cursor on, stopping at the 101st row.
--
-- position is the figure's (metrics.position), copied when the match is
-- written (refresh_organization(), which rewrites an organisation's matches
-- whenever its figures or the aliases change): a match never outlives its
-- figure (ON DELETE CASCADE) and a figure's position never changes (a
-- re-import replaces the figures). The new index leads with indicator_id,
-- so it also serves what metric_matches_indicator_idx did (lookups and the
-- foreign key's ON DELETE SET NULL), which is dropped.

ALTER TABLE metric_matches ADD COLUMN position integer;
UPDATE metric_matches mm SET position = m.position FROM metrics m WHERE m.id = mm.metric_id;
ALTER TABLE metric_matches ALTER COLUMN position SET NOT NULL;
CREATE INDEX metric_matches_indicator_order_idx ON metric_matches (indicator_id, report_id, position);
DROP INDEX metric_matches_indicator_idx;

-- 0014's refresh_organization, with the position written into each match.
CREATE OR REPLACE FUNCTION refresh_organization(org text) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('indicators:' || org, 0));

    DELETE FROM metric_matches WHERE organization = org;
    INSERT INTO metric_matches (metric_id, report_id, organization, name_key, indicator_id,
                                status, period_year, kind, measure, series_key, position)
    SELECT m.id, m.report_id, r.organization, x.name_key,
           CASE WHEN x.fits THEN a.indicator_id END,
           CASE WHEN a.indicator_id IS NULL THEN 'unmatched'
                WHEN x.fits THEN 'matched' ELSE 'unit_mismatch' END,
           metric_period_year(m.period_year, m.is_target, r.year, r.kind),
           CASE WHEN m.is_target THEN 'target' ELSE 'result' END,
           x.measure,
           CASE WHEN x.fits THEN 'i:' || a.indicator_id ELSE 'n:' || x.name_key END,
           m.position
    FROM metrics m
    JOIN reports r ON r.id = m.report_id
    CROSS JOIN LATERAL (SELECT indicator_key(m.name) AS name_key,
                               metric_measure(m.unit, m.value, m.yoy_pct, m.is_ranking, m.against_year) AS measure) k
    LEFT JOIN indicator_aliases a ON a.alias_key = k.name_key
    LEFT JOIN indicators i ON i.id = a.indicator_id
    CROSS JOIN LATERAL (SELECT k.name_key, k.measure,
                               a.indicator_id IS NOT NULL
                               AND (i.unit_family IS NULL OR i.unit_family = m.base_unit
                                    OR k.measure IN ('growth', 'points')) AS fits) x
    WHERE r.organization = org AND m.period_year IS NOT NULL;

    -- One figure per indicator, period and kind: a level before a growth
    -- rate, the report of the period's own year before later reviews, the
    -- first mention in the document.
    DELETE FROM indicator_points WHERE organization = org;
    INSERT INTO indicator_points
    SELECT DISTINCT ON (mm.series_key, mm.period_year, mm.kind)
           mm.organization, mm.series_key, mm.indicator_id, i.name, m.name, mm.period_year,
           mm.kind, mm.measure, m.id, m.section_id, m.report_id, m.value, m.unit,
           m.base_value, m.base_unit, m.yoy_pct, m.yoy_points, m.qualifier
    FROM metric_matches mm
    JOIN metrics m ON m.id = mm.metric_id
    JOIN reports r ON r.id = mm.report_id
    LEFT JOIN indicators i ON i.id = mm.indicator_id
    WHERE mm.organization = org AND mm.measure IN ('level', 'growth')
    ORDER BY mm.series_key, mm.period_year, mm.kind, (mm.measure = 'level') DESC,
             abs(r.year - mm.period_year), r.year, m.position;

    DELETE FROM comparison_rows WHERE organization = org;
    INSERT INTO comparison_rows
    SELECT c.*
    FROM (SELECT DISTINCT period_year FROM indicator_points
          WHERE organization = org AND kind = 'result') y
    CROSS JOIN LATERAL compute_comparisons(org, y.period_year, y.period_year - 1) c;

    DELETE FROM target_rows WHERE organization = org;
    INSERT INTO target_rows
    SELECT t.*
    FROM (SELECT DISTINCT period_year FROM indicator_points
          WHERE organization = org AND kind = 'target') y
    CROSS JOIN LATERAL compute_targets(org, y.period_year) t;

    PERFORM refresh_indicator_counts(org);
END
$$;
