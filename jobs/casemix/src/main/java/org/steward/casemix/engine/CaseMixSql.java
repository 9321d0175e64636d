package org.steward.casemix.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.steward.casemix.config.CasemixConfig;
import org.steward.platform.engine.SqlDialect;

/**
 * The case-mix aggregates as SQL both engines run. Weights are summed as DECIMAL(10,4) (the tables' own
 * precision) and transfer fractions as DECIMAL(12,6), so sums are exact and both engines agree to the
 * last digit whatever order they add in.
 */
final class CaseMixSql {

    /** The groupings every metric is cut by; {@code all} is the facility's whole month. */
    static final List<String[]> DIMENSIONS = List.of(
            new String[] {"all", "'all'"},
            new String[] {"payer_class", "payer_class"},
            new String[] {"service_type", "CASE WHEN unpriced_reason IS NOT NULL THEN 'unpriced' "
                    + "WHEN surgical THEN 'surgical' ELSE 'medical' END"},
            new String[] {"mdc", "CASE WHEN unpriced_reason IS NOT NULL THEN 'unpriced' "
                    + "WHEN mdc = '' THEN 'none' ELSE mdc END"});

    private final SqlDialect sql;
    private final CasemixConfig config;
    private final LocalDate asOf;

    CaseMixSql(SqlDialect sql, CasemixConfig config, LocalDate asOf) {
        this.sql = sql;
        this.config = config;
        this.asOf = asOf;
    }

    /**
     * One row per inpatient discharge, priced on the table of its fiscal year, or with the reason it
     * cannot be priced. Stays without a discharge date are still in house: not discharges yet.
     */
    String discharges() {
        String fy = sql.fiscalYear("e.discharge_date");
        String los = sql.daysBetween("e.admit_date", "e.discharge_date");
        String priced = "e.ms_drg IS NOT NULL AND e.discharge_date <= " + sql.literal(asOf)
                + " AND (e.admit_date IS NULL OR e.admit_date <= e.discharge_date) AND d.weight IS NOT NULL";
        String transferred = "(t.kind = 'acute' OR (t.kind = 'post_acute' AND pa.ms_drg IS NOT NULL))";
        String fraction = "CASE WHEN NOT (" + priced + ") THEN NULL WHEN " + transferred + " AND d.gmlos > 0 THEN "
                + "CAST(least(CAST(1 AS DOUBLE), (" + los + " + 1) / d.gmlos) AS DECIMAL(12,6)) "
                + "ELSE CAST(1 AS DECIMAL(12,6)) END";
        return "SELECT e.facility_id, e.encounter_id, e.period, e.discharge_date, e.discharge_disposition, e.ms_drg, "
                + "e.secondary_dx, " + fy + " AS fiscal_year, y.grouper_version, y.cc_mcc_list_year, y.cc_mcc_list, "
                + "CASE WHEN mp.payer_id IS NULL THEN 'other' ELSE 'medicare' END AS payer_class, "
                + "d.mdc, d.surgical, d.family, d.severity, d.severity_level, coalesce(d.splits, false) AS splits, "
                + "CASE WHEN " + priced + " THEN CAST(d.weight AS DECIMAL(10,4)) END AS weight, "
                + "CASE WHEN " + priced + " AND " + transferred + " THEN 1 ELSE 0 END AS transfer, "
                + fraction + " AS case_fraction, "
                + "CASE WHEN e.ms_drg IS NULL THEN 'missing_drg' "
                + "WHEN e.discharge_date > " + sql.literal(asOf) + " THEN 'discharge_after_run_date' "
                + "WHEN e.admit_date > e.discharge_date THEN 'discharge_before_admit' "
                + "WHEN y.fiscal_year IS NULL THEN 'no_weight_table_for_fiscal_year' "
                + "WHEN d.ms_drg IS NULL THEN 'drg_not_in_fiscal_year_table' "
                + "WHEN d.weight IS NULL THEN 'ungroupable_drg' END AS unpriced_reason "
                + "FROM encounters e "
                + "LEFT JOIN ref_drg_year y ON y.fiscal_year = " + fy + " "
                + "LEFT JOIN ref_drg d ON d.fiscal_year = " + fy + " AND d.ms_drg = e.ms_drg "
                + "LEFT JOIN ref_medicare_payer mp ON mp.payer_id = e.payer_id "
                + "LEFT JOIN ref_transfer t ON t.disposition = e.discharge_disposition "
                + "LEFT JOIN ref_post_acute_drg pa ON pa.ms_drg = e.ms_drg "
                + "WHERE e.encounter_class IN (" + config.inpatientClasses().stream().map(sql::literal)
                        .collect(Collectors.joining(", ")) + ") AND e.discharge_date IS NOT NULL";
    }

