-- governance_run_history: availability evidence: every job's runs on record (run summaries under runs/), latest
-- first, with scope, start, duration and rows read, written and quarantined. Limited to top_rows.
-- Variables: top_rows.
SELECT job, scope, CAST(started AS TIMESTAMP) AS started,
       date_diff('second', CAST(started AS TIMESTAMP), CAST(finished AS TIMESTAMP)) AS seconds,
       rows_read, rows_written, rows_quarantined
FROM stg_runs
ORDER BY CAST(started AS TIMESTAMP) DESC, job
LIMIT CAST(getvariable('top_rows') AS INTEGER);
