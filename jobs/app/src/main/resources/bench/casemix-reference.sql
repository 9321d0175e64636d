-- The benchmark reference for the casemix job: the same aggregates written by hand as plain DuckDB SQL over
-- the same staged Parquet (CMI plain and transfer-adjusted by facility, month and grouping, CC/MCC capture, the
-- CC/MCC level coded diagnoses document, CDI rates, response days and DRG weight change by grouping), with
-- the weight tables read straight from their CSV files. Statements are separated by lines holding only ';;'.
-- ${AS_OF} is the run date, ${REFERENCE} the config/reference folder; Medicare (P001) and the 7-day response
-- window are the shipped config/casemix.yml's. The last query returns totals named
-- like the casemix outputs' sums, which the bench compares.

CREATE OR REPLACE TABLE drg AS
SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, ms_drg, mdc, type = 'SURG' AS surgical,
       CAST(nullif(trim(weight), '') AS DECIMAL(10,4)) AS weight, geometric_mean_los AS gmlos,
       regexp_extract(ms_drg_title, '^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$', 1) AS stem,
       regexp_extract(ms_drg_title, '^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$', 2) AS sev
FROM read_csv('${REFERENCE}/ms-drg/ms_drg_weights_fy*.csv', filename = true, all_varchar = true);;
CREATE OR REPLACE TABLE family AS
SELECT fy, ms_drg, surgical, mdc, weight,
       stem <> '' AND count(*) OVER (PARTITION BY fy, stem) > 1 AS splits,
       sev IN ('WITH MCC', 'WITH CC', 'WITH CC/MCC') AS captured
FROM drg;;
CREATE OR REPLACE TABLE d AS
SELECT e.facility_id, e.encounter_id, e.period, e.payer_id = 'P001' AS medicare, f.surgical, f.mdc, f.weight, f.splits,
       f.captured, f.fy, f.stem, e.secondary_dx,
       CASE WHEN e.discharge_disposition IN ('02', '66', '82', '94') AND f.gmlos > 0
            THEN CAST(least(1.0, (date_diff('day', e.admit_date, e.discharge_date) + 1) / f.gmlos) AS DECIMAL(12,6))
            ELSE 1 END AS fraction,
       e.discharge_disposition = '20' AS died
FROM read_parquet('staged/encounters/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR}) e
JOIN (SELECT family.*, TRY_CAST(drg.gmlos AS DOUBLE) AS gmlos, drg.stem FROM family JOIN drg USING (fy, ms_drg)) f
  ON f.fy = year(e.discharge_date) + CASE WHEN month(e.discharge_date) >= 10 THEN 1 ELSE 0 END
  AND f.ms_drg = e.ms_drg AND f.weight IS NOT NULL
WHERE e.encounter_class = 'inpatient' AND e.discharge_date <= DATE '${AS_OF}'
  AND (e.admit_date IS NULL OR e.admit_date <= e.discharge_date);;
-- The CC/MCC level the coded secondary diagnoses document, as the job's worklist needs it (v40 list).
CREATE OR REPLACE TABLE cc AS
SELECT icd10cm_code AS code, severity, mcc_only_if_discharged_alive = 'Y' AS alive_only
FROM read_csv('${REFERENCE}/ms-drg/msdrg_cc_mcc_v*_fy*.csv.gz', all_varchar = true);;
CREATE OR REPLACE TABLE documented AS
SELECT d.facility_id, d.encounter_id,
       max(CASE WHEN c.severity = 'MCC' AND NOT (c.alive_only AND d.died) THEN 2 WHEN c.severity = 'CC' THEN 1 ELSE 0 END) AS level
FROM (SELECT facility_id, encounter_id, died, unnest(secondary_dx) AS dx FROM d WHERE splits) d
JOIN cc c ON c.code = replace(d.dx, '.', '')
GROUP BY ALL;;
CREATE OR REPLACE TABLE cmi AS
SELECT facility_id, period, medicare, surgical, mdc, count(*) AS n, sum(weight) AS w,
       sum(weight) / count(*) AS cmi,
       count_if(splits) AS split, count_if(splits AND captured) AS captured,
       sum(weight * fraction) / sum(fraction) AS cmi_transfer_adjusted
FROM d GROUP BY GROUPING SETS ((facility_id, period), (facility_id, period, medicare),
                               (facility_id, period, surgical), (facility_id, period, mdc));;
CREATE OR REPLACE TABLE cdi AS
SELECT q.facility_id, q.period, q.cdi_specialist_id, q.provider_npi, q.query_type, count(*) AS queries,
       count_if(q.outcome IN ('agreed', 'disagreed')) AS answered, count_if(q.outcome = 'agreed') AS agreed,
       count_if(q.outcome = 'pending' AND date_diff('day', q.opened_date, DATE '${AS_OF}') < 7) AS pending,
       avg(CASE WHEN q.outcome IN ('agreed', 'disagreed') THEN date_diff('day', q.opened_date, q.answered_date) END) AS days,
       sum(CASE WHEN q.outcome = 'agreed' AND q.drg_after <> q.drg_before THEN a.weight - b.weight END) AS weight_change
FROM read_parquet('staged/cdi_queries/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR}) q
LEFT JOIN d e ON e.facility_id = q.facility_id AND e.encounter_id = q.encounter_id
LEFT JOIN family b ON b.fy = coalesce(e.fy, year(q.opened_date) + CASE WHEN month(q.opened_date) >= 10 THEN 1 ELSE 0 END)
  AND b.ms_drg = q.drg_before
LEFT JOIN family a ON a.fy = b.fy AND a.ms_drg = q.drg_after
GROUP BY GROUPING SETS ((q.facility_id, q.period), (q.facility_id, q.period, q.cdi_specialist_id),
                        (q.facility_id, q.period, q.provider_npi), (q.facility_id, q.period, q.query_type));;

SELECT
  (SELECT sum(n) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS priced_discharges,
  (SELECT CAST(sum(w) * 10000 AS BIGINT) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS weight_ten_thousandths,
  (SELECT sum(split) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS severity_split_discharges,
  (SELECT sum(captured) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS cc_mcc_discharges,
  (SELECT sum(queries) FROM cdi WHERE cdi_specialist_id IS NULL AND provider_npi IS NULL AND query_type IS NULL) AS queries,
  (SELECT sum(answered) FROM cdi WHERE cdi_specialist_id IS NULL AND provider_npi IS NULL AND query_type IS NULL) AS answered,
  (SELECT sum(agreed) FROM cdi WHERE cdi_specialist_id IS NULL AND provider_npi IS NULL AND query_type IS NULL) AS agreed;;
