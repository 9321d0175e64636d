-- stg_quality_results: the quality job's results.
-- Grain: one row per check, facility and period: rows checked, failed, not checkable, failure rate, threshold, status.
CREATE OR REPLACE VIEW stg_quality_results AS
SELECT *
FROM read_parquet('quality/results/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
