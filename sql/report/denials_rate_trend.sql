-- denials_rate_trend: the system's initial denial rate (denied / adjudicated claims, by submission month) over the
-- report's window, with the p-chart's center line, limits and signal (the denials job's control chart).
-- Variables: period, window_start.
SELECT period, denied_claims, adjudicated_claims, value AS denial_rate, center, lower_limit, upper_limit, signal
FROM stg_denials_control_chart
WHERE dimension = 'system' AND category = 'all'
  AND period BETWEEN getvariable('window_start') AND getvariable('period')
ORDER BY period;
