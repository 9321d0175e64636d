-- denials_fix_list: the report month's prioritised fix list for the whole system: categories ranked by estimated
-- recoverable dollars, with owner, preventable flag, denial rate against its trailing months and the trend.
-- Limited to top_rows.
-- Variables: period, top_rows.
SELECT rank, category, owner, preventable, denied_claims, denied_amount, estimated_recoverable, denial_rate,
       trailing_denial_rate, trend, chart_signal
FROM stg_denials_fix_list
WHERE facility_id = 'all' AND period = getvariable('period')
ORDER BY rank
LIMIT CAST(getvariable('top_rows') AS INTEGER);
