package org.steward.denials.engine;

import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.BOOLEAN;
import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.DECIMAL_CENTS;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.INTEGER;
import static org.steward.platform.engine.SqlType.STRING;

import java.util.List;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SqlColumn;

/**
 * Every output of the denials job: where it is published ({@code <output>/denials/<name>/period=P/}, P the
 * month claims were submitted) and its columns, the same on both engines. Every rate carries its numerator
 * and denominator; money is exact to the cent (DECIMAL(18,2)).
 */
public enum DenialsOutputs implements PeriodOutput {

    CLAIMS("claims", cols("facility_id", STRING, "claim_id", STRING, "encounter_id", STRING, "payer_id", STRING,
            "submitted_date", DATE, "billed_amount", DECIMAL_CENTS, "remittances", BIGINT, "initial_remit_date", DATE,
            "initial_paid", DECIMAL_CENTS, "denial_type", STRING, "denied_amount", DECIMAL_CENTS,
            "denial_adjustments", BIGINT, "group_code", STRING, "carc", STRING, "rarc", STRING, "category", STRING,
            "caqh_scenario", STRING, "preventable", BOOLEAN, "owner", STRING, "traces_to", STRING,
            "net_paid", DECIMAL_CENTS, "reversed", BOOLEAN, "overturned", BOOLEAN, "appealed", BOOLEAN,
            "appeal_level", INTEGER, "appeal_decision", STRING, "appeal_recovered_amount", DECIMAL_CENTS)),
    RATES("rates", cols("facility_id", STRING, "dimension", STRING, "dimension_value", STRING, "claims", BIGINT,
            "billed_amount", DECIMAL_CENTS, "adjudicated_claims", BIGINT, "denied_claims", BIGINT, "full_denials", BIGINT,
            "partial_denials", BIGINT, "denied_amount", DECIMAL_CENTS, "denial_rate", DOUBLE, "adjudicated_denial_rate", DOUBLE,
            "dollar_denial_rate", DOUBLE,
            "preventable_denials", BIGINT, "preventable_amount", DECIMAL_CENTS, "preventable_share", DOUBLE,
            "documentation_coding_denials", BIGINT, "documentation_coding_amount", DECIMAL_CENTS,
            "documentation_coding_share", DOUBLE, "unmapped_denials", BIGINT, "overturned_denials", BIGINT)),
    PARETO("pareto", cols("facility_id", STRING, "rank", BIGINT, "category", STRING, "owner", STRING,
            "preventable", BOOLEAN, "denied_claims", BIGINT, "denied_amount", DECIMAL_CENTS,
            "total_denied_amount", DECIMAL_CENTS, "share", DOUBLE, "cumulative_share", DOUBLE, "vital_few", BOOLEAN)),
    CONTROL_CHART("control_chart", cols("dimension", STRING, "facility_id", STRING, "payer_id", STRING,
            "category", STRING, "denied_claims", BIGINT, "adjudicated_claims", BIGINT, "value", DOUBLE, "center", DOUBLE,
            "lower_limit", DOUBLE, "upper_limit", DOUBLE, "signal", STRING, "months", INTEGER)),
    MIX_SHIFT("mix_shift", cols("dimension", STRING, "facility_id", STRING, "payer_id", STRING, "denials", BIGINT,
            "trailing_denials", BIGINT, "trailing_months", INTEGER, "statistic", DOUBLE, "df", INTEGER, "p_value", DOUBLE,
            "alpha", DOUBLE, "shifted", BOOLEAN, "min_expected", DOUBLE, "most_raised_category", STRING, "note", STRING)),
    FIX_LIST("fix_list", cols("facility_id", STRING, "rank", BIGINT, "category", STRING, "owner", STRING,
            "preventable", BOOLEAN, "denied_claims", BIGINT, "denied_amount", DECIMAL_CENTS, "recoverable_rate", DOUBLE,
            "estimated_recoverable", DECIMAL_CENTS, "adjudicated_claims", BIGINT, "denial_rate", DOUBLE,
            "trailing_denial_rate", DOUBLE, "trend", STRING, "chart_signal", STRING, "observed_overturn_rate", DOUBLE,
            "overturned_appeals", BIGINT, "decided_appeals", BIGINT)),
    EVIDENCE("evidence", cols("facility_id", STRING, "evidence", STRING, "flagged", BOOLEAN, "claims", BIGINT,
            "adjudicated_claims", BIGINT, "denied_claims", BIGINT, "denied_amount", DECIMAL_CENTS,
            "adjudicated_denial_rate", DOUBLE, "billed_amount", DECIMAL_CENTS, "dollar_denial_rate", DOUBLE)),
    APPEALS("appeals", cols("facility_id", STRING, "dimension", STRING, "dimension_value", STRING,
            "denied_claims", BIGINT, "denied_amount", DECIMAL_CENTS, "appealed_claims", BIGINT,
            "appealed_amount", DECIMAL_CENTS, "appeal_rate", DOUBLE, "decided_appeals", BIGINT,
            "overturned_appeals", BIGINT, "fully_overturned", BIGINT, "partially_overturned", BIGINT,
            "upheld_appeals", BIGINT, "pending_appeals", BIGINT, "withdrawn_appeals", BIGINT, "overturn_rate", DOUBLE,
            "recovered_amount", DECIMAL_CENTS));

    /** The top folder under --output. */
    public static final String AREA = "denials";

    private final String folder;
    private final List<SqlColumn> columns;

    DenialsOutputs(String folder, List<SqlColumn> columns) {
        this.folder = folder;
        this.columns = columns;
    }

    @Override
    public String area() {
        return AREA;
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
