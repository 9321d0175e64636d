-- stg_access_findings: the access-audit job's access/findings output.
-- Grain: one row per access event and rule broken (self_access, family_access, terminated_user, no_encounter_context),
-- and one per user-day for volume_anomaly (mrn empty, event_time the day's first event, ranked by score);
-- period = month of the run date (as_of).
CREATE OR REPLACE VIEW stg_access_findings AS
SELECT *
FROM read_parquet('access/findings/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
