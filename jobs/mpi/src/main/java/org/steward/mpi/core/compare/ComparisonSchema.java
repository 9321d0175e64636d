package org.steward.mpi.core.compare;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

/** The configured comparators, in config order; compares a pair into one level per field. */
public final class ComparisonSchema implements Serializable {

    private final List<FieldComparator> comparators;

    public ComparisonSchema(List<FieldComparator> comparators) {
        this.comparators = List.copyOf(comparators);
    }

    public static ComparisonSchema from(List<MatchSettings.Comparison> settings) {
        List<FieldComparator> out = new ArrayList<>();
        for (MatchSettings.Comparison c : settings) {
            out.add(switch (c.field()) {
                case "first_name" -> new GivenNameComparator(c.jaroWinklerBands(), c.termFrequency());
                case "last_name" -> new SurnameComparator(c.jaroWinklerBands(), c.termFrequency());
                case "middle_name" -> new MiddleNameComparator(c.jaroWinklerBands());
                case "birth_date" -> new BirthDateComparator();
                case "ssn" -> new SsnComparator();
                case "household" -> new HouseholdComparator(c.jaroWinklerBands());
                default -> new TextComparator(c.field(), c.jaroWinklerBands(), c.termFrequency());
            });
        }
        return new ComparisonSchema(out);
    }

    public List<FieldComparator> comparators() {
        return comparators;
    }

    public int size() {
        return comparators.size();
    }

    /** Levels per field for one pair, written into {@code out} at {@code offset}. */
    public void compare(StandardPatient a, StandardPatient b, byte[] out, int offset) {
        for (int f = 0; f < comparators.size(); f++) {
            out[offset + f] = (byte) comparators.get(f).level(a, b);
        }
    }

    public byte[] compare(StandardPatient a, StandardPatient b) {
        byte[] out = new byte[comparators.size()];
        compare(a, b, out, 0);
        return out;
    }
}
