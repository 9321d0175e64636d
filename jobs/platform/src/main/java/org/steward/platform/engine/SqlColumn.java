package org.steward.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.TableContract;

/** A named, typed column of a table an engine registers. */
public record SqlColumn(String name, SqlType type) {

    /** The columns of a staged table as the stage job writes them, with {@code period} for partitioned tables. */
    public static List<SqlColumn> staged(TableContract table) {
        List<SqlColumn> columns = new ArrayList<>();
        for (StagedColumn column : StagedColumn.of(table)) {
            columns.add(new SqlColumn(column.name(), SqlType.of(column.type())));
        }
        if (table.partitionedByPeriod()) {
            columns.add(new SqlColumn("period", SqlType.STRING));
        }
        return List.copyOf(columns);
    }
}
