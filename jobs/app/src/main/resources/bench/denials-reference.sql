-- The benchmark reference for the denials job: the same claim-level denial rule and aggregates written by hand
-- as plain DuckDB SQL over the same staged Parquet (initial denials by facility, month, payer and category, with
-- denied dollars, preventable and documentation/coding counts, and the appeals of the denials with their outcomes). The shipped config/denials.yml and
-- config/denials/carc-categories.yml are written out here as CASE expressions. Statements are separated by lines
-- holding only ';;'. ${AS_OF} is the run date. Like the job, it writes its claim-level and aggregate outputs as Parquet
-- partitioned by period under ${WRITE_TO} (denied claims with the job's columns, rates, Pareto and appeals; the control
-- charts, mix-shift test and fix list, which the job computes in Java on the small aggregated tables, are left out).
-- The last query returns totals named like sums of the denials outputs (denials/rates and denials/appeals, dimension
-- all; unmatched appeals), which the bench compares.

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
            ELSE 'unmapped' END AS category,
       CASE WHEN carc = '16' AND rarc = 'M127' THEN 'missing_documentation'
            WHEN carc IN ('26', '27', '109', '198', '50', '55', '49', '96', '119', '204') THEN 'not_covered'
            WHEN carc IN ('31', '32', '15', '4', '5', '11', '146', '16', '22') THEN 'missing_claim_data'
            WHEN carc IN ('197', '252') THEN 'missing_documentation'
            WHEN carc IN ('97', '234') THEN 'not_separately_payable'
            WHEN carc IN ('29', '18', 'A1', 'B7') THEN 'none' END AS scenario
FROM adj;;
-- The shipped categories' preventable flag, owner and what they trace to (config/denials.yml).
CREATE OR REPLACE TABLE category AS
SELECT * FROM (VALUES ('eligibility_registration', true, 'patient_access', 'none'),
                      ('authorization', true, 'patient_access', 'none'), ('coding', true, 'him_coding', 'coding'),
                      ('missing_documentation', true, 'him_coding', 'documentation'),
                      ('medical_necessity', true, 'cdi', 'documentation'), ('claim_data', true, 'billing', 'none'),
                      ('timely_filing', true, 'billing', 'none'), ('duplicate_claim', true, 'billing', 'none'),
                      ('non_covered', false, 'patient_access', 'none'),
                      ('coordination_of_benefits', true, 'patient_access', 'none'),
                      ('bundling', true, 'him_coding', 'coding'), ('other', false, 'billing', 'none'))
     AS t(category, preventable, owner, traces_to);;
CREATE OR REPLACE TABLE remit AS
SELECT facility_id, claim_id, remit_date, paid_amount,
       sum(CASE WHEN denial_line THEN amount ELSE 0 END) AS denied, count_if(denial_line) AS lines,
       paid_amount < 0 OR bool_or(group_code = 'CR') OR (paid_amount = 0 AND sum(amount) < 0) AS reversal
FROM adj_read GROUP BY facility_id, claim_id, remit_date, paid_amount;;
-- Per claim: its remittances, net paid, whether one reversed, and its first non-reversal remit date.
CREATE OR REPLACE TABLE first_remit AS
SELECT facility_id, claim_id, count(*) AS remittances, sum(paid_amount) AS net_paid, bool_or(reversal) AS reversed,
       min(remit_date) FILTER (WHERE NOT reversal) AS remit_date
FROM remit GROUP BY ALL;;
CREATE OR REPLACE TABLE initial AS
SELECT r.facility_id, r.claim_id, sum(r.paid_amount) AS paid, sum(r.denied) AS denied, sum(r.lines) AS lines
FROM remit r JOIN first_remit f USING (facility_id, claim_id, remit_date) WHERE NOT r.reversal GROUP BY ALL;;
CREATE OR REPLACE TABLE reason AS
SELECT a.facility_id, a.claim_id,
       arg_max({'group_code': a.group_code, 'carc': a.carc, 'rarc': a.rarc, 'category': a.category,
                'scenario': a.scenario}, a.amount) AS r
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
       max(level) OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END) AS level,
       min(period) OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END) AS period,
       CASE WHEN decision = 'upheld' AND bool_or(decision IN ('overturned', 'partially_overturned'))
                OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END)
            THEN 'partially_overturned' ELSE decision END AS outcome,
       sum(CASE WHEN decision = 'pending' THEN 0 ELSE coalesce(recovered_amount, 0) END)
           OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END) AS recovered
