package org.steward.platform.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * An output a job writes through {@link SqlEngine#writeParquet}, partitioned by period and published at
 * {@code <output>/<area>/<folder>/period=P/}. Jobs list theirs as an enum implementing this.
 */
public interface PeriodOutput {

    /** The top folder under --output (casemix, cdi, denials, ...). */
    String area();

    String folder();

    /** The columns, {@code period} last (it becomes the partition folder). */
    List<SqlColumn> columns();

    default String columnList() {
        return String.join(", ", columns().stream().map(SqlColumn::name).toList());
    }

    /** Columns from name, type pairs, with {@code period} added last. */
    static List<SqlColumn> columns(Object... nameAndType) {
        List<SqlColumn> columns = new ArrayList<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            columns.add(new SqlColumn((String) nameAndType[i], (SqlType) nameAndType[i + 1]));
        }
        columns.add(new SqlColumn("period", SqlType.STRING));
        return List.copyOf(columns);
    }
}
