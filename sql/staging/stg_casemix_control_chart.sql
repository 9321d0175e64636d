-- stg_casemix_control_chart: the casemix job's casemix/control_chart output.
-- Grain: One row per facility, period and metric (cmi: individuals chart; cc_mcc_capture_rate: p-chart): value, center line, control limits and the signal, over the trailing control-chart-months.
CREATE OR REPLACE VIEW stg_casemix_control_chart AS
SELECT *
FROM read_parquet('casemix/control_chart/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
