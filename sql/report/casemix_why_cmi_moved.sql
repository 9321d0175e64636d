-- casemix_why_cmi_moved: why each facility's CMI moved since the month before, split into the weight-table effect
-- (a new fiscal year's MS-DRG weights), the mix effect (other DRG families) and the severity effect (CC/MCC capture
-- within families): the three add up to the change. With the control chart's verdict and CC/MCC capture.
-- Variables: period.
SELECT facility_id, previous_period, cmi_change AS change, weight_table_effect, mix_effect, severity_effect,
       cmi, priced_discharges, cc_mcc_capture_rate, cmi_signal, capture_signal
FROM mart_cmi_monthly
WHERE period = getvariable('period')
ORDER BY facility_id;
