-- The benchmark reference for the denials job: the same claim-level denial rule and aggregates written by hand
-- as plain DuckDB SQL over the same staged Parquet (initial denials by facility, month, payer and category, with
-- denied dollars, preventable and documentation/coding counts, and the appeals of the denials with their outcomes). The shipped config/denials.yml and
-- config/denials/carc-categories.yml are written out here as CASE expressions. Statements are separated by lines
-- holding only ';;'. ${AS_OF} is the run date. The last query returns totals named like sums of the denials
-- outputs (denials/rates and denials/appeals, dimension all; unmatched appeals), which the bench compares.

CREATE OR REPLACE TABLE adj AS
SELECT facility_id, claim_id, remit_date, coalesce(paid_amount, 0) AS paid_amount,
       coalesce(group_code, '') AS group_code, coalesce(carc, '') AS carc, coalesce(rarc, '') AS rarc,
       sum(coalesce(adjustment_amount, 0)) AS amount
FROM read_parquet('staged/remittance_adjustments/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})
WHERE remit_date <= DATE '${AS_OF}'
GROUP BY ALL;;
CREATE OR REPLACE TABLE adj_read AS
SELECT *, group_code <> 'CR' AND group_code || '-' || carc NOT IN ('CO-45', 'PR-1', 'PR-2', 'PR-3', 'CO-253', 'OA-23', 'OA-94')
          AND amount > 0 AS denial_line,
       CASE WHEN carc = '16' AND rarc = 'M127' THEN 'missing_documentation'
            WHEN carc IN ('26', '27', '31', '32', '109') THEN 'eligibility_registration'
            WHEN carc IN ('15', '197', '198') THEN 'authorization'
            WHEN carc IN ('4', '5', '11', '146') THEN 'coding'
            WHEN carc = '252' THEN 'missing_documentation'
            WHEN carc = '16' THEN 'claim_data'
            WHEN carc IN ('50', '55') THEN 'medical_necessity'
            WHEN carc = '29' THEN 'timely_filing'
            WHEN carc = '18' THEN 'duplicate_claim'
            WHEN carc IN ('49', '96', '119', '204') THEN 'non_covered'
            WHEN carc = '22' THEN 'coordination_of_benefits'
            WHEN carc IN ('97', '234') THEN 'bundling'
            WHEN carc IN ('A1', 'B7') THEN 'other'
            ELSE 'unmapped' END AS category
FROM adj;;
CREATE OR REPLACE TABLE remit AS
SELECT facility_id, claim_id, remit_date, paid_amount,
       sum(CASE WHEN denial_line THEN amount ELSE 0 END) AS denied,
       paid_amount < 0 OR bool_or(group_code = 'CR') OR (paid_amount = 0 AND sum(amount) < 0) AS reversal
FROM adj_read GROUP BY facility_id, claim_id, remit_date, paid_amount;;
CREATE OR REPLACE TABLE first_remit AS
SELECT facility_id, claim_id, min(remit_date) AS remit_date FROM remit WHERE NOT reversal GROUP BY ALL;;
CREATE OR REPLACE TABLE initial AS
SELECT r.facility_id, r.claim_id, sum(r.paid_amount) AS paid, sum(r.denied) AS denied
FROM remit r JOIN first_remit f USING (facility_id, claim_id, remit_date) WHERE NOT r.reversal GROUP BY ALL;;
CREATE OR REPLACE TABLE reason AS
SELECT a.facility_id, a.claim_id,
       arg_max(a.category, a.amount) AS category
FROM adj_read a JOIN first_remit f USING (facility_id, claim_id, remit_date)
JOIN remit r ON r.facility_id = a.facility_id AND r.claim_id = a.claim_id AND r.remit_date = a.remit_date
 AND r.paid_amount = a.paid_amount AND NOT r.reversal
WHERE a.denial_line GROUP BY ALL;;
-- Appeals filed by the run date; a decision dated after it (or none) is pending. Per appealed claim (an appeal naming
-- no claim stands alone): the decision of its highest level not withdrawn (upheld after a lower level's overturn reads
-- as overturned in part), and the dollars its decided appeals recovered.
CREATE OR REPLACE TABLE appeal AS
SELECT facility_id, claim_id, appeal_id, coalesce(CAST(level AS INTEGER), 1) AS level, filed_date, period,
       CASE WHEN decision IS NULL OR decision = 'pending' OR decision_date > DATE '${AS_OF}' THEN 'pending'
            ELSE decision END AS decision, recovered_amount
FROM read_parquet('staged/appeals/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})
WHERE filed_date <= DATE '${AS_OF}';;
CREATE OR REPLACE TABLE appealed AS
SELECT facility_id, claim_id,
       CASE WHEN decision = 'upheld' AND bool_or(decision IN ('overturned', 'partially_overturned'))
                OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END)
            THEN 'partially_overturned' ELSE decision END AS outcome,
       sum(CASE WHEN decision = 'pending' THEN 0 ELSE coalesce(recovered_amount, 0) END)
           OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END) AS recovered
