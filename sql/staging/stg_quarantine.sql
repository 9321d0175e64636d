-- stg_quarantine: rows of any input file that broke the contract, with file, line, field and reason.
-- Grain: one row per rejected input row. scope = the run's period, or 'all'.
CREATE OR REPLACE VIEW stg_quarantine AS
SELECT *
FROM read_parquet('quarantine/*/*/*.parquet', hive_partitioning = true, hive_types = {'scope': VARCHAR});
