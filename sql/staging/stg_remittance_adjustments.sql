-- stg_remittance_adjustments: the staged remittance_adjustments table, as typed by the stage job.
-- Grain: one row per claim adjustment from an 835 remittance; period = month of remit_date.
-- Source: staged/remittance_adjustments/period=YYYY-MM/*.parquet (paths are relative to the output folder: file_search_path).
CREATE OR REPLACE VIEW stg_remittance_adjustments AS
SELECT *
FROM read_parquet('staged/remittance_adjustments/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
