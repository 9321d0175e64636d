-- stg_claims: the staged claims table, as typed by the stage job.
-- Grain: one row per claim (facility_id, claim_id); period = month of submitted_date.
-- Source: staged/claims/period=YYYY-MM/*.parquet (paths are relative to the output folder: file_search_path).
CREATE OR REPLACE VIEW stg_claims AS
SELECT *
FROM read_parquet('staged/claims/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
