-- stg_roi_turnaround: the roi job's roi/turnaround output.
-- Grain: one row per facility, requester type (and 'all') and month fulfilled: fulfilled requests, median and 90th
-- percentile of days from receipt (linear interpolation, type 7); period = month of the run date.
CREATE OR REPLACE VIEW stg_roi_turnaround AS
SELECT *
FROM read_parquet('roi/turnaround/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
