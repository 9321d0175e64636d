-- stg_casemix_unpriced: the casemix job's casemix/unpriced output.
-- Grain: One row per inpatient discharge that could not be priced (missing DRG, DRG not in its fiscal year's table, no table for the year, ungroupable, dates in error), with the reason.
CREATE OR REPLACE VIEW stg_casemix_unpriced AS
SELECT *
FROM read_parquet('casemix/unpriced/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
