-- stg_cdi_queries: the staged cdi_queries table, as typed by the stage job.
-- Grain: one row per CDI query (facility_id, query_id); period = month of opened_date.
-- Source: staged/cdi_queries/period=YYYY-MM/*.parquet (paths are relative to the output folder: file_search_path).
CREATE OR REPLACE VIEW stg_cdi_queries AS
SELECT *
FROM read_parquet('staged/cdi_queries/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
