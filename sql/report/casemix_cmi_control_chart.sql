-- casemix_cmi_control_chart: each facility's CMI by month over the report's window with its individuals-chart
-- center line, control limits and signal (the casemix job's control chart), and the month's priced discharges
-- (facilities with most discharges are drawn first).
-- Variables: period, window_start.
SELECT c.facility_id, c.period, c.value AS cmi, c.center, c.lower_limit, c.upper_limit, c.signal,
       m.priced_discharges
FROM stg_casemix_control_chart c
LEFT JOIN mart_cmi_monthly m ON m.facility_id = c.facility_id AND m.period = c.period
WHERE c.metric = 'cmi' AND c.period BETWEEN getvariable('window_start') AND getvariable('period')
ORDER BY c.facility_id, c.period;
