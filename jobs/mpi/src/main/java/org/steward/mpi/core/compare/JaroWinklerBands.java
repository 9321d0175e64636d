package org.steward.mpi.core.compare;

import java.io.Serializable;
import java.util.List;

/** Maps a Jaro-Winkler similarity to one of a descending list of bands (0 = best), or -1 below all. */
record JaroWinklerBands(List<Double> floors) implements Serializable {

    JaroWinklerBands {
        floors = List.copyOf(floors);
    }

    int band(String a, String b) {
        if (floors.isEmpty()) {
            return -1;
        }
        double s = JaroWinkler.similarity(a, b);
        for (int i = 0; i < floors.size(); i++) {
            if (s >= floors.get(i)) {
                return i;
            }
        }
        return -1;
    }

    boolean top(String a, String b) {
        return !floors.isEmpty() && JaroWinkler.similarity(a, b) >= floors.get(0);
    }

    void addLevelNames(List<String> names) {
        for (double f : floors) {
            names.add("jaro_winkler>=" + f);
        }
    }
}
