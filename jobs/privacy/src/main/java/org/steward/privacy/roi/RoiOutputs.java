package org.steward.privacy.roi;

import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.STRING;

import java.util.List;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SqlColumn;

/**
 * Every output of the roi job, published at {@code <output>/roi/<name>/period=P/} with P the month of the run
 * date: each run is an audit of everything on file as of that date, and a re-run in the month replaces it.
 * {@code findings} starts with the columns the monthly report reads (facility_id, request_id, finding, detail).
 */
public enum RoiOutputs implements PeriodOutput {

    FINDINGS("findings", cols("facility_id", STRING, "request_id", STRING, "finding", STRING, "detail", STRING,
            "mrn", STRING, "requester_type", STRING, "purpose", STRING, "received_date", DATE, "fulfilled_date", DATE,
            "authorization_id", STRING, "as_of", DATE)),
    ACCOUNTING("accounting", cols("facility_id", STRING, "mrn", STRING, "request_id", STRING, "disclosure_date", DATE,
            "requester_type", STRING, "purpose", STRING, "authorization_id", STRING, "basis", STRING, "as_of", DATE)),
    TURNAROUND("turnaround", cols("facility_id", STRING, "requester_type", STRING, "month", STRING,
            "fulfilled_requests", BIGINT, "median_days", DOUBLE, "p90_days", DOUBLE, "as_of", DATE)),
    COMPLIANCE("compliance", cols("facility_id", STRING, "month", STRING, "requests", BIGINT,
            "requests_with_findings", BIGINT, "compliant_requests", BIGINT, "compliance_rate", DOUBLE,
            "patient_access_judged", BIGINT, "late_patient_access", BIGINT, "patient_access_on_time_rate", DOUBLE,
            "as_of", DATE));

    /** The top folder under --output. */
    public static final String AREA = "roi";

    private final String folder;
    private final List<SqlColumn> columns;

    RoiOutputs(String folder, List<SqlColumn> columns) {
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
