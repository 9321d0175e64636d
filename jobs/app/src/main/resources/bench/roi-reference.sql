-- The benchmark reference for the roi job: the same release-of-information rules written by hand as plain DuckDB
-- SQL over the same staged Parquet, with the shipped config/privacy.yml written out (purposes permitted without an
-- authorization: public_health, law_enforcement; access deadline 30 days, one 30-day extension noticed within the
-- first 30; accounting of the 6 years before the run date). Statements are separated by lines holding only ';;'.
-- ${AS_OF} is the run date. The last query returns findings by code and the disclosures owed in an accounting,
-- which the bench compares with the roi outputs.

CREATE OR REPLACE TABLE q AS
SELECT r.facility_id, r.request_id, r.mrn, r.requester_type, r.purpose, r.received_date, r.fulfilled_date,
       a.authorization_id AS found_id, a.mrn AS authorization_mrn, a.expiration_date, a.revoked_date,
       r.status = 'fulfilled' AND (r.fulfilled_date IS NULL OR r.fulfilled_date <= DATE '${AS_OF}') AS done,
       r.status = 'pending' OR (r.status IN ('fulfilled', 'denied') AND r.fulfilled_date > DATE '${AS_OF}') AS open,
       r.purpose NOT IN ('treatment', 'payment', 'operations', 'patient_access', 'public_health', 'law_enforcement') AS needs,
       r.requester_type IN ('patient', 'personal_representative') AS access,
       30 + CASE WHEN r.extension_notice_date - r.received_date <= 30 THEN 30 ELSE 0 END AS allowed,
       a.authorization_id IS NOT NULL AND (a.information_described IS NULL OR a.recipient IS NULL OR a.purpose IS NULL
           OR (a.expiration_date IS NULL AND a.expiration_event IS NULL) OR coalesce(a.signature_present, 'n') <> 'y'
           OR a.signed_date IS NULL OR coalesce(a.revocation_notice_present, 'n') <> 'y') AS incomplete
FROM read_parquet('staged/roi_requests/*/*.parquet') r
LEFT JOIN read_parquet('staged/authorizations/*.parquet') a
       ON a.facility_id = r.facility_id AND a.authorization_id = r.authorization_id
WHERE r.received_date <= DATE '${AS_OF}';;
CREATE OR REPLACE TABLE f AS
SELECT *,
       done AND needs AND found_id IS NULL AS missing_authorization,
       done AND needs AND incomplete AS invalid_authorization,
       done AND needs AND found_id IS NOT NULL AND fulfilled_date <= DATE '${AS_OF}' AND fulfilled_date > expiration_date
           AS expired_authorization,
       done AND needs AND found_id IS NOT NULL AND fulfilled_date <= DATE '${AS_OF}' AND fulfilled_date > revoked_date
           AS revoked_authorization,
       done AND found_id IS NOT NULL AND authorization_mrn <> mrn AS authorization_other_patient,
       access AND ((done AND fulfilled_date - received_date > allowed) OR (open AND DATE '${AS_OF}' - received_date > allowed))
           AS late_patient_access
FROM q;;
SELECT count(*) FILTER (WHERE missing_authorization) AS missing_authorization,
       count(*) FILTER (WHERE invalid_authorization) AS invalid_authorization,
       count(*) FILTER (WHERE expired_authorization) AS expired_authorization,
       count(*) FILTER (WHERE revoked_authorization) AS revoked_authorization,
       count(*) FILTER (WHERE authorization_other_patient) AS authorization_other_patient,
       count(*) FILTER (WHERE late_patient_access) AS late_patient_access,
       count(*) FILTER (WHERE done AND fulfilled_date IS NOT NULL AND fulfilled_date <= DATE '${AS_OF}'
           AND fulfilled_date > DATE '${AS_OF}' - INTERVAL 6 YEAR
           AND purpose NOT IN ('treatment', 'payment', 'operations', 'patient_access') AND NOT access
           AND NOT (found_id IS NOT NULL AND NOT (coalesce(invalid_authorization, false)
               OR coalesce(expired_authorization, false) OR coalesce(revoked_authorization, false)
               OR coalesce(authorization_other_patient, false)))) AS accounting
FROM f;;
