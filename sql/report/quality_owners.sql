-- quality_owners: accountability evidence for the report month: the data-quality checks that ran, how many name an
-- owner, and how many of the failing or warning ones do (every check should have someone who answers for it).
-- Variables: period. Snapshot tables (period 'all', e.g. patients) are checked on every run and count too.
SELECT count(DISTINCT check_id) AS checks,
       count(DISTINCT check_id) FILTER (WHERE owner IS NOT NULL AND trim(owner) <> '') AS checks_with_owner,
       count(DISTINCT check_id) FILTER (WHERE status IN ('fail', 'warn')) AS failing_checks,
       count(DISTINCT check_id) FILTER (WHERE status IN ('fail', 'warn') AND owner IS NOT NULL AND trim(owner) <> '')
         AS failing_checks_with_owner
FROM stg_quality_results
WHERE period IN (getvariable('period'), 'all');
