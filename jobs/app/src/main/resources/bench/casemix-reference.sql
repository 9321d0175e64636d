-- The benchmark reference for the casemix job: every output the job writes, written by hand as plain DuckDB SQL over
-- the same staged Parquet and written as Parquet with the job's columns, partitioned by period as the job writes them
-- (PARTITION_BY (period), under ${WRITE_TO}, a folder the bench empties first): casemix/cmi, severity, opportunities
-- (the CDI worklist with its CC/MCC codes), unpriced, cmi_change (weight-table, mix and severity effects) and
-- control_chart; cdi/rates, query_rate and followup. The weight tables and the CC/MCC lists are read straight from
-- their CSV files. Where the job works in Java on small aggregated tables, this script does it in SQL: the
-- month-over-month decomposition, and the control charts' center lines, sigmas (mean moving range / 1.128 for CMI,
-- sqrt(p(1-p)/n) for capture), limits and signals (3 sigma; a run of 8 on one side of the center line).
-- The shipped config/casemix.yml is written out: inpatient class 'inpatient', Medicare payer P001, acute transfer
-- statuses 02/66/82/94 and no post-acute DRG list, worklist 200 per facility and month, control charts over 24
-- months, a 7-day response window, targets 0.90 and 0.80, base rate 6500.00, at least 5 queries to be ranked.
-- Statements are separated by lines holding only ';;'. ${AS_OF} is the run date, ${REFERENCE} the config/reference
-- folder. The last query returns totals named like the job's, which the bench compares with the job's outputs.

-- The job's engine makes the same promise: no result depends on row order.
SET preserve_insertion_order = false;;

-- MS-DRG tables: a title "<stem> WITH MCC|WITH CC|WITH CC/MCC|WITHOUT CC/MCC|WITHOUT MCC[ OR ...]" belongs to the family
-- of its stem (any other title is a family of its own); a family splits when it has two or more members that year.
CREATE OR REPLACE TABLE drg AS
WITH t AS (
    SELECT CAST(regexp_extract(filename, 'ms_drg_weights_fy([0-9]{4})_', 1) AS INTEGER) AS fy,
           regexp_extract(filename, '_(v[0-9]+)\.csv', 1) AS grouper_version, ms_drg, coalesce(mdc, '') AS mdc,
           coalesce(type = 'SURG', false) AS surgical, CAST(nullif(trim(weight), '') AS DECIMAL(10,4)) AS weight,
           CAST(nullif(trim(geometric_mean_los), '') AS DOUBLE) AS gmlos,
           regexp_extract(ms_drg_title, '^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$', 1) AS stem,
           regexp_extract(ms_drg_title, '^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$', 2) AS words
    FROM read_csv('${REFERENCE}/ms-drg/ms_drg_weights_fy*.csv', filename = true, all_varchar = true)),
f AS (SELECT *, CASE WHEN stem = '' THEN '#' || ms_drg ELSE stem END AS family FROM t),
s AS (SELECT *, count(*) OVER (PARTITION BY fy, family) > 1 AS splits FROM f)
SELECT fy, grouper_version, ms_drg, mdc, surgical, weight, gmlos, family, splits,
       CASE WHEN NOT splits THEN 'not_split' ELSE lower(replace(replace(words, ' ', '_'), '/', '_')) END AS severity,
       CASE WHEN NOT splits THEN NULL WHEN words = 'WITH MCC' THEN 2 WHEN words LIKE 'WITH %' THEN 1 ELSE 0 END AS level
FROM s;;
CREATE OR REPLACE TABLE cc AS
SELECT CAST(regexp_extract(filename, '_fy([0-9]{4})\.csv', 1) AS INTEGER) AS list_year,
       regexp_extract(filename, 'msdrg_cc_mcc_(v[0-9]+)_', 1) AS version,
       replace(icd10cm_code, '.', '') AS code, severity, coalesce(mcc_only_if_discharged_alive = 'Y', false) AS alive_only
FROM read_csv('${REFERENCE}/ms-drg/msdrg_cc_mcc_v*_fy*.csv.gz', filename = true, all_varchar = true);;
-- The CC/MCC list a fiscal year is judged on: its own, else the latest earlier one, else the earliest there is.
CREATE OR REPLACE TABLE yr AS
WITH l AS (SELECT DISTINCT list_year, version FROM cc),
y AS (SELECT DISTINCT fy, grouper_version FROM drg),
j AS (SELECT y.*, coalesce((SELECT max(list_year) FROM l WHERE list_year <= y.fy), (SELECT min(list_year) FROM l)) AS list_year FROM y)
SELECT j.fy, j.grouper_version, j.list_year, l.version || ' (FY' || j.list_year || ')' AS cc_mcc_list
FROM j JOIN l USING (list_year);;

