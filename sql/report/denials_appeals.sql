-- denials_appeals: appeals of the system's denials submitted over the report's window, by root cause: denied and
-- appealed claims, the appeal rate, decided appeals and the overturn rate (overturned in full or in part / decided),
-- pending appeals and recovered dollars (stg_denials_appeals: each appealed claim once, with its highest level's
-- decision). Over the window, not the month: appeals take months to decide. No rows without appeals.csv.
-- Variables: period, window_start, top_rows.
SELECT dimension_value AS category, sum(denied_claims) AS denied_claims, sum(appealed_claims) AS appealed_claims,
       sum(appealed_claims) / nullif(sum(denied_claims), 0) AS appeal_rate, sum(decided_appeals) AS decided_appeals,
       sum(overturned_appeals) / nullif(sum(decided_appeals), 0) AS overturn_rate,
       sum(pending_appeals) AS pending_appeals, sum(recovered_amount) AS recovered_amount
FROM stg_denials_appeals
WHERE dimension = 'category' AND period BETWEEN getvariable('window_start') AND getvariable('period')
GROUP BY dimension_value
HAVING sum(appealed_claims) > 0
ORDER BY sum(recovered_amount) DESC, dimension_value
LIMIT CAST(getvariable('top_rows') AS INTEGER);
