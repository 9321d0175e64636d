-- stg_runs: one row per job execution that finished, from the run summaries under runs/<job>/.
-- Grain: one row per (job, execution_id). tables holds the per-table counts.
CREATE OR REPLACE VIEW stg_runs AS
SELECT *
FROM read_json('runs/*/*.json', format = 'auto');
