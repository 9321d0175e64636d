package org.steward.core.contract;

import java.util.List;
import java.util.Optional;

/**
 * The contract of one input file: its required columns, the columns that identify a row, and the
 * date column whose month decides the row's period (empty for tables that are snapshots).
 */
public record TableContract(String table, List<ColumnSpec> columns, List<String> keyColumns,
                            Optional<String> periodColumn, Optional<String> periodFallbackColumn) {

    public TableContract {
        List<ColumnSpec> all = List.copyOf(columns);
        for (String key : keyColumns) {
            if (indexOf(all, key) < 0) {
                throw new IllegalArgumentException(table + ": key column " + key + " is not a column");
            }
        }
        periodColumn.ifPresent(c -> requireDate(table, all, c));
        periodFallbackColumn.ifPresent(c -> requireDate(table, all, c));
        columns = all;
        keyColumns = List.copyOf(keyColumns);
    }

    public String fileName() {
        return table + ".csv";
    }

    public boolean partitionedByPeriod() {
        return periodColumn.isPresent();
    }

    public int indexOf(String column) {
        return indexOf(columns, column);
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    private static int indexOf(List<ColumnSpec> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireDate(String table, List<ColumnSpec> columns, String name) {
        int i = indexOf(columns, name);
        if (i < 0 || columns.get(i).kind() != FieldKind.DATE) {
            throw new IllegalArgumentException(table + ": period column " + name + " must be a DATE column");
        }
    }
}
