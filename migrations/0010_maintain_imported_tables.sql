-- The upkeep of the imported tables right after an import, not when
-- autovacuum gets to it: planner statistics and the GIN pending lists.
--
-- Statistics. On a fresh cluster the tables an import fills have never been
-- analysed until autovacuum's next round (a minute on a fresh cluster, and
-- only once enough rows changed): in between, the planner guesses their
-- sizes, and the in-report search used the (report_id, level, position)
-- index and computed section_bigrams() row by row instead of the
-- (report_id, bigrams) index of 0009.
--
-- Pending lists. A GIN index (fastupdate, the default) takes new entries
-- into an unsorted pending list that every scan of the index reads whole,
-- and the planner prices that in: after a few hundred imported sections,
-- 267 pending pages made the same search prefer the other index again,
-- whatever the statistics said (a plain ANALYZE does not empty the list;
-- autovacuum's ANALYZE and VACUUM do, and an insert once the list passes
-- gin_pending_list_limit). gin_clean_pending_list() moves the entries into
-- the index proper: work that is owed anyway, done by the import job rather
-- than by some later insert, and every search after it is the faster.
--
-- So report-import calls maintain_imported_tables() once per job, after its
-- transactions have committed: for the tables it writes in bulk, what
-- autovacuum's ANALYZE would do, now.
--
-- Who may. ANALYZE and gin_clean_pending_list() need the table's owner (or
-- a superuser) in PostgreSQL 15; for anyone else ANALYZE skips the table
-- with a warning. The import role is a member of report_writer, not the
-- owner, and should not become it: the owner may ALTER, DROP and TRUNCATE,
-- and GRANT what it likes. So this function, owned by whoever runs the
-- migrations (the tables' owner), runs as that owner (SECURITY DEFINER,
-- search_path pinned) and does exactly this upkeep. It takes no arguments,
-- so it cannot be pointed at anything else; only report_writer may call it
-- (not PUBLIC, not the server's report_reader).
--
-- The tables: reports (one row per import, read by every list), sections
-- and metrics (inserted by the import), and the four tables that
-- report_after_import() rewrites for the report's organisation.
-- import_runs and data_version are written too, one row each, and nobody
-- plans queries on them that their statistics could change.
--
-- Each table is analysed by its columns, named: an ANALYZE with a column
-- list skips the statistics of index expressions, which it computes on
-- each of up to 30,000 sampled rows. Two of these tables have one: the
-- (report_id, bigrams) index of sections on section_bigrams(), which splits
-- and sorts a whole section (COST 10000, see 0009), and metrics_name_idx on
-- text_bigrams(name). At 1,001 reports (16,016 sections, 46,046 metrics)
-- this function took 0.135 times as long as a plain ANALYZE of the same
-- tables, 0.76 s against 5.62 s (bench/maintain_bench.sh; bench/README.md).
-- What the plans on a fresh cluster lacked is the tables' sizes and their
-- columns' statistics, which the named form refreshes. It also leaves
-- n_mod_since_analyze as it was, so autovacuum still runs the full ANALYZE
-- (the expressions' statistics too) when the changes call for it, in the
-- background and not in an import's time.
CREATE FUNCTION maintain_imported_tables() RETURNS void
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    tables CONSTANT text[] := ARRAY['reports', 'sections', 'metrics', 'metric_matches',
                                    'indicator_points', 'comparison_rows', 'target_rows'];
    t text;
    columns text;
BEGIN
    PERFORM gin_clean_pending_list(i.indexrelid)
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_am a ON a.oid = c.relam AND a.amname = 'gin'
    WHERE i.indrelid IN (SELECT ('public.' || u)::regclass FROM unnest(tables) u);
    FOREACH t IN ARRAY tables LOOP
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO columns
        FROM pg_attribute
        WHERE attrelid = ('public.' || t)::regclass AND attnum > 0 AND NOT attisdropped;
        EXECUTE format('ANALYZE %I (%s)', t, columns);
    END LOOP;
END
$$;

-- 0002's default privileges gave EXECUTE to both roles, and PUBLIC has it
-- on every new function.
REVOKE ALL ON FUNCTION maintain_imported_tables() FROM PUBLIC, report_reader;
GRANT EXECUTE ON FUNCTION maintain_imported_tables() TO report_writer;
