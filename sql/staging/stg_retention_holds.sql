-- stg_retention_holds: the retention job's retention/holds output.
-- Grain: one row per legal hold per run month: scope (record or facility), whether it stands on the run date,
-- the records it covers, holds, and would otherwise be eligible for destruction.
CREATE OR REPLACE VIEW stg_retention_holds AS
SELECT *
FROM read_parquet('retention/holds/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
