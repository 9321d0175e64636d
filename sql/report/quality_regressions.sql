-- quality_regressions: checks whose failure rate at a facility rose beyond its own trailing history in the report
-- month (the quality job's regression alerts), worst rise first, with the owner who answers for the check.
-- Variables: period.
SELECT check_id, facility_id, owner, severity, failure_rate, trailing_mean, trailing_periods
FROM stg_quality_alerts
WHERE period = getvariable('period')
ORDER BY failure_rate - trailing_mean DESC, check_id, facility_id;
