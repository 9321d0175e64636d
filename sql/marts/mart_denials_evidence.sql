-- mart_denials_evidence: what governance work is worth in denials, one row per facility, submission month and kind
-- of evidence: the denial rate of claims the MPI or the quality job flags against the rest, with numerators and
-- denominators, and the difference in rate. The quality job keeps a sample of failing rows per check, facility and
-- month (quality.failure-sample), so dq_failing_encounter flags a lower bound of the failing encounters.
CREATE OR REPLACE VIEW mart_denials_evidence AS
SELECT f.facility_id, f.period, f.evidence,
       f.adjudicated_claims AS flagged_adjudicated_claims, f.denied_claims AS flagged_denied_claims,
       f.adjudicated_denial_rate AS flagged_denial_rate, f.denied_amount AS flagged_denied_amount,
       o.adjudicated_claims AS other_adjudicated_claims, o.denied_claims AS other_denied_claims,
       o.adjudicated_denial_rate AS other_denial_rate, o.denied_amount AS other_denied_amount,
       f.adjudicated_denial_rate - o.adjudicated_denial_rate AS denial_rate_difference
FROM stg_denials_evidence f
LEFT JOIN stg_denials_evidence o
  ON o.facility_id = f.facility_id AND o.period = f.period AND o.evidence = f.evidence AND NOT o.flagged
WHERE f.flagged;
