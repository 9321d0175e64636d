-- stg_denials_evidence: the denials job's denials/evidence output.
-- Grain: One row per facility, submission month, kind of evidence (mpi_duplicate_patient: the patient's registration shares its enterprise id with another at the facility; dq_failing_encounter: the encounter is among the quality job's sampled failing rows) and flagged true/false: claims, adjudicated and denied claims, denied and billed dollars, and the denial rates, flagged claims against the rest.
CREATE OR REPLACE VIEW stg_denials_evidence AS
SELECT *
FROM read_parquet('denials/evidence/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
