package org.steward.quality.engine;

import java.util.List;

/** Extra columns a check needs beside the row's own, added to the table once for all its checks. */
sealed interface Enrichment {

    /** The columns of another table's row with the same key (its contract key), named {@code <table>__<column>}. */
    record Lookup(String table) implements Enrichment {
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
