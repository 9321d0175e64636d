-- The benchmark reference for the casemix job: the same aggregates written by hand as plain DuckDB SQL over
-- the same staged Parquet (CMI by facility, month and grouping, CC/MCC capture, CDI rates by grouping), with
-- the weight tables read straight from their CSV files. Statements are separated by lines holding only ';;'.
-- ${AS_OF} is the run date, ${REFERENCE} the config/reference folder; Medicare (P001) and the 7-day response
-- window are the shipped config/casemix.yml's. The last query returns totals named
-- like the casemix outputs' sums, which the bench compares.

CREATE OR REPLACE TABLE drg AS
SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, ms_drg, mdc, type = 'SURG' AS surgical,
       CAST(nullif(trim(weight), '') AS DECIMAL(10,4)) AS weight,
       regexp_extract(ms_drg_title, '^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$', 1) AS stem,
       regexp_extract(ms_drg_title, '^(.*?) (WITH MCC|WITH CC/MCC|WITH CC|WITHOUT CC/MCC|WITHOUT MCC)( OR .*)?$', 2) AS sev
FROM read_csv('${REFERENCE}/ms-drg/ms_drg_weights_fy*.csv', filename = true, all_varchar = true);;
CREATE OR REPLACE TABLE family AS
SELECT fy, ms_drg, surgical, mdc, weight,
       stem <> '' AND count(*) OVER (PARTITION BY fy, stem) > 1 AS splits,
       sev IN ('WITH MCC', 'WITH CC', 'WITH CC/MCC') AS captured
FROM drg;;
CREATE OR REPLACE TABLE d AS
SELECT e.facility_id, e.period, e.payer_id = 'P001' AS medicare, f.surgical, f.mdc, f.weight, f.splits, f.captured
FROM read_parquet('staged/encounters/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR}) e
JOIN family f ON f.fy = year(e.discharge_date) + CASE WHEN month(e.discharge_date) >= 10 THEN 1 ELSE 0 END
  AND f.ms_drg = e.ms_drg AND f.weight IS NOT NULL
WHERE e.encounter_class = 'inpatient' AND e.discharge_date <= DATE '${AS_OF}'
  AND (e.admit_date IS NULL OR e.admit_date <= e.discharge_date);;
CREATE OR REPLACE TABLE cmi AS
SELECT facility_id, period, medicare, surgical, mdc, count(*) AS n, sum(weight) AS w,
       sum(weight) / count(*) AS cmi,
       count_if(splits) AS split, count_if(splits AND captured) AS captured
FROM d GROUP BY GROUPING SETS ((facility_id, period), (facility_id, period, medicare),
                               (facility_id, period, surgical), (facility_id, period, mdc));;
CREATE OR REPLACE TABLE cdi AS
SELECT facility_id, period, cdi_specialist_id, provider_npi, query_type, count(*) AS queries,
       count_if(outcome IN ('agreed', 'disagreed')) AS answered, count_if(outcome = 'agreed') AS agreed,
       count_if(outcome = 'pending' AND date_diff('day', opened_date, DATE '${AS_OF}') < 7) AS pending
FROM read_parquet('staged/cdi_queries/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})
GROUP BY GROUPING SETS ((facility_id, period), (facility_id, period, cdi_specialist_id),
                        (facility_id, period, provider_npi), (facility_id, period, query_type));;

SELECT
  (SELECT sum(n) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS priced_discharges,
  (SELECT CAST(sum(w) * 10000 AS BIGINT) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS weight_ten_thousandths,
  (SELECT sum(split) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS severity_split_discharges,
  (SELECT sum(captured) FROM cmi WHERE medicare IS NULL AND surgical IS NULL AND mdc IS NULL) AS cc_mcc_discharges,
  (SELECT sum(queries) FROM cdi WHERE cdi_specialist_id IS NULL AND provider_npi IS NULL AND query_type IS NULL) AS queries,
  (SELECT sum(answered) FROM cdi WHERE cdi_specialist_id IS NULL AND provider_npi IS NULL AND query_type IS NULL) AS answered,
  (SELECT sum(agreed) FROM cdi WHERE cdi_specialist_id IS NULL AND provider_npi IS NULL AND query_type IS NULL) AS agreed;;
