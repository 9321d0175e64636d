-- The benchmark reference for the retention job: each record's own retention written by hand as plain DuckDB SQL over
-- the same staged Parquet, with the shipped config/retention.yml written out (CA 7 years after the last service, a
-- minor's record until 19 when later; TX 10; NY 6; any other or unknown state the federal floor of 10), and the legal
-- holds standing on the run date. Statements are separated by lines holding only ';;'. ${AS_OF} is the run date. The
-- last query returns the totals the bench compares with retention/records (record_rule, record_retain_until, hold_id).

CREATE OR REPLACE TABLE svc AS
SELECT facility_id, mrn, max(coalesce(discharge_date, admit_date)) AS last_service
FROM read_parquet('staged/encounters/*/*.parquet')
WHERE mrn IS NOT NULL
GROUP BY facility_id, mrn;;
CREATE OR REPLACE TABLE rec AS
SELECT k.facility_id, k.mrn, s.last_service, p.birth_date, f.state,
       year(s.last_service) - year(p.birth_date)
           - CASE WHEN strftime(s.last_service, '%m%d') < strftime(p.birth_date, '%m%d') THEN 1 ELSE 0 END AS age
FROM (SELECT facility_id, mrn FROM read_parquet('staged/patients/*.parquet') UNION SELECT facility_id, mrn FROM svc) k
LEFT JOIN svc s ON s.facility_id = k.facility_id AND s.mrn = k.mrn
LEFT JOIN read_parquet('staged/patients/*.parquet') p ON p.facility_id = k.facility_id AND p.mrn = k.mrn
LEFT JOIN read_parquet('staged/facilities/*.parquet') f ON f.facility_id = k.facility_id;;
CREATE OR REPLACE TABLE d AS
SELECT *,
       CASE WHEN last_service IS NULL THEN NULL
            WHEN state = 'CA' AND age < 18 AND CAST(birth_date + INTERVAL 19 YEAR AS DATE) > CAST(last_service + INTERVAL 7 YEAR AS DATE)
                THEN CAST(birth_date + INTERVAL 19 YEAR AS DATE)
            WHEN state = 'CA' THEN CAST(last_service + INTERVAL 7 YEAR AS DATE)
            WHEN state = 'NY' THEN CAST(last_service + INTERVAL 6 YEAR AS DATE)
            ELSE CAST(last_service + INTERVAL 10 YEAR AS DATE) END AS until,
       CASE WHEN last_service IS NULL THEN 'no_service_date'
            WHEN state = 'CA' AND age < 18 AND CAST(birth_date + INTERVAL 19 YEAR AS DATE) > CAST(last_service + INTERVAL 7 YEAR AS DATE)
                THEN 'CA.minor'
            WHEN state IN ('CA', 'TX', 'NY') THEN state || '.adult'
            WHEN state IS NULL THEN 'federal.floor.unknown_state'
            ELSE 'federal.floor.no_state_rule' END AS rule
FROM rec;;
-- The job's deliverable is a Parquet row per record: the reference encodes its per-record table as Parquet too
-- (discarded), so both sides pay for writing what they computed.
COPY (SELECT facility_id, mrn, last_service, until, rule, state FROM d) TO '/dev/null' (FORMAT parquet, COMPRESSION snappy);;
CREATE OR REPLACE TABLE h AS
SELECT * FROM read_parquet('staged/legal_holds/*.parquet')
WHERE (start_date IS NULL OR start_date <= DATE '${AS_OF}') AND (release_date IS NULL OR release_date > DATE '${AS_OF}');;
SELECT count(*) AS records,
       count(*) FILTER (WHERE rule = 'no_service_date') AS no_service_date,
       count(*) FILTER (WHERE rule LIKE 'federal.floor.%') AS federal_floor_fallback,
       count(*) FILTER (WHERE rule LIKE '%.minor') AS minor_rule,
       CAST(sum(until - DATE '2000-01-01') AS BIGINT) AS retain_days,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM h WHERE h.facility_id = d.facility_id
                                      AND (h.mrn IS NULL OR h.mrn = d.mrn))) AS held
FROM d;
