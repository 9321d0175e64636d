-- stg_encounters: the staged encounters table, as typed by the stage job.
-- Grain: one row per encounter (facility_id, encounter_id); period = month of discharge_date, else admit_date.
-- Source: staged/encounters/period=YYYY-MM/*.parquet (paths are relative to the output folder: file_search_path).
CREATE OR REPLACE VIEW stg_encounters AS
SELECT *
FROM read_parquet('staged/encounters/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
