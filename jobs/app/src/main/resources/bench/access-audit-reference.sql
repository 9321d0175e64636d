-- The benchmark reference for the access-audit job: the same rules written by hand as plain DuckDB SQL over the same
-- staged Parquet, with the shipped config/privacy.yml written out (encounter window 3 days before admission to 30
-- after discharge; no-encounter-context for physicians and nurses; volume: robust z-scores against the user's 90
-- days before, at least 10 of them, and the role's days at the facility, min-patients 20, z 4, min-spread 2). As the
-- bench runs without the MPI, a person is a facility and MRN. Family keys here are surname letters and address
-- letters and digits (upper case), simpler than the MPI's standardisation the job uses, and equal to it on the
-- generator's data (its households are written alike). Statements are separated by lines holding only ';;'.
-- ${AS_OF} is the run date. The last query returns findings by code and the events judged.

CREATE OR REPLACE TABLE ev AS
SELECT facility_id, event_time, user_id, mrn, CAST(substr(event_time, 1, 10) AS DATE) AS d
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
SELECT e.facility_id, e.user_id, r.role, e.d, count(DISTINCT e.mrn) AS n
FROM ev e LEFT JOIN w r ON r.facility_id = e.facility_id AND r.user_id = e.user_id
GROUP BY ALL;;
CREATE OR REPLACE TABLE role_median AS
SELECT facility_id, role, median(n) AS med FROM ud GROUP BY ALL;;
CREATE OR REPLACE TABLE role_stats AS
SELECT m.facility_id, m.role, m.med, median(abs(u.n - m.med)) AS mad
FROM ud u JOIN role_median m ON m.facility_id = u.facility_id AND m.role IS NOT DISTINCT FROM u.role
GROUP BY ALL;;
CREATE OR REPLACE TABLE history AS
SELECT a.facility_id, a.user_id, a.role, a.d, a.n, list(b.n) FILTER (WHERE b.n IS NOT NULL) AS h
FROM ud a LEFT JOIN ud b ON b.facility_id = a.facility_id AND b.user_id = a.user_id AND b.d < a.d AND b.d >= a.d - 90
WHERE a.n >= 20
GROUP BY ALL;;
CREATE OR REPLACE TABLE scored AS
SELECT s.*, (s.n - r.med) / greatest(1.4826 * r.mad, 2.0) AS role_z,
       CASE WHEN len(s.h) >= 10 THEN (s.n - s.own_med)
           / greatest(1.4826 * list_aggregate(list_transform(s.h, lambda x: abs(x - s.own_med)), 'median'), 2.0) END AS own_z
FROM (SELECT *, list_aggregate(h, 'median') AS own_med FROM history) s
JOIN role_stats r ON r.facility_id = s.facility_id AND r.role IS NOT DISTINCT FROM s.role;;
SELECT (SELECT count(*) FROM judged WHERE is_self) AS self_access,
       (SELECT count(*) FROM judged WHERE family AND NOT is_self AND NOT has_context) AS family_access,
       (SELECT count(*) FROM judged WHERE d > terminated_date) AS terminated_user,
       (SELECT count(*) FROM judged WHERE role IN ('physician', 'nurse') AND NOT has_context) AS no_encounter_context,
       (SELECT count(*) FROM scored WHERE role_z >= 4 AND (own_z IS NULL OR own_z >= 4)) AS volume_anomaly,
       (SELECT count(*) FROM ev) AS events;;
