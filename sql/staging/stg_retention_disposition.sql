-- stg_retention_disposition: the retention job's retention/disposition output, the list a facility's committee
-- reviews. Grain: one row per record eligible for destruction on the run date (period = month of the run date),
-- with the rule, its source and the reason. Steward deletes nothing: this lists what may be destroyed and why.
CREATE OR REPLACE VIEW stg_retention_disposition AS
SELECT *
FROM read_parquet('retention/disposition/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
