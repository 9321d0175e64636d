-- privacy_roi_findings: release-of-information findings of the report month, counted by finding code and facility:
-- findings and distinct requests. Aggregates only: the report never shows a request's details or a patient.
-- From stg_roi_findings (roi/findings/period=YYYY-MM, the month of its run's --as-of date).
-- Variables: period.
SELECT finding, facility_id, count(*) AS findings, count(DISTINCT request_id) AS requests
FROM stg_roi_findings
WHERE period = getvariable('period')
GROUP BY finding, facility_id
ORDER BY finding, facility_id;