FROM appeal
QUALIFY row_number() OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END
                           ORDER BY decision = 'withdrawn', level DESC, filed_date DESC, appeal_id DESC) = 1;;
CREATE OR REPLACE TABLE claim AS
SELECT c.facility_id, c.claim_id, c.period, c.payer_id, f.remit_date IS NOT NULL AS adjudicated,
       coalesce(i.denied, 0) > 0 AS denied, i.paid <= 0 AS full_denial, i.denied AS denied_amount, r.category,
       ap.facility_id IS NOT NULL AS appealed, ap.outcome, ap.recovered
FROM read_parquet('staged/claims/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR}) c
LEFT JOIN first_remit f USING (facility_id, claim_id)
LEFT JOIN initial i USING (facility_id, claim_id)
LEFT JOIN reason r USING (facility_id, claim_id)
LEFT JOIN appealed ap USING (facility_id, claim_id)
WHERE c.period IS NOT NULL;;
CREATE OR REPLACE TABLE rates AS
SELECT facility_id, period, payer_id, category, grouping(payer_id, category) AS grouping_set, count(*) AS claims, count_if(adjudicated) AS adjudicated,
       count_if(denied) AS denied, count_if(denied AND full_denial) AS full_denials,
       sum(CASE WHEN denied THEN denied_amount ELSE 0 END) AS denied_amount
FROM claim GROUP BY GROUPING SETS ((facility_id, period), (facility_id, period, payer_id), (facility_id, period, category));;

SELECT
  (SELECT sum(claims) FROM rates WHERE grouping_set = 3) AS claims,
  (SELECT sum(adjudicated) FROM rates WHERE grouping_set = 3) AS adjudicated_claims,
  (SELECT sum(denied) FROM rates WHERE grouping_set = 3) AS denied_claims,
  (SELECT sum(full_denials) FROM rates WHERE grouping_set = 3) AS full_denials,
  (SELECT CAST(sum(denied_amount) * 100 AS BIGINT) FROM rates WHERE grouping_set = 3) AS denied_cents,
  (SELECT sum(denied) FROM rates WHERE grouping_set = 2 AND category IN ('eligibility_registration', 'authorization', 'coding',
      'missing_documentation', 'medical_necessity', 'claim_data', 'timely_filing', 'duplicate_claim',
      'coordination_of_benefits', 'bundling')) AS preventable_denials,
  (SELECT sum(denied) FROM rates WHERE grouping_set = 2 AND category IN ('coding', 'missing_documentation', 'medical_necessity', 'bundling'))
      AS documentation_coding_denials,
  (SELECT count_if(appealed) FROM claim WHERE denied) AS appealed_claims,
  (SELECT count_if(outcome IN ('overturned', 'partially_overturned', 'upheld')) FROM claim WHERE denied) AS decided_appeals,
  (SELECT count_if(outcome IN ('overturned', 'partially_overturned')) FROM claim WHERE denied) AS overturned_appeals,
  (SELECT count_if(outcome = 'pending') FROM claim WHERE denied) AS pending_appeals,
  (SELECT count_if(outcome = 'withdrawn') FROM claim WHERE denied) AS withdrawn_appeals,
  (SELECT CAST(coalesce(sum(recovered), 0) * 100 AS BIGINT) FROM claim WHERE denied) AS appeal_recovered_cents,
  (SELECT count_if(appealed) FROM claim WHERE NOT denied)
      + (SELECT count(*) FROM appealed a ANTI JOIN claim c USING (facility_id, claim_id)) AS unmatched_appeals;;
