-- A figure of no one year is in no yearly series. The extractor leaves
-- period_year NULL for a figure stated for a span of years (过去五年,
-- “十四五”时期, 2021—2025年累计) or for a part of a year (1-9月, 上半年):
-- 城镇新增就业452万人 of a five-year review compared with one year's 89.9万人
-- made a +402 % "change". metric_period_year() filled such a NULL in with
-- the report's default year, which put the figure into the year-over-year
-- comparisons; now such a figure is not matched into a series at all (it
-- stays in metrics, with its quote, for the metric endpoints).
--
-- The extractor gives every figure of a report whose year it knows a
-- period, and reports.year is NOT NULL, so NULL reaches here only for those
-- figures: metric_period_year()'s fallback is kept for data loaded some
-- other way. Only refresh_organization changes: 0003's, with the one
-- condition `AND m.period_year IS NOT NULL`.
-- Recomputes everything precomputed for one organisation, in the caller's
-- transaction. The advisory lock serialises two imports of one organisation.
CREATE OR REPLACE FUNCTION refresh_organization(org text) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('indicators:' || org, 0));

    DELETE FROM metric_matches WHERE organization = org;
    INSERT INTO metric_matches (metric_id, report_id, organization, name_key, indicator_id,
                                status, period_year, kind, measure, series_key)
    SELECT m.id, m.report_id, r.organization, x.name_key,
           CASE WHEN x.fits THEN a.indicator_id END,
           CASE WHEN a.indicator_id IS NULL THEN 'unmatched'
                WHEN x.fits THEN 'matched' ELSE 'unit_mismatch' END,
           metric_period_year(m.period_year, m.is_target, r.year, r.kind),
           CASE WHEN m.is_target THEN 'target' ELSE 'result' END,
           x.measure,
           CASE WHEN x.fits THEN 'i:' || a.indicator_id ELSE 'n:' || x.name_key END
    FROM metrics m
    JOIN reports r ON r.id = m.report_id
    CROSS JOIN LATERAL (SELECT indicator_key(m.name) AS name_key,
                               metric_measure(m.unit, m.value, m.yoy_pct, m.is_ranking) AS measure) k
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
END
$$;
