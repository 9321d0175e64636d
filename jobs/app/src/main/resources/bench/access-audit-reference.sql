-- The benchmark reference for the access-audit job: the same rules written by hand as plain DuckDB SQL over the same
-- staged Parquet, with the shipped config/privacy.yml written out (encounter window 3 days before admission to 30
-- after discharge; no-encounter-context for physicians and nurses; volume: robust z-scores against the user's 90
-- days before, at least 10 of them, and the role's days at the facility, min-patients 20, z 4, min-spread 2). As the
-- bench runs without the MPI, a person is a facility and MRN. Family keys here are surname letters and address
-- letters and digits (upper case), simpler than the MPI's standardisation the job uses, and equal to it on the
-- generator's data (its households are written alike). It writes what the job writes: every finding with its detail,
-- person key, role, action and, for volume anomalies, the day's patients, score and rank; and one case per user and
-- person. Each is encoded as Parquet with the job's columns (discarded to /dev/null: a script has nowhere of its own
-- to write), so both sides pay for writing what they computed. Statements are separated by lines holding only ';;'.
-- ${AS_OF} is the run date. The last query returns findings by code and the events judged.

-- The job's engine makes the same promise: no result depends on row order.
SET preserve_insertion_order = false;;
CREATE OR REPLACE TABLE ev AS
SELECT facility_id, event_time, user_id, mrn, action, CAST(substr(event_time, 1, 10) AS DATE) AS d
FROM read_parquet('staged/access_log/*/*.parquet')
WHERE CAST(substr(event_time, 1, 10) AS DATE) <= DATE '${AS_OF}';;
CREATE OR REPLACE TABLE w AS
SELECT facility_id, user_id, role, own_mrn, terminated_date,
       regexp_replace(upper(last_name), '[^A-Z]', '', 'g') AS sk,
       regexp_replace(upper(address_line), '[^A-Z0-9]', '', 'g') AS ak,
       CASE WHEN length(regexp_replace(zip, '[^0-9]', '', 'g')) >= 5 THEN substr(regexp_replace(zip, '[^0-9]', '', 'g'), 1, 5) END AS z
FROM read_parquet('staged/workforce/*.parquet');;
CREATE OR REPLACE TABLE fam AS
SELECT DISTINCT p.facility_id, p.mrn, w.user_id
FROM (SELECT facility_id, mrn, regexp_replace(upper(last_name), '[^A-Z]', '', 'g') AS sk,
             regexp_replace(upper(address_line), '[^A-Z0-9]', '', 'g') AS ak,
             CASE WHEN length(regexp_replace(zip, '[^0-9]', '', 'g')) >= 5 THEN substr(regexp_replace(zip, '[^0-9]', '', 'g'), 1, 5) END AS z
      FROM read_parquet('staged/patients/*.parquet')) p
JOIN w ON w.sk = p.sk AND w.ak = p.ak AND w.sk <> '' AND w.ak <> '' AND (p.z IS NULL OR w.z IS NULL OR p.z = w.z);;
CREATE OR REPLACE TABLE ctx AS
SELECT DISTINCT v.facility_id, v.mrn, v.d
FROM (SELECT DISTINCT facility_id, mrn, d FROM ev) v
JOIN read_parquet('staged/encounters/*/*.parquet') n ON n.facility_id = v.facility_id AND n.mrn = v.mrn
WHERE v.d >= coalesce(n.admit_date, n.discharge_date) - 3 AND v.d <= coalesce(n.discharge_date, DATE '${AS_OF}') + 30;;
CREATE OR REPLACE TABLE judged AS
SELECT e.*, r.role, r.terminated_date,
       EXISTS (SELECT 1 FROM w o WHERE o.user_id = e.user_id AND o.facility_id = e.facility_id AND o.own_mrn = e.mrn) AS is_self,
       EXISTS (SELECT 1 FROM fam f WHERE f.facility_id = e.facility_id AND f.mrn = e.mrn AND f.user_id = e.user_id) AS family,
       EXISTS (SELECT 1 FROM ctx c WHERE c.facility_id = e.facility_id AND c.mrn = e.mrn AND c.d = e.d) AS has_context
