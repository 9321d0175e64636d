-- The benchmark reference for the quality job: the same failure counts as the shipped rule pack
-- (config/quality), written by hand as plain DuckDB SQL over the same staged Parquet, one query per table.
-- Statements are separated by lines holding only ';;'. ${AS_OF} is the run date, ${REFERENCE} the
-- config/reference folder. Each table query returns one row of failure counts named by check id.

CREATE OR REPLACE MACRO fy(d) AS year(d) + CASE WHEN month(d) >= 10 THEN 1 ELSE 0 END;;
CREATE OR REPLACE MACRO npi_ok(n) AS regexp_full_match(n, '[0-9]{10}')
    AND (10 - list_sum(list_transform(range(14), lambda i:
        CASE WHEN i % 2 = 0
             THEN (TRY_CAST(substr('80840' || left(n, 9), 14 - i, 1) AS INTEGER) * 2) % 10
                  + (TRY_CAST(substr('80840' || left(n, 9), 14 - i, 1) AS INTEGER) * 2) // 10
             ELSE TRY_CAST(substr('80840' || left(n, 9), 14 - i, 1) AS INTEGER) END)) % 10) % 10
        = TRY_CAST(right(n, 1) AS INTEGER);;
CREATE OR REPLACE MACRO ssn_ok(s) AS regexp_full_match(s, '[0-9]{3}-?[0-9]{2}-?[0-9]{4}')
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 1, 3) NOT IN ('000', '666')
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 1, 1) <> '9'
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 4, 2) <> '00'
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 6, 4) <> '0000';;
CREATE OR REPLACE TABLE cm AS SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, code
    FROM read_csv('${REFERENCE}/icd10/icd10cm_order_fy*.csv.gz', filename = true, all_varchar = true) WHERE billable = '1';;
CREATE OR REPLACE TABLE pcs AS SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, code
    FROM read_csv('${REFERENCE}/icd10/icd10pcs_order_fy*.csv.gz', filename = true, all_varchar = true) WHERE billable = '1';;
-- Ungroupable DRGs (998, 999) are listed with blank weights: not valid.
CREATE OR REPLACE TABLE drg AS SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, ms_drg,
    TRY_CAST(geometric_mean_los AS DOUBLE) AS gmlos
    FROM read_csv('${REFERENCE}/ms-drg/ms_drg_weights_fy*.csv', filename = true, all_varchar = true)
    WHERE nullif(trim(weight), '') IS NOT NULL;;
CREATE OR REPLACE TABLE placeholder_ssn AS SELECT regexp_replace(ssn, '[^0-9]', '', 'g') AS digits
    FROM read_csv('${REFERENCE}/identifiers/placeholder_ssns.csv', all_varchar = true);;

-- patients
WITH p AS (SELECT *, count(*) OVER (PARTITION BY facility_id, mrn) AS dup FROM read_parquet('staged/patients/*.parquet'))
SELECT
  count_if(first_name IS NULL) AS "patients.filled.first_name",
  count_if(last_name IS NULL) AS "patients.filled.last_name",
  count_if(sex IS NULL) AS "patients.filled.sex",
  count_if(birth_date IS NULL) AS "patients.filled.birth_date",
  count_if(address_line IS NULL) AS "patients.filled.address_line",
  count_if(city IS NULL) AS "patients.filled.city",
  count_if(state IS NULL) AS "patients.filled.state",
  count_if(zip IS NULL) AS "patients.filled.zip",
  count_if(dup > 1) AS "patients.key_unique",
  count_if(birth_date_raw IS NOT NULL) AS "patients.birth_date_is_a_date",
  count_if(ssn IS NOT NULL AND (NOT ssn_ok(ssn)
      OR regexp_replace(ssn, '[^0-9]', '', 'g') IN (SELECT digits FROM placeholder_ssn))) AS "patients.ssn_structure",
  count_if(birth_date > DATE '${AS_OF}') AS "patients.birth_date_not_future",
  count_if(birth_date < DATE '${AS_OF}' - INTERVAL 120 YEAR) AS "patients.age_at_most_120"
FROM p;;

