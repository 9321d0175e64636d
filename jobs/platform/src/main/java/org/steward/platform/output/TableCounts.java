package org.steward.platform.output;

import java.util.List;

/**
 * What a run did with one input table. Nothing is lost: {@code read = written + quarantined + outOfScope}
 * (rows whose period lies outside a single-period run are counted, not staged, and stay in the input).
 */
public record TableCounts(String table, boolean present, long read, long written, long quarantined,
                          long outOfScope, List<String> periods) {

    public TableCounts {
        periods = List.copyOf(periods);
        if (read != written + quarantined + outOfScope) {
            throw new IllegalStateException(table + ": read " + read + " != written " + written + " + quarantined "
                    + quarantined + " + out of scope " + outOfScope);
        }
    }

    public static TableCounts absent(String table) {
        return new TableCounts(table, false, 0, 0, 0, 0, List.of());
    }
}
