-- stg_quality_failures: the quality job's failures.
-- Grain: one row per sampled failing row: check, facility, period, row key (the table's key columns joined by |), input line.
CREATE OR REPLACE VIEW stg_quality_failures AS
SELECT *
FROM read_parquet('quality/failures/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