-- encounters
WITH e AS (SELECT *, count(*) OVER (PARTITION BY encounter_id) AS dup, fy(discharge_date) AS dfy
           FROM read_parquet('staged/encounters/*/*.parquet', hive_partitioning = true)),
pat AS (SELECT DISTINCT ON (facility_id, mrn) facility_id, mrn, sex, birth_date FROM read_parquet('staged/patients/*.parquet')),
bad_secondary AS (SELECT DISTINCT x.encounter_id, x.facility_id FROM
    (SELECT facility_id, encounter_id, dfy, unnest(secondary_dx) AS code FROM e
     WHERE discharge_date IS NOT NULL AND dfy IN (SELECT fy FROM cm)) x
    ANTI JOIN cm ON cm.fy = x.dfy AND cm.code = x.code),
bad_procedure AS (SELECT DISTINCT x.encounter_id, x.facility_id FROM
    (SELECT facility_id, encounter_id, dfy, unnest(procedures) AS code FROM e
     WHERE discharge_date IS NOT NULL AND dfy IN (SELECT fy FROM pcs)) x
    ANTI JOIN pcs ON pcs.fy = x.dfy AND pcs.code = x.code),
billed AS (SELECT DISTINCT facility_id, encounter_id FROM read_parquet('staged/claims/*/*.parquet')),
misshapen_procedure AS (SELECT DISTINCT facility_id, encounter_id FROM
    (SELECT facility_id, encounter_id, unnest(procedures) AS code FROM e) WHERE NOT regexp_full_match(code, '[0-9A-HJ-NP-Z]{7}'))
SELECT
  count_if(e.mrn IS NULL) AS "encounters.filled.mrn",
  count_if(encounter_class IS NULL) AS "encounters.filled.encounter_class",
  count_if(admit_date IS NULL) AS "encounters.filled.admit_date",
  count_if(payer_id IS NULL) AS "encounters.filled.payer_id",
  count_if(attending_npi IS NULL) AS "encounters.filled.attending_npi",
  count_if(principal_dx IS NULL) AS "encounters.filled.principal_dx",
  count_if(encounter_class = 'inpatient' AND discharge_date IS NOT NULL AND ms_drg IS NULL) AS "encounters.inpatient_has_drg",
  count_if(e.encounter_id IS NOT NULL AND dup > 1) AS "encounters.encounter_id_unique",
  count_if(e.mrn IS NOT NULL AND pat.mrn IS NULL) AS "encounters.patient_exists",
  count_if(principal_dx IS NOT NULL AND NOT regexp_full_match(principal_dx, '[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}'))
      AS "encounters.principal_dx_format",
  count_if(principal_dx IS NOT NULL AND discharge_date IS NOT NULL AND dfy IN (SELECT fy FROM cm)
      AND NOT EXISTS (SELECT 1 FROM cm WHERE cm.fy = dfy AND cm.code = principal_dx)) AS "encounters.principal_dx_billable",
  count_if(bs.encounter_id IS NOT NULL) AS "encounters.secondary_dx_billable",
  count_if(mp.encounter_id IS NOT NULL) AS "encounters.procedures_format",
  count_if(bp.encounter_id IS NOT NULL) AS "encounters.procedures_valid",
  count_if(ms_drg IS NOT NULL AND discharge_date IS NOT NULL AND dfy IN (SELECT fy FROM drg)
      AND NOT EXISTS (SELECT 1 FROM drg WHERE drg.fy = dfy AND drg.ms_drg = e.ms_drg)) AS "encounters.drg_valid_for_fy",
  count_if(attending_npi IS NOT NULL AND NOT coalesce(npi_ok(attending_npi), false)) AS "encounters.attending_npi_check_digit",
  count_if(discharge_date < admit_date) AS "encounters.discharge_on_or_after_admit",
  count_if(admit_date > DATE '${AS_OF}') AS "encounters.service_dates_not_future.admit_date",
  count_if(discharge_date > DATE '${AS_OF}') AS "encounters.service_dates_not_future.discharge_date",
  count_if(date_diff('day', admit_date, discharge_date)
      > 5 * (SELECT gmlos FROM drg WHERE drg.fy = dfy AND drg.ms_drg = e.ms_drg)) AS "encounters.length_of_stay_outlier",
  count_if(pat.sex = 'M' AND (starts_with(principal_dx, 'O') OR list_bool_or(list_transform(secondary_dx, lambda c: starts_with(c, 'O')))))
      AS "encounters.pregnancy_dx_on_male",
  count_if(date_part('year', age(admit_date, pat.birth_date)) >= 18
      AND (starts_with(principal_dx, 'P') OR list_bool_or(list_transform(secondary_dx, lambda c: starts_with(c, 'P')))))
      AS "encounters.newborn_dx_on_adult",
  count_if(total_charges < 0) AS "encounters.charges_non_negative",
  count_if(discharge_date < DATE '${AS_OF}' - 30 AND e.facility_id IS NOT NULL AND e.encounter_id IS NOT NULL
      AND bl.encounter_id IS NULL) AS "encounters.final_billed_within_30_days"
