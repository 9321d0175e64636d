-- stg_quality_scores: the quality job's scores.
-- Grain: one row per table, facility, period and Kahn dimension: score = 100 x mean over applicable checks of (1 - failure rate).
CREATE OR REPLACE VIEW stg_quality_scores AS
SELECT *
FROM read_parquet('quality/scores/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
