-- Servers cache answers until they hear `report_data_changed` (see README,
-- "Response cache"). The import job and report-admin send it, but so must
-- anything else that changes the data — an administrator's psql session, a
-- restore — or a server would go on serving what is no longer true. A
-- statement-level trigger on every table the API reads makes that hold for
-- every writer. Notifications are delivered at commit and identical ones in
-- one transaction are folded into one, so a bulk import sends a handful.
CREATE FUNCTION notify_report_data_changed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('report_data_changed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['reports', 'sections', 'metrics', 'indicators',
                             'indicator_aliases', 'metric_matches', 'indicator_points',
                             'comparison_rows', 'target_rows']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION notify_report_data_changed()',
                       t || '_notify_changed', t);
    END LOOP;
END
$$;
