package org.steward.platform.output;

import java.util.List;

/**
 * What a run did with one input table. Nothing is lost: {@code read = written + quarantined + outOfScope}
 * (rows whose period lies outside a single-period run are counted, not staged, and stay in the input).
 *
 * @param repeatedKeys of the quarantined rows, those set aside because a later row of the file has the same
 *                     row key (the later row is staged)
 * @param carriedOver  rows of the table staged before that a delta file did not replace, staged again
 *                     beside the delta's rows (the staged table holds {@code written + carriedOver} rows)
 */
public record TableCounts(String table, boolean present, long read, long written, long quarantined,
                          long outOfScope, long repeatedKeys, long carriedOver, List<String> periods) {

    public TableCounts {
        periods = List.copyOf(periods);
        if (read != written + quarantined + outOfScope) {
            throw new IllegalStateException(table + ": read " + read + " != written " + written + " + quarantined "
                    + quarantined + " + out of scope " + outOfScope);
        }
        if (repeatedKeys < 0 || repeatedKeys > quarantined || carriedOver < 0) {
            throw new IllegalStateException(table + ": " + repeatedKeys + " repeated keys among " + quarantined
                    + " quarantined rows, " + carriedOver + " carried over");
        }
    }

    public TableCounts(String table, boolean present, long read, long written, long quarantined, long outOfScope,
                       List<String> periods) {
        this(table, present, read, written, quarantined, outOfScope, 0, 0, periods);
    }

    public static TableCounts absent(String table) {
        return new TableCounts(table, false, 0, 0, 0, 0, List.of());
    }

    /** These counts once {@code repeats} staged rows have moved to quarantine, leaving {@code periods} staged. */
    public TableCounts withRepeatedKeys(long repeats, List<String> periods) {
        return new TableCounts(table, present, read, written - repeats, quarantined + repeats, outOfScope,
                repeatedKeys + repeats, carriedOver, periods);
    }

    public TableCounts withCarriedOver(long rows) {
        return new TableCounts(table, present, read, written, quarantined, outOfScope, repeatedKeys, rows, periods);
    }
}
