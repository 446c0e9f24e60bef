-- National-size synthetic data from real reports' patterns, for
-- bench/scale_bench.sh (bench/gen_national.sh runs it; see there).
--
--   psql -v reports=N -v figures=F -v sections=S -v seed=0.42 -f bench/gen_national.sql
--
-- Needs a migrated database that already holds real reports (the templates:
-- the bench imports tests/fixtures/gold/*.txt with bin/report-import) and a
-- superuser (session_replication_role). Adds N reports of S sections and F
-- figures each, N / 20 organisations over the 20 years 2006-2025, made of:
--   organisation names  place + district + kind of body (开发区 / 人民政府 ...);
--   sections            the templates' levels, labels, headings and bodies
--                       (bodies cut to 120 characters: the bigram index of
--                       2 million full bodies would take half an hour to
--                       build, text_bigrams() costing ~3.5 µs a character);
--   figures             the templates' names, units, base-unit factors,
--                       qualifiers, target/ranking flags and quotes, with the
--                       value scaled by a random factor and the YoY redrawn.
-- Everything in set-based INSERT ... SELECT over generate_series inside the
-- server (no rows travel through a client); ids are given (OVERRIDING
-- SYSTEM VALUE) so that parents and sections are known without a lookup;
-- the secondary indexes are dropped for the load and rebuilt after it (a
-- GIN index built once is far cheaper than maintained row by row), and
-- foreign keys and notification triggers are off for the load
-- (session_replication_role = replica): the rows are consistent by
-- construction. Deterministic for a given seed.
\set ON_ERROR_STOP on
\timing on
SET session_replication_role = replica;
SET maintenance_work_mem = '512MB';
SET max_parallel_maintenance_workers = 1;
SELECT setseed(:seed);

-- the secondary indexes of the big tables, rebuilt at the end
CREATE TEMP TABLE saved_indexes AS
SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid IN ('sections'::regclass, 'metrics'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
SELECT name FROM saved_indexes ORDER BY name;

BEGIN;
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT name FROM saved_indexes LOOP
        EXECUTE format('DROP INDEX %I', r.name);
    END LOOP;
END $$;
CREATE TEMP TABLE t_sec AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, level, label, heading, left(body, 120) AS body,
       is_plan
FROM sections WHERE level BETWEEN 1 AND 2;
CREATE TEMP TABLE t_top AS SELECT row_number() OVER (ORDER BY k) - 1 AS k, label, heading, body, is_plan
FROM t_sec WHERE level = 1;
CREATE TEMP TABLE t_sub AS SELECT row_number() OVER (ORDER BY k) - 1 AS k, label, heading, body, is_plan
FROM t_sec WHERE level = 2;
CREATE TEMP TABLE t_met AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, name, unit, base_unit,
       CASE WHEN value <> 0 THEN base_value / value ELSE 1 END AS factor,
       value, qualifier, qualifier_text, yoy_pct IS NOT NULL AS has_yoy,
       yoy_points IS NOT NULL AS has_points, is_target, is_ranking, quote
FROM metrics;
CREATE TEMP TABLE t_n AS SELECT (SELECT count(*) FROM t_top) AS tops, (SELECT count(*) FROM t_sub) AS subs,
       (SELECT count(*) FROM t_met) AS mets,
       (SELECT coalesce(max(id), 0) FROM reports) AS r0,
       (SELECT coalesce(max(id), 0) FROM sections) AS s0,
       (SELECT coalesce(max(id), 0) FROM metrics) AS m0;
-- keys and statistics, so that the joins below are hash or index joins
-- (without, a nested loop over the templates per generated row)
ALTER TABLE t_top ADD PRIMARY KEY (k);
ALTER TABLE t_sub ADD PRIMARY KEY (k);
ALTER TABLE t_met ADD PRIMARY KEY (k);
ANALYZE t_top;
ANALYZE t_sub;
ANALYZE t_met;
SELECT * FROM t_n;

-- place × district × body: 60 × 10 × 9 = 5,400 organisation names
CREATE TEMP TABLE t_org AS
SELECT row_number() OVER (ORDER BY p.i, d.i, b.i) - 1 AS k, p.v || d.v || b.v AS name, b.kind
FROM unnest('{保定,石家庄,唐山,邯郸,邢台,沧州,廊坊,衡水,承德,张家口,济源,洛阳,郑州,开封,新乡,焦作,南阳,许昌,漯河,信阳,武汉,襄阳,宜昌,长沙,株洲,湘潭,岳阳,常德,南昌,赣州,九江,合肥,芜湖,蚌埠,南京,苏州,无锡,常州,南通,扬州,杭州,宁波,温州,嘉兴,绍兴,福州,厦门,泉州,广州,深圳,佛山,东莞,成都,绵阳,德阳,重庆,西安,宝鸡,兰州,银川}'::text[])
     WITH ORDINALITY AS p (v, i),
     unnest('{"",东,西,南,北,新,城东,城西,滨江,高新}'::text[]) WITH ORDINALITY AS d (v, i),
     unnest('{经济技术开发区,高新技术产业开发区,综合保税区,工业园区,产业集聚区,县人民政府,区人民政府,市人民政府,新区管委会}'::text[],
            '{工作总结,工作总结,工作总结,工作总结,工作总结,政府工作报告,政府工作报告,政府工作报告,工作总结}'::text[])
     WITH ORDINALITY AS b (v, kind, i);

ALTER TABLE t_org ADD PRIMARY KEY (k);
ANALYZE t_org;
SELECT count(*) AS organisations_available FROM t_org;
\if :{?reports}
\else
\set reports 1000
\endif

-- reports: 20 years per organisation
INSERT INTO reports (id, organization, year, kind, title, source_file, content_hash, text)
OVERRIDING SYSTEM VALUE
SELECT t_n.r0 + 1 + g, o.name, 2006 + g % 20, o.kind,
       o.name || (2006 + g % 20) || '年' || o.kind,
       'synthetic/' || g || '.txt', md5(g::text) || md5('national' || g),
       o.name || (2006 + g % 20) || '年' || o.kind
FROM generate_series(0, :reports - 1) AS g
CROSS JOIN t_n
JOIN t_org o ON o.k = g / 20;

-- sections: position 0 the preamble, then a level-1 heading every 5th
-- position with level-2 sections under it
INSERT INTO sections (id, report_id, parent_id, position, level, role, label, ordinal, heading,
                      body, char_start, body_start, char_end, is_plan)
OVERRIDING SYSTEM VALUE
SELECT t_n.s0 + 1 + g * :sections + p, t_n.r0 + 1 + g,
       CASE WHEN p = 0 OR p % 5 = 1 THEN NULL
            ELSE t_n.s0 + 1 + g * :sections + p - (p - 1) % 5 END,
       p,
       CASE WHEN p = 0 THEN 0 WHEN p % 5 = 1 THEN 1 ELSE 2 END,
       CASE WHEN p = 0 THEN 'preamble' ELSE 'body' END,
       CASE WHEN p = 0 THEN NULL WHEN p % 5 = 1 THEN tt.label ELSE ts.label END,
       CASE WHEN p = 0 THEN 0 WHEN p % 5 = 1 THEN p / 5 ELSE (p - 1) % 5 - 1 END,
       CASE WHEN p = 0 THEN NULL WHEN p % 5 = 1 THEN tt.heading ELSE ts.heading END,
       CASE WHEN p % 5 = 1 THEN tt.body ELSE ts.body END,
       p * 300, p * 300 + 20, p * 300 + 280,
       p > :sections - 5
FROM generate_series(0, :reports - 1) AS g
CROSS JOIN generate_series(0, :sections - 1) AS p
CROSS JOIN t_n
JOIN t_top tt ON tt.k = (g * 7 + p / 5) % t_n.tops
JOIN t_sub ts ON ts.k = (g * 13 + p * 31) % t_n.subs;

-- figures: spread over the body sections of their report
INSERT INTO metrics (id, report_id, section_id, position, name, value, unit, base_value, base_unit,
                     qualifier, qualifier_text, yoy_pct, yoy_points, is_target, is_ranking,
                     period_year, quote, span_start, span_end)
OVERRIDING SYSTEM VALUE
SELECT t_n.m0 + 1 + g * :figures + j, t_n.r0 + 1 + g,
       t_n.s0 + 1 + g * :sections + 1 + j % (:sections - 1),
       j, m.name, v.value, m.unit, round(v.value * m.factor, 4), m.base_unit,
       m.qualifier, m.qualifier_text,
       CASE WHEN m.has_yoy THEN round((random() * 20 - 4)::numeric, 1) END,
       CASE WHEN m.has_points THEN round((random() * 4 - 2)::numeric, 1) END,
       m.is_target, m.is_ranking, 2006 + g % 20 + CASE WHEN m.is_target THEN 1 ELSE 0 END,
       m.quote, j * 40, j * 40 + 30
FROM generate_series(0, :reports - 1) AS g
CROSS JOIN generate_series(0, :figures - 1) AS j
CROSS JOIN t_n
JOIN t_met m ON m.k = (g * 17 + j * 101) % t_n.mets
CROSS JOIN LATERAL (SELECT CASE WHEN m.is_ranking THEN m.value
                                ELSE round(m.value * (0.5 + random())::numeric, 2) END AS value) v;

SELECT setval(pg_get_serial_sequence('reports', 'id'), (SELECT max(id) FROM reports));
SELECT setval(pg_get_serial_sequence('sections', 'id'), (SELECT max(id) FROM sections));
SELECT setval(pg_get_serial_sequence('metrics', 'id'), (SELECT max(id) FROM metrics));

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT def FROM saved_indexes ORDER BY name LOOP
        EXECUTE r.def;
    END LOOP;
END $$;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM sections) AS sections,
       (SELECT count(*) FROM metrics) AS figures,
       pg_size_pretty(pg_database_size(current_database())) AS size;
