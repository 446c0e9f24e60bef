-- National-size synthetic data, step 2 (figures): the figures of the
-- reports of step 1 (bench/gen_national_prepare.sql), in one set-based
-- INSERT ... SELECT over generate_series inside the server (measured against
-- COPY of the same 200,000 figures from a file: the insert alone 0.6 s, the
-- COPY 0.7-0.9 s, and a client generating the rows would come on top).
-- bench/gen_national.sh runs this and bench/gen_national_sections.sql side by
-- side.
--
--   psql -v reports=N -v figures=F -v sections=S -v seed=K -f bench/gen_national_metrics.sql
--
-- Foreign keys are off for the load (session_replication_role = replica:
-- the RI triggers do not fire; the rows are consistent by construction);
-- the CHECK constraints still hold every row.
--
-- The figures of one organisation are made from the same templates year
-- after year, as a body's reports name the same indicators every year (so
-- that the year-over-year comparisons of bench/gen_national_indicators.sql
-- find their bases): template (organisation × 17 + position × 101) mod the
-- number of templates — 101 is prime, so a report's 200 positions take 200
-- different templates — except every 5th position, whose template changes
-- with the year (report × 17 + ...): a fifth of the figures appear once.
-- A growth template (a rate stated alone, 工业增加值增长 6%: value = yoy_pct,
-- metric_measure() 'growth') keeps value = yoy_pct, so that it is matched as
-- a growth rate as the import would match it.
--
-- The drawn numbers (a figure's value scale, its YoY) are a hash of the
-- seed and the figure's number (hashint8extended), not random(): the same
-- seed gives the same rows whatever the plan. (The former random() draw of
-- the value was not per figure: the planner memoized its LATERAL over the
-- template rows, so all figures made from one template had one value.)
\set ON_ERROR_STOP on
SET session_replication_role = replica;

-- figures: spread over the body sections of their report; u1..u3 are
-- uniform in [0, 1), one triple per figure. A report's figures are written
-- together, in order, as an import writes them: the figure numbers come
-- from a series that depends on the report number (LATERAL), so the report
-- loop is the outer one. (Two independent series let the planner put the
-- figure loop outside: one report's 200 figures then lay on 200 pages, and
-- counting them read 190 heap pages a report.)
INSERT INTO metrics (id, report_id, section_id, position, name, value, unit, base_value, base_unit,
                     qualifier, qualifier_text, yoy_pct, yoy_points, is_target, is_ranking,
                     period_year, quote, span_start, span_end)
OVERRIDING SYSTEM VALUE
SELECT n.m0 + 1 + f.num, n.r0 + 1 + f.g,
       n.s0 + 1 + f.g * :sections + 1 + f.j % (:sections - 1),
       f.j, m.name, v.value, m.unit, round(v.value * m.factor, 4), m.base_unit,
       m.qualifier, m.qualifier_text,
       CASE WHEN m.has_yoy THEN y.yoy END,
       CASE WHEN m.has_points THEN round((f.u3 * 4 - 2)::numeric, 1) END,
       m.is_target, m.is_ranking, 2006 + f.g % 20 + CASE WHEN m.is_target THEN 1 ELSE 0 END,
       m.quote, f.j * 40, f.j * 40 + 30
FROM (SELECT g, (num - g::bigint * :figures)::integer AS j, num,
             (hashint8extended(num, :seed * 3 + 0) & 9007199254740991)::float8
                 / 9007199254740992 AS u1,
             (hashint8extended(num, :seed * 3 + 1) & 9007199254740991)::float8
                 / 9007199254740992 AS u2,
             (hashint8extended(num, :seed * 3 + 2) & 9007199254740991)::float8
                 / 9007199254740992 AS u3
      FROM generate_series(0, :reports - 1) AS g
      CROSS JOIN LATERAL generate_series(g::bigint * :figures, g::bigint * :figures + :figures - 1)
          AS num) f
CROSS JOIN gen_national.n
JOIN gen_national.met m
  ON m.k = (CASE WHEN f.j % 5 = 4 THEN f.g ELSE f.g / 20 END * 17 + f.j * 101) % n.mets
CROSS JOIN LATERAL (SELECT round((f.u2 * 20 - 4)::numeric, 1) AS yoy) y
CROSS JOIN LATERAL (SELECT CASE WHEN m.is_ranking THEN m.value
                                WHEN m.is_growth THEN y.yoy
                                ELSE round(m.value * (0.5 + f.u1)::numeric, 2) END AS value) v;
