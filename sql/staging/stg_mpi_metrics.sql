-- stg_mpi_metrics: the MPI job's metrics (a snapshot: each run replaces it).
-- Grain: one row per facility and one for ALL: registrations, persons, duplicate and overlap rates, review backlog.
CREATE OR REPLACE VIEW stg_mpi_metrics AS
SELECT *
FROM read_parquet('mpi/metrics/*.parquet');
