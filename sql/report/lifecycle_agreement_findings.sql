-- lifecycle_agreement_findings: data-sharing agreement findings of the report month (expiring, expired, a BAA
-- missing a required clause...), counted by finding code: findings and distinct agreements.
-- From stg_agreements_findings (agreements/findings/period=YYYY-MM, the month of its run's --as-of date).
-- Variables: period.
SELECT finding, count(*) AS findings, count(DISTINCT agreement_id) AS agreements
FROM stg_agreements_findings
WHERE period = getvariable('period')
GROUP BY finding
ORDER BY findings DESC, finding;
