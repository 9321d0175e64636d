package org.steward.mpi.core.compare;

import java.util.List;
import org.steward.mpi.core.StandardPatient;

/** SSNs: exact, one digit different or two neighbouring digits transposed (a keying error), else different. */
public final class SsnComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("missing", "exact", "one_keying_error", "different");

    @Override
    public String field() {
        return "ssn";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(StandardPatient a, StandardPatient b) {
        String x = a.ssn();
        String y = b.ssn();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return EXACT;
        }
        if (DigitEdits.hamming(x, y) == 1 || DigitEdits.adjacentTransposition(x, y)) {
            return 2;
        }
        return 3;
    }
}
