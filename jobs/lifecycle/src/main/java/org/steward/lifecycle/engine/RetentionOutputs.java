package org.steward.lifecycle.engine;

import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.BOOLEAN;
import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.STRING;

import java.util.List;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SqlColumn;

/**
 * Every output of the retention job, published at {@code <output>/retention/<name>/period=P/} where P is the
 * month of the run date: a re-run in the month replaces it. The first columns of {@code records} are the
 * issue's, in its order; the monthly report reads them.
 */
public enum RetentionOutputs implements PeriodOutput {

    /** One row per record (facility + MRN). */
    RECORDS("records", PeriodOutput.columns("facility_id", STRING, "mrn", STRING, "last_service_date", DATE,
            "retain_until", DATE, "rule", STRING, "hold_id", STRING, "eligible", BOOLEAN,
            "state", STRING, "record_retain_until", DATE, "record_rule", STRING, "enterprise_id", STRING,
            "rule_source", STRING, "as_of", DATE)),
    /** The records that may be destroyed, for each facility's committee, with why. */
    DISPOSITION("disposition", PeriodOutput.columns("facility_id", STRING, "state", STRING, "mrn", STRING,
            "last_service_date", DATE, "retain_until", DATE, "rule", STRING, "rule_source", STRING, "reason", STRING,
            "as_of", DATE)),
    /** One row per legal hold: what it covers and how many records it holds. */
    HOLDS("holds", PeriodOutput.columns("hold_id", STRING, "facility_id", STRING, "scope", STRING, "matter", STRING,
            "start_date", DATE, "release_date", DATE, "standing", BOOLEAN, "records_covered", BIGINT,
            "records_held", BIGINT, "records_otherwise_eligible", BIGINT, "as_of", DATE));

    public static final String AREA = "retention";

    private final String folder;
    private final List<SqlColumn> columns;

    RetentionOutputs(String folder, List<SqlColumn> columns) {
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
}
