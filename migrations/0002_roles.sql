-- Two group roles: the import job writes, the server only reads.
-- Login roles are made by the deployment (scripts/pg-local.sh, docker/) and
-- granted one of these, so passwords never live in a migration.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'report_writer') THEN
        CREATE ROLE report_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'report_reader') THEN
        CREATE ROLE report_reader NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO report_writer, report_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO report_writer;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO report_writer, report_reader;
-- Tables of later migrations: whoever runs the migrations creates them, and
-- these defaults grant them the same way.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO report_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO report_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO report_writer, report_reader;
