-- National-size synthetic data, step 1 (bench/gen_national.sh runs the
-- steps and says why they are split): the templates, the reports, and the
-- secondary indexes of sections and metrics out of the way.
--
--   psql -v reports=N -f bench/gen_national_prepare.sql
--
-- Needs a migrated database that already holds real reports (the templates:
-- the bench imports tests/fixtures/gold/*.txt with bin/report-import) and a
-- superuser. Everything the load sessions share lives in the schema
-- gen_national, which the last step drops: the templates of
--   organisation names  place + district + kind of body (开发区 / 人民政府 ...);
--   sections            the real reports' levels, labels, headings and bodies
--                       (bodies cut to 120 characters: the bigram index of
--                       2 million full bodies would take far longer to build,
--                       text_bigrams() costing ~3.5 µs a character);
--   figures             their names, units, base-unit factors, qualifiers,
--                       target/ranking flags and quotes;
-- the first free ids (r0, s0, m0: ids are given, so that every session knows
-- its rows' parents and sections without a lookup), and the definitions of
-- the secondary indexes of sections and metrics, taken with pg_get_indexdef()
-- before they are dropped so that they are rebuilt exactly as the migrations
-- made them. Constraint indexes (primary keys, UNIQUE) stay: foreign keys of
-- other tables hang on them, and appending in id order keeps their upkeep
-- cheap. The reports (20 years of N / 20 organisations) are written here
-- with their indexes in place (100,000 rows: seconds); sections and
-- figures, the bulk, by bench/gen_national_sections.sql and
-- bench/gen_national_metrics.sql.
\set ON_ERROR_STOP on
SET session_replication_role = replica;

BEGIN;
CREATE SCHEMA gen_national;

CREATE TABLE gen_national.saved_indexes AS
SELECT c.relname AS name, i.indrelid::regclass::text AS tab, am.amname AS method,
       pg_get_indexdef(i.indexrelid) AS def
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_am am ON am.oid = c.relam
WHERE i.indrelid IN ('sections'::regclass, 'metrics'::regclass, 'metric_matches'::regclass,
                     'indicator_points'::regclass, 'comparison_rows'::regclass,
                     'target_rows'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
SELECT name, method FROM gen_national.saved_indexes ORDER BY name;

CREATE TABLE gen_national.top AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, label, heading, left(body, 120) AS body, is_plan
FROM sections WHERE level = 1;
CREATE TABLE gen_national.sub AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, label, heading, left(body, 120) AS body, is_plan
FROM sections WHERE level = 2;
CREATE TABLE gen_national.met AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, name, unit, base_unit,
       CASE WHEN value <> 0 THEN base_value / value ELSE 1 END AS factor,
       value, qualifier, qualifier_text, yoy_pct IS NOT NULL AS has_yoy,
       yoy_points IS NOT NULL AS has_points, is_target, is_ranking,
       metric_measure(unit, value, yoy_pct, is_ranking, against_year) = 'growth' AS is_growth, quote
FROM metrics;
CREATE TABLE gen_national.n AS
SELECT (SELECT count(*) FROM gen_national.top) AS tops,
       (SELECT count(*) FROM gen_national.sub) AS subs,
       (SELECT count(*) FROM gen_national.met) AS mets,
       (SELECT coalesce(max(id), 0) FROM reports) AS r0,
       (SELECT coalesce(max(id), 0) FROM sections) AS s0,
       (SELECT coalesce(max(id), 0) FROM metrics) AS m0;
-- keys and statistics, so that the joins of step 2 are hash or index joins
-- (without, a nested loop over the templates per generated row)
ALTER TABLE gen_national.top ADD PRIMARY KEY (k);
ALTER TABLE gen_national.sub ADD PRIMARY KEY (k);
ALTER TABLE gen_national.met ADD PRIMARY KEY (k);
ANALYZE gen_national.top, gen_national.sub, gen_national.met;
SELECT * FROM gen_national.n;

-- place × district × body: 60 × 10 × 9 = 5,400 organisation names
CREATE TABLE gen_national.org AS
SELECT row_number() OVER (ORDER BY p.i, d.i, b.i) - 1 AS k, p.v || d.v || b.v AS name, b.kind
FROM unnest('{保定,石家庄,唐山,邯郸,邢台,沧州,廊坊,衡水,承德,张家口,济源,洛阳,郑州,开封,新乡,焦作,南阳,许昌,漯河,信阳,武汉,襄阳,宜昌,长沙,株洲,湘潭,岳阳,常德,南昌,赣州,九江,合肥,芜湖,蚌埠,南京,苏州,无锡,常州,南通,扬州,杭州,宁波,温州,嘉兴,绍兴,福州,厦门,泉州,广州,深圳,佛山,东莞,成都,绵阳,德阳,重庆,西安,宝鸡,兰州,银川}'::text[])
     WITH ORDINALITY AS p (v, i),
     unnest('{"",东,西,南,北,新,城东,城西,滨江,高新}'::text[]) WITH ORDINALITY AS d (v, i),
     unnest('{经济技术开发区,高新技术产业开发区,综合保税区,工业园区,产业集聚区,县人民政府,区人民政府,市人民政府,新区管委会}'::text[],
            '{工作总结,工作总结,工作总结,工作总结,工作总结,政府工作报告,政府工作报告,政府工作报告,工作总结}'::text[])
     WITH ORDINALITY AS b (v, kind, i);
ALTER TABLE gen_national.org ADD PRIMARY KEY (k);
ANALYZE gen_national.org;
SELECT count(*) AS organisations_available FROM gen_national.org;

-- No synthetic organisation may be a real one: the indicator rows of the
-- synthetic reports are computed for their organisations alone
-- (bench/gen_national_indicators.sql), which would leave out a real
-- report of the same organisation.
SELECT set_config('gen_national.organisations', ((:reports + 19) / 20)::text, true);
DO $$
DECLARE clash text;
BEGIN
    SELECT min(o.name) INTO clash FROM gen_national.org o
    WHERE o.k < current_setting('gen_national.organisations')::bigint AND EXISTS (SELECT 1 FROM reports r WHERE r.organization = o.name);
    IF clash IS NOT NULL THEN
        RAISE EXCEPTION 'synthetic organisation % is also a real one', clash;
    END IF;
END $$;

-- Indicators: the seeded ones of migration 0003 and, up to :indicators in
-- all, the most frequent names of the templates that no indicator claims
-- (levels, keys of two characters or more), added as an administrator adds
-- them (report-admin indicator add: indicator_add(), a canonical name with
-- its key as an alias, the unit family of its figures), in the order of
-- their frequency in the real reports. Then the real reports' organisations
-- refreshed as indicator_add() would (their figures matched anew).
CREATE TABLE gen_national.new_indicator AS
SELECT name, unit, key, uses FROM (
    SELECT mm.name_key AS key, mode() WITHIN GROUP (ORDER BY m.name) AS name,
           nullif(mode() WITHIN GROUP (ORDER BY m.base_unit), '') AS unit, count(*) AS uses
    FROM metric_matches mm JOIN metrics m ON m.id = mm.metric_id
    WHERE mm.status = 'unmatched' AND mm.measure = 'level' AND char_length(mm.name_key) >= 2
    GROUP BY mm.name_key) x
ORDER BY uses DESC, key
LIMIT greatest(:indicators - (SELECT count(*) FROM indicators), 0);
INSERT INTO indicators (name, unit_family)
SELECT name, unit FROM gen_national.new_indicator ORDER BY uses DESC, key;
INSERT INTO indicator_aliases (alias_key, alias, indicator_id, source)
SELECT n.key, n.name, i.id, 'admin'
FROM gen_national.new_indicator n JOIN indicators i ON i.name = n.name;
SELECT refresh_organization(organization) FROM (SELECT DISTINCT organization FROM reports) o;
SELECT count(*) AS indicators FROM indicators;

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT name FROM gen_national.saved_indexes LOOP
        EXECUTE format('DROP INDEX %I', r.name);
    END LOOP;
END $$;

-- reports: 20 years per organisation
-- with the counts of sections and figures each gets in step 2 (the triggers
-- of migration 0016 that keep them are off in these sessions)
INSERT INTO reports (id, organization, year, kind, title, source_file, content_hash, text,
                     sections_count, metrics_count)
OVERRIDING SYSTEM VALUE
SELECT n.r0 + 1 + g, o.name, 2006 + g % 20, o.kind,
       o.name || (2006 + g % 20) || '年' || o.kind,
       'synthetic/' || g || '.txt', md5(g::text) || md5('national' || g),
       o.name || (2006 + g % 20) || '年' || o.kind, :sections, :figures
FROM generate_series(0, :reports - 1) AS g
CROSS JOIN gen_national.n
JOIN gen_national.org o ON o.k = g / 20;
COMMIT;
