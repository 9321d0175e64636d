-- stg_casemix_opportunities: the casemix job's casemix/opportunities output.
-- Grain: The CDI worklist: per facility and period, up to worklist-size discharges whose coded secondary diagnoses and grouped severity disagree, ranked by the weight at stake.
CREATE OR REPLACE VIEW stg_casemix_opportunities AS
SELECT *
FROM read_parquet('casemix/opportunities/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR});