-- Inpatient discharges, priced on the table of their fiscal year or with the reason they cannot be.
CREATE OR REPLACE TABLE d AS
WITH e AS (
    SELECT *, year(discharge_date) + CASE WHEN month(discharge_date) >= 10 THEN 1 ELSE 0 END AS fy
    FROM read_parquet('staged/encounters/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})
    WHERE encounter_class = 'inpatient' AND discharge_date IS NOT NULL),
p AS (
    SELECT e.facility_id, e.encounter_id, e.period, e.discharge_date, e.discharge_disposition, e.ms_drg, e.secondary_dx,
           e.fy, y.grouper_version, y.list_year, y.cc_mcc_list,
           CASE WHEN e.payer_id = 'P001' THEN 'medicare' ELSE 'other' END AS payer_class,
           r.mdc, r.surgical, r.family, r.severity, r.level, coalesce(r.splits, false) AS splits, r.weight AS table_weight, r.gmlos,
           date_diff('day', e.admit_date, e.discharge_date) AS los,
           e.discharge_disposition IN ('02', '66', '82', '94') AS transferred,
           CASE WHEN e.ms_drg IS NULL THEN 'missing_drg'
                WHEN e.discharge_date > DATE '${AS_OF}' THEN 'discharge_after_run_date'
                WHEN e.admit_date > e.discharge_date THEN 'discharge_before_admit'
                WHEN y.fy IS NULL THEN 'no_weight_table_for_fiscal_year'
                WHEN r.ms_drg IS NULL THEN 'drg_not_in_fiscal_year_table'
                WHEN r.weight IS NULL THEN 'ungroupable_drg' END AS unpriced_reason
    FROM e
    LEFT JOIN yr y ON y.fy = e.fy
    LEFT JOIN drg r ON r.fy = e.fy AND r.ms_drg = e.ms_drg)
SELECT * EXCLUDE (table_weight, gmlos, los, transferred),
       CASE WHEN unpriced_reason IS NULL THEN table_weight END AS weight,
       CASE WHEN unpriced_reason IS NULL AND transferred THEN 1 ELSE 0 END AS transfer,
       CASE WHEN unpriced_reason IS NOT NULL THEN NULL
            WHEN transferred AND gmlos > 0 THEN CAST(least(1.0, (los + 1) / gmlos) AS DECIMAL(12,6))
            ELSE CAST(1 AS DECIMAL(12,6)) END AS case_fraction,
       CASE WHEN unpriced_reason IS NOT NULL THEN 'unpriced' WHEN surgical THEN 'surgical' ELSE 'medical' END AS service_type,
       CASE WHEN unpriced_reason IS NOT NULL THEN 'unpriced' WHEN mdc = '' THEN 'none' ELSE mdc END AS mdc_value
FROM p;;

-- The severity each priced split-family discharge's secondary diagnoses document (2 an MCC, alive-only MCCs only for a
-- patient discharged alive; 1 a CC; 0 neither), the family member that severity groups to, and whether coding and
-- grouping disagree.
CREATE OR REPLACE TABLE documented AS
SELECT x.facility_id, x.encounter_id,
       max(CASE WHEN c.severity = 'MCC' AND NOT (c.alive_only AND x.discharge_disposition = '20') THEN 2
                WHEN c.severity = 'CC' THEN 1 ELSE 0 END) AS documented_level
FROM (SELECT facility_id, encounter_id, discharge_disposition, list_year, unnest(secondary_dx) AS dx
      FROM d WHERE unpriced_reason IS NULL AND splits) x
