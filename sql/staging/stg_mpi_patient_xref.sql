-- stg_mpi_patient_xref: the MPI job's patient_xref (a snapshot: each run replaces it).
-- Grain: one row per registration (facility_id, mrn): its enterprise id and how it joined.
CREATE OR REPLACE VIEW stg_mpi_patient_xref AS
SELECT *
FROM read_parquet('mpi/patient_xref/*.parquet');
