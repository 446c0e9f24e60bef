-- Servers may read from a streaming replica (README, "Scaling out"). After a
-- change they must not cache an answer from a replica that has not replayed
-- it yet, so the notification says where the change is in the WAL: the
-- payload is now '<table> <pg_current_wal_lsn()>', the position taken in
-- the changing transaction itself (report-import does the same with
-- '<report id> <position>'). The payloads of one import's statements now
-- differ, so they are no longer folded into one: a few per import.
--
-- Only the trigger function changes (0006's, with the data version bump);
-- the triggers of 0005 call it by name.
CREATE OR REPLACE FUNCTION notify_report_data_changed() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    UPDATE data_version SET version = version + 1;
    PERFORM pg_notify('report_data_changed', TG_TABLE_NAME || ' ' || pg_current_wal_lsn());
    RETURN NULL;
END
$$;
