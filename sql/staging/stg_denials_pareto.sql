-- stg_denials_pareto: the denials job's denials/pareto output.
-- Grain: One row per facility (and 'all' for the system), submission month and category: denied claims and dollars, rank by dollars, share and cumulative share of denied dollars, and whether the category is among the vital few that make pareto-share (80%) of them.
CREATE OR REPLACE VIEW stg_denials_pareto AS
SELECT *
FROM read_parquet('denials/pareto/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
