package org.steward.core.contract;

import java.util.Optional;
import org.steward.core.period.Period;

/** The outcome of reading one record against its contract. */
public sealed interface ParsedRow {

    /**
     * A typed row: {@code values} follow {@link StagedColumn#of(TableContract)} (contract columns, then the
     * raw text of KEEP_RAW columns that failed to type, then the source line).
     */
    record Accepted(Object[] values, Optional<Period> period) implements ParsedRow {
    }

    /** A row that breaks the contract; {@code field} is empty when the problem is the row as a whole. */
    record Rejected(String field, String reason) implements ParsedRow {
    }
}
