-- quality_top_failing_checks: the checks that failed or warned in the report month, over every facility: rows
-- failed and checked, the failure rate against the check's threshold, how many facilities failed it, and its owner.
-- Failed (error severity over threshold) before warned, then most rows failed. Limited to top_rows.
-- Variables: period, top_rows.
SELECT check_id, owner, max(severity) AS severity,
       CASE WHEN bool_or(status = 'fail') THEN 'fail' ELSE 'warn' END AS status,
       sum(rows_failed) AS rows_failed, sum(rows_checked) AS rows_checked,
       sum(rows_failed) / nullif(sum(rows_checked), 0) AS failure_rate, max(threshold) AS threshold,
       count(*) FILTER (WHERE status IN ('fail', 'warn')) AS facilities
FROM stg_quality_results
WHERE period = getvariable('period')
GROUP BY check_id, owner
HAVING bool_or(status IN ('fail', 'warn'))
ORDER BY bool_or(status = 'fail') DESC, sum(rows_failed) DESC, check_id
LIMIT CAST(getvariable('top_rows') AS INTEGER);
