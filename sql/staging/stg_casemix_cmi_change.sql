-- stg_casemix_cmi_change: the casemix job's casemix/cmi_change output.
-- Grain: One row per facility and period: CMI against the previous month, split into weight-table, mix and severity effects that add up to the change.
CREATE OR REPLACE VIEW stg_casemix_cmi_change AS
SELECT *
FROM read_parquet('casemix/cmi_change/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
