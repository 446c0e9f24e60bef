-- National-size synthetic data, step 2 (indicators): what the import job
-- computes for each organisation after loading a report
-- (report_after_import() → refresh_organization(), migrations 0003/0008),
-- for every synthetic organisation at once:
--   metric_matches    one row per figure: name key, indicator, period, kind
--   indicator_points  one figure per (organisation, series, period, kind)
--   comparison_rows   each year against the year before
--   target_rows       the targets set for a year against its results
--   indicator_org_counts, indicator_counts
--                     the counts kept for /indicators (migration 0014)
-- bench/gen_national.sh runs this in the figures' session, after their rows.
--
--   psql -f bench/gen_national_indicators.sql
--
-- The statements are refresh_organization()'s, with two differences that
-- change no row: `WHERE organization = org` becomes "every synthetic
-- organisation" (the reports after n.r0; step 1 checked that none of them
-- is also a real one, whose real reports this would leave out), and a
-- figure's indicator_key() is looked up in a table of the templates'
-- distinct names (every synthetic figure is named after one) instead of
-- computed 20 million times. The comparisons and target rows are the real
-- functions, compute_comparisons() and compute_targets(), called per
-- organisation and year as refresh_organization() calls them. Each table's
-- secondary indexes (dropped in step 1) are rebuilt from their saved
-- definitions after its rows and before the next table's rows, which read
-- them (compute_comparisons() looks points up by organisation and year).
-- bench/gen_national.sh then runs refresh_organization() for one synthetic
-- organisation in a rolled-back transaction and fails unless it gives the
-- same rows as these statements did.
\set ON_ERROR_STOP on
SET session_replication_role = replica;
SET work_mem = '512MB';
SET max_parallel_workers_per_gather = 0;
-- no JIT: compute_comparisons() inlined into the per-year loop compiled for
-- 2.1 s of its 2.9 s at 1,000 reports
SET jit = off;
\o /dev/null

CREATE FUNCTION gen_national.rebuild(t text) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE d text;
BEGIN
    FOR d IN SELECT def FROM gen_national.saved_indexes WHERE tab = t ORDER BY name LOOP
        EXECUTE d;
    END LOOP;
END $$;

CREATE TABLE gen_national.name_key AS
SELECT name, indicator_key(name) AS name_key FROM (SELECT DISTINCT name FROM gen_national.met) t;
ALTER TABLE gen_national.name_key ADD PRIMARY KEY (name);
ANALYZE gen_national.name_key;

-- refresh_organization()'s first INSERT
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
JOIN gen_national.name_key nk ON nk.name = m.name
CROSS JOIN LATERAL (SELECT nk.name_key,
                           metric_measure(m.unit, m.value, m.yoy_pct, m.is_ranking, m.against_year) AS measure) k
LEFT JOIN indicator_aliases a ON a.alias_key = k.name_key
LEFT JOIN indicators i ON i.id = a.indicator_id
CROSS JOIN LATERAL (SELECT k.name_key, k.measure,
                           a.indicator_id IS NOT NULL
                           AND (i.unit_family IS NULL OR i.unit_family = m.base_unit
                                OR k.measure IN ('growth', 'points')) AS fits) x
WHERE m.id > (SELECT m0 FROM gen_national.n) AND m.period_year IS NOT NULL
ORDER BY m.id;
SELECT gen_national.rebuild('metric_matches');

-- the second: one figure per indicator, period and kind (a level before a
-- growth rate, the report of the period's own year before later reviews,
-- the first mention in the document)
INSERT INTO indicator_points
SELECT DISTINCT ON (mm.organization, mm.series_key, mm.period_year, mm.kind)
       mm.organization, mm.series_key, mm.indicator_id, i.name, m.name, mm.period_year,
       mm.kind, mm.measure, m.id, m.section_id, m.report_id, m.value, m.unit,
       m.base_value, m.base_unit, m.yoy_pct, m.yoy_points, m.qualifier
FROM metric_matches mm
JOIN metrics m ON m.id = mm.metric_id
JOIN reports r ON r.id = mm.report_id
LEFT JOIN indicators i ON i.id = mm.indicator_id
WHERE mm.report_id > (SELECT r0 FROM gen_national.n) AND mm.measure IN ('level', 'growth')
ORDER BY mm.organization, mm.series_key, mm.period_year, mm.kind, (mm.measure = 'level') DESC,
         abs(r.year - mm.period_year), r.year, m.position;
SELECT gen_national.rebuild('indicator_points');
ANALYZE indicator_points;

-- the third and fourth, per organisation and year
INSERT INTO comparison_rows
SELECT c.*
FROM (SELECT DISTINCT organization, period_year FROM indicator_points
      WHERE report_id > (SELECT r0 FROM gen_national.n) AND kind = 'result'
      ORDER BY organization, period_year) y
CROSS JOIN LATERAL compute_comparisons(y.organization, y.period_year, y.period_year - 1) c;
SELECT gen_national.rebuild('comparison_rows');
ANALYZE comparison_rows;

INSERT INTO target_rows
SELECT t.*
FROM (SELECT DISTINCT organization, period_year FROM indicator_points
      WHERE report_id > (SELECT r0 FROM gen_national.n) AND kind = 'target'
      ORDER BY organization, period_year) y
CROSS JOIN LATERAL compute_targets(y.organization, y.period_year) t;
SELECT gen_national.rebuild('target_rows');

-- the counts kept for /indicators (0014): refresh_indicator_counts()'s rows
-- for the synthetic organisations, then every indicator's totals counted
-- from all organisations' rows (the real ones' were made by their import).
-- The indicators were inserted with triggers off (step 1): their
-- indicator_counts rows are made here.
INSERT INTO indicator_org_counts
SELECT indicator_id, organization, min(y), max(y), count(*)
FROM (SELECT indicator_id, organization, period_year AS y FROM indicator_points
      WHERE report_id > (SELECT r0 FROM gen_national.n) AND indicator_id IS NOT NULL
      UNION ALL
      SELECT indicator_id, organization, base_year FROM comparison_rows
      WHERE report_id > (SELECT r0 FROM gen_national.n) AND indicator_id IS NOT NULL
        AND base_source = 'implied') s
GROUP BY indicator_id, organization;
INSERT INTO indicator_counts (indicator_id) SELECT id FROM indicators ON CONFLICT DO NOTHING;
UPDATE indicator_counts c SET organizations = k.organizations, points = k.points
FROM (SELECT indicator_id, count(*) AS organizations, sum(points) AS points
      FROM indicator_org_counts GROUP BY indicator_id) k
WHERE c.indicator_id = k.indicator_id;
ANALYZE indicator_org_counts, indicator_counts;
