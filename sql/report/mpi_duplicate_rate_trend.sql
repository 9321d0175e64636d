-- mpi_duplicate_rate_trend: the system's (facility ALL) duplicate and duplicate-creation rates by month over the
-- report's window, for the trend chart and last month's value. Each month takes the first MPI run of the month
-- after it, else its own last run (as mpi_metrics_for_period, without the open-ended fallback); a run stands for
-- one month only, so sparse runs never draw the same snapshot twice.
-- Variables: period, window_start (YYYY-MM).
WITH runs AS (SELECT DISTINCT CAST(as_of AS DATE) AS as_of FROM stg_mpi_metrics),
months AS (
  SELECT strftime(as_of, '%Y-%m') AS period FROM runs
  UNION
  SELECT strftime(as_of - INTERVAL 1 MONTH, '%Y-%m') FROM runs),
chosen AS (
  SELECT m.period, coalesce(
    (SELECT min(r.as_of) FROM runs r
      WHERE strftime(r.as_of, '%Y-%m') = strftime(CAST(m.period || '-01' AS DATE) + INTERVAL 1 MONTH, '%Y-%m')),
    (SELECT max(r.as_of) FROM runs r WHERE strftime(r.as_of, '%Y-%m') = m.period)) AS as_of
  FROM months m),
distinct_runs AS (
  SELECT * FROM chosen WHERE as_of IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY as_of ORDER BY period) = 1)
SELECT d.period, d.as_of, x.registrations, x.duplicate_rate, x.duplicate_creation_rate, x.overlap_rate,
       x.possible_overlays, x.review_backlog
FROM distinct_runs d
JOIN stg_mpi_metrics x ON CAST(x.as_of AS DATE) = d.as_of AND x.facility_id = 'ALL'
WHERE d.period BETWEEN getvariable('window_start') AND getvariable('period')
ORDER BY d.period;
