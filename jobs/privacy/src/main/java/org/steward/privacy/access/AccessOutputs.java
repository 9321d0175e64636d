package org.steward.privacy.access;

import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.BOOLEAN;
import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.STRING;

import java.util.List;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SqlColumn;

/**
 * Every output of the access-audit job, published at {@code <output>/access/<name>/period=P/} with P the month of
 * the run date. {@code findings} starts with the columns the monthly report reads (facility_id, user_id, mrn,
 * event_time, finding, detail); {@code person_key} is the MPI enterprise id (or facility|MRN when the MPI has not
 * linked the registration), {@code score} and {@code rank} order volume anomalies by how unusual they are.
 */
public enum AccessOutputs implements PeriodOutput {

    FINDINGS("findings", cols("facility_id", STRING, "user_id", STRING, "mrn", STRING, "event_time", STRING,
            "finding", STRING, "detail", STRING, "person_key", STRING, "role", STRING, "action", STRING,
            "patients", BIGINT, "score", DOUBLE, "rank", BIGINT, "as_of", DATE)),
    CASES("cases", cols("user_id", STRING, "person_key", STRING, "linked_by_mpi", BOOLEAN, "facilities", STRING,
            "findings", STRING, "facility_count", BIGINT, "events", BIGINT, "first_event_time", STRING,
            "last_event_time", STRING, "as_of", DATE));

    /** The top folder under --output. */
    public static final String AREA = "access";

    private final String folder;
    private final List<SqlColumn> columns;

    AccessOutputs(String folder, List<SqlColumn> columns) {
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
