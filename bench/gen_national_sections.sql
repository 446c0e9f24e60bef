-- National-size synthetic data, step 2 (sections): the sections of the
-- reports of step 1 (bench/gen_national_prepare.sql), in one set-based
-- INSERT ... SELECT over generate_series inside the server. bench/gen_national.sh
-- runs this and bench/gen_national_metrics.sql side by side.
--
--   psql -v reports=N -v sections=S -f bench/gen_national_sections.sql
--
-- Foreign keys are off for the load (session_replication_role = replica:
-- the RI triggers do not fire; the rows are consistent by construction);
-- the CHECK constraints still hold every row.
\set ON_ERROR_STOP on
SET session_replication_role = replica;

-- sections: position 0 the preamble, then a level-1 heading every 5th
-- position with level-2 sections under it. A report's sections are written
-- together, in order, as an import writes them (the position series depends
-- on the report number, so the report loop is the outer one).
INSERT INTO sections (id, report_id, parent_id, position, level, role, label, ordinal, heading,
                      body, char_start, body_start, char_end, is_plan)
OVERRIDING SYSTEM VALUE
SELECT n.s0 + 1 + g * :sections + p, n.r0 + 1 + g,
       CASE WHEN p = 0 OR p % 5 = 1 THEN NULL
            ELSE n.s0 + 1 + g * :sections + p - (p - 1) % 5 END,
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
CROSS JOIN LATERAL (SELECT (sn - g::bigint * :sections)::integer AS p
                    FROM generate_series(g::bigint * :sections,
                                         g::bigint * :sections + :sections - 1) AS sn) ps
CROSS JOIN gen_national.n
JOIN gen_national.top tt ON tt.k = (g * 7 + p / 5) % n.tops
JOIN gen_national.sub ts ON ts.k = (g * 13 + p * 31) % n.subs;