FROM e
LEFT JOIN pat ON pat.facility_id = e.facility_id AND pat.mrn = e.mrn
LEFT JOIN bad_secondary bs ON bs.facility_id = e.facility_id AND bs.encounter_id = e.encounter_id
LEFT JOIN bad_procedure bp ON bp.facility_id = e.facility_id AND bp.encounter_id = e.encounter_id
LEFT JOIN misshapen_procedure mp ON mp.facility_id = e.facility_id AND mp.encounter_id = e.encounter_id
LEFT JOIN billed bl ON bl.facility_id = e.facility_id AND bl.encounter_id = e.encounter_id;;

-- claims
WITH c AS (SELECT *, count(*) OVER (PARTITION BY claim_id) AS dup FROM read_parquet('staged/claims/*/*.parquet', hive_partitioning = true)),
enc AS (SELECT DISTINCT ON (facility_id, encounter_id) facility_id, encounter_id, discharge_date
        FROM read_parquet('staged/encounters/*/*.parquet'))
SELECT
  count_if(dup > 1) AS "claims.claim_id_unique",
  count_if(c.encounter_id IS NOT NULL AND enc.encounter_id IS NULL) AS "claims.encounter_exists",
  count_if(billed_amount < 0) AS "claims.billed_non_negative",
  count_if(submitted_date > DATE '${AS_OF}') AS "claims.submitted_not_future",
  count_if(date_diff('day', enc.discharge_date, submitted_date) > 30) AS "claims.final_billed_within_30_days"
FROM c LEFT JOIN enc ON enc.facility_id = c.facility_id AND enc.encounter_id = c.encounter_id;;

-- remittance_adjustments
WITH r AS (SELECT * FROM read_parquet('staged/remittance_adjustments/*/*.parquet', hive_partitioning = true)),
cl AS (SELECT DISTINCT ON (facility_id, claim_id) facility_id, claim_id, billed_amount FROM read_parquet('staged/claims/*/*.parquet'))
SELECT
  count_if(remit_date IS NULL) AS "remittance_adjustments.filled.remit_date",
  count_if(group_code IS NULL) AS "remittance_adjustments.filled.group_code",
  count_if(carc IS NULL) AS "remittance_adjustments.filled.carc",
  count_if(adjustment_amount IS NULL) AS "remittance_adjustments.filled.adjustment_amount",
  count_if(cl.claim_id IS NULL) AS "remittance_adjustments.claim_exists",
  count_if(group_code NOT IN ('CO', 'PR', 'OA', 'PI')) AS "remittance_adjustments.group_code_valid",
  count_if(paid_amount > cl.billed_amount) AS "remittance_adjustments.paid_not_above_billed",
  count_if(paid_amount < 0) AS "remittance_adjustments.paid_non_negative"
FROM r LEFT JOIN cl ON cl.facility_id = r.facility_id AND cl.claim_id = r.claim_id;;