JOIN cc c ON c.list_year = x.list_year AND c.code = replace(x.dx, '.', '')
GROUP BY ALL;;
CREATE OR REPLACE TABLE member AS
SELECT fy, family, level, min(ms_drg) AS ms_drg, min(weight) AS weight FROM drg WHERE weight IS NOT NULL AND splits GROUP BY ALL;;
-- The member a documented level groups to: the one requiring the most severity the codes support.
CREATE OR REPLACE TABLE expected AS
SELECT m.fy, m.family, l.documented_level, max(m.level) AS expected_level
FROM member m JOIN (VALUES (0), (1), (2)) l(documented_level) ON m.level <= l.documented_level
GROUP BY ALL;;
CREATE OR REPLACE TABLE dd AS
SELECT j.*, m.ms_drg AS expected_ms_drg, m.weight AS expected_weight,
       CASE WHEN m.ms_drg IS NULL THEN NULL WHEN m.level > j.level THEN 'documented_not_captured'
            WHEN m.level < j.level THEN 'captured_not_documented' END AS opportunity
FROM (SELECT d.* EXCLUDE (secondary_dx), coalesce(k.documented_level, 0) AS documented_level
      FROM d LEFT JOIN documented k ON k.facility_id = d.facility_id AND k.encounter_id = d.encounter_id) j
LEFT JOIN expected x ON j.unpriced_reason IS NULL AND j.splits AND x.fy = j.fy AND x.family = j.family
 AND x.documented_level = j.documented_level
LEFT JOIN member m ON m.fy = x.fy AND m.family = x.family AND m.level = x.expected_level;;

-- casemix/cmi and casemix/severity: one pass over the discharges for every grouping.
CREATE OR REPLACE TABLE grouped AS
SELECT facility_id, period,
       CASE WHEN grouping(payer_class) = 0 THEN 'payer_class' WHEN grouping(service_type) = 0 THEN 'service_type'
            WHEN grouping(mdc_value) = 0 THEN 'mdc' ELSE 'all' END AS dimension,
       coalesce(payer_class, service_type, mdc_value, 'all') AS dimension_value,
       min(fy) AS fiscal_year, min(grouper_version) AS grouper_version, count(*) AS discharges,
       count(*) FILTER (WHERE unpriced_reason IS NULL) AS priced_discharges,
       count(*) FILTER (WHERE unpriced_reason IS NOT NULL) AS unpriced_discharges,
       sum(weight) AS w, sum(transfer) AS transfer_discharges, sum(case_fraction) AS cases, sum(weight * case_fraction) AS tw,
       min(cc_mcc_list) AS cc_mcc_list,
       count(*) FILTER (WHERE unpriced_reason IS NULL AND splits) AS severity_split_discharges,
       count(*) FILTER (WHERE unpriced_reason IS NULL AND splits AND severity = 'with_mcc') AS with_mcc,
       count(*) FILTER (WHERE unpriced_reason IS NULL AND splits AND severity = 'with_cc') AS with_cc,
       count(*) FILTER (WHERE unpriced_reason IS NULL AND splits AND severity = 'with_cc_mcc') AS with_cc_mcc,
       count(*) FILTER (WHERE unpriced_reason IS NULL AND splits AND severity = 'without_mcc') AS without_mcc,
       count(*) FILTER (WHERE unpriced_reason IS NULL AND splits AND severity = 'without_cc_mcc') AS without_cc_mcc,
       count(*) FILTER (WHERE unpriced_reason IS NULL AND splits AND level > 0) AS cc_mcc_discharges,
       count(*) FILTER (WHERE opportunity = 'documented_not_captured') AS documented_not_captured,
       count(*) FILTER (WHERE opportunity = 'captured_not_documented') AS captured_not_documented,
       coalesce(sum(expected_weight - weight) FILTER (WHERE opportunity = 'documented_not_captured'), 0) AS wdnc,
       coalesce(sum(weight - expected_weight) FILTER (WHERE opportunity = 'captured_not_documented'), 0) AS wcnd
FROM dd
GROUP BY GROUPING SETS ((facility_id, period), (facility_id, period, payer_class), (facility_id, period, service_type),
                        (facility_id, period, mdc_value));;
COPY (SELECT facility_id, dimension, dimension_value, CAST(fiscal_year AS INTEGER) AS fiscal_year, grouper_version,
             CAST(discharges AS BIGINT) AS discharges, CAST(priced_discharges AS BIGINT) AS priced_discharges,
             CAST(unpriced_discharges AS BIGINT) AS unpriced_discharges, CAST(w AS DOUBLE) AS sum_weight,
             CAST(w AS DOUBLE) / nullif(priced_discharges, 0) AS cmi, CAST(transfer_discharges AS BIGINT) AS transfer_discharges,
             CAST(cases AS DOUBLE) AS transfer_adjusted_cases, CAST(tw AS DOUBLE) AS transfer_adjusted_weight,
             CAST(tw AS DOUBLE) / nullif(CAST(cases AS DOUBLE), 0) AS cmi_transfer_adjusted,
             'not applied: no post-acute transfer DRG list configured' AS post_acute_rule, period
      FROM grouped)
  TO '${WRITE_TO}/casemix/cmi' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;
