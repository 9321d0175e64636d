-- stg_denials_control_chart: the denials job's denials/control_chart output.
-- Grain: One row per slice (dimension system / facility / payer / facility_payer), category ('all' = every category) and submission month: denied and adjudicated claims, the denial rate, the p-chart center and limits drawn from the months before, and the signal (above_upper_limit, below_lower_limit, run_of_8).
CREATE OR REPLACE VIEW stg_denials_control_chart AS
SELECT *
FROM read_parquet('denials/control_chart/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
