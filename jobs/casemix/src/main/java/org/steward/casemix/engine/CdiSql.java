package org.steward.casemix.engine;

import java.time.LocalDate;
import java.util.List;
import org.steward.casemix.config.CasemixConfig;
import org.steward.platform.engine.SqlDialect;

/**
 * The CDI query metrics as SQL both engines run. Rates count queries, not charts (Journal of AHIMA asks
 * that this be said): a chart queried twice counts twice in the response and agreement rates; the query
 * rate counts queried discharges.
 */
final class CdiSql {

    static final List<String[]> DIMENSIONS = List.of(
            new String[] {"all", "'all'"},
            new String[] {"cdi_specialist", "coalesce(cdi_specialist_id, 'unknown')"},
            new String[] {"provider", "coalesce(provider_npi, 'unknown')"},
            new String[] {"query_type", "coalesce(query_type, 'unknown')"});

    private final SqlDialect sql;
    private final CasemixConfig config;
    private final LocalDate asOf;

    CdiSql(SqlDialect sql, CasemixConfig config, LocalDate asOf) {
        this.sql = sql;
        this.config = config;
        this.asOf = asOf;
    }

    /**
     * One row per query with its status: answered (agreed or disagreed), no response, pending inside the
     * response window, or overdue (still open past it). A query that changed the DRG is priced on the
     * weight table of the stay's discharge year (the query's own dates when the stay is not a staged discharge).
     */
    String queries() {
        String open = "q.outcome = 'pending'";
        String age = sql.daysBetween("q.opened_date", sql.literal(asOf));
        String fy = sql.fiscalYear("coalesce(e.discharge_date, q.answered_date, q.opened_date)");
        String changed = "q.outcome = 'agreed' AND q.drg_after IS NOT NULL AND q.drg_before IS NOT NULL "
                + "AND q.drg_after <> q.drg_before";
        return "SELECT q.facility_id, q.query_id, q.encounter_id, q.cdi_specialist_id, q.provider_npi, q.query_type, "
                + "q.period, CASE WHEN q.outcome IN ('agreed', 'disagreed') THEN 1 ELSE 0 END AS answered, "
                + "CASE WHEN q.outcome = 'agreed' THEN 1 ELSE 0 END AS agreed, "
                + "CASE WHEN q.outcome = 'disagreed' THEN 1 ELSE 0 END AS disagreed, "
                + "CASE WHEN q.outcome = 'no_response' THEN 1 ELSE 0 END AS no_response, "
                + "CASE WHEN " + open + " AND " + age + " < " + config.responseWindowDays() + " THEN 1 ELSE 0 END AS pending_in_window, "
                + "CASE WHEN " + open + " AND " + age + " >= " + config.responseWindowDays() + " THEN 1 ELSE 0 END AS overdue, "
                + "CASE WHEN q.outcome IN ('agreed', 'disagreed') THEN " + sql.daysBetween("q.opened_date", "q.answered_date")
                + " END AS response_days, "
                + "CASE WHEN " + changed + " THEN 1 ELSE 0 END AS drg_changed, "
                + "CASE WHEN " + changed + " THEN CAST(a.weight AS DECIMAL(10,4)) - CAST(b.weight AS DECIMAL(10,4)) END AS weight_change "
                + "FROM cdi_queries q "
                // Queried stays are inpatient discharges, already priced in cm_discharge (one row per stay: stage
                // resolves repeated keys); a stay not discharged yet falls back to the query's own dates.
                + "LEFT JOIN cm_discharge e ON e.facility_id = q.facility_id AND e.encounter_id = q.encounter_id "
                + "LEFT JOIN ref_drg b ON b.fiscal_year = " + fy + " AND b.ms_drg = q.drg_before "
                + "LEFT JOIN ref_drg a ON a.fiscal_year = " + fy + " AND a.ms_drg = q.drg_after";
    }

    /** Rates per facility, month (the month a query was opened) and grouping, with their targets beside them. */
    String rates() {
        String responseDenominator = "(count(*) - sum(pending_in_window))";
        String aggregates = "count(*) AS queries, sum(answered) AS answered, sum(agreed) AS agreed, "
                + "sum(disagreed) AS disagreed, sum(no_response) AS no_response, sum(pending_in_window) AS pending_in_window, "
                + "sum(overdue) AS overdue, "
                + "CAST(sum(answered) AS DOUBLE) / nullif(" + responseDenominator + ", 0) AS response_rate, "
                + "CAST(sum(agreed) AS DOUBLE) / nullif(sum(answered), 0) AS agreement_rate, "
                + "sum(response_days) AS response_days_total, "
                + "CAST(sum(response_days) AS DOUBLE) / nullif(sum(answered), 0) AS mean_response_days, "
                + "sum(drg_changed) AS drg_changes, coalesce(CAST(sum(weight_change) AS DOUBLE), 0) AS weight_change, "
                + "coalesce(CAST(round(sum(weight_change) * " + config.baseRate().toPlainString() + ", 2) AS DOUBLE), 0) "
                + "AS estimated_dollar_impact, "
                + "CAST(" + config.responseRateTarget() + " AS DOUBLE) AS response_rate_target, "
                + "CAST(" + config.agreementRateTarget() + " AS DOUBLE) AS agreement_rate_target";
        return CaseMixSql.grouped("cdi_query", DIMENSIONS, aggregates);
    }

    /** Queried discharges over inpatient discharges, by discharge month. */
    String queryRate() {
        return "SELECT d.facility_id, count(*) AS inpatient_discharges, "
                + "sum(CASE WHEN q.encounter_id IS NULL THEN 0 ELSE 1 END) AS queried_discharges, "
                + "CAST(sum(CASE WHEN q.encounter_id IS NULL THEN 0 ELSE 1 END) AS DOUBLE) / count(*) AS query_rate, d.period "
                + "FROM cm_discharge d LEFT JOIN (SELECT DISTINCT facility_id, encounter_id FROM cdi_queries) q "
                + "ON q.facility_id = d.facility_id AND q.encounter_id = d.encounter_id GROUP BY d.facility_id, d.period";
    }

    /**
     * Providers and query types below a target, worst shortfall first, among those with at least
     * min-queries-for-ranking queries in the rate's denominator (fewer is noise, not a pattern).
     */
    String followup() {
        String metrics = "SELECT facility_id, dimension, dimension_value, 'response_rate' AS metric, response_rate AS rate, "
                + "response_rate_target AS target, answered AS numerator, queries - pending_in_window AS denominator, period "
                + "FROM cdi_rates_all WHERE dimension IN ('provider', 'query_type') "
                + "UNION ALL SELECT facility_id, dimension, dimension_value, 'agreement_rate' AS metric, agreement_rate AS rate, "
                + "agreement_rate_target AS target, agreed AS numerator, answered AS denominator, period "
                + "FROM cdi_rates_all WHERE dimension IN ('provider', 'query_type')";
        return "SELECT facility_id, row_number() OVER (PARTITION BY facility_id, period ORDER BY target - rate DESC, "
                + "denominator DESC, dimension, dimension_value, metric) AS rank, dimension, dimension_value, metric, rate, "
                + "target, target - rate AS shortfall, numerator, denominator, period FROM (" + metrics + ") m "
                + "WHERE denominator >= " + config.minQueriesForRanking() + " AND rate < target";
    }
}
