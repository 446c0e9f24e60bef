-- Search within one report (sections?report=N&q=...) on the bigram index,
-- and the reports list on an index of its own order.
--
-- With one index on report_id and another on the bigrams, the planner had
-- two poor choices: the report's sections through report_id, computing
-- text_bigrams() of every one of them as a filter (the function splits and
-- sorts the whole text: ~0.85 ms for a 240-character section, 3.5 ms for a
-- report of the sample's size), or the bigram index alone, whose posting
-- list for a common bigram (发展) holds most sections of every report. One
-- GIN index on (report_id, bigrams) — btree_gin gives GIN the bigint
-- equality — answers both conditions at once: the posting lists of the
-- report and of each bigram are intersected inside the index, so the cost
-- follows the matches in that report, not the table. A query without a
-- report uses the bigram column of the same index (GIN needs no leading
-- column), so it replaces sections_search_idx rather than adding a second
-- index to maintain on every import.
--
-- The index is on section_bigrams(), text_bigrams() under another name
-- declared as expensive as it is on section text (COST 10000, not the
-- default 100; it splits and sorts the whole text: ~0.4 ms for 120
-- characters, 3 ms for a long section): at a lower cost the planner still
-- preferred computing it row by row over the report's sections, in order of
-- position, to the index (3.6 ms against 1.7 ms at 1,000 reports for 发展,
-- bench/scale_bench.sh). text_bigrams() keeps its cost, and the figures'
-- name search (short names, a few microseconds each) its plans.
CREATE FUNCTION section_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000
AS $$
    SELECT coalesce(array_agg(DISTINCT pair), '{}')
    FROM (SELECT c || lead(c) OVER (ORDER BY i) AS pair
          FROM unnest(string_to_array(lower(t), NULL)) WITH ORDINALITY AS chars (c, i)) AS pairs
    WHERE pair IS NOT NULL
$$;

CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX sections_report_search_idx ON sections
    USING gin (report_id, section_bigrams(coalesce(heading, '') || E'\n' || body));
DROP INDEX sections_search_idx;

-- /reports lists newest first (year DESC, organization, kind, id), which no
-- index gave (reports_year_org_idx runs organization the other way when
-- read backwards): every page, and every after= page, sorted the whole
-- table — at 100,000 reports a sequential scan of all of them.
CREATE INDEX reports_list_idx ON reports (year DESC, organization, kind, id);
