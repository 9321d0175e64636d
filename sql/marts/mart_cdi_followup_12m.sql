-- mart_cdi_followup_12m: providers and query types over the last twelve months on record, re-aggregated from
-- the monthly numerators and denominators, with their shortfall against the targets (a month alone is often
-- too few queries to judge a provider). Worst agreement shortfall first.
CREATE OR REPLACE VIEW mart_cdi_followup_12m AS
WITH last_period AS (SELECT max(period) AS period FROM stg_cdi_rates),
window_rates AS (
  SELECT r.facility_id, r.dimension, r.dimension_value,
         sum(r.queries) AS queries, sum(r.answered) AS answered, sum(r.agreed) AS agreed,
         sum(r.queries - r.pending_in_window) AS response_denominator,
         max(r.response_rate_target) AS response_rate_target, max(r.agreement_rate_target) AS agreement_rate_target
  FROM stg_cdi_rates r, last_period l
  WHERE r.dimension IN ('provider', 'query_type')
    AND r.period > strftime(CAST(l.period || '-01' AS DATE) - INTERVAL 12 MONTH, '%Y-%m')
  GROUP BY ALL)
SELECT *, answered / nullif(response_denominator, 0) AS response_rate,
       agreed / nullif(answered, 0) AS agreement_rate,
       agreement_rate_target - agreed / nullif(answered, 0) AS agreement_shortfall,
       response_rate_target - answered / nullif(response_denominator, 0) AS response_shortfall
FROM window_rates
ORDER BY agreement_shortfall DESC NULLS LAST, response_shortfall DESC NULLS LAST;
