-- The counts of a report's sections and figures, kept on the report.
--
-- /reports shows each report's sections_count and metrics_count, and
-- counted them per row on every request: for a page of 100 reports two
-- index-only counts each, about 20 sections and 200 figures a report,
-- 1.7–2.0 ms of PostgreSQL time per request at 10,038 reports
-- (bench/route_cpu.sh), nine tenths of the route's cost, against 0.27–0.31 ms
-- for the same page reading kept counts (README, "National scale").
--
-- A report's sections and figures are written once, by the import's
-- transaction, and go with the report (ON DELETE CASCADE; --replace
-- deletes and inserts a report whole), so the counts only change when
-- rows are inserted or deleted. Statement triggers with transition tables
-- keep them, whoever writes the rows (the importer, an administrator's
-- SQL, the tests' fixtures): one UPDATE per statement and report, never
-- per row. A report deleted with its rows has nothing left to update. An
-- UPDATE that moves a row to another report is not something any writer
-- does; the triggers do not follow it. The bench's generator loads with
-- triggers off (session_replication_role) and writes the counts itself.

ALTER TABLE reports ADD COLUMN sections_count integer NOT NULL DEFAULT 0
    CHECK (sections_count >= 0);
ALTER TABLE reports ADD COLUMN metrics_count integer NOT NULL DEFAULT 0
    CHECK (metrics_count >= 0);

UPDATE reports r
SET sections_count = (SELECT count(*) FROM sections s WHERE s.report_id = r.id),
    metrics_count = (SELECT count(*) FROM metrics m WHERE m.report_id = r.id);

CREATE FUNCTION reports_count_rows() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    sign CONSTANT integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    UPDATE reports r
    SET sections_count = r.sections_count
                         + CASE WHEN TG_TABLE_NAME = 'sections' THEN sign * n.rows ELSE 0 END,
        metrics_count = r.metrics_count
                        + CASE WHEN TG_TABLE_NAME = 'metrics' THEN sign * n.rows ELSE 0 END
    FROM (SELECT report_id, count(*) AS rows FROM changed_rows GROUP BY report_id) n
    WHERE r.id = n.report_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER sections_count_inserted AFTER INSERT ON sections
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reports_count_rows();
CREATE TRIGGER sections_count_deleted AFTER DELETE ON sections
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reports_count_rows();
CREATE TRIGGER metrics_count_inserted AFTER INSERT ON metrics
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reports_count_rows();
CREATE TRIGGER metrics_count_deleted AFTER DELETE ON metrics
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reports_count_rows();
