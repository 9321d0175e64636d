package org.steward.platform.engine;

import org.steward.core.contract.StagedColumn;

/** The column types engine-neutral code declares; each dialect spells them its own way. */
public enum SqlType {
    STRING, INTEGER, BIGINT, DOUBLE, DATE, BOOLEAN, STRING_LIST, DECIMAL_CENTS;

    /** How a staged column (see the stage job's Parquet writer) reads back in SQL. */
    public static SqlType of(StagedColumn.StoredType stored) {
        return switch (stored) {
            case STRING -> STRING;
            case DATE -> DATE;
            case CENTS -> DECIMAL_CENTS;
            case STRING_LIST -> STRING_LIST;
            case LONG -> BIGINT;
            case DOUBLE -> DOUBLE;
        };
    }
}
