-- Indicators and year-over-year comparisons.
--
-- A metric's name is matched to a canonical indicator through its normalised
-- name (indicator_key) and the alias table; names that match no alias exactly
-- stay unmatched (and are listed with their fuzzy candidates, never merged).
-- Everything the API reads is precomputed per organisation by
-- refresh_organization(), which report_after_import() (called by the import
-- job inside its transaction) and the admin functions below run:
--   metric_matches    one row per metric: key, indicator, period year, kind
--   indicator_points  one chosen figure per (organisation, indicator, period, kind)
--   comparison_rows   year Y against Y-1, one row per indicator with a result in Y
--   target_rows       the targets set for Y against the results reported for Y
-- All arithmetic is numeric: exact decimals, never floats.

-- The matching key of an indicator name: NFKC (full-width to ASCII), no
-- whitespace or quotes, lower case, the usual abbreviations spelt out, and
-- the leading words that say nothing about the indicator (全年, 实现, a year)
-- stripped. 新增 is kept: 新增高新技术企业 counts new firms, 高新技术企业 the stock.
CREATE FUNCTION indicator_key(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    k text := lower(normalize(name, NFKC));
    stripped text;
BEGIN
    k := regexp_replace(k, '[[:space:]\u3000]+', '', 'g');
    k := regexp_replace(k, '["''“”‘’「」『』《》〈〉]', '', 'g');
    k := replace(k, '规上', '规模以上');
    k := replace(k, '一般公共财政预算', '一般公共预算');
    LOOP
        stripped := regexp_replace(k,
            '^([0-9]{4}年度?|全年|全区|全县|全市|全镇|累计|实现|完成|今年|当年|本年度?)', '');
        EXIT WHEN stripped = k OR stripped = '';
        k := stripped;
    END LOOP;
    RETURN k;
END
$$;

CREATE TABLE indicators (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL UNIQUE CHECK (name <> ''),
    -- the base unit its figures must have (元, 家, %); NULL = any. Growth
    -- rates stated alone (增长 6%) match whatever the family.
    unit_family  text        CHECK (unit_family <> ''),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE indicator_aliases (
    alias_key     text   PRIMARY KEY CHECK (alias_key <> ''),  -- indicator_key(alias)
    alias         text   NOT NULL,                             -- as given
    indicator_id  bigint NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    source        text   NOT NULL CHECK (source IN ('seed', 'admin'))
);
CREATE INDEX indicator_aliases_indicator_idx ON indicator_aliases (indicator_id);

-- The period year of a figure when the extractor could not tell: a
-- 政府工作报告 reviews the year before and sets targets for its own year;
-- every other kind of report is about its own year.
CREATE FUNCTION metric_period_year(period_year integer, is_target boolean, report_year integer,
                                   report_kind text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(period_year,
                    CASE WHEN report_kind LIKE '%政府工作报告%' AND NOT is_target
                         THEN report_year - 1 ELSE report_year END)
$$;

-- What a figure's value measures: a level (900 亿元, 13 家, a 30% share),
-- a growth rate stated alone (工业增加值增长 6%: value = yoy_pct), a change in
-- percentage points, or a ranking. Only levels and growth rates are compared.
CREATE FUNCTION metric_measure(unit text, value numeric, yoy_pct numeric, is_ranking boolean)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN is_ranking THEN 'ranking'
        WHEN unit = '个百分点' THEN 'points'
        WHEN unit = '%' AND yoy_pct IS NOT NULL AND value = yoy_pct THEN 'growth'
        ELSE 'level'
    END
$$;

CREATE TABLE metric_matches (
    metric_id     bigint  PRIMARY KEY REFERENCES metrics (id) ON DELETE CASCADE,
    report_id     bigint  NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    organization  text    NOT NULL,
    name_key      text    NOT NULL,
    indicator_id  bigint  REFERENCES indicators (id) ON DELETE SET NULL,
    -- matched: the key is an alias and the unit fits; unit_mismatch: the key
    -- is an alias of an indicator of another unit family; unmatched: no alias
    status        text    NOT NULL CHECK (status IN ('matched', 'unmatched', 'unit_mismatch')),
    period_year   integer NOT NULL,
    kind          text    NOT NULL CHECK (kind IN ('result', 'target')),
    measure       text    NOT NULL CHECK (measure IN ('level', 'growth', 'points', 'ranking')),
    -- what figures are compared by: the indicator, or else the name itself
    series_key    text    NOT NULL
);
CREATE INDEX metric_matches_org_idx ON metric_matches (organization, series_key);
CREATE INDEX metric_matches_key_idx ON metric_matches (name_key);
CREATE INDEX metric_matches_indicator_idx ON metric_matches (indicator_id);
CREATE INDEX metric_matches_unmatched_idx ON metric_matches (organization)
    WHERE status <> 'matched';

CREATE TABLE indicator_points (
    organization     text    NOT NULL,
    series_key       text    NOT NULL,
    indicator_id     bigint  REFERENCES indicators (id) ON DELETE CASCADE,
    indicator        text,             -- the canonical name, NULL when unmatched
    name             text    NOT NULL, -- the metric's name as extracted
    period_year      integer NOT NULL,
    kind             text    NOT NULL,
    measure          text    NOT NULL,
    metric_id        bigint  NOT NULL REFERENCES metrics (id) ON DELETE CASCADE,
    section_id       bigint  NOT NULL,
    report_id        bigint  NOT NULL,
    value            numeric NOT NULL,
    unit             text    NOT NULL,
    comparable_value numeric NOT NULL, -- in base units (元, 户, %)
    comparable_unit  text    NOT NULL,
    yoy_pct          numeric,
    yoy_points       numeric,
    qualifier        text,
    PRIMARY KEY (organization, series_key, period_year, kind)
);
CREATE INDEX indicator_points_year_idx ON indicator_points (organization, period_year, kind);
CREATE INDEX indicator_points_indicator_idx ON indicator_points (indicator_id, organization, period_year);

CREATE TABLE comparison_rows (
    organization          text    NOT NULL,
    year                  integer NOT NULL,
    series_key            text    NOT NULL,
    indicator_id          bigint,
    indicator             text,
    name                  text    NOT NULL,
    matched               boolean NOT NULL,
    measure               text    NOT NULL,
    metric_id             bigint  NOT NULL,
    section_id            bigint  NOT NULL,
    report_id             bigint  NOT NULL,
    value                 numeric NOT NULL,
    unit                  text    NOT NULL,
    comparable_value      numeric NOT NULL,
    comparable_unit       text    NOT NULL,
    stated_yoy_pct        numeric,
    stated_yoy_points     numeric,
    base_year             integer NOT NULL,
    base_source           text    CHECK (base_source IN ('reported', 'implied')),
    base_metric_id        bigint,
    base_section_id       bigint,
    base_value            numeric, -- in `unit`, implied ones rounded to 2 places
    base_comparable_value numeric,
    base_reported_value   numeric, -- as the base year's report wrote it
    base_reported_unit    text,
    change                numeric, -- value - base_value, in `unit`
    change_comparable     numeric,
    change_pct            numeric, -- computed (reported base) or stated (implied)
    change_points         numeric, -- for percentages: the change in points
    discrepancy           numeric, -- computed - stated growth, percentage points
    discrepancy_flag      boolean NOT NULL DEFAULT false, -- |discrepancy| > 0.5
    note                  text,
    PRIMARY KEY (organization, year, series_key)
);
CREATE INDEX comparison_rows_indicator_idx ON comparison_rows (indicator_id, organization, year);

CREATE TABLE target_rows (
    organization             text    NOT NULL,
    year                     integer NOT NULL,
    series_key               text    NOT NULL,
    indicator_id             bigint,
    indicator                text,
    name                     text    NOT NULL,
    matched                  boolean NOT NULL,
    target_metric_id         bigint  NOT NULL,
    target_section_id        bigint  NOT NULL,
    target_report_id         bigint  NOT NULL,
    target_measure           text    NOT NULL,
    target_value             numeric NOT NULL,
    target_unit              text    NOT NULL,
    target_comparable_value  numeric NOT NULL,
    target_qualifier         text,
    target_yoy_pct           numeric,
    result_metric_id         bigint,
    result_section_id        bigint,
    result_report_id         bigint,
    result_value             numeric,
    result_unit              text,
    result_comparable_value  numeric,
    result_yoy_pct           numeric,
    compared                 text    CHECK (compared IN ('level', 'growth')),
    attained                 boolean,  -- NULL: no comparable result (yet)
    gap                      numeric,  -- result - target: in target_unit, or points for growth
    gap_pct                  numeric,  -- relative gap of levels, percent
    note                     text,
    PRIMARY KEY (organization, year, series_key)
);
CREATE INDEX target_rows_indicator_idx ON target_rows (indicator_id, organization, year);

-- Year `yr` against `base` for one organisation, from indicator_points.
-- The base value is the base year's own figure when there is one in a
-- comparable unit (reported); else, when base = yr - 1 and a growth rate is
-- stated, the value it implies (implied): value / (1 + yoy/100) rounded to
-- two places, or value - points for percentages.
CREATE FUNCTION compute_comparisons(org text, yr integer, base integer)
    RETURNS SETOF comparison_rows
    LANGUAGE sql STABLE
AS $$
    WITH cur AS (
        SELECT p.*,
               CASE WHEN p.value <> 0 THEN p.comparable_value / p.value END AS factor
        FROM indicator_points p
        WHERE p.organization = org AND p.period_year = yr AND p.kind = 'result'
          AND p.measure IN ('level', 'growth')
    ), joined AS (
        SELECT c.*, b.metric_id AS b_metric_id, b.section_id AS b_section_id,
               b.value AS b_value, b.unit AS b_unit, b.comparable_value AS b_comparable,
               b.comparable_unit AS b_comparable_unit,
               (c.measure = 'level' AND b.metric_id IS NOT NULL
                AND b.comparable_unit = c.comparable_unit) AS has_reported,
               (c.measure = 'level' AND base = yr - 1 AND c.factor IS NOT NULL
                AND (c.yoy_points IS NOT NULL AND c.comparable_unit = '%'
                     OR c.yoy_pct IS NOT NULL AND c.yoy_pct > -100)) AS can_imply
        FROM cur c
        LEFT JOIN indicator_points b
               ON b.organization = c.organization AND b.series_key = c.series_key
              AND b.period_year = base AND b.kind = 'result' AND b.measure = 'level'
    ), based AS (
        SELECT j.*,
               CASE WHEN j.has_reported THEN 'reported'
                    WHEN j.can_imply THEN 'implied' END AS source,
               CASE WHEN j.has_reported THEN trim_scale(j.b_comparable / j.factor)
                    WHEN j.can_imply AND j.yoy_points IS NOT NULL AND j.comparable_unit = '%'
                        THEN j.value - j.yoy_points
                    WHEN j.can_imply THEN round(j.value / (1 + j.yoy_pct / 100), 2)
               END AS bv,
               CASE WHEN j.has_reported THEN j.b_comparable END AS bcv
        FROM joined j
    ), computed AS (
        SELECT b.*,
               coalesce(b.bcv, trim_scale(b.bv * b.factor)) AS base_comp,
               CASE WHEN b.source = 'reported' AND b.comparable_unit <> '%' AND b.bcv <> 0
                    THEN round((b.comparable_value - b.bcv) / b.bcv * 100, 2) END AS computed_pct
        FROM based b
    )
    SELECT c.organization, yr, c.series_key, c.indicator_id, c.indicator, c.name,
           c.indicator_id IS NOT NULL, c.measure, c.metric_id, c.section_id, c.report_id,
           c.value, c.unit, c.comparable_value, c.comparable_unit,
           CASE WHEN c.measure = 'growth' THEN c.value ELSE c.yoy_pct END,
           c.yoy_points, base, c.source,
           CASE WHEN c.source = 'reported' THEN c.b_metric_id END,
           CASE WHEN c.source = 'reported' THEN c.b_section_id END,
           c.bv, c.base_comp,
           CASE WHEN c.source = 'reported' THEN c.b_value END,
           CASE WHEN c.source = 'reported' THEN c.b_unit END,
           c.value - c.bv,
           c.comparable_value - c.base_comp,
           CASE WHEN c.comparable_unit = '%' THEN NULL
                WHEN c.source = 'reported' THEN c.computed_pct
                WHEN c.source = 'implied' THEN c.yoy_pct END,
           CASE WHEN c.comparable_unit = '%' AND c.source IS NOT NULL
                THEN c.comparable_value - c.base_comp END,
           d.discrepancy,
           coalesce(abs(d.discrepancy) > 0.5, false),
           CASE WHEN c.measure = 'growth' THEN 'growth_only'
                WHEN c.source IS NULL AND c.b_metric_id IS NOT NULL THEN 'incompatible_unit'
                WHEN c.source IS NULL THEN 'no_base' END
    FROM computed c
    CROSS JOIN LATERAL (
        SELECT CASE
            WHEN c.source <> 'reported' OR base <> yr - 1 THEN NULL
            WHEN c.comparable_unit = '%' AND c.yoy_points IS NOT NULL
                THEN (c.comparable_value - c.base_comp) - c.yoy_points
            WHEN c.comparable_unit <> '%' AND c.yoy_pct IS NOT NULL
                THEN c.computed_pct - c.yoy_pct
        END AS discrepancy
    ) d
$$;

-- The targets set for `yr` against the results reported for `yr`. Levels
-- are compared when both are levels in one unit; a target stated as a growth
-- rate is compared with the result's stated growth (or, failing that, the
-- growth computed from two reported values). An upper-bound target (以内,
-- 不超过) is attained at or below it, every other one at or above it.
CREATE FUNCTION compute_targets(org text, yr integer)
    RETURNS SETOF target_rows
    LANGUAGE sql STABLE
AS $$
    WITH t AS (
        SELECT p.*, CASE WHEN p.value <> 0 THEN p.comparable_value / p.value END AS factor
        FROM indicator_points p
        WHERE p.organization = org AND p.period_year = yr AND p.kind = 'target'
          AND p.measure IN ('level', 'growth')
    ), j AS (
        SELECT t.*, r.metric_id AS r_metric_id, r.section_id AS r_section_id,
               r.report_id AS r_report_id, r.value AS r_value, r.unit AS r_unit,
               r.comparable_value AS r_comparable, r.comparable_unit AS r_comparable_unit,
               CASE WHEN r.measure = 'growth' THEN r.value
                    ELSE coalesce(r.yoy_pct, cr.change_pct) END AS r_growth,
               CASE WHEN t.measure = 'level' AND r.measure = 'level'
                         AND r.comparable_unit = t.comparable_unit THEN 'level'
                    WHEN t.measure = 'growth' THEN 'growth' END AS cmp
        FROM t
        LEFT JOIN indicator_points r
               ON r.organization = t.organization AND r.series_key = t.series_key
              AND r.period_year = yr AND r.kind = 'result'
        LEFT JOIN comparison_rows cr
               ON cr.organization = t.organization AND cr.year = yr
              AND cr.series_key = t.series_key AND cr.base_source = 'reported'
    ), g AS (
        SELECT j.*,
               CASE WHEN j.cmp = 'level' THEN trim_scale(j.r_comparable / j.factor) - j.value
                    WHEN j.cmp = 'growth' THEN j.r_growth - j.value END AS gap
        FROM j
    )
    SELECT g.organization, yr, g.series_key, g.indicator_id, g.indicator, g.name,
           g.indicator_id IS NOT NULL, g.metric_id, g.section_id, g.report_id, g.measure,
           g.value, g.unit, g.comparable_value, g.qualifier,
           CASE WHEN g.measure = 'growth' THEN g.value ELSE g.yoy_pct END,
           g.r_metric_id, g.r_section_id, g.r_report_id, g.r_value, g.r_unit, g.r_comparable,
           g.r_growth,
           CASE WHEN g.gap IS NOT NULL THEN g.cmp END,
           CASE WHEN g.gap IS NULL THEN NULL
                WHEN g.qualifier = 'upper_bound' THEN g.gap <= 0
                ELSE g.gap >= 0 END,
           g.gap,
           CASE WHEN g.cmp = 'level' AND g.gap IS NOT NULL AND g.comparable_unit <> '%'
                     AND g.comparable_value <> 0
                THEN round((g.r_comparable - g.comparable_value) / g.comparable_value * 100, 2)
           END,
           CASE WHEN g.gap IS NOT NULL THEN NULL
                WHEN g.r_metric_id IS NULL THEN 'no_result'
                WHEN g.cmp = 'growth' THEN 'no_result_growth'
                ELSE 'not_comparable' END
    FROM g
$$;

-- Recomputes everything precomputed for one organisation, in the caller's
-- transaction. The advisory lock serialises two imports of one organisation.
CREATE FUNCTION refresh_organization(org text) RETURNS void
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
    WHERE r.organization = org;

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

-- Called by the import job inside its transaction after a report's sections
-- and metrics are inserted (and after --replace).
CREATE FUNCTION report_after_import(report_id bigint) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    org text;
BEGIN
    SELECT r.organization INTO org FROM reports r WHERE r.id = report_after_import.report_id;
    IF org IS NOT NULL THEN
        PERFORM refresh_organization(org);
    END IF;
END
$$;

-- Refreshes every organisation with a figure whose key is in `keys` or that
-- is matched to one of `ids`: what an alias change can affect.
CREATE FUNCTION refresh_affected(keys text[], ids bigint[]) RETURNS integer
    LANGUAGE plpgsql
AS $$
DECLARE
    org text;
    n integer := 0;
BEGIN
    FOR org IN
        SELECT DISTINCT organization FROM metric_matches
        WHERE name_key = ANY (keys) OR indicator_id = ANY (ids)
        ORDER BY organization
    LOOP
        PERFORM refresh_organization(org);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

-- An indicator by id (digits) or by any of its names or aliases; NULL if none.
CREATE FUNCTION indicator_find(ref text) RETURNS bigint
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(
        (SELECT id FROM indicators
         WHERE id = CASE WHEN ref ~ '^[0-9]{1,18}$' THEN ref::bigint END),
        (SELECT id FROM indicators WHERE name = ref),
        (SELECT indicator_id FROM indicator_aliases WHERE alias_key = indicator_key(ref)))
$$;

-- The name of the indicator that name key `k` (indicator_key) already
-- belongs to; NULL if none. indicator_add and indicator_alias_add refuse
-- such a key, each with its own message.
CREATE FUNCTION indicator_key_owner(k text) RETURNS text
    LANGUAGE sql STABLE
AS $$
    SELECT i.name FROM indicator_aliases a JOIN indicators i ON i.id = a.indicator_id
    WHERE a.alias_key = k
$$;

-- Administration. Each raises an exception (nothing changed) on a conflict
-- and otherwise refreshes what it affects, in the caller's transaction.
CREATE FUNCTION indicator_add(name text, unit_family text) RETURNS bigint
    LANGUAGE plpgsql
AS $$
DECLARE
    k text := indicator_key(name);
    owner text;
    new_id bigint;
BEGIN
    IF k = '' THEN
        RAISE EXCEPTION 'indicator name is empty' USING ERRCODE = '22023';
    END IF;
    owner := indicator_key_owner(k);
    IF owner IS NOT NULL THEN
        RAISE EXCEPTION '"%" is already a name of indicator "%"', name, owner
            USING ERRCODE = '23505';
    END IF;
    INSERT INTO indicators (name, unit_family) VALUES (indicator_add.name, indicator_add.unit_family)
    RETURNING id INTO new_id;
    INSERT INTO indicator_aliases (alias_key, alias, indicator_id, source)
    VALUES (k, indicator_add.name, new_id, 'admin');
    PERFORM refresh_affected(ARRAY[k], '{}');
    RETURN new_id;
END
$$;

CREATE FUNCTION indicator_alias_add(indicator_ref text, alias text) RETURNS bigint
    LANGUAGE plpgsql
AS $$
DECLARE
    target bigint := indicator_find(indicator_ref);
    k text := indicator_key(alias);
    owner text;
BEGIN
    IF target IS NULL THEN
        RAISE EXCEPTION 'no indicator "%"', indicator_ref USING ERRCODE = '42704';
    END IF;
    IF k = '' THEN
        RAISE EXCEPTION 'alias is empty' USING ERRCODE = '22023';
    END IF;
    owner := indicator_key_owner(k);
    IF owner IS NOT NULL THEN
        RAISE EXCEPTION '"%" already names indicator "%" (merge the two, or remove the alias first)',
            alias, owner USING ERRCODE = '23505';
    END IF;
    INSERT INTO indicator_aliases (alias_key, alias, indicator_id, source)
    VALUES (k, indicator_alias_add.alias, target, 'admin');
    PERFORM refresh_affected(ARRAY[k], '{}');
    RETURN target;
END
$$;

CREATE FUNCTION indicator_alias_remove(alias text) RETURNS bigint
    LANGUAGE plpgsql
AS $$
DECLARE
    k text := indicator_key(alias);
    owner bigint;
BEGIN
    DELETE FROM indicator_aliases a WHERE a.alias_key = k RETURNING a.indicator_id INTO owner;
    IF owner IS NULL THEN
        RAISE EXCEPTION 'no alias "%"', alias USING ERRCODE = '42704';
    END IF;
    PERFORM refresh_affected(ARRAY[k], ARRAY[owner]);
    RETURN owner;
END
$$;

-- Moves every alias and figure of `from_ref` to `into_ref` and deletes it.
CREATE FUNCTION indicator_merge(from_ref text, into_ref text) RETURNS bigint
    LANGUAGE plpgsql
AS $$
DECLARE
    src bigint := indicator_find(from_ref);
    dst bigint := indicator_find(into_ref);
BEGIN
    IF src IS NULL THEN
        RAISE EXCEPTION 'no indicator "%"', from_ref USING ERRCODE = '42704';
    END IF;
    IF dst IS NULL THEN
        RAISE EXCEPTION 'no indicator "%"', into_ref USING ERRCODE = '42704';
    END IF;
    IF src = dst THEN
        RAISE EXCEPTION '"%" and "%" are the same indicator', from_ref, into_ref
            USING ERRCODE = '22023';
    END IF;
    UPDATE indicator_aliases SET indicator_id = dst WHERE indicator_id = src;
    -- refresh before deleting: the figures matched to src name the orgs
    PERFORM refresh_affected('{}', ARRAY[src, dst]);
    DELETE FROM indicators WHERE id = src;
    RETURN dst;
END
$$;

-- Names that match no indicator, per organisation, with the indicators
-- whose aliases contain or are contained in them: suggestions for an
-- administrator (status fuzzy with one, ambiguous with several), never
-- applied automatically.
CREATE VIEW unmatched_names AS
SELECT g.organization, g.name_key, g.name, g.metrics, g.unit,
       CASE WHEN g.status = 'unit_mismatch' THEN 'unit_mismatch'
            WHEN cardinality(c.ids) = 0 THEN 'unmatched'
            WHEN cardinality(c.ids) = 1 THEN 'fuzzy'
            ELSE 'ambiguous' END AS status,
       c.ids AS candidates
FROM (
    SELECT mm.organization, mm.name_key, mm.status, min(m.name) AS name,
           count(*) AS metrics, min(m.base_unit) AS unit
    FROM metric_matches mm JOIN metrics m ON m.id = mm.metric_id
    WHERE mm.status <> 'matched' AND mm.measure <> 'ranking'
    GROUP BY mm.organization, mm.name_key, mm.status
) g
CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(DISTINCT a.indicator_id ORDER BY a.indicator_id), '{}') AS ids
    FROM indicator_aliases a
    WHERE char_length(a.alias_key) >= 2
      AND (strpos(g.name_key, a.alias_key) > 0 OR strpos(a.alias_key, g.name_key) > 0)
) c;

