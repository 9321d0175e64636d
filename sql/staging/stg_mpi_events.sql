-- stg_mpi_events: what each MPI run changed in the index, kept as history (one folder per run date).
-- Grain: one row per event. event_type: created, linked, merged, split, moved, possible_overlay, retired,
-- merged_by_source (the last two from registration_changes.csv, with reason and merged_into_mrn);
-- enterprise_id is the id after the event, other_enterprise_id the id before (merged: the retired id;
-- split and moved: the id the registrations left). facility_id and mrn name the registration for
-- linked, moved, possible_overlay, retired and merged_by_source; they are empty for events about an id.
-- union_by_name: run dates written before merged_into_mrn and reason existed read them as empty.
CREATE OR REPLACE VIEW stg_mpi_events AS
SELECT *
FROM read_parquet('mpi/events/*/*.parquet', hive_partitioning = false, union_by_name = true);
