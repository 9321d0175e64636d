package org.steward.app.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.steward.casemix.engine.CasemixOutputs;
import org.steward.platform.settings.StewardSettings;

/**
 * What an aggregate job's benchmark compares: the job's output totals, named as its hand-written reference
 * script ({@code bench/<job>-reference.sql}) names them, so the two can be checked against each other.
 */
public record JobTotals(String job, List<String> reads, String referenceScript, String referenceComputes,
                        Function<StewardSettings, Path> reference, Map<String, String> sums) {

    public static final JobTotals CASEMIX = new JobTotals("casemix", List.of("encounters", "cdi_queries"),
            "/bench/casemix-reference.sql", "every casemix and cdi output, written as Parquet by period",
            s -> s.casemix().reference(), casemixTotals());

    public static final JobTotals DENIALS = new JobTotals("denials", List.of("claims", "remittance_adjustments", "appeals"),
            "/bench/denials-reference.sql", "the denied claims, rates, Pareto and appeals written as Parquet",
            s -> s.denials().reference(), denialTotals());

    public static final JobTotals ROI = new JobTotals("roi", List.of("roi_requests"), "/bench/roi-reference.sql",
            "ROI findings by code and the accounting of disclosures", s -> s.privacy().settings(),
            latestAudit("roi/findings", "roi/accounting", List.of("missing_authorization", "invalid_authorization",
                    "expired_authorization", "revoked_authorization", "authorization_other_patient",
                    "late_patient_access"), "accounting"));

    public static final JobTotals ACCESS_AUDIT = new JobTotals("access-audit", List.of("access_log"),
            "/bench/access-audit-reference.sql", "findings (volume statistic included) and cases, written as Parquet",
            s -> s.privacy().settings(), accessTotals());

    public static final JobTotals RETENTION = new JobTotals("retention", List.of("encounters"),
            "/bench/retention-reference.sql", "records, disposition and holds, written as Parquet",
            s -> s.lifecycle().retention(), totals(
                    "records", "SELECT count(*) FROM " + latest("retention/records"),
                    "no_service_date", "SELECT count(*) FROM " + latest("retention/records")
                            + " WHERE record_rule = 'no_service_date'",
                    "federal_floor_fallback", "SELECT count(*) FROM " + latest("retention/records")
                            + " WHERE record_rule LIKE 'federal.floor.%'",
                    "minor_rule", "SELECT count(*) FROM " + latest("retention/records") + " WHERE record_rule LIKE '%.minor'",
                    "retain_days", "SELECT CAST(sum(record_retain_until - DATE '2000-01-01') AS BIGINT) FROM "
                            + latest("retention/records"),
                    "held", "SELECT count(*) FROM " + latest("retention/records") + " WHERE hold_id IS NOT NULL"));

    /**
     * Whether the comparison holds only on a folder the MPI has not run in: the job would then join persons
     * through its links, which the hand-written reference leaves out.
     */
    public boolean withoutMpi() {
        return this == ACCESS_AUDIT || this == RETENTION;
    }

    /**
     * The job's output folders the bench empties before timing it, as it empties the folder its reference writes to:
     * both then write into empty folders, and neither is timed deleting an earlier bench's files. Casemix's reference
     * writes every output the job writes; the others' write to /dev/null or not at all.
     */
    public List<String> emptiedBeforeRun() {
        return this == CASEMIX ? Arrays.stream(CasemixOutputs.values()).map(o -> o.area() + "/" + o.folder()).toList()
                : List.of();
    }

    /** The job's totals over an output folder, in the order the reference script returns them. */
    public Map<String, Long> of(Path output) throws SQLException {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            totals.put(sum.getKey(), DuckDbQualityReference.count(output, sum.getValue()));
        }
        return totals;
    }

    /** Totals of every casemix output, named as bench/casemix-reference.sql names them. */
    private static Map<String, String> casemixTotals() {
        String cmi = " FROM read_parquet('casemix/cmi/*/*.parquet')";
        String severity = " FROM read_parquet('casemix/severity/*/*.parquet') WHERE dimension = 'all'";
        String changes = " FROM read_parquet('casemix/cmi_change/*/*.parquet')";
        String chart = " FROM read_parquet('casemix/control_chart/*/*.parquet')";
        String rates = " FROM read_parquet('cdi/rates/*/*.parquet') WHERE dimension = 'all'";
        return totals(
                "priced_discharges", "SELECT sum(priced_discharges)" + cmi + " WHERE dimension = 'all'",
                "unpriced_discharges", "SELECT sum(unpriced_discharges)" + cmi + " WHERE dimension = 'all'",
                "weight_ten_thousandths", "SELECT CAST(round(sum(CAST(sum_weight AS DECIMAL(18,4))) * 10000) AS BIGINT)" + cmi
                        + " WHERE dimension = 'all'",
                "transfer_discharges", "SELECT sum(transfer_discharges)" + cmi + " WHERE dimension = 'all'",
                "cmi_rows", "SELECT count(*)" + cmi,
                "severity_split_discharges", "SELECT sum(severity_split_discharges)" + severity,
                "cc_mcc_discharges", "SELECT sum(cc_mcc_discharges)" + severity,
                "documented_not_captured", "SELECT sum(documented_not_captured)" + severity,
                "captured_not_documented", "SELECT sum(captured_not_documented)" + severity,
                "worklist_rows", "SELECT count(*) FROM read_parquet('casemix/opportunities/*/*.parquet')",
                "unpriced_rows", "SELECT count(*) FROM read_parquet('casemix/unpriced/*/*.parquet')",
                "cmi_change_rows", "SELECT count(*)" + changes,
                "previous_not_repriced", "SELECT sum(previous_not_repriced)" + changes,
                "control_chart_rows", "SELECT count(*)" + chart,
                "control_chart_signals", "SELECT count(signal)" + chart,
                "queries", "SELECT sum(queries)" + rates,
                "answered", "SELECT sum(answered)" + rates,
                "agreed", "SELECT sum(agreed)" + rates,
                "pending_in_window", "SELECT sum(pending_in_window)" + rates,
                "drg_changes", "SELECT sum(drg_changes)" + rates,
                "queried_discharges", "SELECT sum(queried_discharges) FROM read_parquet('cdi/query_rate/*/*.parquet')",
                "followup_rows", "SELECT count(*) FROM read_parquet('cdi/followup/*/*.parquet')");
    }

    private static Map<String, String> denialTotals() {
        String rates = " FROM read_parquet('denials/rates/*/*.parquet') WHERE dimension = 'all'";
        Map<String, String> sums = new LinkedHashMap<>();
        for (String column : List.of("claims", "adjudicated_claims", "denied_claims", "full_denials")) {
            sums.put(column, "SELECT sum(" + column + ")" + rates);
        }
        sums.put("denied_cents", "SELECT CAST(sum(denied_amount) * 100 AS BIGINT)" + rates);
        for (String column : List.of("preventable_denials", "documentation_coding_denials")) {
            sums.put(column, "SELECT sum(" + column + ")" + rates);
        }
        String appeals = " FROM read_parquet('denials/appeals/*/*.parquet') WHERE dimension = ";
        for (String column : List.of("appealed_claims", "decided_appeals", "overturned_appeals", "pending_appeals",
                "withdrawn_appeals")) {
            sums.put(column, "SELECT sum(" + column + ")" + appeals + "'all'");
        }
        sums.put("appeal_recovered_cents", "SELECT CAST(sum(recovered_amount) * 100 AS BIGINT)" + appeals + "'all'");
        sums.put("unmatched_appeals", "SELECT coalesce(sum(appealed_claims), 0)" + appeals + "'unmatched'");
        return sums;
    }

    /** Findings by code of the latest audit (the period of the latest run date), and the rows of a second output. */
    private static Map<String, String> latestAudit(String findings, String other, List<String> codes, String otherName) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String code : codes) {
            sums.put(code, "SELECT count(*) FROM " + latest(findings) + " WHERE finding = '" + code + "'");
        }
        sums.put(otherName, "SELECT count(*) FROM " + latest(other));
        return sums;
    }

    private static Map<String, String> accessTotals() {
        Map<String, String> sums = latestAudit("access/findings", "access/findings", List.of("self_access", "family_access",
                "terminated_user", "no_encounter_context", "volume_anomaly"), "ignored");
        sums.remove("ignored");
        sums.put("events", "SELECT count(*) FROM read_parquet('staged/access_log/*/*.parquet')");
        return sums;
    }

    private static String latest(String output) {
        String all = "read_parquet('" + output + "/*/*.parquet', hive_partitioning = true, hive_types = {'period': VARCHAR})";
        return "(SELECT * FROM " + all + " WHERE period = (SELECT max(period) FROM " + all + "))";
    }

    private static Map<String, String> totals(String... nameAndSql) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (int i = 0; i < nameAndSql.length; i += 2) {
            sums.put(nameAndSql[i], nameAndSql[i + 1]);
        }
        return sums;
    }
}
