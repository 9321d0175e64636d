-- stg_cdi_rates: the casemix job's cdi/rates output.
-- Grain: One row per facility, period (month the query was opened) and grouping (all / cdi_specialist / provider / query_type): query counts by outcome, response and agreement rates with their targets, response days, DRG changes and their estimated dollar impact.
CREATE OR REPLACE VIEW stg_cdi_rates AS
SELECT *
FROM read_parquet('cdi/rates/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
