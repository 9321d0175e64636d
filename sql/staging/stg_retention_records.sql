-- stg_retention_records: the retention job's retention/records output.
-- Grain: one row per record (facility_id, mrn) per run month (period = month of the run date; a re-run in the
-- month replaces it): its last date of service, how long it is kept (retain_until) and under which rule (a rule
-- prefixed linked: keeps it for a record of the same person in another state), the standing legal holds
-- (hold_id, comma-separated) and whether it may be destroyed on the run date (eligible). record_retain_until and
-- record_rule are the record's own, before linked records; rule_source cites the law.
CREATE OR REPLACE VIEW stg_retention_records AS
SELECT *
FROM read_parquet('retention/records/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
