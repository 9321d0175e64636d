package org.steward.mpi.core;

import java.util.ArrayList;
import java.util.List;

/** Names the filled fields of a record for its {@code toString}, so the values themselves never print. */
final class Filled {

    private Filled() {
    }

    /** @param namesAndValues field name, value, field name, value, ... */
    static String of(Object... namesAndValues) {
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String s && s.isBlank())) {
                filled.add((String) namesAndValues[i]);
            }
        }
        return String.join(" ", filled);
    }
}
