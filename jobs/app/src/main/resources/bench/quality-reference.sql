-- The benchmark reference for the quality job: every output the job writes, written by hand as plain DuckDB SQL over
-- the same staged Parquet, with the job's columns, as Parquet partitioned by period under ${WRITE_TO} (a folder the
-- bench empties first): quality/results (rows checked, failed and not checkable per check, facility and period, the
-- failure rate, threshold and status), quality/failures (the first 100 failing rows by input line per check, facility
-- and period: row key and input line; quality.failure-sample in config/steward.yml), quality/scores (per table,
-- facility, period and Kahn dimension) and quality/alerts (the shipped regression rule: a rate above the mean of its
-- last 6 periods, at least 3 of them, by more than 3 standard deviations and by at least 0.005; judged on this run's
-- periods, where the job also reads earlier runs' published results for other periods).
-- Each check of the shipped rule pack (config/quality) is written out below as when it applies to a row and when the
-- row fails it (and, for checks against reference data by fiscal year, when a row cannot be checked); one query per
-- table reads the table once and counts every check's verdicts and keeps its failing-row sample in one aggregation.
-- The rule pack's descriptive columns (table, dimension, subtype, severity, owner, description, threshold) come in
-- as the table quality_check, loaded from the rule files before this script runs.
-- Statements are separated by lines holding only ';;'. ${AS_OF} is the run date, ${REFERENCE} the config/reference
-- folder. The last query returns the failed rows of every check, named by check id, which the bench compares.

-- The job's engine makes the same promise: no result depends on row order.
SET preserve_insertion_order = false;;

CREATE OR REPLACE MACRO fy(d) AS year(d) + CASE WHEN month(d) >= 10 THEN 1 ELSE 0 END;;
-- NPI: the Luhn sum of 80840 and the ten digits ends in 0. 80840 adds 24; the 1st, 3rd, 5th, 7th and 9th digits are
-- doubled (a doubled digit over 9 loses 9). v is the NPI as a number, its digits taken by integer division.
CREATE OR REPLACE MACRO luhn_ok(v) AS (24 +
    (2 * ((v // 1000000000) % 10) - CASE WHEN (v // 1000000000) % 10 >= 5 THEN 9 ELSE 0 END) + (v // 100000000) % 10
    + (2 * ((v // 10000000) % 10) - CASE WHEN (v // 10000000) % 10 >= 5 THEN 9 ELSE 0 END) + (v // 1000000) % 10
    + (2 * ((v // 100000) % 10) - CASE WHEN (v // 100000) % 10 >= 5 THEN 9 ELSE 0 END) + (v // 10000) % 10
    + (2 * ((v // 1000) % 10) - CASE WHEN (v // 1000) % 10 >= 5 THEN 9 ELSE 0 END) + (v // 100) % 10
    + (2 * ((v // 10) % 10) - CASE WHEN (v // 10) % 10 >= 5 THEN 9 ELSE 0 END) + (v // 1) % 10) % 10 = 0;;
CREATE OR REPLACE MACRO npi_ok(n) AS regexp_full_match(n, '[0-9]{10}') AND luhn_ok(TRY_CAST(n AS BIGINT));;
CREATE OR REPLACE MACRO ssn_ok(s) AS regexp_full_match(s, '[0-9]{3}-?[0-9]{2}-?[0-9]{4}')
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 1, 3) NOT IN ('000', '666')
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 1, 1) <> '9'
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 4, 2) <> '00'
    AND substr(regexp_replace(s, '[^0-9]', '', 'g'), 6, 4) <> '0000';;
-- A check's verdicts over a group of rows: rows it applies to, rows failing it, rows it cannot check, and the first
-- 100 failing rows by input line (then row key). A NULL condition counts as false (count_if gives NULL when all are).
CREATE OR REPLACE MACRO verdict(applies, fails, place, not_checkable := false) AS {
    'checked': coalesce(count_if(applies), 0), 'failed': coalesce(count_if(applies AND fails), 0),
    'not_checkable': coalesce(count_if(not_checkable), 0),
    'sample': arg_min(place, place, 100) FILTER (WHERE applies AND fails)};;
-- A row's place in the sample: its input line and its key columns as text joined by '|'.
CREATE OR REPLACE MACRO sample_row(line, row_key) AS {'source_line': coalesce(line, 0), 'row_key': row_key};;

CREATE OR REPLACE TABLE cm AS SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, code
    FROM read_csv('${REFERENCE}/icd10/icd10cm_order_fy*.csv.gz', filename = true, all_varchar = true) WHERE billable = '1';;
CREATE OR REPLACE TABLE pcs AS SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, code
    FROM read_csv('${REFERENCE}/icd10/icd10pcs_order_fy*.csv.gz', filename = true, all_varchar = true) WHERE billable = '1';;
-- Ungroupable DRGs (998, 999) are listed with blank weights: not valid.
CREATE OR REPLACE TABLE drg AS SELECT CAST(regexp_extract(filename, 'fy([0-9]{4})', 1) AS INTEGER) AS fy, ms_drg,
    TRY_CAST(geometric_mean_los AS DOUBLE) AS gmlos
    FROM read_csv('${REFERENCE}/ms-drg/ms_drg_weights_fy*.csv', filename = true, all_varchar = true)
    WHERE nullif(trim(weight), '') IS NOT NULL;;
-- The fiscal years each reference covers: a code of another year cannot be checked.
CREATE OR REPLACE TABLE reference_year AS
SELECT DISTINCT 'cm' AS kind, fy FROM cm UNION ALL SELECT DISTINCT 'pcs', fy FROM pcs
UNION ALL SELECT DISTINCT 'drg', fy FROM drg;;
CREATE OR REPLACE TABLE placeholder_ssn AS SELECT DISTINCT regexp_replace(ssn, '[^0-9]', '', 'g') AS digits
    FROM read_csv('${REFERENCE}/identifiers/placeholder_ssns.csv', all_varchar = true);;

-- Staged tables: by period, or a snapshot, which a run over every period files under 'all'.
CREATE OR REPLACE VIEW patients AS SELECT *, 'all' AS period FROM read_parquet('staged/patients/*.parquet');;
CREATE OR REPLACE VIEW encounters AS
SELECT * FROM read_parquet('staged/encounters/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});;
CREATE OR REPLACE VIEW claims AS
SELECT * FROM read_parquet('staged/claims/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});;
CREATE OR REPLACE VIEW remittance_adjustments AS SELECT * FROM read_parquet('staged/remittance_adjustments/*/*.parquet',
    hive_partitioning = true, hive_types = {'period': VARCHAR});;
CREATE OR REPLACE VIEW appeals AS
SELECT * FROM read_parquet('staged/appeals/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});;
CREATE OR REPLACE VIEW cdi_queries AS
SELECT * FROM read_parquet('staged/cdi_queries/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});;
CREATE OR REPLACE VIEW roi_requests AS
SELECT * FROM read_parquet('staged/roi_requests/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});;
CREATE OR REPLACE VIEW access_log AS
SELECT * FROM read_parquet('staged/access_log/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});;
CREATE OR REPLACE VIEW authorizations AS SELECT *, 'all' AS period FROM read_parquet('staged/authorizations/*.parquet');;
CREATE OR REPLACE VIEW workforce AS SELECT *, 'all' AS period FROM read_parquet('staged/workforce/*.parquet');;
CREATE OR REPLACE VIEW facilities AS SELECT *, 'all' AS period FROM read_parquet('staged/facilities/*.parquet');;
CREATE OR REPLACE VIEW legal_holds AS SELECT *, 'all' AS period FROM read_parquet('staged/legal_holds/*.parquet');;
CREATE OR REPLACE VIEW vendor_access AS SELECT *, 'all' AS period FROM read_parquet('staged/vendor_access/*.parquet');;

CREATE OR REPLACE TABLE verdict (check_id VARCHAR, facility_id VARCHAR, period VARCHAR, rows_checked BIGINT,
    rows_failed BIGINT, rows_not_checkable BIGINT, sample STRUCT(source_line BIGINT, row_key VARCHAR)[]);;

-- patients. A key held by more than one row is a duplicate.
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH repeated AS (SELECT facility_id, mrn FROM patients GROUP BY ALL HAVING count(*) > 1),
p AS (
    SELECT p.*, r.mrn IS NOT NULL AS dup, NOT ssn_ok(p.ssn) OR ph.digits IS NOT NULL AS bad_ssn,
           sample_row(source_line, concat(coalesce(p.facility_id, ''), '|', coalesce(p.mrn, ''))) AS place
    FROM patients p
    LEFT JOIN repeated r ON r.facility_id = p.facility_id AND r.mrn = p.mrn
    LEFT JOIN placeholder_ssn ph ON ph.digits = regexp_replace(p.ssn, '[^0-9]', '', 'g'))
SELECT facility_id, period,
  verdict(true, first_name IS NULL, place) AS "patients.filled.first_name",
  verdict(true, last_name IS NULL, place) AS "patients.filled.last_name",
  verdict(true, sex IS NULL, place) AS "patients.filled.sex",
  verdict(true, birth_date IS NULL, place) AS "patients.filled.birth_date",
  verdict(true, address_line IS NULL, place) AS "patients.filled.address_line",
  verdict(true, city IS NULL, place) AS "patients.filled.city",
  verdict(true, state IS NULL, place) AS "patients.filled.state",
  verdict(true, zip IS NULL, place) AS "patients.filled.zip",
  verdict(facility_id IS NOT NULL AND mrn IS NOT NULL, dup, place) AS "patients.key_unique",
  verdict(true, birth_date_raw IS NOT NULL, place) AS "patients.birth_date_is_a_date",
  verdict(ssn IS NOT NULL, bad_ssn, place) AS "patients.ssn_structure",
  verdict(birth_date IS NOT NULL, birth_date > DATE '${AS_OF}', place) AS "patients.birth_date_not_future",
  verdict(birth_date IS NOT NULL, birth_date < DATE '${AS_OF}' - INTERVAL 120 YEAR, place) AS "patients.age_at_most_120"
FROM p GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- encounters. A patient is looked up by key (its first row by input line), a listed code is bad when its year's set
-- lacks it, and a stay is billed when a claim names it.
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH repeated AS (SELECT encounter_id FROM encounters GROUP BY ALL HAVING count(*) > 1),
pat AS (SELECT facility_id, mrn, arg_min({'sex': sex, 'birth_date': birth_date}, source_line) AS p
        FROM patients GROUP BY facility_id, mrn),
billed AS (SELECT DISTINCT facility_id, encounter_id FROM claims),
bad_secondary AS (SELECT DISTINCT x.period, x.facility_id, x.encounter_id FROM
    (SELECT period, facility_id, encounter_id, fy(discharge_date) AS dfy, unnest(secondary_dx) AS code FROM encounters
     WHERE discharge_date IS NOT NULL) x
    ANTI JOIN cm ON cm.fy = x.dfy AND cm.code = x.code),
bad_procedure AS (SELECT DISTINCT x.period, x.facility_id, x.encounter_id FROM
    (SELECT period, facility_id, encounter_id, fy(discharge_date) AS dfy, unnest(procedures) AS code FROM encounters
     WHERE discharge_date IS NOT NULL) x
    ANTI JOIN pcs ON pcs.fy = x.dfy AND pcs.code = x.code),
e AS (SELECT *, fy(discharge_date) AS dfy FROM encounters),
r AS (
    SELECT e.*, dup.encounter_id IS NOT NULL AS dup, pat.mrn IS NOT NULL AS patient_known, pat.p.sex AS patient_sex,
           pat.p.birth_date AS patient_birth_date, bl.encounter_id IS NOT NULL AS billed, cy.fy IS NOT NULL AS cm_year,
           py.fy IS NOT NULL AS pcs_year, dy.fy IS NOT NULL AS drg_year, pdx.code IS NOT NULL AS principal_billable,
           bs.encounter_id IS NOT NULL AS bad_secondary, bp.encounter_id IS NOT NULL AS bad_procedure,
           d.fy IS NOT NULL AS drg_valid, d.gmlos,
           len(secondary_dx) > 0 AS has_secondary, len(procedures) > 0 AS has_procedures,
           NOT regexp_full_match(principal_dx, '[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}') AS principal_misshapen,
           len(list_filter(procedures, lambda c: NOT regexp_full_match(c, '[0-9A-HJ-NP-Z]{7}'))) > 0 AS procedure_misshapen,
           NOT coalesce(npi_ok(attending_npi), false) AS bad_npi,
           starts_with(principal_dx, 'O') OR list_bool_or(list_transform(secondary_dx, lambda c: starts_with(c, 'O'))) AS pregnancy_dx,
           starts_with(principal_dx, 'P') OR list_bool_or(list_transform(secondary_dx, lambda c: starts_with(c, 'P'))) AS newborn_dx,
           encounter_class <> 'inpatient' OR discharge_date IS NULL OR ms_drg IS NOT NULL AS drg_when_discharged,
           sample_row(e.source_line, concat(coalesce(e.facility_id, ''), '|', coalesce(e.encounter_id, ''))) AS place
    FROM e
    LEFT JOIN repeated dup ON dup.encounter_id = e.encounter_id
    LEFT JOIN pat ON pat.facility_id = e.facility_id AND pat.mrn = e.mrn
    LEFT JOIN billed bl ON bl.facility_id = e.facility_id AND bl.encounter_id = e.encounter_id
    LEFT JOIN reference_year cy ON cy.kind = 'cm' AND cy.fy = e.dfy
    LEFT JOIN reference_year py ON py.kind = 'pcs' AND py.fy = e.dfy
    LEFT JOIN reference_year dy ON dy.kind = 'drg' AND dy.fy = e.dfy
    LEFT JOIN cm pdx ON pdx.fy = e.dfy AND pdx.code = e.principal_dx
    LEFT JOIN bad_secondary bs ON bs.period = e.period AND bs.facility_id = e.facility_id AND bs.encounter_id = e.encounter_id
    LEFT JOIN bad_procedure bp ON bp.period = e.period AND bp.facility_id = e.facility_id AND bp.encounter_id = e.encounter_id
    LEFT JOIN (SELECT fy, ms_drg AS code, gmlos FROM drg) d ON d.fy = e.dfy AND d.code = e.ms_drg)
SELECT facility_id, period,
  verdict(true, mrn IS NULL, place) AS "encounters.filled.mrn",
  verdict(true, encounter_class IS NULL, place) AS "encounters.filled.encounter_class",
  verdict(true, admit_date IS NULL, place) AS "encounters.filled.admit_date",
  verdict(true, payer_id IS NULL, place) AS "encounters.filled.payer_id",
  verdict(true, attending_npi IS NULL, place) AS "encounters.filled.attending_npi",
  verdict(true, principal_dx IS NULL, place) AS "encounters.filled.principal_dx",
  verdict(drg_when_discharged IS NOT NULL, NOT drg_when_discharged, place) AS "encounters.inpatient_has_drg",
  verdict(encounter_id IS NOT NULL, dup, place) AS "encounters.encounter_id_unique",
  verdict(facility_id IS NOT NULL AND mrn IS NOT NULL, NOT patient_known, place) AS "encounters.patient_exists",
  verdict(principal_dx IS NOT NULL, principal_misshapen, place) AS "encounters.principal_dx_format",
  verdict(principal_dx IS NOT NULL AND discharge_date IS NOT NULL AND cm_year, NOT principal_billable, place,
      not_checkable := principal_dx IS NOT NULL AND (discharge_date IS NULL OR NOT cm_year)) AS "encounters.principal_dx_billable",
  verdict(has_secondary AND discharge_date IS NOT NULL AND cm_year, bad_secondary, place,
      not_checkable := has_secondary AND (discharge_date IS NULL OR NOT cm_year)) AS "encounters.secondary_dx_billable",
  verdict(has_procedures, procedure_misshapen, place) AS "encounters.procedures_format",
  verdict(has_procedures AND discharge_date IS NOT NULL AND pcs_year, bad_procedure, place,
      not_checkable := has_procedures AND (discharge_date IS NULL OR NOT pcs_year)) AS "encounters.procedures_valid",
  verdict(ms_drg IS NOT NULL AND discharge_date IS NOT NULL AND drg_year, NOT drg_valid, place,
      not_checkable := ms_drg IS NOT NULL AND (discharge_date IS NULL OR NOT drg_year)) AS "encounters.drg_valid_for_fy",
  verdict(attending_npi IS NOT NULL, bad_npi, place) AS "encounters.attending_npi_check_digit",
  verdict(discharge_date IS NOT NULL AND admit_date IS NOT NULL, discharge_date < admit_date, place)
      AS "encounters.discharge_on_or_after_admit",
  verdict(admit_date IS NOT NULL, admit_date > DATE '${AS_OF}', place) AS "encounters.service_dates_not_future.admit_date",
  verdict(discharge_date IS NOT NULL, discharge_date > DATE '${AS_OF}', place)
      AS "encounters.service_dates_not_future.discharge_date",
  verdict(admit_date IS NOT NULL AND discharge_date IS NOT NULL AND ms_drg IS NOT NULL AND gmlos IS NOT NULL,
      date_diff('day', admit_date, discharge_date) > 5 * gmlos, place,
      not_checkable := admit_date IS NOT NULL AND discharge_date IS NOT NULL AND ms_drg IS NOT NULL AND gmlos IS NULL)
      AS "encounters.length_of_stay_outlier",
  verdict(patient_sex IS NOT NULL, patient_sex = 'M' AND pregnancy_dx, place) AS "encounters.pregnancy_dx_on_male",
  verdict(patient_birth_date IS NOT NULL AND admit_date IS NOT NULL,
      date_part('year', age(admit_date, patient_birth_date)) >= 18 AND newborn_dx, place) AS "encounters.newborn_dx_on_adult",
  verdict(total_charges IS NOT NULL, total_charges < 0, place) AS "encounters.charges_non_negative",
  verdict(discharge_date IS NOT NULL AND discharge_date < DATE '${AS_OF}' - 30 AND facility_id IS NOT NULL
      AND encounter_id IS NOT NULL, NOT billed, place) AS "encounters.final_billed_within_30_days"
FROM r GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- claims. The encounter billed is the first staged row of its key (by period, then input line).
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH repeated AS (SELECT claim_id FROM claims GROUP BY ALL HAVING count(*) > 1),
enc AS (SELECT facility_id, encounter_id, arg_min(discharge_date, (period, source_line)) AS discharge_date
        FROM encounters GROUP BY facility_id, encounter_id)
SELECT c.facility_id, c.period,
  verdict(c.claim_id IS NOT NULL, dup.claim_id IS NOT NULL, place) AS "claims.claim_id_unique",
  verdict(c.facility_id IS NOT NULL AND c.encounter_id IS NOT NULL, enc.encounter_id IS NULL, place) AS "claims.encounter_exists",
  verdict(billed_amount IS NOT NULL, billed_amount < 0, place) AS "claims.billed_non_negative",
  verdict(submitted_date IS NOT NULL, submitted_date > DATE '${AS_OF}', place) AS "claims.submitted_not_future",
  verdict(enc.discharge_date IS NOT NULL AND submitted_date IS NOT NULL,
      date_diff('day', enc.discharge_date, submitted_date) > 30, place) AS "claims.final_billed_within_30_days"
FROM (SELECT *, sample_row(source_line, concat(coalesce(facility_id, ''), '|', coalesce(claim_id, ''))) AS place FROM claims) c
LEFT JOIN repeated dup ON dup.claim_id = c.claim_id
LEFT JOIN enc ON enc.facility_id = c.facility_id AND enc.encounter_id = c.encounter_id
GROUP BY c.facility_id, c.period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- remittance_adjustments. The claim paid is the first staged row of its key.
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH cl AS (SELECT facility_id, claim_id, arg_min(billed_amount, (period, source_line)) AS billed_amount
            FROM claims GROUP BY facility_id, claim_id)
SELECT r.facility_id, r.period,
  verdict(true, remit_date IS NULL, place) AS "remittance_adjustments.filled.remit_date",
  verdict(true, group_code IS NULL, place) AS "remittance_adjustments.filled.group_code",
  verdict(true, carc IS NULL, place) AS "remittance_adjustments.filled.carc",
  verdict(true, adjustment_amount IS NULL, place) AS "remittance_adjustments.filled.adjustment_amount",
  verdict(r.facility_id IS NOT NULL AND r.claim_id IS NOT NULL, cl.claim_id IS NULL, place) AS "remittance_adjustments.claim_exists",
  verdict(group_code IS NOT NULL, group_code NOT IN ('CO', 'PR', 'OA', 'PI'), place) AS "remittance_adjustments.group_code_valid",
  verdict(paid_amount IS NOT NULL AND cl.billed_amount IS NOT NULL, paid_amount > cl.billed_amount, place)
      AS "remittance_adjustments.paid_not_above_billed",
  verdict(paid_amount IS NOT NULL, paid_amount < 0, place) AS "remittance_adjustments.paid_non_negative"
FROM (SELECT *, sample_row(source_line, concat(coalesce(facility_id, ''), '|', coalesce(claim_id, ''))) AS place
      FROM remittance_adjustments) r
LEFT JOIN cl ON cl.facility_id = r.facility_id AND cl.claim_id = r.claim_id
GROUP BY r.facility_id, r.period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- appeals
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH cl AS (SELECT DISTINCT facility_id, claim_id FROM claims),
a AS (SELECT a.*, cl.claim_id IS NOT NULL AS claim_known,
             sample_row(a.source_line, concat(coalesce(a.facility_id, ''), '|', coalesce(a.appeal_id, ''))) AS place,
             recovered_amount IS NULL OR recovered_amount = 0 OR decision IN ('overturned', 'partially_overturned')
                 AS recovery_allowed,
             (decision IN ('overturned', 'partially_overturned', 'upheld', 'withdrawn')) = (decision_date IS NOT NULL)
                 AS date_matches_decision
      FROM appeals a LEFT JOIN cl ON cl.facility_id = a.facility_id AND cl.claim_id = a.claim_id)
SELECT facility_id, period,
  verdict(true, claim_id IS NULL, place) AS "appeals.filled.claim_id",
  verdict(true, level IS NULL, place) AS "appeals.filled.level",
  verdict(true, decision IS NULL, place) AS "appeals.filled.decision",
  verdict(facility_id IS NOT NULL AND claim_id IS NOT NULL, NOT claim_known, place) AS "appeals.claim_exists",
  verdict(recovery_allowed IS NOT NULL, NOT recovery_allowed, place) AS "appeals.recovered_only_when_overturned",
  verdict(date_matches_decision IS NOT NULL, NOT date_matches_decision, place) AS "appeals.decided_has_date",
  verdict(decision_date IS NOT NULL AND filed_date IS NOT NULL, decision_date < filed_date, place) AS "appeals.decided_after_filed",
  verdict(recovered_amount IS NOT NULL, recovered_amount < 0, place) AS "appeals.recovered_non_negative"
FROM a GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- cdi_queries
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH enc AS (SELECT DISTINCT facility_id, encounter_id FROM encounters),
q AS (SELECT q.*, enc.encounter_id IS NOT NULL AS encounter_known,
             sample_row(q.source_line, concat(coalesce(q.facility_id, ''), '|', coalesce(q.query_id, ''))) AS place,
             (outcome IN ('agreed', 'disagreed')) = (answered_date IS NOT NULL) AS answer_matches,
             NOT coalesce(npi_ok(provider_npi), false) AS bad_npi
      FROM cdi_queries q LEFT JOIN enc ON enc.facility_id = q.facility_id AND enc.encounter_id = q.encounter_id)
SELECT facility_id, period,
  verdict(facility_id IS NOT NULL AND encounter_id IS NOT NULL, NOT encounter_known, place) AS "cdi_queries.encounter_exists",
  verdict(answered_date IS NOT NULL AND opened_date IS NOT NULL, answered_date < opened_date, place)
      AS "cdi_queries.answered_after_opened",
  verdict(answer_matches IS NOT NULL, NOT answer_matches, place) AS "cdi_queries.answer_matches_outcome",
  verdict(provider_npi IS NOT NULL, bad_npi, place) AS "cdi_queries.provider_npi_check_digit"
FROM q GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- roi_requests
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH q AS (SELECT *, sample_row(source_line, concat(coalesce(facility_id, ''), '|', coalesce(request_id, ''))) AS place,
                  (status IN ('fulfilled', 'denied')) = (fulfilled_date IS NOT NULL) AS date_matches_status
           FROM roi_requests)
SELECT facility_id, period,
  verdict(true, mrn IS NULL, place) AS "roi_requests.filled.mrn",
  verdict(date_matches_status IS NOT NULL, NOT date_matches_status, place) AS "roi_requests.fulfilled_has_date",
  verdict(fulfilled_date IS NOT NULL AND received_date IS NOT NULL, fulfilled_date < received_date, place)
      AS "roi_requests.fulfilled_after_received"
FROM q GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- authorizations
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH a AS (SELECT *, sample_row(source_line, concat(coalesce(facility_id, ''), '|', coalesce(authorization_id, ''))) AS place
           FROM authorizations)
SELECT facility_id, period,
  verdict(true, mrn IS NULL, place) AS "authorizations.filled.mrn",
  verdict(revoked_date IS NOT NULL AND signed_date IS NOT NULL, revoked_date < signed_date, place)
      AS "authorizations.signed_before_revoked"
FROM a GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- access_log. An access is by a user on the roster of its facility.
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH w AS (SELECT DISTINCT facility_id, user_id FROM workforce)
SELECT a.facility_id, a.period,
  verdict(a.facility_id IS NOT NULL AND a.user_id IS NOT NULL, w.user_id IS NULL,
      sample_row(a.source_line, concat(coalesce(a.facility_id, ''), '|', coalesce(a.user_id, ''), '|', coalesce(a.mrn, ''))))
      AS "access_log.user_on_roster"
FROM access_log a LEFT JOIN w ON w.facility_id = a.facility_id AND w.user_id = a.user_id
GROUP BY a.facility_id, a.period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- workforce
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH w AS (SELECT *, sample_row(source_line, concat(coalesce(facility_id, ''), '|', coalesce(user_id, ''))) AS place FROM workforce)
SELECT facility_id, period,
  verdict(terminated_date IS NOT NULL AND hired_date IS NOT NULL, terminated_date < hired_date, place)
      AS "workforce.terminated_after_hired",
  verdict(npi IS NOT NULL, NOT coalesce(npi_ok(npi), false), place) AS "workforce.clinician_npi_check_digit"
FROM w GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- facilities
INSERT INTO verdict
SELECT 'facilities.state_filled', facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (
SELECT facility_id, period, verdict(true, state IS NULL, sample_row(source_line, coalesce(facility_id, ''))) AS v
FROM facilities GROUP BY facility_id, period);;

-- legal_holds
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH h AS (SELECT *, sample_row(source_line, coalesce(hold_id, '')) AS place FROM legal_holds)
SELECT facility_id, period,
  verdict(true, start_date IS NULL, place) AS "legal_holds.start_filled",
  verdict(release_date IS NOT NULL AND start_date IS NOT NULL, release_date < start_date, place) AS "legal_holds.released_after_start"
FROM h GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- vendor_access
INSERT INTO verdict
SELECT check_id, facility_id, period, v.checked, v.failed, v.not_checkable, v.sample FROM (UNPIVOT (
WITH g AS (SELECT *, sample_row(source_line, concat(coalesce(counterparty, ''), '|', coalesce(facility_id, ''), '|',
                  coalesce(system, ''), '|', coalesce(CAST(granted_date AS VARCHAR), ''))) AS place FROM vendor_access)
SELECT facility_id, period,
  verdict(true, granted_date IS NULL, place) AS "vendor_access.granted_filled",
  verdict(revoked_date IS NOT NULL AND granted_date IS NOT NULL, revoked_date < granted_date, place)
      AS "vendor_access.revoked_after_granted"
FROM g GROUP BY facility_id, period
) ON COLUMNS(* EXCLUDE (facility_id, period)) INTO NAME check_id VALUE v);;

-- Results: a check's status as in OHDSI's Data Quality Dashboard (not applicable with no row checked, pass within the
-- threshold, else fail for error severity and warn for the rest).
CREATE OR REPLACE TABLE result AS
SELECT v.check_id, c.table_name, c.dimension, c.subtype, c.severity, c.owner, c.description, v.facility_id,
       v.rows_checked, v.rows_failed, v.rows_not_checkable,
       CASE WHEN v.rows_checked = 0 THEN 0.0 ELSE v.rows_failed / v.rows_checked END AS failure_rate, c.threshold, v.period
FROM verdict v JOIN quality_check c USING (check_id);;
COPY (SELECT check_id, table_name, dimension, subtype, severity, owner, description, facility_id, rows_checked, rows_failed,
             rows_not_checkable, failure_rate, threshold,
             CASE WHEN rows_checked = 0 THEN 'not_applicable' WHEN failure_rate <= threshold THEN 'pass'
                  WHEN severity = 'error' THEN 'fail' ELSE 'warn' END AS status,
             CAST(NULL AS VARCHAR) AS note, strftime(now(), '%Y-%m-%dT%H:%M:%S.%fZ') AS evaluated_at, period
      FROM result)
  TO '${WRITE_TO}/quality/results' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;
COPY (SELECT v.check_id, c.table_name, v.facility_id, s.row_key, s.source_line, v.period
      FROM (SELECT check_id, facility_id, period, unnest(sample) AS s FROM verdict) v JOIN quality_check c USING (check_id))
  TO '${WRITE_TO}/quality/failures' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;
-- Score: 100 x the mean, over the checks that checked a row, of (1 - failure rate).
COPY (SELECT table_name, facility_id, dimension, count(*) AS checks, 100 * avg(1 - failure_rate) AS score, period
      FROM result WHERE rows_checked > 0 GROUP BY table_name, facility_id, dimension, period)
  TO '${WRITE_TO}/quality/scores' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;
COPY (WITH h AS (
          SELECT *, avg(failure_rate) OVER history AS trailing_mean, stddev_samp(failure_rate) OVER history AS trailing_stddev,
                 count(*) OVER history AS trailing_periods
          FROM result WHERE rows_checked > 0
          WINDOW history AS (PARTITION BY check_id, facility_id ORDER BY period ROWS BETWEEN 6 PRECEDING AND 1 PRECEDING))
      SELECT check_id, table_name, severity, owner, facility_id, failure_rate, trailing_mean, trailing_stddev,
             trailing_periods, period
      FROM h WHERE trailing_periods >= 3 AND failure_rate - trailing_mean >= 0.005
               AND failure_rate > trailing_mean + 3 * trailing_stddev)
  TO '${WRITE_TO}/quality/alerts' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;

PIVOT (SELECT check_id, rows_failed FROM verdict) ON check_id USING CAST(sum(rows_failed) AS BIGINT);;
