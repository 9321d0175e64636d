-- stg_mpi_golden_patient: the MPI job's golden record (a snapshot: each run replaces it).
-- Grain: one row per enterprise id: the best value of each field among its registrations, chosen by the
-- survivorship rules in config/mpi.yml (golden:), with how many registrations and facilities it holds.
CREATE OR REPLACE VIEW stg_mpi_golden_patient AS
SELECT *
FROM read_parquet('mpi/golden_patient/*.parquet');
