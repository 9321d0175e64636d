-- cdi_followup: query types and providers below their response or agreement target in the report month (with
-- enough queries to judge), worst shortfall first: who CDI should follow up with. Limited to top_rows.
-- Variables: period, top_rows.
SELECT facility_id, dimension, dimension_value, metric, rate, target, shortfall, numerator, denominator
FROM stg_cdi_followup
WHERE period = getvariable('period')
ORDER BY shortfall DESC, facility_id, dimension, dimension_value
LIMIT CAST(getvariable('top_rows') AS INTEGER);
