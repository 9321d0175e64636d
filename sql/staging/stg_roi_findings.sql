-- stg_roi_findings: the roi job's roi/findings output (an audit of every request on file as of the run date).
-- Grain: one row per request and finding (missing_authorization, invalid_authorization, expired_authorization,
-- revoked_authorization, authorization_other_patient, late_patient_access); period = month of the run date (as_of).
CREATE OR REPLACE VIEW stg_roi_findings AS
SELECT *
FROM read_parquet('roi/findings/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
