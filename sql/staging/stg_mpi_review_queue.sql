-- stg_mpi_review_queue: the MPI job's review_queue (a snapshot: each run replaces it).
-- Grain: one row per pair awaiting a steward's decision, ranked by probability, with the fields that decided it.
CREATE OR REPLACE VIEW stg_mpi_review_queue AS
SELECT *
FROM read_parquet('mpi/review_queue/*.parquet');
