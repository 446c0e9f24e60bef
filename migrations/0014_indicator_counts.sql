-- Counts kept per indicator, so that /indicators does not count series.
--
-- /indicators gives each indicator's number of organisations and points,
-- and /indicators/{id} each organisation's first and last year and points.
-- Both counted them from indicator_points and comparison_rows on every
-- request: for a page of 100 indicators, every point of each, so the page
-- cost grew with the table (an indicator of 20 million figures has points
-- in thousands of organisations and twenty years each). They change only
-- when an organisation's rows are recomputed (refresh_organization(), at
-- each import, delete, alias change and merge), so they are kept there:
--
--   indicator_org_counts  (indicator, organisation): first year, last year,
--                         points; rewritten for the organisation with its
--                         points, exactly as SERIES_OF (server/series_sql.h)
--                         counts them (reported points and implied base
--                         years). The detail reads its rows.
--   indicator_counts      one row per indicator: organisations and points,
--                         changed by the difference the refresh made. The
--                         list reads one row per indicator.
--
-- Why a difference and not a recount: a recount reads every organisation's
-- row of each indicator the import touched (thousands) at every import;
-- the difference is one update per indicator. Concurrent imports of two
-- organisations (each holds its own advisory lock) may change the same
-- indicator_counts rows: each locks them in indicator order first, so two
-- imports queue instead of deadlocking. The row is created with its
-- indicator (trigger below), so the refresh only updates.
--
-- These tables get no notify trigger of their own (0005): they change only
-- inside refresh_organization(), in the transaction that also rewrites
-- indicator_points, whose trigger already bumps the data version.

CREATE TABLE indicator_org_counts (
    indicator_id bigint  NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    organization text    NOT NULL,
    first_year   integer NOT NULL,
    last_year    integer NOT NULL,
    points       bigint  NOT NULL CHECK (points > 0),
    PRIMARY KEY (indicator_id, organization)
);
-- The refresh deletes an organisation's rows.
CREATE INDEX indicator_org_counts_org_idx ON indicator_org_counts (organization);

CREATE TABLE indicator_counts (
    indicator_id  bigint PRIMARY KEY REFERENCES indicators (id) ON DELETE CASCADE,
    organizations bigint NOT NULL DEFAULT 0 CHECK (organizations >= 0),
    points        bigint NOT NULL DEFAULT 0 CHECK (points >= 0)
);

CREATE FUNCTION indicator_counts_row() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO indicator_counts (indicator_id) VALUES (NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER indicators_counts_row AFTER INSERT ON indicators
    FOR EACH ROW EXECUTE FUNCTION indicator_counts_row();

-- Rewrites org's rows of indicator_org_counts from its indicator_points and
-- implied comparison rows, and moves indicator_counts by the difference.
-- Called by refresh_organization() after those are rewritten, under its lock.
CREATE FUNCTION refresh_indicator_counts(org text) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    gone_ids bigint[];
    gone_points bigint[];
    came_ids bigint[];
    came_points bigint[];
BEGIN
    WITH gone AS (DELETE FROM indicator_org_counts WHERE organization = org
                  RETURNING indicator_id, points)
    SELECT coalesce(array_agg(indicator_id), '{}'), coalesce(array_agg(points), '{}')
    INTO gone_ids, gone_points FROM gone;

    WITH came AS (
        INSERT INTO indicator_org_counts
        SELECT indicator_id, org, min(period_year), max(period_year), count(*)
        FROM (SELECT indicator_id, period_year FROM indicator_points
              WHERE organization = org AND indicator_id IS NOT NULL
              UNION ALL
              SELECT indicator_id, base_year FROM comparison_rows
              WHERE organization = org AND indicator_id IS NOT NULL
                AND base_source = 'implied') s
        GROUP BY indicator_id
        RETURNING indicator_id, points)
    SELECT coalesce(array_agg(indicator_id), '{}'), coalesce(array_agg(points), '{}')
    INTO came_ids, came_points FROM came;

    -- In indicator order, before any change: see the top of this file.
    PERFORM 1 FROM indicator_counts
    WHERE indicator_id = ANY (gone_ids || came_ids)
    ORDER BY indicator_id FOR UPDATE;
    UPDATE indicator_counts c
    SET organizations = c.organizations + d.organizations, points = c.points + d.points
    FROM (SELECT x.id, sum(x.o) AS organizations, sum(x.p) AS points
          FROM (SELECT id, -1 AS o, -p AS p FROM unnest(gone_ids, gone_points) g (id, p)
                UNION ALL
                SELECT id, 1, p FROM unnest(came_ids, came_points) n (id, p)) x
          GROUP BY x.id
          HAVING sum(x.o) <> 0 OR sum(x.p) <> 0) d
    WHERE c.indicator_id = d.id;
END
$$;

-- 0013's refresh_organization, with the counts refreshed at its end.
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

    PERFORM refresh_indicator_counts(org);
END
$$;

-- The counts of the data already there.
INSERT INTO indicator_counts (indicator_id) SELECT id FROM indicators;
SELECT refresh_indicator_counts(o.organization)
FROM (SELECT DISTINCT organization FROM indicator_points) o;
