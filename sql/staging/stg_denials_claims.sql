-- stg_denials_claims: the denials job's denials/claims output.
-- Grain: One row per claim initially denied (by submission month): its initial remittance, denial type (full or partial), denied amount, the largest denial adjustment's group code, CARC and RARC, root-cause category, CAQH CORE scenario, preventable flag, owner, whether a later remittance paid more (overturned) or one reversed, and from appeals.csv whether it was appealed, the highest level, the claim's appeal decision and the dollars its appeals recovered (empty without appeals.csv).
CREATE OR REPLACE VIEW stg_denials_claims AS
SELECT *
FROM read_parquet('denials/claims/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
