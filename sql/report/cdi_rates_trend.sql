-- cdi_rates_trend: the system's CDI query response and agreement rates by month (month the query was opened) over
-- the report's window, re-aggregated from the facilities' counts: response = answered / (queries - pending within
-- the response window), agreement = agreed / answered.
-- Variables: period, window_start.
SELECT period, sum(queries) AS queries, sum(answered) AS answered, sum(agreed) AS agreed,
       sum(answered) / nullif(sum(queries - pending_in_window), 0) AS response_rate,
       sum(agreed) / nullif(sum(answered), 0) AS agreement_rate,
       sum(estimated_dollar_impact) AS estimated_dollar_impact
FROM stg_cdi_rates
WHERE dimension = 'all' AND period BETWEEN getvariable('window_start') AND getvariable('period')
GROUP BY period
ORDER BY period;
