-- casemix_system_cmi_trend: the health system's CMI by month over the report's window, re-aggregated from the
-- facilities' summed weights and priced discharges (mart_cmi_system), never an average of facility CMIs.
-- Variables: period, window_start.
SELECT period, cmi, cmi_transfer_adjusted, priced_discharges, unpriced_discharges
FROM mart_cmi_system
WHERE payer_class = 'all' AND period BETWEEN getvariable('window_start') AND getvariable('period')
ORDER BY period;
