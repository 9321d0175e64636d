-- stg_mpi_retired_registrations: registrations a source system retired or merged (registration_changes.csv),
-- kept out of matching and every rate but not forgotten (a snapshot: each run replaces it).
-- Grain: one row per retired registration (facility_id, mrn): status retired / merged, its last enterprise id,
-- merged_into_mrn, changed_on, reason, first_seen and the run date that retired it.
CREATE OR REPLACE VIEW stg_mpi_retired_registrations AS
SELECT *
FROM read_parquet('mpi/retired_registrations/*.parquet');
