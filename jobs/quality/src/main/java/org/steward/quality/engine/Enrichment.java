package org.steward.quality.engine;

import java.util.List;
import java.util.Set;

/** Extra columns a check needs beside the row's own, added to the table once for all its checks. */
sealed interface Enrichment {

    /** The other input table this enrichment reads, if any: a check needing a table never staged cannot run. */
    default String readsTable() {
        return null;
    }

    /**
     * Columns of another table's row with the same key (its contract key; the first row by input line
     * when a key repeats), named {@code <table>__<column>}.
     */
    record Lookup(String table, Set<String> columns) implements Enrichment {
        public Lookup {
            columns = Set.copyOf(columns);
        }

        @Override
        public String readsTable() {
            return table;
        }
    }

    /** Whether {@code columns} exist as {@code keys} in {@code table}: a boolean column {@link #column()}. */
    record KeyExists(String table, List<String> columns, List<String> keys) implements Enrichment {
        String column() {
            return "__exists_" + table + "_" + String.join("_", columns);
        }

        @Override
        public String readsTable() {
            return table;
        }
    }

    /**
     * How many rows share these columns' values: an integer column {@link #column()} (1 for values with a NULL part,
     * which no check applies to).
     */
    record Duplicates(List<String> columns) implements Enrichment {
        String column() {
            return "__rows_with_" + String.join("_", columns);
        }
    }

    /**
     * Whether the code in {@code codeColumn} (or any code of a list) is missing from the reference table of
     * the fiscal year of {@code date}: a boolean column {@link #column()}. Reference tables hold
     * {@code fiscal_year, code} rows (ReferenceTables).
     */
    record CodeSet(String referenceTable, String codeColumn, String date) implements Enrichment {
        String column() {
            return "__bad_" + codeColumn + "_in_" + referenceTable + "_by_" + date;
        }
    }

    /** The DRG's geometric mean length of stay in the weight table of the fiscal year of {@code date}. */
    record DrgGeometricMeanLos(String drg, String date) implements Enrichment {
        String column() {
            return "__gmlos_" + drg + "_by_" + date;
        }
    }
}
