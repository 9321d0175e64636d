package org.steward.core.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a staged table as written to Parquet, in the order {@link RowParser} fills it.
 * {@code repetitive} says whether values repeat a lot (codes, facilities, dates), which is where
 * dictionary encoding pays; on near-unique columns (ids, names, amounts) it only costs time.
 */
public record StagedColumn(String name, StoredType type, boolean repetitive) {

    public StagedColumn(String name, StoredType type) {
        this(name, type, false);
    }

    public static final String SOURCE_LINE = "source_line";

    /** Storage types, independent of any engine: the writer maps them to Parquet. */
    public enum StoredType { STRING, DATE, CENTS, STRING_LIST, LONG, DOUBLE }

    public static List<StagedColumn> of(TableContract contract) {
        List<StagedColumn> columns = new ArrayList<>();
        for (ColumnSpec column : contract.columns()) {
            columns.add(new StagedColumn(column.name(), storedType(column.kind()), column.repetitive()));
        }
        for (ColumnSpec column : contract.columns()) {
            if (column.keepsRaw()) {
                columns.add(new StagedColumn(column.rawColumnName(), StoredType.STRING));
            }
        }
        // Lets a steward go from a staged row (or a quality failure) back to the line of the input file.
        columns.add(new StagedColumn(SOURCE_LINE, StoredType.LONG));
        return List.copyOf(columns);
    }

    private static StoredType storedType(FieldKind kind) {
        return switch (kind) {
            case DATE -> StoredType.DATE;
            case AMOUNT -> StoredType.CENTS;
            case ICD_CODE_LIST -> StoredType.STRING_LIST;
            default -> StoredType.STRING;
        };
    }
}
