-- stg_denials_fix_list: the denials job's denials/fix_list output.
-- Grain: One row per facility (and 'all' for the system), submission month and denial category: rank by estimated recoverable dollars (denied dollars x the category's recoverable rate), owner, preventable flag, denial rate against the trailing months, the p-chart signal and the trend it implies, and beside the configured recoverable rate the overturn rate observed in appeals.csv (overturned / decided appeals of the category's denials over appeals.observed-months; empty below appeals.min-decided decided appeals or without appeals.csv).
CREATE OR REPLACE VIEW stg_denials_fix_list AS
SELECT *
FROM read_parquet('denials/fix_list/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
