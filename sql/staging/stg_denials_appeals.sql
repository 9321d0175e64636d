-- stg_denials_appeals: the denials job's denials/appeals output.
-- Grain: One row per facility, submission month of the denial and grouping (dimension all / payer / category): initially denied claims and dollars, appealed claims and their denied dollars, decided appeals (overturned in full or in part, upheld), pending and withdrawn ones, recovered dollars, the appeal rate (appealed / denied) and the overturn rate (overturned / decided) with their numerators and denominators. Each appealed claim counts once, with its highest-level appeal's decision. Appeals the denials cannot account for are rows of dimension 'unmatched' (not_initially_denied by the claim's submission month; claim_not_in_claims by the month of the first appeal). Empty when the input had no appeals.csv.
CREATE OR REPLACE VIEW stg_denials_appeals AS
SELECT *
FROM read_parquet('denials/appeals/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
