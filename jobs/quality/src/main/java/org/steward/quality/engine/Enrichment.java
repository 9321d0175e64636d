package org.steward.quality.engine;

import java.util.List;
import java.util.Set;

/** Extra columns a check needs beside the row's own, added to the table once for all its checks. */
sealed interface Enrichment {

    /**
     * Columns of another table's row with the same key (its contract key), named {@code <table>__<column>}.
     * Only the columns the checks use travel, so the join shuffles as little as it can.
     */
    record Lookup(String table, Set<String> columns) implements Enrichment {
        public Lookup {
            columns = Set.copyOf(columns);
        }
    }

    /** Whether {@code columns} exist as {@code keys} in {@code table}: a boolean column {@link #column()}. */
    record KeyExists(String table, List<String> columns, List<String> keys) implements Enrichment {
        String column() {
            return "__exists_" + table + "_" + String.join("_", columns);
        }
    }

    /** How many rows share these columns' values: an integer column {@link #column()}. */
    record Duplicates(List<String> columns) implements Enrichment {
        String column() {
            return "__rows_with_" + String.join("_", columns);
        }
    }
}
