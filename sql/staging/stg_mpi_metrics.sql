-- stg_mpi_metrics: the MPI job's identity metrics, one set per run date (as_of), kept as history.
-- Grain: one row per run date and facility, plus facility ALL: registrations, persons, duplicate rate,
-- duplicate creation rate (among the run's new registrations), cross-facility overlap rate,
-- possible overlays and review backlog. Definitions: jobs/mpi/README.md.
CREATE OR REPLACE VIEW stg_mpi_metrics AS
SELECT *
FROM read_parquet('mpi/metrics/*/*.parquet', hive_partitioning = false);
