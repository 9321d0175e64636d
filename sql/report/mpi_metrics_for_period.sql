-- mpi_metrics_for_period: the MPI's identity figures for the report's month, one row per facility and ALL.
-- The MPI is a snapshot filed by run date (as_of), not by month. A month's figures are those of the first run in
-- the month after it (it has seen every registration of the month), else the month's last run, else the first run
-- dated after the month at all (the report prints its date). A run dated before the month has not seen it: no row,
-- and the report says the MPI has not run for the month.
-- Variables: period (YYYY-MM). Columns: stg_mpi_metrics (definitions there), as_of is the run date used.
WITH runs AS (SELECT DISTINCT CAST(as_of AS DATE) AS as_of FROM stg_mpi_metrics),
month_end AS (SELECT last_day(CAST(getvariable('period') || '-01' AS DATE)) AS day),
chosen AS (
  SELECT coalesce(
    (SELECT min(r.as_of) FROM runs r, month_end e WHERE r.as_of > e.day AND r.as_of <= last_day(e.day + INTERVAL 1 DAY)),
    (SELECT max(r.as_of) FROM runs r WHERE strftime(r.as_of, '%Y-%m') = getvariable('period')),
    (SELECT min(r.as_of) FROM runs r, month_end e WHERE r.as_of > e.day)) AS as_of)
SELECT m.as_of, m.facility_id, m.registrations, m.persons, m.duplicate_rate, m.excess_record_rate,
       m.new_registrations, m.duplicates_created, m.duplicate_creation_rate, m.overlap_rate, m.possible_overlays,
       m.review_backlog
FROM stg_mpi_metrics m
JOIN chosen c ON CAST(m.as_of AS DATE) = c.as_of
ORDER BY m.facility_id = 'ALL' DESC, m.facility_id;
