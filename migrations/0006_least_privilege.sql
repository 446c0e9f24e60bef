-- The two roles reduced to what their programs need (issue 12).
--
-- report_reader (the API server) reads the tables it serves and
-- schema_migrations (/readyz) and nothing else: import_runs holds file
-- paths, hashes and error texts of every import, which the API never shows.
REVOKE ALL ON import_runs FROM report_reader;

-- Every new database grants TEMPORARY to PUBLIC: any login could create
-- temporary tables (disk and catalog churn) in it. The server needs none;
-- the import role keeps it for the benchmark's \copy reference
-- (bench/import_bench.sh). Superusers are not affected.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO report_writer', current_database());
END
$$;

-- Only the migrator (the owner) records migrations: a writer that could
-- edit schema_migrations could make report-migrate skip or re-run files.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM report_writer;

-- The data version. Anyone who can connect can NOTIFY report_data_changed,
-- the read-only role too, and every notification used to empty the
-- servers' response caches. Now every data-changing statement also bumps
-- this counter in its own transaction (the trigger function of 0005,
-- replaced below), and a server clears its cache only when the version it
-- reads after a notification differs from the last one it saw: a stray
-- NOTIFY costs one one-row read. The bump is transactional (an UPDATE, not
-- a sequence): a rolled-back change leaves it as it was, and a reader sees
-- the new value exactly when it can see the new data. Writers that commit
-- at the same time queue on this row for the rest of their transactions;
-- imports are short and already take their turn per report.
CREATE TABLE data_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version bigint NOT NULL
);
INSERT INTO data_version (only_row, version) VALUES (true, 1);
-- Only the trigger function (below, running as its owner) changes it.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON data_version FROM report_writer;
GRANT SELECT ON data_version TO report_reader;

CREATE OR REPLACE FUNCTION notify_report_data_changed() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    UPDATE data_version SET version = version + 1;
    PERFORM pg_notify('report_data_changed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
