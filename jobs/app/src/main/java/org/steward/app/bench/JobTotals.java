package org.steward.app.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.steward.platform.settings.StewardSettings;

/**
 * What an aggregate job's benchmark compares: the job's output totals, named as its hand-written reference
 * script ({@code bench/<job>-reference.sql}) names them, so the two can be checked against each other.
 */
public record JobTotals(String job, List<String> reads, String referenceScript, String referenceComputes,
                        Function<StewardSettings, Path> reference, Map<String, String> sums) {

    public static final JobTotals CASEMIX = new JobTotals("casemix", List.of("encounters", "cdi_queries"),
            "/bench/casemix-reference.sql", "CMI plain and transfer-adjusted, capture, documented CC/MCC, CDI rates and DRG impact",
            s -> s.casemix().reference(), totals(
                    "priced_discharges", "SELECT sum(priced_discharges) FROM read_parquet('casemix/cmi/*/*.parquet') WHERE dimension = 'all'",
                    "weight_ten_thousandths", "SELECT CAST(round(sum(CAST(sum_weight AS DECIMAL(18,4))) * 10000) AS BIGINT) "
                            + "FROM read_parquet('casemix/cmi/*/*.parquet') WHERE dimension = 'all'",
                    "severity_split_discharges", "SELECT sum(severity_split_discharges) FROM read_parquet('casemix/severity/*/*.parquet') "
                            + "WHERE dimension = 'all'",
                    "cc_mcc_discharges", "SELECT sum(cc_mcc_discharges) FROM read_parquet('casemix/severity/*/*.parquet') "
                            + "WHERE dimension = 'all'",
                    "queries", "SELECT sum(queries) FROM read_parquet('cdi/rates/*/*.parquet') WHERE dimension = 'all'",
                    "answered", "SELECT sum(answered) FROM read_parquet('cdi/rates/*/*.parquet') WHERE dimension = 'all'",
                    "agreed", "SELECT sum(agreed) FROM read_parquet('cdi/rates/*/*.parquet') WHERE dimension = 'all'"));

    public static final JobTotals DENIALS = new JobTotals("denials", List.of("claims", "remittance_adjustments"),
            "/bench/denials-reference.sql", "denied claims and dollars by facility, payer and category",
            s -> s.denials().reference(), denialTotals());

    /** The job's totals over an output folder, in the order the reference script returns them. */
    public Map<String, Long> of(Path output) throws SQLException {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            totals.put(sum.getKey(), DuckDbQualityReference.count(output, sum.getValue()));
        }
        return totals;
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
        return sums;
    }

    private static Map<String, String> totals(String... nameAndSql) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (int i = 0; i < nameAndSql.length; i += 2) {
            sums.put(nameAndSql[i], nameAndSql[i + 1]);
        }
        return sums;
    }
}
