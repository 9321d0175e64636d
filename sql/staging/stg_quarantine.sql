-- stg_quarantine: rows of any input file that broke the contract, with file, line, field and reason.
-- Grain: one row per rejected input row. scope = the run's period, or 'all'. A row whose key a later row of the
-- file repeats has reason 'repeated key ...: line N ... is kept' (docs/input-contract.md, "Repeated keys").
CREATE OR REPLACE VIEW stg_quarantine AS
SELECT *
FROM read_parquet('quarantine/*/*/*.parquet', hive_partitioning = true, hive_types = {'scope': VARCHAR});
