package org.steward.mpi.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.StandardPatient;

/** A field compared as text: exact, the configured Jaro-Winkler bands (none for codes), else different. */
public final class TextComparator implements FieldComparator {

    private final TextField field;
    private final JaroWinklerBands bands;
    private final boolean termFrequency;
    private final List<String> levels;

    public TextComparator(String field, List<Double> bands, boolean termFrequency) {
        this.field = TextField.named(field);
        this.bands = new JaroWinklerBands(bands);
        this.termFrequency = termFrequency;
        List<String> names = new ArrayList<>(List.of("missing", "exact"));
        this.bands.addLevelNames(names);
        names.add("different");
        this.levels = List.copyOf(names);
    }

    @Override
    public String field() {
        return field.configName;
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public int level(StandardPatient a, StandardPatient b) {
        String x = field.of(a);
        String y = field.of(b);
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        int band = bands.band(x, y);
        return band >= 0 ? 2 + band : levels.size() - 1;
    }

    @Override
    public String frequencyValue(StandardPatient p) {
        return termFrequency ? field.of(p) : null;
    }
}
