-- lifecycle_retention: the retention review of the report month, by facility and retention rule: records reviewed,
-- records eligible for disposition, and eligible records held back by a legal hold. Aggregates only (no MRN).
-- From stg_retention_records (retention/records/period=YYYY-MM, the month of its run's --as-of date).
-- Variables: period.
SELECT facility_id, rule, count(*) AS records,
       count(*) FILTER (WHERE eligible) AS eligible,
       count(*) FILTER (WHERE hold_id IS NOT NULL AND trim(CAST(hold_id AS VARCHAR)) <> '') AS on_hold,
       min(retain_until) AS earliest_retain_until
FROM stg_retention_records
WHERE period = getvariable('period')
GROUP BY facility_id, rule
ORDER BY facility_id, rule;
