-- stg_facilities: the staged facilities table (records lifecycle, issue 14), as typed by the stage job.
-- Grain: see docs/input-contract.md (facilities.csv). A snapshot: each run that has the file replaces it whole.
CREATE OR REPLACE VIEW stg_facilities AS
SELECT *
FROM read_parquet('staged/facilities/*.parquet');
