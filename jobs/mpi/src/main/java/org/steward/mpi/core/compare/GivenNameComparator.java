package org.steward.mpi.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.StandardPatient;

/**
 * First names: exact, a nickname of the same name (BILL / WILLIAM), first and last name swapped
 * between the two registrations, Jaro-Winkler bands for typos, an initial against a full name,
 * else different.
 */
public final class GivenNameComparator implements FieldComparator {

    private final JaroWinklerBands bands;
    private final boolean termFrequency;
    private final List<String> levels;

    public GivenNameComparator(List<Double> bands, boolean termFrequency) {
        this.bands = new JaroWinklerBands(bands);
        this.termFrequency = termFrequency;
        List<String> names = new ArrayList<>(List.of("missing", "exact", "nickname", "swapped_with_last"));
        this.bands.addLevelNames(names);
        names.add("initial");
        names.add("different");
        this.levels = List.copyOf(names);
    }

    @Override
    public String field() {
        return "first_name";
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public int level(StandardPatient a, StandardPatient b) {
        String x = a.firstName();
        String y = b.firstName();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        for (String form : a.firstNames()) {
            if (b.firstNames().contains(form)) {
                return 2;
            }
        }
        if (NameSwap.swapped(a, b, bands)) {
            return 3;
        }
        int band = bands.band(x, y);
        if (band >= 0) {
            return 4 + band;
        }
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
            return levels.size() - 2;
        }
        return levels.size() - 1;
    }

    @Override
    public String frequencyValue(StandardPatient p) {
        return termFrequency ? p.firstName() : null;
    }
}