    /**
     * CMI (plain and transfer-adjusted) and CC/MCC capture per facility, month and grouping, in one pass over
     * {@code cm_documented} (every discharge, one row each): the casemix/cmi and casemix/severity outputs are its
     * columns, so the discharges are grouped once for both.
     */
    String cmiAndSeverity(String postAcuteRule) {
        return grouped("cm_documented", DIMENSIONS, cmi(postAcuteRule) + ", " + severity());
    }

    /** CMI's aggregates, with transfer-adjusted figures beside the plain ones. */
    private String cmi(String postAcuteRule) {
        return "min(fiscal_year) AS fiscal_year, min(grouper_version) AS grouper_version, "
                + "count(*) AS discharges, "
                + "sum(CASE WHEN unpriced_reason IS NULL THEN 1 ELSE 0 END) AS priced_discharges, "
                + "sum(CASE WHEN unpriced_reason IS NULL THEN 0 ELSE 1 END) AS unpriced_discharges, "
                + "CAST(sum(weight) AS DOUBLE) AS sum_weight, "
                + "CAST(sum(weight) AS DOUBLE) / nullif(sum(CASE WHEN unpriced_reason IS NULL THEN 1 ELSE 0 END), 0) AS cmi, "
                + "sum(transfer) AS transfer_discharges, "
                + "CAST(sum(case_fraction) AS DOUBLE) AS transfer_adjusted_cases, "
                + "CAST(sum(weight * case_fraction) AS DOUBLE) AS transfer_adjusted_weight, "
                + "CAST(sum(weight * case_fraction) AS DOUBLE) / nullif(CAST(sum(case_fraction) AS DOUBLE), 0) "
                + "AS cmi_transfer_adjusted, " + sql.literal(postAcuteRule) + " AS post_acute_rule";
    }

    /**
     * CC/MCC capture's aggregates among discharges in families split by severity, and how far the coded secondary
     * diagnoses agree with the severity the DRG was grouped at.
     */
    private static String severity() {
        String split = "unpriced_reason IS NULL AND splits";
        return "min(cc_mcc_list) AS cc_mcc_list, "
                + "sum(CASE WHEN " + split + " THEN 1 ELSE 0 END) AS severity_split_discharges, "
                + countOf(split, "with_mcc") + countOf(split, "with_cc") + countOf(split, "with_cc_mcc")
                + countOf(split, "without_mcc") + countOf(split, "without_cc_mcc")
                + "sum(CASE WHEN " + split + " AND severity_level > 0 THEN 1 ELSE 0 END) AS cc_mcc_discharges, "
                + "CAST(sum(CASE WHEN " + split + " AND severity_level > 0 THEN 1 ELSE 0 END) AS DOUBLE) / "
                + "nullif(sum(CASE WHEN " + split + " THEN 1 ELSE 0 END), 0) AS cc_mcc_capture_rate, "
                + "sum(CASE WHEN opportunity = 'documented_not_captured' THEN 1 ELSE 0 END) AS documented_not_captured, "
                + "sum(CASE WHEN opportunity = 'captured_not_documented' THEN 1 ELSE 0 END) AS captured_not_documented, "
                + "coalesce(CAST(sum(CASE WHEN opportunity = 'documented_not_captured' THEN expected_weight - weight END) "
                + "AS DOUBLE), 0) AS weight_documented_not_captured, "
                + "coalesce(CAST(sum(CASE WHEN opportunity = 'captured_not_documented' THEN weight - expected_weight END) "
                + "AS DOUBLE), 0) AS weight_captured_not_documented";
    }

