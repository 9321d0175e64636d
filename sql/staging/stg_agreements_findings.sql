-- stg_agreements_findings: the agreements job's agreements/findings output.
-- Grain: one row per finding per run month (period = month of the run date): expired, expiring, missing_clause
-- (one per missing BAA clause), access_without_agreement, access_after_termination (one per access grant, with
-- facility_id and system), destruction_not_certified. agreement_id is empty for access with no agreement at all.
CREATE OR REPLACE VIEW stg_agreements_findings AS
SELECT *
FROM read_parquet('agreements/findings/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
