-- mart_cmi_monthly: what a committee reads about case mix, one row per facility and month: CMI (plain and
-- transfer-adjusted) with its numerator and denominator, CC/MCC capture, why CMI moved since the month
-- before (weight table, mix, severity: the three add up to the change) and the control-chart verdicts.
CREATE OR REPLACE VIEW mart_cmi_monthly AS
SELECT c.facility_id, c.period, c.fiscal_year, c.grouper_version,
       c.priced_discharges, c.unpriced_discharges, c.sum_weight, c.cmi,
       c.transfer_adjusted_cases, c.transfer_adjusted_weight, c.cmi_transfer_adjusted,
       s.severity_split_discharges, s.cc_mcc_discharges, s.cc_mcc_capture_rate,
       s.documented_not_captured, s.captured_not_documented,
       ch.previous_period, ch.change AS cmi_change, ch.weight_table_effect, ch.mix_effect, ch.severity_effect,
       cc.lower_limit AS cmi_lower_limit, cc.upper_limit AS cmi_upper_limit, cc.signal AS cmi_signal,
       pc.signal AS capture_signal
FROM stg_casemix_cmi c
LEFT JOIN stg_casemix_severity s
  ON s.facility_id = c.facility_id AND s.period = c.period AND s.dimension = 'all'
LEFT JOIN stg_casemix_cmi_change ch
  ON ch.facility_id = c.facility_id AND ch.period = c.period
LEFT JOIN stg_casemix_control_chart cc
  ON cc.facility_id = c.facility_id AND cc.period = c.period AND cc.metric = 'cmi'
LEFT JOIN stg_casemix_control_chart pc
  ON pc.facility_id = c.facility_id AND pc.period = c.period AND pc.metric = 'cc_mcc_capture_rate'
WHERE c.dimension = 'all';
