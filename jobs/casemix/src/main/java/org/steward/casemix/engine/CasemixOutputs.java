package org.steward.casemix.engine;

import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.INTEGER;
import static org.steward.platform.engine.SqlType.STRING;

import java.util.List;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SqlColumn;

/**
 * Every output of the case-mix job: where it is published ({@code <output>/<area>/<name>/period=P/}) and
 * its columns, the same on both engines. Metrics carry their numerators and denominators so an analyst
 * can re-aggregate them (months into quarters, facilities into a system).
 */
public enum CasemixOutputs implements PeriodOutput {

    CMI("casemix", "cmi", cols("facility_id", STRING, "dimension", STRING, "dimension_value", STRING,
            "fiscal_year", INTEGER, "grouper_version", STRING, "discharges", BIGINT, "priced_discharges", BIGINT,
            "unpriced_discharges", BIGINT, "sum_weight", DOUBLE, "cmi", DOUBLE, "transfer_discharges", BIGINT,
            "transfer_adjusted_cases", DOUBLE, "transfer_adjusted_weight", DOUBLE, "cmi_transfer_adjusted", DOUBLE,
            "post_acute_rule", STRING)),
    SEVERITY("casemix", "severity", cols("facility_id", STRING, "dimension", STRING, "dimension_value", STRING,
            "cc_mcc_list", STRING, "severity_split_discharges", BIGINT, "with_mcc", BIGINT, "with_cc", BIGINT,
            "with_cc_mcc", BIGINT, "without_mcc", BIGINT, "without_cc_mcc", BIGINT, "cc_mcc_discharges", BIGINT,
            "cc_mcc_capture_rate", DOUBLE, "documented_not_captured", BIGINT, "captured_not_documented", BIGINT,
            "weight_documented_not_captured", DOUBLE, "weight_captured_not_documented", DOUBLE)),
    OPPORTUNITIES("casemix", "opportunities", cols("facility_id", STRING, "rank", BIGINT, "encounter_id", STRING,
            "opportunity", STRING, "ms_drg", STRING, "family", STRING, "severity", STRING, "documented_severity", STRING,
            "cc_mcc_codes", STRING, "cc_mcc_list", STRING, "expected_ms_drg", STRING, "weight", DOUBLE,
            "expected_weight", DOUBLE, "weight_difference", DOUBLE)),
    UNPRICED("casemix", "unpriced", cols("facility_id", STRING, "encounter_id", STRING, "discharge_date", DATE,
            "fiscal_year", INTEGER, "ms_drg", STRING, "reason", STRING)),
    CMI_CHANGE("casemix", "cmi_change", cols("facility_id", STRING, "previous_period", STRING,
            "previous_fiscal_year", INTEGER, "fiscal_year", INTEGER, "cmi_previous", DOUBLE, "cmi", DOUBLE,
            "change", DOUBLE, "weight_table_effect", DOUBLE, "mix_effect", DOUBLE, "severity_effect", DOUBLE,
            "discharges_previous", BIGINT, "discharges", BIGINT, "previous_not_repriced", BIGINT)),
    CONTROL_CHART("casemix", "control_chart", cols("facility_id", STRING, "metric", STRING, "value", DOUBLE,
            "center", DOUBLE, "lower_limit", DOUBLE, "upper_limit", DOUBLE, "signal", STRING, "months", INTEGER)),
    CDI_RATES("cdi", "rates", cols("facility_id", STRING, "dimension", STRING, "dimension_value", STRING,
            "queries", BIGINT, "answered", BIGINT, "agreed", BIGINT, "disagreed", BIGINT, "no_response", BIGINT,
            "pending_in_window", BIGINT, "overdue", BIGINT, "response_rate", DOUBLE, "agreement_rate", DOUBLE,
            "response_days_total", BIGINT, "mean_response_days", DOUBLE, "drg_changes", BIGINT,
            "weight_change", DOUBLE, "estimated_dollar_impact", DOUBLE, "response_rate_target", DOUBLE,
            "agreement_rate_target", DOUBLE)),
    CDI_QUERY_RATE("cdi", "query_rate", cols("facility_id", STRING, "inpatient_discharges", BIGINT,
            "queried_discharges", BIGINT, "query_rate", DOUBLE)),
    CDI_FOLLOWUP("cdi", "followup", cols("facility_id", STRING, "rank", BIGINT, "dimension", STRING,
            "dimension_value", STRING, "metric", STRING, "rate", DOUBLE, "target", DOUBLE, "shortfall", DOUBLE,
            "numerator", BIGINT, "denominator", BIGINT));

    private final String area;
    private final String folder;
    private final List<SqlColumn> columns;

    CasemixOutputs(String area, String folder, List<SqlColumn> columns) {
        this.area = area;
        this.folder = folder;
        this.columns = columns;
    }

    /** The top folder under --output: {@code casemix} or {@code cdi}. */
    @Override
    public String area() {
        return area;
    }

    @Override
    public String folder() {
        return folder;
    }

    @Override
    public List<SqlColumn> columns() {
        return columns;
    }

    private static List<SqlColumn> cols(Object... nameAndType) {
        return PeriodOutput.columns(nameAndType);
    }
}
