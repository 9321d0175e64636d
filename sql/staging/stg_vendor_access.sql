-- stg_vendor_access: the staged vendor_access table (records lifecycle, issue 14), as typed by the stage job.
-- Grain: see docs/input-contract.md (vendor_access.csv). A snapshot: each run that has the file replaces it whole.
CREATE OR REPLACE VIEW stg_vendor_access AS
SELECT *
FROM read_parquet('staged/vendor_access/*.parquet');
