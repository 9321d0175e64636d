-- stg_denials_mix_shift: the denials job's denials/mix_shift output.
-- Grain: One row per slice (system / facility / payer) and submission month: denials this month and in the trailing months, Pearson's chi-square of the category mix, degrees of freedom, p-value, alpha, whether the mix shifted, the smallest expected count, the category whose share rose most, or why it was not tested.
CREATE OR REPLACE VIEW stg_denials_mix_shift AS
SELECT *
FROM read_parquet('denials/mix_shift/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