COPY (SELECT facility_id, dimension, dimension_value, cc_mcc_list, CAST(severity_split_discharges AS BIGINT) AS severity_split_discharges,
             CAST(with_mcc AS BIGINT) AS with_mcc, CAST(with_cc AS BIGINT) AS with_cc, CAST(with_cc_mcc AS BIGINT) AS with_cc_mcc,
             CAST(without_mcc AS BIGINT) AS without_mcc, CAST(without_cc_mcc AS BIGINT) AS without_cc_mcc,
             CAST(cc_mcc_discharges AS BIGINT) AS cc_mcc_discharges,
             cc_mcc_discharges / nullif(severity_split_discharges, 0) AS cc_mcc_capture_rate,
             CAST(documented_not_captured AS BIGINT) AS documented_not_captured,
             CAST(captured_not_documented AS BIGINT) AS captured_not_documented,
             CAST(wdnc AS DOUBLE) AS weight_documented_not_captured, CAST(wcnd AS DOUBLE) AS weight_captured_not_documented, period
      FROM grouped)
  TO '${WRITE_TO}/casemix/severity' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

-- casemix/opportunities: up to 200 discharges per facility and month, most weight at stake first, with the listed codes.
CREATE OR REPLACE TABLE worklist AS
SELECT * FROM (
    SELECT facility_id, encounter_id, opportunity, ms_drg, family, severity,
           CASE documented_level WHEN 2 THEN 'mcc' WHEN 1 THEN 'cc' ELSE 'none' END AS documented_severity, cc_mcc_list,
           list_year, expected_ms_drg, CAST(weight AS DOUBLE) AS weight, CAST(expected_weight AS DOUBLE) AS expected_weight,
           CAST(expected_weight - weight AS DOUBLE) AS weight_difference, period,
           row_number() OVER (PARTITION BY facility_id, period ORDER BY abs(CAST(expected_weight - weight AS DOUBLE)) DESC, encounter_id) AS rank
    FROM dd WHERE opportunity IS NOT NULL)
WHERE rank <= 200;;
CREATE OR REPLACE TABLE worklist_codes AS
SELECT x.facility_id, x.encounter_id, string_agg(DISTINCT x.dx || ':' || c.severity, ',' ORDER BY x.dx || ':' || c.severity) AS cc_mcc_codes
FROM (SELECT d.facility_id, d.encounter_id, d.list_year, unnest(d.secondary_dx) AS dx
      FROM d SEMI JOIN worklist l ON l.facility_id = d.facility_id AND l.encounter_id = d.encounter_id) x
JOIN cc c ON c.list_year = x.list_year AND c.code = replace(x.dx, '.', '')
GROUP BY x.facility_id, x.encounter_id;;
COPY (SELECT w.facility_id, CAST(w.rank AS BIGINT) AS rank, w.encounter_id, w.opportunity, w.ms_drg, w.family, w.severity,
             w.documented_severity, k.cc_mcc_codes, w.cc_mcc_list, w.expected_ms_drg, w.weight, w.expected_weight,
             w.weight_difference, w.period
      FROM worklist w LEFT JOIN worklist_codes k ON k.facility_id = w.facility_id AND k.encounter_id = w.encounter_id)
  TO '${WRITE_TO}/casemix/opportunities' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

-- casemix/unpriced: every discharge that cannot be priced, with the reason.
COPY (SELECT facility_id, encounter_id, discharge_date, CAST(fy AS INTEGER) AS fiscal_year, ms_drg, unpriced_reason AS reason, period
      FROM d WHERE unpriced_reason IS NOT NULL)
  TO '${WRITE_TO}/casemix/unpriced' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

