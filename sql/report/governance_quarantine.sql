-- governance_quarantine: integrity evidence: input rows that broke the input contract and were quarantined (never
-- silently dropped), by table and reason, for runs of the report month and runs of all periods; total_rows counts
-- every quarantined row, also those of the reasons past top_rows.
-- Variables: period, top_rows.
SELECT table_name, reason, count(*) AS rows, sum(count(*)) OVER () AS total_rows
FROM stg_quarantine
WHERE scope IN (getvariable('period'), 'all')
GROUP BY table_name, reason
ORDER BY rows DESC, table_name, reason
LIMIT CAST(getvariable('top_rows') AS INTEGER);
