-- stg_appeals: the staged appeals table (optional input appeals.csv), as typed by the stage job.
-- Grain: one row per appeal at one level (facility_id, appeal_id); period = month of filed_date.
-- Source: staged/appeals/period=YYYY-MM/*.parquet (paths are relative to the output folder: file_search_path).
CREATE OR REPLACE VIEW stg_appeals AS
SELECT *
FROM read_parquet('staged/appeals/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
