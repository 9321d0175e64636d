-- stg_patients: the staged patients table (registrations), as typed by the stage job.
-- Grain: one row per registration (facility_id, mrn). A snapshot: each run replaces it whole.
-- birth_date_raw holds a birth date that was not a calendar date (the row is kept for the MPI).
CREATE OR REPLACE VIEW stg_patients AS
SELECT *
FROM read_parquet('staged/patients/*.parquet');
