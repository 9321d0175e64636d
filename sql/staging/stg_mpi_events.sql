-- stg_mpi_events: what each MPI run changed in the index, kept as history (one folder per run date).
-- Grain: one row per event. event_type: created, linked, merged, split, moved, possible_overlay;
-- enterprise_id is the id after the event, other_enterprise_id the id before (merged: the retired id;
-- split and moved: the id the registrations left). facility_id and mrn name the registration for
-- linked, moved and possible_overlay; they are empty for events about an id.
CREATE OR REPLACE VIEW stg_mpi_events AS
SELECT *
FROM read_parquet('mpi/events/*/*.parquet', hive_partitioning = false);
