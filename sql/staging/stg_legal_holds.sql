-- stg_legal_holds: the staged legal_holds table (records lifecycle, issue 14), as typed by the stage job.
-- Grain: see docs/input-contract.md (legal_holds.csv). A snapshot: each run that has the file replaces it whole.
CREATE OR REPLACE VIEW stg_legal_holds AS
SELECT *
FROM read_parquet('staged/legal_holds/*.parquet');
