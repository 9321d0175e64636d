-- stg_mpi_pair_scores: the MPI job's pair_scores (a snapshot: each run replaces it).
-- Grain: one row per candidate pair at or above the review threshold: match weight (log2-odds), probability,
-- decision, the prior and, per compared field, its comparison level and weight (<field>_level, <field>_weight):
-- the prior plus the field weights is the match weight, so a steward can see why two records matched.
CREATE OR REPLACE VIEW stg_mpi_pair_scores AS
SELECT *
FROM read_parquet('mpi/pair_scores/*.parquet');