FROM ev e LEFT JOIN w r ON r.facility_id = e.facility_id AND r.user_id = e.user_id;;
CREATE OR REPLACE TABLE ud AS
SELECT e.facility_id, e.user_id, r.role, e.d, count(DISTINCT e.mrn) AS n, min(e.event_time) AS first_event
FROM ev e LEFT JOIN w r ON r.facility_id = e.facility_id AND r.user_id = e.user_id
GROUP BY ALL;;
CREATE OR REPLACE TABLE role_median AS
SELECT facility_id, role, median(n) AS med FROM ud GROUP BY ALL;;
CREATE OR REPLACE TABLE role_stats AS
SELECT m.facility_id, m.role, m.med, median(abs(u.n - m.med)) AS mad
FROM ud u JOIN role_median m ON m.facility_id = u.facility_id AND m.role IS NOT DISTINCT FROM u.role
GROUP BY ALL;;
CREATE OR REPLACE TABLE history AS
SELECT a.facility_id, a.user_id, a.role, a.d, a.n, a.first_event, list(b.n) FILTER (WHERE b.n IS NOT NULL) AS h
FROM ud a LEFT JOIN ud b ON b.facility_id = a.facility_id AND b.user_id = a.user_id AND b.d < a.d AND b.d >= a.d - 90
WHERE a.n >= 20
GROUP BY ALL;;
CREATE OR REPLACE TABLE scored AS
SELECT s.*, r.med AS role_med, (s.n - r.med) / greatest(1.4826 * r.mad, 2.0) AS role_z,
       CASE WHEN len(s.h) >= 10 THEN (s.n - s.own_med)
           / greatest(1.4826 * list_aggregate(list_transform(s.h, lambda x: abs(x - s.own_med)), 'median'), 2.0) END AS own_z
FROM (SELECT *, list_aggregate(h, 'median') AS own_med FROM history) s
JOIN role_stats r ON r.facility_id = s.facility_id AND r.role IS NOT DISTINCT FROM s.role;;
-- Findings: one row per event and rule broken, then the volume anomalies ranked by the smaller of their scores.
CREATE OR REPLACE TABLE findings AS
WITH volume AS (
    SELECT *, CASE WHEN own_z IS NULL THEN role_z ELSE least(own_z, role_z) END AS score
    FROM scored WHERE role_z >= 4 AND (own_z IS NULL OR own_z >= 4))
SELECT facility_id, user_id, mrn, event_time, 'self_access' AS finding,
       'record of the user as a patient (their own registration)' AS detail, facility_id || '|' || mrn AS person_key,
       role, action, CAST(NULL AS BIGINT) AS patients, CAST(NULL AS DOUBLE) AS score, CAST(NULL AS BIGINT) AS rank
FROM judged WHERE is_self
UNION ALL
SELECT facility_id, user_id, mrn, event_time, 'family_access',
       'patient shares last name and address with the user; no encounter from 3 days before admission to 30 days after discharge',
       facility_id || '|' || mrn, role, action, NULL, NULL, NULL
FROM judged WHERE family AND NOT is_self AND NOT has_context
UNION ALL
SELECT facility_id, user_id, mrn, event_time, 'terminated_user',
       'access ' || CAST(d - terminated_date AS VARCHAR) || ' days after termination on ' || CAST(terminated_date AS VARCHAR),
       facility_id || '|' || mrn, role, action, NULL, NULL, NULL
FROM judged WHERE d > terminated_date
UNION ALL
SELECT facility_id, user_id, mrn, event_time, 'no_encounter_context',
       'no encounter of the patient at this facility from 3 days before admission to 30 days after discharge',
       facility_id || '|' || mrn, role, action, NULL, NULL, NULL
FROM judged WHERE role IN ('physician', 'nurse') AND NOT has_context
UNION ALL
SELECT facility_id, user_id, NULL, first_event, 'volume_anomaly',
       printf('%d distinct patients on %s; %s; role %s median %.1f (z %.1f)', n, CAST(d AS VARCHAR),
              CASE WHEN own_z IS NULL THEN printf('own history too short (%d earlier days)', coalesce(len(h), 0))
                   ELSE printf('own median %.1f over %d earlier days (z %.1f)', own_med, len(h), own_z) END,
              coalesce(role, 'unknown'), role_med, role_z),
       NULL, role, NULL, n, score, row_number() OVER (ORDER BY score DESC, facility_id, user_id, d)
FROM volume;;
COPY (SELECT *, DATE '${AS_OF}' AS as_of FROM findings) TO '/dev/null' (FORMAT parquet, COMPRESSION snappy);;
-- Cases: every finding about the same person by the same user (volume anomalies are about a day, not a person).
COPY (SELECT user_id, person_key, false AS linked_by_mpi,
             string_agg(DISTINCT facility_id, ', ' ORDER BY facility_id) AS facilities,
             string_agg(DISTINCT finding, ', ' ORDER BY finding) AS findings, count(DISTINCT facility_id) AS facility_count,
             count(DISTINCT facility_id || '|' || event_time || '|' || mrn) AS events,
             min(event_time) AS first_event_time, max(event_time) AS last_event_time, DATE '${AS_OF}' AS as_of
      FROM findings WHERE finding <> 'volume_anomaly' GROUP BY user_id, person_key)
     TO '/dev/null' (FORMAT parquet, COMPRESSION snappy);;
SELECT count(*) FILTER (WHERE finding = 'self_access') AS self_access,
       count(*) FILTER (WHERE finding = 'family_access') AS family_access,
       count(*) FILTER (WHERE finding = 'terminated_user') AS terminated_user,
       count(*) FILTER (WHERE finding = 'no_encounter_context') AS no_encounter_context,
       count(*) FILTER (WHERE finding = 'volume_anomaly') AS volume_anomaly,
       (SELECT count(*) FROM ev) AS events
FROM findings;;