-- appeals
WITH a AS (SELECT * FROM read_parquet('staged/appeals/*/*.parquet', hive_partitioning = true)),
cl AS (SELECT DISTINCT facility_id, claim_id FROM read_parquet('staged/claims/*/*.parquet'))
SELECT
  count_if(a.claim_id IS NULL) AS "appeals.filled.claim_id",
  count_if(level IS NULL) AS "appeals.filled.level",
  count_if(decision IS NULL) AS "appeals.filled.decision",
  count_if(a.claim_id IS NOT NULL AND cl.claim_id IS NULL) AS "appeals.claim_exists",
  count_if(recovered_amount <> 0 AND decision NOT IN ('overturned', 'partially_overturned'))
      AS "appeals.recovered_only_when_overturned",
  count_if((decision IN ('overturned', 'partially_overturned', 'upheld', 'withdrawn')) <> (decision_date IS NOT NULL))
      AS "appeals.decided_has_date",
  count_if(decision_date < filed_date) AS "appeals.decided_after_filed",
  count_if(recovered_amount < 0) AS "appeals.recovered_non_negative"
FROM a LEFT JOIN cl ON cl.facility_id = a.facility_id AND cl.claim_id = a.claim_id;;

-- cdi_queries
WITH q AS (SELECT * FROM read_parquet('staged/cdi_queries/*/*.parquet', hive_partitioning = true)),
enc AS (SELECT DISTINCT facility_id, encounter_id FROM read_parquet('staged/encounters/*/*.parquet'))
SELECT
  count_if(q.encounter_id IS NOT NULL AND enc.encounter_id IS NULL) AS "cdi_queries.encounter_exists",
  count_if(answered_date < opened_date) AS "cdi_queries.answered_after_opened",
  count_if(NOT ((outcome IN ('agreed', 'disagreed')) = (answered_date IS NOT NULL))) AS "cdi_queries.answer_matches_outcome",
  count_if(provider_npi IS NOT NULL AND NOT coalesce(npi_ok(provider_npi), false)) AS "cdi_queries.provider_npi_check_digit"
FROM q LEFT JOIN enc ON enc.facility_id = q.facility_id AND enc.encounter_id = q.encounter_id;;

-- roi_requests
SELECT
  count_if(mrn IS NULL) AS "roi_requests.filled.mrn",
  count_if(NOT ((status IN ('fulfilled', 'denied')) = (fulfilled_date IS NOT NULL))) AS "roi_requests.fulfilled_has_date",
  count_if(fulfilled_date < received_date) AS "roi_requests.fulfilled_after_received"
FROM read_parquet('staged/roi_requests/*/*.parquet', hive_partitioning = true);;

-- authorizations
SELECT
  count_if(mrn IS NULL) AS "authorizations.filled.mrn",
  count_if(revoked_date < signed_date) AS "authorizations.signed_before_revoked"
FROM read_parquet('staged/authorizations/*.parquet');;

-- access_log
WITH w AS (SELECT DISTINCT facility_id, user_id FROM read_parquet('staged/workforce/*.parquet'))
SELECT
  count_if(a.facility_id IS NOT NULL AND a.user_id IS NOT NULL AND w.user_id IS NULL) AS "access_log.user_on_roster"
FROM read_parquet('staged/access_log/*/*.parquet', hive_partitioning = true) a
LEFT JOIN w ON w.facility_id = a.facility_id AND w.user_id = a.user_id;;

-- workforce
SELECT
  count_if(terminated_date < hired_date) AS "workforce.terminated_after_hired",
  count_if(npi IS NOT NULL AND NOT coalesce(npi_ok(npi), false)) AS "workforce.clinician_npi_check_digit"
FROM read_parquet('staged/workforce/*.parquet');;

-- facilities
SELECT count_if(state IS NULL) AS "facilities.state_filled"
FROM read_parquet('staged/facilities/*.parquet');;

-- legal_holds
SELECT
  count_if(start_date IS NULL) AS "legal_holds.start_filled",
  count_if(release_date < start_date) AS "legal_holds.released_after_start"
FROM read_parquet('staged/legal_holds/*.parquet');;

-- vendor_access
SELECT
  count_if(granted_date IS NULL) AS "vendor_access.granted_filled",
  count_if(revoked_date < granted_date) AS "vendor_access.revoked_after_granted"
FROM read_parquet('staged/vendor_access/*.parquet')
