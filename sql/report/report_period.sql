-- report_period: the month a report covers when no --period is given: the latest month before the run date's
-- month (variable as_of_month) that holds staged encounters. The run date's own month is still open, and a month
-- after it is a data error (a date in the future), never a report.
-- Variables: as_of_month (YYYY-MM).
SELECT max(period) AS period
FROM stg_encounters
WHERE period < getvariable('as_of_month');