FROM appeal
QUALIFY row_number() OVER (PARTITION BY facility_id, claim_id, CASE WHEN claim_id IS NULL THEN appeal_id END
                           ORDER BY decision = 'withdrawn', level DESC, filed_date DESC, appeal_id DESC) = 1;;
CREATE OR REPLACE TABLE claim AS
SELECT c.facility_id, c.claim_id, c.encounter_id, coalesce(c.payer_id, 'unknown') AS payer_id, c.submitted_date,
       coalesce(c.billed_amount, 0) AS billed_amount, coalesce(f.remittances, 0) AS remittances,
       f.remit_date AS initial_remit_date, f.remit_date IS NOT NULL AS adjudicated, i.paid AS initial_paid,
       coalesce(i.denied, 0) > 0 AS denied, i.paid <= 0 AS full_denial, i.denied AS denied_amount, i.lines,
       r.r.group_code, r.r.carc, nullif(r.r.rarc, '') AS rarc, r.r.category, r.r.scenario,
       k.preventable, k.owner, k.traces_to, f.net_paid, coalesce(f.reversed, false) AS reversed,
       ap.facility_id IS NOT NULL AS appealed, ap.level, ap.outcome, ap.recovered, c.period
FROM read_parquet('staged/claims/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR}) c
LEFT JOIN first_remit f USING (facility_id, claim_id)
LEFT JOIN initial i USING (facility_id, claim_id)
LEFT JOIN reason r USING (facility_id, claim_id)
LEFT JOIN category k ON k.category = r.r.category
LEFT JOIN appealed ap USING (facility_id, claim_id)
WHERE c.period IS NOT NULL;;
COPY (SELECT facility_id, claim_id, encounter_id, payer_id, submitted_date, billed_amount, remittances,
             initial_remit_date, initial_paid, CASE WHEN full_denial THEN 'full' ELSE 'partial' END AS denial_type,
             denied_amount, lines AS denial_adjustments, group_code, carc, rarc, category, scenario AS caqh_scenario,
             preventable, owner, traces_to, net_paid, reversed, net_paid > initial_paid AS overturned, appealed,
             level AS appeal_level, outcome AS appeal_decision, recovered AS appeal_recovered_amount, period
      FROM claim WHERE denied)
TO '${WRITE_TO}/denials/claims' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;
CREATE OR REPLACE TABLE rates AS
SELECT facility_id, period, payer_id, category, grouping(payer_id, category) AS grouping_set, count(*) AS claims,
       sum(billed_amount) AS billed_amount, count_if(adjudicated) AS adjudicated,
       count_if(denied) AS denied, count_if(denied AND full_denial) AS full_denials,
       sum(CASE WHEN denied THEN denied_amount ELSE 0 END) AS denied_amount,
       count_if(denied AND preventable) AS preventable,
       sum(CASE WHEN denied AND preventable THEN denied_amount ELSE 0 END) AS preventable_amount,
       count_if(denied AND traces_to <> 'none') AS documentation_coding,
       sum(CASE WHEN denied AND traces_to <> 'none' THEN denied_amount ELSE 0 END) AS documentation_coding_amount,
       count_if(denied AND category = 'unmapped') AS unmapped, count_if(denied AND net_paid > initial_paid) AS overturned
FROM claim GROUP BY GROUPING SETS ((facility_id, period), (facility_id, period, payer_id), (facility_id, period, category));;
-- A category's row carries the whole facility-month's claims as its denominator, as the job's does.
COPY (SELECT r.facility_id, CASE r.grouping_set WHEN 3 THEN 'all' WHEN 2 THEN 'category' ELSE 'payer' END AS dimension,
             CASE r.grouping_set WHEN 3 THEN 'all' WHEN 2 THEN r.category ELSE r.payer_id END AS dimension_value,
             coalesce(t.claims, r.claims) AS claims, coalesce(t.billed_amount, r.billed_amount) AS billed_amount,
             coalesce(t.adjudicated, r.adjudicated) AS adjudicated_claims, r.denied AS denied_claims, r.full_denials,
             r.denied - r.full_denials AS partial_denials, r.denied_amount,
             r.denied / coalesce(t.claims, r.claims) AS denial_rate,
             r.denied / nullif(coalesce(t.adjudicated, r.adjudicated), 0) AS adjudicated_denial_rate,
             CAST(r.denied_amount AS DOUBLE) / nullif(CAST(coalesce(t.billed_amount, r.billed_amount) AS DOUBLE), 0)
                 AS dollar_denial_rate,
             r.preventable AS preventable_denials, r.preventable_amount, r.preventable / nullif(r.denied, 0) AS preventable_share,
             r.documentation_coding AS documentation_coding_denials, r.documentation_coding_amount,
             r.documentation_coding / nullif(r.denied, 0) AS documentation_coding_share, r.unmapped AS unmapped_denials,
             r.overturned AS overturned_denials, r.period
      FROM rates r
      LEFT JOIN rates t ON r.grouping_set = 2 AND t.grouping_set = 3 AND t.facility_id = r.facility_id AND t.period = r.period
      WHERE r.grouping_set <> 2 OR r.denied > 0)
TO '${WRITE_TO}/denials/rates' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;
COPY (WITH c AS (SELECT facility_id, period, category, count(*) AS n, sum(denied_amount) AS amount
                 FROM claim WHERE denied GROUP BY ALL
                 UNION ALL SELECT 'all', period, category, count(*), sum(denied_amount) FROM claim WHERE denied
                 GROUP BY period, category),
      ranked AS (SELECT *, row_number() OVER (PARTITION BY facility_id, period ORDER BY amount DESC, category) AS rank,
                        sum(amount) OVER (PARTITION BY facility_id, period) AS total,
                        sum(amount) OVER (PARTITION BY facility_id, period ORDER BY amount DESC, category
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative
                 FROM c)
      SELECT x.facility_id, x.rank, x.category, k.owner, k.preventable, x.n AS denied_claims, x.amount AS denied_amount,
             x.total AS total_denied_amount, CAST(x.amount AS DOUBLE) / nullif(CAST(x.total AS DOUBLE), 0) AS share,
             CAST(x.cumulative AS DOUBLE) / nullif(CAST(x.total AS DOUBLE), 0) AS cumulative_share,
             coalesce(CAST(x.cumulative - x.amount AS DOUBLE) < 0.80 * CAST(x.total AS DOUBLE), false) AS vital_few, x.period
      FROM ranked x LEFT JOIN category k USING (category))
TO '${WRITE_TO}/denials/pareto' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;
COPY (WITH e AS (SELECT 'all' AS dimension, 'all' AS dimension_value, facility_id, period, denied, denied_amount,
                        appealed, outcome, recovered FROM claim WHERE denied
                 UNION ALL SELECT 'payer', payer_id, facility_id, period, denied, denied_amount, appealed, outcome, recovered
                 FROM claim WHERE denied
                 UNION ALL SELECT 'category', category, facility_id, period, denied, denied_amount, appealed, outcome, recovered
                 FROM claim WHERE denied
                 UNION ALL SELECT 'unmatched', 'not_initially_denied', facility_id, period, denied, denied_amount, appealed,
                        outcome, recovered FROM claim WHERE NOT denied AND appealed
                 UNION ALL SELECT 'unmatched', 'claim_not_in_claims', a.facility_id, a.period, false, NULL, true, a.outcome,
                        a.recovered FROM appealed a ANTI JOIN claim c USING (facility_id, claim_id))
      SELECT facility_id, dimension, dimension_value, count_if(denied) AS denied_claims,
             coalesce(sum(denied_amount) FILTER (WHERE denied), 0) AS denied_amount, count_if(appealed) AS appealed_claims,
             coalesce(sum(denied_amount) FILTER (WHERE appealed AND denied), 0) AS appealed_amount,
             count_if(appealed) / nullif(count_if(denied), 0) AS appeal_rate,
             count_if(outcome IN ('overturned', 'partially_overturned', 'upheld')) AS decided_appeals,
             count_if(outcome IN ('overturned', 'partially_overturned')) AS overturned_appeals,
             count_if(outcome = 'overturned') AS fully_overturned, count_if(outcome = 'partially_overturned') AS partially_overturned,
             count_if(outcome = 'upheld') AS upheld_appeals, count_if(outcome = 'pending') AS pending_appeals,
             count_if(outcome = 'withdrawn') AS withdrawn_appeals,
             count_if(outcome IN ('overturned', 'partially_overturned'))
                 / nullif(count_if(outcome IN ('overturned', 'partially_overturned', 'upheld')), 0) AS overturn_rate,
             coalesce(sum(recovered), 0) AS recovered_amount, period
      -- count_if over a group whose outcomes are all NULL (no appeal) gives NULL, the job counts 0.
      FROM (SELECT * REPLACE (coalesce(outcome, '') AS outcome) FROM e) e
      GROUP BY facility_id, period, dimension, dimension_value)
TO '${WRITE_TO}/denials/appeals' (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (period));;

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
