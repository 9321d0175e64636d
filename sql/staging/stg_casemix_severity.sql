-- stg_casemix_severity: the casemix job's casemix/severity output.
-- Grain: One row per facility, period and grouping: discharges in severity-split DRG families by severity member, CC/MCC capture rate, and discharges whose coded CC/MCC diagnoses and grouped severity disagree.
CREATE OR REPLACE VIEW stg_casemix_severity AS
SELECT *
FROM read_parquet('casemix/severity/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
