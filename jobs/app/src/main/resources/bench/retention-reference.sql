-- The benchmark reference for the retention job: the job's three deliverables written by hand as plain DuckDB SQL over
-- the same staged Parquet, with the shipped config/retention.yml written out (CA 7 years after the last service, a
-- minor's record until 19 when later; TX 10; NY 6; any other or unknown state the federal floor of 10; each rule's
-- source text). Per record: its retention date, rule and source, the standing legal holds covering it (their ids,
-- sorted), eligibility for destruction on the run date; the disposition list; per hold, the records it covers, holds
-- and would otherwise release. Like the bench's job run it assumes no MPI in the folder (the bench refuses a folder
-- the MPI has run in), so no record is kept longer for a linked record in another state and enterprise_id is empty.
-- Each deliverable is encoded as Parquet with the job's columns (discarded to /dev/null: a script has nowhere of its
-- own to write), so both sides pay for writing what they computed. Statements are separated by lines holding only
-- ';;'. ${AS_OF} is the run date. The last query returns the totals the bench compares with retention/records.

-- The job's engine makes the same promise: no result depends on row order.
SET preserve_insertion_order = false;;
CREATE OR REPLACE TABLE svc AS
SELECT facility_id, mrn, max(coalesce(discharge_date, admit_date)) AS last_service
FROM read_parquet('staged/encounters/*/*.parquet')
WHERE mrn IS NOT NULL
GROUP BY facility_id, mrn;;
CREATE OR REPLACE TABLE k AS
SELECT facility_id, mrn FROM read_parquet('staged/patients/*.parquet') UNION SELECT facility_id, mrn FROM svc;;
CREATE OR REPLACE TABLE h AS
SELECT hold_id, facility_id, mrn, start_date, release_date, matter,
       (start_date IS NULL OR start_date <= DATE '${AS_OF}') AND (release_date IS NULL OR release_date > DATE '${AS_OF}') AS standing
FROM read_parquet('staged/legal_holds/*.parquet');;
-- Record x hold covering it: a hold with an MRN covers that record, one without covers its whole facility.
CREATE OR REPLACE TABLE cov AS
SELECT k.facility_id, k.mrn, h.hold_id, h.standing FROM k JOIN h ON h.facility_id = k.facility_id AND h.mrn = k.mrn
UNION ALL
SELECT k.facility_id, k.mrn, h.hold_id, h.standing FROM k JOIN h ON h.facility_id = k.facility_id WHERE h.mrn IS NULL;;
CREATE OR REPLACE TABLE d AS
WITH rec AS (
    SELECT k.facility_id, k.mrn, s.last_service, p.birth_date, f.state,
           year(s.last_service) - year(p.birth_date)
               - CASE WHEN strftime(s.last_service, '%m%d') < strftime(p.birth_date, '%m%d') THEN 1 ELSE 0 END AS age
    FROM k
    LEFT JOIN svc s ON s.facility_id = k.facility_id AND s.mrn = k.mrn
    LEFT JOIN read_parquet('staged/patients/*.parquet') p ON p.facility_id = k.facility_id AND p.mrn = k.mrn
    LEFT JOIN read_parquet('staged/facilities/*.parquet') f ON f.facility_id = k.facility_id),
ruled AS (
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
    FROM rec),
held AS (
    SELECT facility_id, mrn, string_agg(DISTINCT hold_id, ',' ORDER BY hold_id) AS hold_id
    FROM cov WHERE standing GROUP BY facility_id, mrn)
SELECT r.facility_id, r.mrn, r.last_service, r.until, r.rule, held.hold_id,
       (r.until IS NOT NULL AND r.until < DATE '${AS_OF}' AND held.hold_id IS NULL) AS eligible, r.state,
       CASE r.rule
           WHEN 'CA.adult' THEN 'Cal. Code Regs. tit. 22, § 70751(c): at least seven years following discharge of the patient'
           WHEN 'CA.minor' THEN 'Cal. Code Regs. tit. 22, § 70751(c): unmarried minors'' records at least one year after the minor reaches 18, and never less than seven years'
           WHEN 'TX.adult' THEN 'Tex. Health & Safety Code § 241.103: 10 years after the date the patient was last treated'
           WHEN 'NY.adult' THEN 'N.Y. Comp. Codes R. & Regs. tit. 10, § 405.10(a)(4): at least six years from the date of discharge'
           WHEN 'no_service_date' THEN NULL
           ELSE 'Federal floor of 10 years from the date of service, as given by issue 14 (the records manager''s policy figure)'
       END AS rule_source
FROM ruled r LEFT JOIN held ON held.facility_id = r.facility_id AND held.mrn = r.mrn;;
COPY (SELECT facility_id, mrn, last_service AS last_service_date, until AS retain_until, rule, hold_id, eligible, state,
             until AS record_retain_until, rule AS record_rule, CAST(NULL AS VARCHAR) AS enterprise_id, rule_source,
             DATE '${AS_OF}' AS as_of
      FROM d) TO '/dev/null' (FORMAT parquet, COMPRESSION snappy);;
COPY (SELECT facility_id, state, mrn, last_service AS last_service_date, until AS retain_until, rule, rule_source,
             'retention ended ' || CAST(until AS VARCHAR) || ' under rule ' || rule || '; no legal hold stands' AS reason,
             DATE '${AS_OF}' AS as_of
      FROM d WHERE eligible) TO '/dev/null' (FORMAT parquet, COMPRESSION snappy);;
COPY (SELECT h.hold_id, h.facility_id, CASE WHEN h.mrn IS NULL THEN 'facility' ELSE 'record' END AS scope, h.matter,
             h.start_date, h.release_date, h.standing, coalesce(c.covered, 0) AS records_covered,
             CASE WHEN h.standing THEN coalesce(c.covered, 0) ELSE 0 END AS records_held,
             CASE WHEN h.standing THEN coalesce(c.past, 0) ELSE 0 END AS records_otherwise_eligible, DATE '${AS_OF}' AS as_of
      FROM h LEFT JOIN (SELECT cov.hold_id, count(*) AS covered, count(*) FILTER (WHERE d.until < DATE '${AS_OF}') AS past
                        FROM cov JOIN d ON d.facility_id = cov.facility_id AND d.mrn = cov.mrn
                        GROUP BY cov.hold_id) c ON c.hold_id = h.hold_id) TO '/dev/null' (FORMAT parquet, COMPRESSION snappy);;
SELECT count(*) AS records,
       count(*) FILTER (WHERE rule = 'no_service_date') AS no_service_date,
       count(*) FILTER (WHERE rule LIKE 'federal.floor.%') AS federal_floor_fallback,
       count(*) FILTER (WHERE rule LIKE '%.minor') AS minor_rule,
       CAST(sum(until - DATE '2000-01-01') AS BIGINT) AS retain_days,
       count(*) FILTER (WHERE hold_id IS NOT NULL) AS held
FROM d;
