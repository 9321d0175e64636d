-- stg_cdi_followup: the casemix job's cdi/followup output.
-- Grain: Providers and query types below their response or agreement target in a month (with at least min-queries-for-ranking queries), worst shortfall first.
CREATE OR REPLACE VIEW stg_cdi_followup AS
SELECT *
FROM read_parquet('cdi/followup/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
