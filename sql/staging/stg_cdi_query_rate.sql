-- stg_cdi_query_rate: the casemix job's cdi/query_rate output.
-- Grain: One row per facility and discharge month: inpatient discharges, queried discharges and the query rate.
CREATE OR REPLACE VIEW stg_cdi_query_rate AS
SELECT *
FROM read_parquet('cdi/query_rate/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
