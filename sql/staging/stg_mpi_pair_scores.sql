-- stg_mpi_pair_scores: the MPI job's pair_scores (a snapshot: each run replaces it).
-- Grain: one row per candidate pair at or above the review threshold: match weight, probability, decision.
CREATE OR REPLACE VIEW stg_mpi_pair_scores AS
SELECT *
FROM read_parquet('mpi/pair_scores/*.parquet');
