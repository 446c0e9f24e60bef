-- Deleting a report (by hand, or the first half of `report-import --replace`)
-- refreshes its organisation's precomputed comparison rows at once, so that
-- no row keeps pointing at a figure that is gone. (metric_matches and
-- indicator_points follow their metrics by ON DELETE CASCADE; comparison_rows
-- and target_rows pair two figures and are recomputed instead.)
CREATE FUNCTION reports_after_delete() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    org text;
BEGIN
    FOR org IN SELECT DISTINCT organization FROM deleted_reports ORDER BY 1 LOOP
        PERFORM refresh_organization(org);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER reports_after_delete
    AFTER DELETE ON reports
    REFERENCING OLD TABLE AS deleted_reports
    FOR EACH STATEMENT EXECUTE FUNCTION reports_after_delete();
