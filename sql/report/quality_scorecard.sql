-- quality_scorecard: the report month's data-quality score by facility and Kahn dimension (conformance,
-- completeness, plausibility...), checks-weighted over the tables, for the scorecard heat map.
-- Variables: period.
SELECT facility_id, dimension, sum(score * checks) / nullif(sum(checks), 0) AS score, sum(checks) AS checks
FROM stg_quality_scores
WHERE period = getvariable('period')
GROUP BY facility_id, dimension
ORDER BY facility_id, dimension;
