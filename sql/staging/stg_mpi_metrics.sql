-- stg_mpi_metrics: the MPI job's identity metrics, one set per run date (as_of), kept as history.
-- Grain: one row per run date and facility, plus facility ALL. Definitions (jobs/mpi/README.md): three
-- figures count duplicates differently; compare each with AHIMA's 1% goal under its own definition.
--   duplicate_rate: registrations in a duplicate set (sharing an enterprise id with another registration at
--     the same facility) / registrations; every record of the set counts (AHIMA's duplicate record error rate).
--   excess_record_rate: (registrations - distinct enterprise ids) per facility / registrations; only the
--     records beyond each person's first (ALL: the facilities' excess records summed).
--   duplicate_creation_rate: new registrations whose person already had one at the facility (or arrived twice)
--     / the run's new registrations.
--   overlap_rate: registrations whose enterprise id is also registered at another facility / registrations.
-- union_by_name: run dates written before a column existed (excess_*) read it as NULL.
CREATE OR REPLACE VIEW stg_mpi_metrics AS
SELECT
    as_of,
    facility_id,
    registrations,
    persons,
    duplicate_registrations,
    duplicate_rate,
    excess_registrations,
    excess_record_rate,
    new_registrations,
    duplicates_created,
    duplicate_creation_rate,
    overlapping_registrations,
    overlap_rate,
    possible_overlays,
    review_backlog
FROM read_parquet('mpi/metrics/*/*.parquet', hive_partitioning = false, union_by_name = true);
