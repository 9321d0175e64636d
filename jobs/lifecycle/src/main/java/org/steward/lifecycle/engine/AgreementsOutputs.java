package org.steward.lifecycle.engine;

import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.STRING;

import java.util.List;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SqlColumn;

/**
 * The agreements job's output, published at {@code <output>/agreements/findings/period=P/} (P the month of the
 * run date). The first four columns are the issue's; the monthly report reads them.
 */
public enum AgreementsOutputs implements PeriodOutput {

    /** One row per finding: agreement_id is empty for access with no agreement at all. */
    FINDINGS("findings", PeriodOutput.columns("agreement_id", STRING, "counterparty", STRING, "finding", STRING,
            "detail", STRING, "agreement_type", STRING, "facility_id", STRING, "system", STRING, "event_date", DATE,
            "as_of", DATE));

    public static final String AREA = "agreements";

    private final String folder;
    private final List<SqlColumn> columns;

    AgreementsOutputs(String folder, List<SqlColumn> columns) {
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
