-- stg_runs: one row per job execution that completed, from the run summaries under runs/<job>/.
-- Grain: one row per (job, execution_id). Every job gives its rows read, written and quarantined; stage also gives
-- its counts per input table in tables (other jobs: an empty list). Columns are declared so that a folder of
-- summaries of every kind reads the same, however many files there are.
CREATE OR REPLACE VIEW stg_runs AS
SELECT *
FROM read_json('runs/*/*.json', format = 'auto', columns = {
    job: 'VARCHAR', scope: 'VARCHAR', execution_id: 'BIGINT', input: 'VARCHAR', started: 'VARCHAR',
    finished: 'VARCHAR', rows_read: 'BIGINT', rows_written: 'BIGINT', rows_quarantined: 'BIGINT',
    rows_out_of_scope: 'BIGINT', rows_repeated_key: 'BIGINT',
    tables: 'STRUCT("table" VARCHAR, present BOOLEAN, rows_read BIGINT, rows_written BIGINT, rows_quarantined BIGINT, '
        || 'rows_out_of_scope BIGINT, rows_repeated_key BIGINT, rows_carried_over BIGINT, periods VARCHAR[])[]'});
