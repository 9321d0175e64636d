-- denials_summary: the report month's and the month before's claims, adjudicated and initially denied claims,
-- denied and billed dollars, and the preventable share, summed over the facilities (stg_denials_rates).
-- Variables: period, previous_period.
SELECT period, sum(claims) AS claims, sum(adjudicated_claims) AS adjudicated_claims,
       sum(denied_claims) AS denied_claims, sum(denied_claims) / nullif(sum(adjudicated_claims), 0) AS denial_rate,
       sum(denied_amount) AS denied_amount, sum(billed_amount) AS billed_amount,
       sum(preventable_denials) AS preventable_denials,
       sum(preventable_denials) / nullif(sum(denied_claims), 0) AS preventable_share
FROM stg_denials_rates
WHERE dimension = 'all' AND period IN (getvariable('period'), getvariable('previous_period'))
GROUP BY period
ORDER BY period DESC;
