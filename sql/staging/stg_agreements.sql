-- stg_agreements: the staged agreements table (records lifecycle, issue 14), as typed by the stage job.
-- Grain: see docs/input-contract.md (agreements.csv). A snapshot: each run that has the file replaces it whole.
CREATE OR REPLACE VIEW stg_agreements AS
SELECT *
FROM read_parquet('staged/agreements/*.parquet');
