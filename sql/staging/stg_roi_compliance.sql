-- stg_roi_compliance: the roi job's roi/compliance output.
-- Grain: one row per facility (and 'all') and month received: requests (not withdrawn), those with a finding, the
-- compliance rate, patient-access requests judged and late, the on-time rate; period = month of the run date.
CREATE OR REPLACE VIEW stg_roi_compliance AS
SELECT *
FROM read_parquet('roi/compliance/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