    private static String countOf(String split, String severity) {
        return "sum(CASE WHEN " + split + " AND severity = '" + severity + "' THEN 1 ELSE 0 END) AS " + severity + ", ";
    }

    /** {@code aggregates} per facility, period and each grouping of {@code dimensions} ({name, expression}), stacked. */
    static String grouped(String table, List<String[]> dimensions, String aggregates) {
        // The constant 'all' is left out of GROUP BY: engines read a literal there differently.
        return dimensions.stream().map(d -> "SELECT facility_id, '" + d[0] + "' AS dimension, " + d[1]
                        + " AS dimension_value, " + aggregates + ", period FROM " + table + " GROUP BY facility_id, period"
                        + (d[1].startsWith("'") ? "" : ", " + d[1]))
                .collect(Collectors.joining(" UNION ALL "));
    }

    /**
     * The severity each split-family discharge's secondary diagnoses document, from the codes on its year's CC/MCC
     * list: 2 an MCC (an MCC only-if-alive code counts only for a patient discharged alive), 1 a CC, 0 neither.
     */
    String ccMccCodes() {
        return "SELECT x.facility_id, x.encounter_id, max(CASE WHEN c.severity = 'MCC' AND NOT (c.mcc_only_if_alive "
                + "AND x.discharge_disposition = '20') THEN 2 WHEN c.severity = 'CC' THEN 1 ELSE 0 END) AS documented_level "
                + "FROM (SELECT facility_id, encounter_id, discharge_disposition, cc_mcc_list_year, "
                + sql.explode("secondary_dx") + " AS dx FROM cm_discharge WHERE unpriced_reason IS NULL AND splits) x "
                + "JOIN ref_cc_mcc c ON c.list_year = x.cc_mcc_list_year AND c.code = replace(x.dx, '.', '') "
                + "GROUP BY x.facility_id, x.encounter_id";
    }

    /**
     * Every discharge with the severity its coded diagnoses document (2 MCC, 1 CC, 0 neither; the CC
     * exclusions of the principal diagnosis are not applied, see the README) and the family member that
     * severity groups to: the member requiring the most severity the codes support.
     */
    String documented() {
        // The member a documented level groups to depends only on the family's members that year: a small table
        // of (year, family, documented level) -> highest member level at or below it, joined once per discharge.
        String levels = "SELECT r.fiscal_year, r.family, l.documented_level, max(r.severity_level) AS expected_level "
                + "FROM ref_drg r JOIN (SELECT 0 AS documented_level UNION ALL SELECT 1 UNION ALL SELECT 2) l "
                + "ON r.severity_level <= l.documented_level WHERE r.weight IS NOT NULL "
                + "GROUP BY r.fiscal_year, r.family, l.documented_level";
        // Every discharge column but the diagnosis list: copying lists is most of the cost of a wide table.
        return "SELECT d.facility_id, d.encounter_id, d.period, d.discharge_date, d.discharge_disposition, d.ms_drg, "
                + "d.fiscal_year, d.grouper_version, d.cc_mcc_list_year, d.cc_mcc_list, d.payer_class, d.mdc, d.surgical, "
                + "d.family, d.severity, d.severity_level, d.splits, d.weight, d.transfer, d.case_fraction, d.unpriced_reason, "
                + "coalesce(c.documented_level, 0) AS documented_level, "
                + "m.ms_drg AS expected_ms_drg, CAST(m.weight AS DECIMAL(10,4)) AS expected_weight, "
                + "CASE WHEN d.unpriced_reason IS NOT NULL OR NOT d.splits OR m.ms_drg IS NULL THEN NULL "
                + "WHEN m.severity_level > d.severity_level THEN 'documented_not_captured' "
                + "WHEN m.severity_level < d.severity_level THEN 'captured_not_documented' END AS opportunity "
                + "FROM cm_discharge d "
                + "LEFT JOIN cm_cc_mcc_codes c ON c.facility_id = d.facility_id AND c.encounter_id = d.encounter_id "
                + "LEFT JOIN (" + levels + ") e ON d.unpriced_reason IS NULL AND d.splits "
                + "AND e.fiscal_year = d.fiscal_year AND e.family = d.family "
                + "AND e.documented_level = coalesce(c.documented_level, 0) "
                + "LEFT JOIN (SELECT fiscal_year, family, severity_level, min(ms_drg) AS ms_drg, min(weight) AS weight "
                + "  FROM ref_drg WHERE weight IS NOT NULL GROUP BY fiscal_year, family, severity_level) m "
                + "ON m.fiscal_year = d.fiscal_year AND m.family = d.family AND m.severity_level = e.expected_level";
    }