-- casemix/cmi_change: each facility-month against the month before. The earlier month is re-priced on the later month's
-- table (a DRG missing there, or without a weight, keeps its own weight and is counted as not re-priced) and its DRGs take
-- their family from the later table when they are in it. Per family f with shares s and average weights w (the earlier
-- month's re-priced): mix = sum (s_after - s_before) * w_before', severity = sum s_after * (w_after - w_before'); a family
-- only in the later month is priced at its own average (all mix).
CREATE OR REPLACE TABLE drg_month AS
SELECT facility_id, period, fy, ms_drg, family, count(*) AS n FROM d WHERE unpriced_reason IS NULL GROUP BY ALL;;
CREATE OR REPLACE TABLE cmi_change AS
WITH m AS (SELECT DISTINCT facility_id, period, fy FROM drg_month),
pairs AS (
    SELECT a.facility_id, a.period, a.fy, b.period AS previous_period, b.fy AS previous_fy
    FROM m a JOIN m b ON b.facility_id = a.facility_id
     AND b.period = strftime(CAST(a.period || '-01' AS DATE) - INTERVAL 1 MONTH, '%Y-%m')),
before AS (
    SELECT p.facility_id, p.period, coalesce(l.family, c.family) AS family, c.n, CAST(o.weight AS DOUBLE) AS own,
           coalesce(CAST(l.weight AS DOUBLE), CAST(o.weight AS DOUBLE)) AS repriced, l.weight IS NULL AS not_repriced
    FROM pairs p JOIN drg_month c ON c.facility_id = p.facility_id AND c.period = p.previous_period
    JOIN drg o ON o.fy = p.previous_fy AND o.ms_drg = c.ms_drg
    LEFT JOIN drg l ON l.fy = p.fy AND l.ms_drg = c.ms_drg),
after AS (
    SELECT p.facility_id, p.period, c.family, c.n, CAST(o.weight AS DOUBLE) AS own
    FROM pairs p JOIN drg_month c ON c.facility_id = p.facility_id AND c.period = p.period
    JOIN drg o ON o.fy = p.fy AND o.ms_drg = c.ms_drg),
b_month AS (SELECT facility_id, period, sum(n) AS n, sum(n * own) AS own, sum(n * repriced) AS repriced,
                   sum(n) FILTER (WHERE not_repriced) AS not_repriced FROM before GROUP BY ALL),
a_month AS (SELECT facility_id, period, sum(n) AS n, sum(n * own) AS own FROM after GROUP BY ALL),
b_family AS (SELECT facility_id, period, family, sum(n) AS n, sum(n * repriced) AS repriced FROM before GROUP BY ALL),
a_family AS (SELECT facility_id, period, family, sum(n) AS n, sum(n * own) AS own FROM after GROUP BY ALL),
families AS (
    SELECT coalesce(b.facility_id, a.facility_id) AS facility_id, coalesce(b.period, a.period) AS period,
           coalesce(b.n, 0) AS bn, coalesce(a.n, 0) AS an, a.own / a.n AS average_after,
           coalesce(b.repriced / b.n, a.own / a.n) AS reference
    FROM b_family b FULL JOIN a_family a ON a.facility_id = b.facility_id AND a.period = b.period AND a.family = b.family),
effects AS (
    SELECT f.facility_id, f.period,
           sum((CAST(f.an AS DOUBLE) / am.n - CAST(f.bn AS DOUBLE) / bm.n) * f.reference) AS mix,
           sum(CASE WHEN f.an > 0 THEN CAST(f.an AS DOUBLE) / am.n * (f.average_after - f.reference) ELSE 0 END) AS severity
    FROM families f JOIN b_month bm USING (facility_id, period) JOIN a_month am USING (facility_id, period)
    GROUP BY ALL)
SELECT p.facility_id, p.previous_period, CAST(p.previous_fy AS INTEGER) AS previous_fiscal_year, CAST(p.fy AS INTEGER) AS fiscal_year,
       bm.own / bm.n AS cmi_previous, am.own / am.n AS cmi, am.own / am.n - bm.own / bm.n AS change,
       bm.repriced / bm.n - bm.own / bm.n AS weight_table_effect, e.mix AS mix_effect, e.severity AS severity_effect,
       CAST(bm.n AS BIGINT) AS discharges_previous, CAST(am.n AS BIGINT) AS discharges,
       CAST(coalesce(bm.not_repriced, 0) AS BIGINT) AS previous_not_repriced, p.period
FROM pairs p JOIN b_month bm USING (facility_id, period) JOIN a_month am USING (facility_id, period)
JOIN effects e USING (facility_id, period);;
COPY (FROM cmi_change)
  TO '${WRITE_TO}/casemix/cmi_change' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

-- casemix/control_chart: per facility and month with a value, the chart over the 24 months ending there (months with
-- data only). CMI: individuals chart, center the mean, sigma the mean moving range / 1.128. Capture: p-chart, center
-- sum(num) / sum(den), sigma sqrt(p(1-p)/n) of the month judged, limits clamped to [0, 1], drawn only with two or more
-- months that have a denominator. Signals: beyond 3 sigma, else the 8th or later point in a row strictly on one side of
-- the center line.
CREATE OR REPLACE TABLE control AS
WITH series AS (
    SELECT facility_id, period, 'cmi' AS metric, CAST(w AS DOUBLE) / priced_discharges AS value, NULL::BIGINT AS num,
           NULL::BIGINT AS den
    FROM grouped WHERE dimension = 'all' AND priced_discharges > 0
    UNION ALL
    SELECT facility_id, period, 'cc_mcc_capture_rate', cc_mcc_discharges / nullif(severity_split_discharges, 0),
           cc_mcc_discharges, severity_split_discharges
    FROM grouped WHERE dimension = 'all'),
w AS (
    SELECT j.facility_id, j.metric, j.period AS judged, j.value AS judged_value, j.den AS judged_den, s.period, s.value, s.num,
           s.den, s.value - lag(s.value) OVER (PARTITION BY j.facility_id, j.metric, j.period ORDER BY s.period) AS moved
    FROM series j JOIN series s ON s.facility_id = j.facility_id AND s.metric = j.metric
     AND s.period BETWEEN strftime(CAST(j.period || '-01' AS DATE) - INTERVAL 23 MONTH, '%Y-%m') AND j.period),
chart AS (
    SELECT facility_id, metric, judged, any_value(judged_value) AS value, any_value(judged_den) AS den, count(*) AS months,
           CASE WHEN metric = 'cmi' THEN avg(value) ELSE sum(num) / nullif(sum(den), 0) END AS center,
           avg(abs(moved)) / 1.128 AS moving_sigma,
           CASE WHEN metric = 'cmi' THEN count(*) >= 2 ELSE count(*) FILTER (WHERE den > 0) >= 2 END AS limited
    FROM w GROUP BY facility_id, metric, judged),
limits AS (
    SELECT *,
           CASE WHEN NOT limited THEN NULL WHEN metric = 'cmi' THEN center - 3 * moving_sigma
                WHEN den > 0 THEN greatest(0.0, center - 3 * sqrt(center * (1 - center) / den)) END AS lower_limit,
           CASE WHEN NOT limited THEN NULL WHEN metric = 'cmi' THEN center + 3 * moving_sigma
                WHEN den > 0 THEN least(1.0, center + 3 * sqrt(center * (1 - center) / den)) END AS upper_limit
    FROM chart),
sides AS (
    SELECT w.facility_id, w.metric, w.judged, w.period, coalesce(sign(w.value - c.center), 0) AS side,
           coalesce(sign(w.judged_value - c.center), 0) AS last_side
    FROM w JOIN chart c USING (facility_id, metric, judged)),
breaks AS (
    SELECT facility_id, metric, judged, any_value(last_side) AS last_side,
           coalesce(max(period) FILTER (WHERE side <> last_side), '') AS last_break
    FROM sides GROUP BY facility_id, metric, judged),
runs AS (
    SELECT s.facility_id, s.metric, s.judged,
           CASE WHEN b.last_side = 0 THEN 0 ELSE count(*) FILTER (WHERE s.period > b.last_break) END AS run
    FROM sides s JOIN breaks b USING (facility_id, metric, judged)
    GROUP BY s.facility_id, s.metric, s.judged, b.last_side, b.last_break)
SELECT l.facility_id, l.metric, l.value, l.center, l.lower_limit, l.upper_limit,
       CASE WHEN NOT l.limited OR l.value IS NULL THEN NULL WHEN l.value > l.upper_limit THEN 'above_upper_limit'
            WHEN l.value < l.lower_limit THEN 'below_lower_limit' WHEN r.run >= 8 THEN 'run_of_8' END AS signal,
       CAST(l.months AS INTEGER) AS months, l.judged AS period
FROM limits l JOIN runs r USING (facility_id, metric, judged);;
COPY (FROM control)
  TO '${WRITE_TO}/casemix/control_chart' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

-- CDI queries with their status, response days and DRG weight change (on the table of the stay's discharge year, the
-- query's own dates when the stay is not a discharge), then rates by the month a query was opened and grouping.
CREATE OR REPLACE TABLE q AS
WITH j AS (
    SELECT q.*, e.discharge_date,
           year(coalesce(e.discharge_date, q.answered_date, q.opened_date))
               + CASE WHEN month(coalesce(e.discharge_date, q.answered_date, q.opened_date)) >= 10 THEN 1 ELSE 0 END AS fy
    FROM read_parquet('staged/cdi_queries/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR}) q
    LEFT JOIN d e ON e.facility_id = q.facility_id AND e.encounter_id = q.encounter_id)
SELECT j.facility_id, j.encounter_id, j.period, coalesce(j.cdi_specialist_id, 'unknown') AS cdi_specialist,
       coalesce(j.provider_npi, 'unknown') AS provider, coalesce(j.query_type, 'unknown') AS query_type, j.outcome,
       j.outcome IN ('agreed', 'disagreed') AS answered,
       j.outcome = 'pending' AND date_diff('day', j.opened_date, DATE '${AS_OF}') < 7 AS pending_in_window,
       j.outcome = 'pending' AND date_diff('day', j.opened_date, DATE '${AS_OF}') >= 7 AS overdue,
       CASE WHEN j.outcome IN ('agreed', 'disagreed') THEN date_diff('day', j.opened_date, j.answered_date) END AS response_days,
       j.outcome = 'agreed' AND j.drg_after <> j.drg_before AS drg_changed,
       CASE WHEN j.outcome = 'agreed' AND j.drg_after <> j.drg_before THEN a.weight - b.weight END AS weight_change
FROM j
LEFT JOIN drg b ON b.fy = j.fy AND b.ms_drg = j.drg_before
LEFT JOIN drg a ON a.fy = j.fy AND a.ms_drg = j.drg_after;;
CREATE OR REPLACE TABLE rates AS
SELECT *, answered / nullif(queries - pending_in_window, 0) AS response_rate, agreed / nullif(answered, 0) AS agreement_rate,
       response_days_total / nullif(answered, 0) AS mean_response_days
FROM (
SELECT facility_id,
       CASE WHEN grouping(cdi_specialist) = 0 THEN 'cdi_specialist' WHEN grouping(provider) = 0 THEN 'provider'
            WHEN grouping(query_type) = 0 THEN 'query_type' ELSE 'all' END AS dimension,
       coalesce(cdi_specialist, provider, query_type, 'all') AS dimension_value,
       count(*) AS queries, count(*) FILTER (WHERE answered) AS answered, count(*) FILTER (WHERE outcome = 'agreed') AS agreed,
       count(*) FILTER (WHERE outcome = 'disagreed') AS disagreed, count(*) FILTER (WHERE outcome = 'no_response') AS no_response,
       count(*) FILTER (WHERE pending_in_window) AS pending_in_window, count(*) FILTER (WHERE overdue) AS overdue,
       CAST(sum(response_days) AS BIGINT) AS response_days_total, count(*) FILTER (WHERE drg_changed) AS drg_changes,
       coalesce(CAST(sum(weight_change) AS DOUBLE), 0) AS weight_change,
       coalesce(CAST(round(sum(weight_change) * 6500.00, 2) AS DOUBLE), 0) AS estimated_dollar_impact,
       0.9::DOUBLE AS response_rate_target, 0.8::DOUBLE AS agreement_rate_target, period
FROM q
GROUP BY GROUPING SETS ((facility_id, period), (facility_id, period, cdi_specialist), (facility_id, period, provider),
                        (facility_id, period, query_type)));;
COPY (SELECT facility_id, dimension, dimension_value, CAST(queries AS BIGINT) AS queries, CAST(answered AS BIGINT) AS answered,
             CAST(agreed AS BIGINT) AS agreed, CAST(disagreed AS BIGINT) AS disagreed, CAST(no_response AS BIGINT) AS no_response,
             CAST(pending_in_window AS BIGINT) AS pending_in_window, CAST(overdue AS BIGINT) AS overdue, response_rate,
             agreement_rate, response_days_total, mean_response_days,
             CAST(drg_changes AS BIGINT) AS drg_changes, weight_change,
             estimated_dollar_impact, response_rate_target, agreement_rate_target, period
      FROM rates)
  TO '${WRITE_TO}/cdi/rates' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

-- cdi/query_rate: queried discharges over inpatient discharges, by discharge month.
CREATE OR REPLACE TABLE query_rate AS
SELECT d.facility_id, count(*) AS inpatient_discharges, count(q.encounter_id) AS queried_discharges,
       count(q.encounter_id) / count(*) AS query_rate, d.period
FROM d LEFT JOIN (SELECT DISTINCT facility_id, encounter_id FROM q) q
  ON q.facility_id = d.facility_id AND q.encounter_id = d.encounter_id
GROUP BY d.facility_id, d.period;;
COPY (SELECT facility_id, CAST(inpatient_discharges AS BIGINT) AS inpatient_discharges,
             CAST(queried_discharges AS BIGINT) AS queried_discharges, query_rate, period FROM query_rate)
  TO '${WRITE_TO}/cdi/query_rate' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

-- cdi/followup: providers and query types below a target with at least 5 queries in the rate's denominator, worst first.
CREATE OR REPLACE TABLE followup AS
WITH m AS (
    SELECT facility_id, dimension, dimension_value, 'response_rate' AS metric, response_rate AS rate,
           response_rate_target AS target, answered AS numerator, queries - pending_in_window AS denominator, period
    FROM rates WHERE dimension IN ('provider', 'query_type')
    UNION ALL
    SELECT facility_id, dimension, dimension_value, 'agreement_rate', agreement_rate, agreement_rate_target, agreed, answered, period
    FROM rates WHERE dimension IN ('provider', 'query_type'))
SELECT facility_id,
       row_number() OVER (PARTITION BY facility_id, period ORDER BY target - rate DESC, denominator DESC, dimension,
                          dimension_value, metric) AS rank,
       dimension, dimension_value, metric, rate, target, target - rate AS shortfall, CAST(numerator AS BIGINT) AS numerator,
       CAST(denominator AS BIGINT) AS denominator, period
FROM m WHERE denominator >= 5 AND rate < target;;
COPY (FROM followup)
  TO '${WRITE_TO}/cdi/followup' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period), FILENAME_PATTERN 'part-{i}');;

SELECT
  (SELECT sum(priced_discharges) FROM grouped WHERE dimension = 'all') AS priced_discharges,
  (SELECT sum(unpriced_discharges) FROM grouped WHERE dimension = 'all') AS unpriced_discharges,
  (SELECT CAST(sum(w) * 10000 AS BIGINT) FROM grouped WHERE dimension = 'all') AS weight_ten_thousandths,
  (SELECT sum(transfer_discharges) FROM grouped WHERE dimension = 'all') AS transfer_discharges,
  (SELECT count(*) FROM grouped) AS cmi_rows,
  (SELECT sum(severity_split_discharges) FROM grouped WHERE dimension = 'all') AS severity_split_discharges,
  (SELECT sum(cc_mcc_discharges) FROM grouped WHERE dimension = 'all') AS cc_mcc_discharges,
  (SELECT sum(documented_not_captured) FROM grouped WHERE dimension = 'all') AS documented_not_captured,
  (SELECT sum(captured_not_documented) FROM grouped WHERE dimension = 'all') AS captured_not_documented,
  (SELECT count(*) FROM worklist) AS worklist_rows,
  (SELECT count(*) FROM d WHERE unpriced_reason IS NOT NULL) AS unpriced_rows,
  (SELECT count(*) FROM cmi_change) AS cmi_change_rows,
  (SELECT sum(previous_not_repriced) FROM cmi_change) AS previous_not_repriced,
  (SELECT count(*) FROM control) AS control_chart_rows,
  (SELECT count(signal) FROM control) AS control_chart_signals,
  (SELECT sum(queries) FROM rates WHERE dimension = 'all') AS queries,
  (SELECT sum(answered) FROM rates WHERE dimension = 'all') AS answered,
  (SELECT sum(agreed) FROM rates WHERE dimension = 'all') AS agreed,
  (SELECT sum(pending_in_window) FROM rates WHERE dimension = 'all') AS pending_in_window,
  (SELECT sum(drg_changes) FROM rates WHERE dimension = 'all') AS drg_changes,
  (SELECT sum(queried_discharges) FROM query_rate) AS queried_discharges,
  (SELECT count(*) FROM followup) AS followup_rows;;
