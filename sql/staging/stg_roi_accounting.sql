-- stg_roi_accounting: the roi job's roi/accounting output: the accounting of disclosures (45 CFR 164.528).
-- Grain: one row per disclosure owed in a patient's accounting (facility_id, mrn, request_id) as of the run date:
-- fulfilled in the accounting years before it, not treatment, payment, operations or the patient's own access, and
-- not under a valid authorization (basis says which); period = month of the run date.
CREATE OR REPLACE VIEW stg_roi_accounting AS
SELECT *
FROM read_parquet('roi/accounting/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
