-- mart_retention_facility: what a records committee reads about retention, one row per facility and run month:
-- records, those eligible for destruction, those a standing legal hold keeps, those kept longer for a linked
-- record in another state, those without a date of service (never eligible), and those whose facility's state
-- has no rule or is unknown (kept for the federal floor: add the state's rule to config/retention.yml).
CREATE OR REPLACE VIEW mart_retention_facility AS
SELECT facility_id, period, any_value(state) AS state, any_value(as_of) AS as_of,
       count(*) AS records,
       count(*) FILTER (WHERE eligible) AS eligible,
       count(*) FILTER (WHERE hold_id IS NOT NULL) AS held,
       count(*) FILTER (WHERE hold_id IS NOT NULL AND retain_until < as_of) AS held_past_retention,
       count(*) FILTER (WHERE rule LIKE 'linked:%') AS kept_for_linked_record,
       count(*) FILTER (WHERE record_rule = 'no_service_date') AS no_service_date,
       count(*) FILTER (WHERE record_rule IN ('federal.floor.no_state_rule', 'federal.floor.unknown_state')) AS federal_floor_fallback
FROM stg_retention_records
GROUP BY facility_id, period;
