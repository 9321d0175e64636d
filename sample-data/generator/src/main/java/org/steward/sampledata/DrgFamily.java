package org.steward.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A base DRG and its severity members within one fiscal year's table. */
final class DrgFamily {

    static final int NONE = 0;
    static final int CC = 1;
    static final int MCC = 2;

    // Which member a given secondary-diagnosis severity lands in, most specific first.
    private static final String[][] PREFERENCE = {
        {"WITHOUT CC/MCC", "WITHOUT MCC"},
        {"WITH CC", "WITH CC/MCC", "WITHOUT MCC", "WITHOUT CC/MCC"},
        {"WITH MCC", "WITH CC/MCC", "WITH CC", "WITHOUT MCC", "WITHOUT CC/MCC"},
    };

    final String stem;
    final String mdc;
    final boolean surgical;
    final List<DrgWeightTable.Drg> members = new ArrayList<>();

    DrgFamily(String stem, String mdc, boolean surgical) {
        this.stem = stem;
        this.mdc = mdc;
        this.surgical = surgical;
    }

    void add(DrgWeightTable.Drg drg) {
        members.add(drg);
    }

    boolean splits() {
        return members.size() >= 2;
    }

    /**
     * The member for a severity (NONE, CC or MCC) among those {@code usable} accepts, or null when
     * no usable member exists.
     */
    DrgWeightTable.Drg memberFor(int severity, Predicate<DrgWeightTable.Drg> usable) {
        if (!splits()) {
            DrgWeightTable.Drg only = members.get(0);
            return usable.test(only) ? only : null;
        }
        for (String label : PREFERENCE[severity]) {
            for (DrgWeightTable.Drg drg : members) {
                if (label.equals(drg.severityLabel()) && usable.test(drg)) {
                    return drg;
                }
            }
        }
        return null;
    }

    int lowestWeight10k() {
        int min = Integer.MAX_VALUE;
        for (DrgWeightTable.Drg drg : members) {
            if (drg.weight10k() > 0) {
                min = Math.min(min, drg.weight10k());
            }
        }
        return min == Integer.MAX_VALUE ? 10_000 : min;
    }
}
