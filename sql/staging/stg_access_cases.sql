-- stg_access_cases: the access-audit job's access/cases output.
-- Grain: one row per user and person (person_key: the MPI enterprise id, or facility|MRN when the MPI has not linked
-- the registration): the facilities, the findings and the events of that user about that person; period = month of
-- the run date.
CREATE OR REPLACE VIEW stg_access_cases AS
SELECT *
FROM read_parquet('access/cases/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
