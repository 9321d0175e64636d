-- privacy_access_findings: access-audit findings of the report month (e.g. a user viewing a record with no care
-- relationship), counted by finding code and facility: findings, distinct users and distinct patients. Aggregates
-- only: no user id or MRN leaves this query.
-- From stg_access_findings (access/findings/period=YYYY-MM, the month of its run's --as-of date).
-- Variables: period.
SELECT finding, facility_id, count(*) AS findings, count(DISTINCT user_id) AS users, count(DISTINCT mrn) AS patients
FROM stg_access_findings
WHERE period = getvariable('period')
GROUP BY finding, facility_id
ORDER BY finding, facility_id;
