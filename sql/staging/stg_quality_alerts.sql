-- stg_quality_alerts: the quality job's alerts.
-- Grain: one row per check, facility and period whose failure rate rose beyond its trailing history.
CREATE OR REPLACE VIEW stg_quality_alerts AS
SELECT *
FROM read_parquet('quality/alerts/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
