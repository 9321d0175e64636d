-- mart_denials_monthly: what a revenue-cycle and HIM committee reads about denials, one row per facility and
-- submission month: the initial denial rate by count and by dollars with numerators and denominators, the
-- preventable and documentation/coding shares, the top category by denied dollars and the share the vital few
-- make, whether the month's denial rate and category mix moved beyond noise, and the first item of the fix list.
-- hfma_denial_rate is HFMA's variant: the month's initial denials over the average claims submitted in the three
-- months before it (null until three earlier months are on record).
CREATE OR REPLACE VIEW mart_denials_monthly AS
SELECT r.facility_id, r.period,
       r.claims, r.adjudicated_claims, r.denied_claims, r.denial_rate, r.adjudicated_denial_rate,
       r.billed_amount, r.denied_amount, r.dollar_denial_rate,
       r.preventable_denials, r.preventable_share, r.documentation_coding_denials, r.documentation_coding_share,
       r.unmapped_denials, r.overturned_denials,
       h.prior_3_month_average_claims,
       r.denied_claims / nullif(h.prior_3_month_average_claims, 0) AS hfma_denial_rate,
       p.category AS top_category, p.share AS top_category_share,
       (SELECT count(*) FROM stg_denials_pareto v
         WHERE v.facility_id = r.facility_id AND v.period = r.period AND v.vital_few) AS vital_few_categories,
       c.lower_limit AS denial_rate_lower_limit, c.upper_limit AS denial_rate_upper_limit, c.signal AS denial_rate_signal,
       m.p_value AS mix_p_value, m.shifted AS mix_shifted, m.most_raised_category,
       f.category AS fix_first, f.owner AS fix_first_owner, f.estimated_recoverable AS fix_first_recoverable,
       f.trend AS fix_first_trend
FROM stg_denials_rates r
LEFT JOIN (
  SELECT cur.facility_id, cur.period, avg(prev.claims) AS prior_3_month_average_claims
  FROM stg_denials_rates cur
  JOIN stg_denials_rates prev
    ON prev.facility_id = cur.facility_id AND prev.dimension = 'all'
   AND prev.period IN (strftime(CAST(cur.period || '-01' AS DATE) - INTERVAL 1 MONTH, '%Y-%m'),
                       strftime(CAST(cur.period || '-01' AS DATE) - INTERVAL 2 MONTH, '%Y-%m'),
                       strftime(CAST(cur.period || '-01' AS DATE) - INTERVAL 3 MONTH, '%Y-%m'))
  WHERE cur.dimension = 'all'
  GROUP BY cur.facility_id, cur.period
  HAVING count(*) = 3) h
  ON h.facility_id = r.facility_id AND h.period = r.period
LEFT JOIN stg_denials_pareto p
  ON p.facility_id = r.facility_id AND p.period = r.period AND p.rank = 1
LEFT JOIN stg_denials_control_chart c
  ON c.dimension = 'facility' AND c.facility_id = r.facility_id AND c.payer_id = 'all' AND c.category = 'all'
 AND c.period = r.period
LEFT JOIN stg_denials_mix_shift m
  ON m.dimension = 'facility' AND m.facility_id = r.facility_id AND m.period = r.period
LEFT JOIN stg_denials_fix_list f
  ON f.facility_id = r.facility_id AND f.period = r.period AND f.rank = 1
WHERE r.dimension = 'all';
