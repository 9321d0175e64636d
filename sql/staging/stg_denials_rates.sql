-- stg_denials_rates: the denials job's denials/rates output.
-- Grain: One row per facility, submission month and grouping (dimension all / payer / category): claims, billed dollars, adjudicated claims, initial denials (full, partial), denied dollars, denial rates by count and by dollars, preventable and documentation/coding shares, each with its numerator and denominator.
CREATE OR REPLACE VIEW stg_denials_rates AS
SELECT *
FROM read_parquet('denials/rates/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
