package org.steward.mpi.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.StandardPatient;

/**
 * Last names: exact, swapped with the first name, Jaro-Winkler bands, crossed with the first name
 * (one registration's last name is the other's first name: a name typed into the wrong field and
 * the other name lost or replaced), else different.
 */
public final class SurnameComparator implements FieldComparator {

    private final JaroWinklerBands bands;
    private final boolean termFrequency;
    private final List<String> levels;

    public SurnameComparator(List<Double> bands, boolean termFrequency) {
        this.bands = new JaroWinklerBands(bands);
        this.termFrequency = termFrequency;
        List<String> names = new ArrayList<>(List.of("missing", "exact", "swapped_with_first"));
        this.bands.addLevelNames(names);
        // Its own level, so EM weighs it on each data set: where names are never typed into the wrong
        // field its m is near zero and it counts as little as "different".
        names.add("crossed_with_first");
        names.add("different");
        this.levels = List.copyOf(names);
    }

    @Override
    public String field() {
        return "last_name";
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public int level(StandardPatient a, StandardPatient b) {
        String x = a.lastName();
        String y = b.lastName();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        if (NameSwap.swapped(a, b, bands)) {
            return 2;
        }
        int band = bands.band(x, y);
        if (band >= 0) {
            return 3 + band;
        }
        return NameSwap.crossed(a, b, bands) ? levels.size() - 2 : levels.size() - 1;
    }

    @Override
    public String frequencyValue(StandardPatient p) {
        return termFrequency ? p.lastName() : null;
    }
}
