-- mart_cmi_system: CMI of the whole health system per month and payer class, re-aggregated from the
-- facilities' numerators and denominators (never an average of facility CMIs).
CREATE OR REPLACE VIEW mart_cmi_system AS
SELECT period, dimension_value AS payer_class,
       sum(priced_discharges) AS priced_discharges, sum(unpriced_discharges) AS unpriced_discharges,
       sum(sum_weight) AS sum_weight, sum(sum_weight) / nullif(sum(priced_discharges), 0) AS cmi,
       sum(transfer_adjusted_weight) / nullif(sum(transfer_adjusted_cases), 0) AS cmi_transfer_adjusted
FROM stg_casemix_cmi
WHERE dimension IN ('all', 'payer_class')
GROUP BY ALL;
