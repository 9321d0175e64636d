-- cdi_rates_by_facility: the report month's CDI queries, response and agreement rates, mean response days and
-- estimated DRG dollar impact per facility.
-- Variables: period.
SELECT facility_id, queries, answered, agreed, pending_in_window, overdue, response_rate, agreement_rate,
       mean_response_days, drg_changes, estimated_dollar_impact
FROM stg_cdi_rates
WHERE dimension = 'all' AND period = getvariable('period')
ORDER BY facility_id;
