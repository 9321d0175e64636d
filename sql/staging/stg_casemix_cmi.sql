-- stg_casemix_cmi: the casemix job's casemix/cmi output.
-- Grain: One row per facility, period and grouping (dimension all / payer_class / service_type / mdc): discharges, priced and unpriced, summed MS-DRG weights, CMI, and the transfer-adjusted figures.
CREATE OR REPLACE VIEW stg_casemix_cmi AS
SELECT *
FROM read_parquet('casemix/cmi/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