    /** The CDI worklist: discharges whose coded severity and grouped severity disagree, most weight first. */
    String worklist() {
        String difference = "CAST(expected_weight - weight AS DOUBLE)";
        return "SELECT * FROM (SELECT facility_id, encounter_id, opportunity, ms_drg, family, severity, "
                + "CASE documented_level WHEN 2 THEN 'mcc' WHEN 1 THEN 'cc' ELSE 'none' END AS documented_severity, "
                + "cc_mcc_list, expected_ms_drg, CAST(weight AS DOUBLE) AS weight, "
                + "CAST(expected_weight AS DOUBLE) AS expected_weight, " + difference + " AS weight_difference, period, "
                + "row_number() OVER (PARTITION BY facility_id, period ORDER BY abs(" + difference + ") DESC, encounter_id) AS rank "
                + "FROM cm_documented WHERE opportunity IS NOT NULL) ranked WHERE rank <= " + config.worklistSize();
    }

    /**
     * The worklist ({@code cm_worklist}) with the CC/MCC-listed codes behind each row (code:severity, sorted). Only
     * the worklist's few discharges are listed: spelling out every discharge's codes would cost a sort per discharge.
     */
    String opportunities() {
        return "SELECT w.facility_id, w.rank, w.encounter_id, w.opportunity, w.ms_drg, w.family, w.severity, "
                + "w.documented_severity, k.cc_mcc_codes, w.cc_mcc_list, w.expected_ms_drg, w.weight, w.expected_weight, "
                + "w.weight_difference, w.period FROM cm_worklist w LEFT JOIN ("
                + "SELECT x.facility_id, x.encounter_id, " + sql.sortedDistinctJoin("concat(x.dx, ':', c.severity)", "','")
                + " AS cc_mcc_codes FROM (SELECT d.facility_id, d.encounter_id, d.cc_mcc_list_year, "
                + sql.explode("d.secondary_dx") + " AS dx FROM cm_discharge d JOIN cm_worklist w2 "
                + "ON w2.facility_id = d.facility_id AND w2.encounter_id = d.encounter_id) x "
                + "JOIN ref_cc_mcc c ON c.list_year = x.cc_mcc_list_year AND c.code = replace(x.dx, '.', '') "
                + "GROUP BY x.facility_id, x.encounter_id) k ON k.facility_id = w.facility_id AND k.encounter_id = w.encounter_id";
    }

    String unpriced() {
        return "SELECT facility_id, encounter_id, discharge_date, fiscal_year, ms_drg, unpriced_reason AS reason, period "
                + "FROM cm_discharge WHERE unpriced_reason IS NOT NULL";
    }

    /** Priced discharges per facility, month and DRG: what the month-over-month decomposition works from. */
    static String drgCounts() {
        return "SELECT facility_id, period, fiscal_year, ms_drg, family, count(*) AS discharges "
                + "FROM cm_discharge WHERE unpriced_reason IS NULL GROUP BY facility_id, period, fiscal_year, ms_drg, family "
                // One order on both engines: the decomposition adds doubles, and addition order shows in the last digit.
                + "ORDER BY facility_id, period, ms_drg";
    }
}
