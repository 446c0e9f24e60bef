-- A change against a stated year is no level. 比2015年增长45% is stored
-- since 0012 as the figure 45 % with against_year 2015, but metric_measure()
-- still called it a 'level', so under an indicator of the % family (研发投入
-- 强度, 城镇化率) it entered the yearly series as if the ratio itself were
-- 45 %, and the year-over-year comparison compared it with last year's
-- level. Its own measure, 'change', keeps it out of indicator_points (which
-- take 'level' and 'growth' only) and so out of series, comparisons and
-- targets; it stays in metrics and in metric_matches, where the unmatched
-- names of an administrator's list still show it.
--
-- Why a measure and not a filter on against_year in each query: the
-- measure is the one place that says what a figure is compared by, and
-- every consumer already reads it. A figure with against_year is a change
-- whatever its unit (比2010年增加50亿元 is an amount of change, not the
-- level of anything), so the test is against_year alone, before the unit
-- tests; a ranking stays a ranking.
--
-- metric_measure gains the argument; the four-argument form is dropped
-- once refresh_organization (0008's, with the one call changed) no longer
-- uses it. Organisations with such a figure are refreshed here, so the
-- precomputed rows are right without a re-import.

ALTER TABLE metric_matches DROP CONSTRAINT metric_matches_measure_check;
ALTER TABLE metric_matches ADD CONSTRAINT metric_matches_measure_check
    CHECK (measure IN ('level', 'growth', 'points', 'ranking', 'change'));

CREATE FUNCTION metric_measure(unit text, value numeric, yoy_pct numeric, is_ranking boolean,
                               against_year integer)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN is_ranking THEN 'ranking'
        WHEN against_year IS NOT NULL THEN 'change'
        WHEN unit = '个百分点' THEN 'points'
        WHEN unit = '%' AND yoy_pct IS NOT NULL AND value = yoy_pct THEN 'growth'
        ELSE 'level'
    END
$$;

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
END
$$;

DROP FUNCTION metric_measure(text, numeric, numeric, boolean);

SELECT refresh_organization(o.organization)
FROM (SELECT DISTINCT r.organization
      FROM metrics m JOIN reports r ON r.id = m.report_id
      WHERE m.against_year IS NOT NULL) o;
