package org.steward.mpi.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.StandardPatient;

/** Middle names: exact, same initial (one or both written as an initial), Jaro-Winkler bands, else different. */
public final class MiddleNameComparator implements FieldComparator {

    private final JaroWinklerBands bands;
    private final List<String> levels;

    public MiddleNameComparator(List<Double> bands) {
        this.bands = new JaroWinklerBands(bands);
        List<String> names = new ArrayList<>(List.of("missing", "exact", "initial"));
        this.bands.addLevelNames(names);
        names.add("different");
        this.levels = List.copyOf(names);
    }

    @Override
    public String field() {
        return "middle_name";
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public int level(StandardPatient a, StandardPatient b) {
        String x = a.middleName();
        String y = b.middleName();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
            return 2;
        }
        int band = bands.band(x, y);
        return band >= 0 ? 3 + band : levels.size() - 1;
    }
}