-- The seeded indicators of Chinese government and development-zone reports.
-- Only names that mean the same figure are aliases of one another:
-- 规模以上工业增加值 and 工业增加值 differ in scope, 新增高新技术企业 counts
-- new firms and 高新技术企业 the stock; those stay separate indicators.
CREATE FUNCTION indicator_seed(name text, unit_family text, aliases text[]) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    new_id bigint;
    a text;
BEGIN
    INSERT INTO indicators (name, unit_family) VALUES (indicator_seed.name, indicator_seed.unit_family)
    RETURNING id INTO new_id;
    FOREACH a IN ARRAY (ARRAY[indicator_seed.name] || aliases) LOOP
        INSERT INTO indicator_aliases (alias_key, alias, indicator_id, source)
        VALUES (indicator_key(a), a, new_id, 'seed')
        ON CONFLICT (alias_key) DO NOTHING;
    END LOOP;
END
$$;

SELECT indicator_seed('地区生产总值', '元', '{GDP,生产总值,地区生产总值(GDP),国内生产总值}');
SELECT indicator_seed('一般公共预算收入', '元',
    '{一般公共财政预算收入,地方一般公共预算收入,地方财政一般公共预算收入,公共财政预算收入}');
SELECT indicator_seed('一般公共预算支出', '元', '{一般公共财政预算支出,公共财政预算支出}');
SELECT indicator_seed('财政总收入', '元', '{}');
SELECT indicator_seed('税收收入', '元', '{税收,税收总收入}');
SELECT indicator_seed('规模以上工业增加值', '元', '{}');
SELECT indicator_seed('工业增加值', '元', '{全部工业增加值}');
SELECT indicator_seed('工业总产值', '元', '{}');
SELECT indicator_seed('规模以上工业总产值', '元', '{}');
SELECT indicator_seed('规模以上企业营业收入', '元', '{}');
SELECT indicator_seed('规模以上工业企业营业收入', '元', '{规模以上工业营业收入}');
SELECT indicator_seed('营业收入', '元', '{企业营业收入,营业总收入}');
SELECT indicator_seed('规模以上工业企业利润总额', '元', '{规模以上工业利润,规模以上工业企业利润}');
SELECT indicator_seed('固定资产投资', '元', '{固定资产投资总额,全社会固定资产投资}');
SELECT indicator_seed('工业投资', '元', '{工业固定资产投资}');
SELECT indicator_seed('社会消费品零售总额', '元', '{社会消费品零售额,社零总额}');
SELECT indicator_seed('进出口总额', NULL, '{外贸进出口总额,外贸进出口,进出口,外贸进出口额,货物进出口总额}');
SELECT indicator_seed('出口总额', NULL, '{出口,外贸出口,出口额}');
SELECT indicator_seed('实际利用外资', NULL, '{实际使用外资,实际使用外资金额,实际利用外资金额}');
SELECT indicator_seed('城镇居民人均可支配收入', '元', '{城镇常住居民人均可支配收入}');
SELECT indicator_seed('农村居民人均可支配收入', '元', '{农村常住居民人均可支配收入}');
SELECT indicator_seed('居民人均可支配收入', '元', '{全体居民人均可支配收入,常住居民人均可支配收入}');
SELECT indicator_seed('高新技术企业', '家', '{高新技术企业数,国家高新技术企业,国家级高新技术企业,高新技术企业总数}');
SELECT indicator_seed('新增高新技术企业', '家', '{新增国家高新技术企业,新增国家级高新技术企业,新认定高新技术企业}');
SELECT indicator_seed('高新技术产业增加值', '元', '{}');
SELECT indicator_seed('规模以上工业企业', '家', '{规模以上工业企业数}');
SELECT indicator_seed('新增规模以上工业企业', '家', '{新入规企业,新增入规企业}');
SELECT indicator_seed('研发经费投入', '元', '{R&D经费投入,R&D投入,研发投入,R&D经费支出,研发经费支出,研究与试验发展经费投入}');
SELECT indicator_seed('研发经费投入强度', '%', '{R&D经费投入强度,R&D投入强度,研发投入强度}');
SELECT indicator_seed('技术合同成交额', '元', '{技术合同交易额}');
SELECT indicator_seed('专利授权量', '件', '{专利授权,专利授权数}');
SELECT indicator_seed('发明专利授权量', '件', '{发明专利授权,发明专利授权数}');
SELECT indicator_seed('有效发明专利', '件', '{有效发明专利拥有量,有效发明专利数}');
SELECT indicator_seed('科技型中小企业', '家', '{}');
SELECT indicator_seed('市场主体', '户', '{市场主体总数}');
SELECT indicator_seed('新增市场主体', '户', '{}');
SELECT indicator_seed('城镇新增就业', '人', '{新增城镇就业,城镇新增就业人数,新增城镇就业人数}');
SELECT indicator_seed('常住人口城镇化率', '%', '{城镇化率}');
SELECT indicator_seed('新签约项目', '个', '{新签约项目数}');
SELECT indicator_seed('建筑业总产值', '元', '{}');
SELECT indicator_seed('金融机构存款余额', '元', '{金融机构各项存款余额,金融机构本外币存款余额}');
SELECT indicator_seed('金融机构贷款余额', '元', '{金融机构各项贷款余额,金融机构本外币贷款余额}');
DROP FUNCTION indicator_seed(text, text, text[]);
