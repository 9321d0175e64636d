-- denials_pareto: the report month's denied dollars by root-cause category for the whole system, largest first,
-- with each category's share, cumulative share and whether it is among the vital few (pareto-share of the dollars).
-- Variables: period.
SELECT rank, category, owner, preventable, denied_claims, denied_amount, share, cumulative_share, vital_few
FROM stg_denials_pareto
WHERE facility_id = 'all' AND period = getvariable('period')
ORDER BY rank;
