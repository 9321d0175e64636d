-- quality_score_trend: the data-quality score of the whole system by month over the report's window: the mean of
-- every table's, facility's and Kahn dimension's score weighted by the checks behind it (stg_quality_scores).
-- Snapshot tables (period 'all', e.g. patients) have no month and are left out.
-- Variables: period, window_start.
SELECT period, sum(score * checks) / nullif(sum(checks), 0) AS score, sum(checks) AS checks
FROM stg_quality_scores
WHERE period <> 'all' AND period BETWEEN getvariable('window_start') AND getvariable('period')
GROUP BY period
ORDER BY period;
