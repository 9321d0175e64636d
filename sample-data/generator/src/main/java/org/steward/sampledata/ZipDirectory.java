package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real ZIP code, state and place names. ZCTAs spanning two states are left out so every
 * generated address has one unambiguous state. Rows stay in file (ZIP) order, so neighbouring
 * indexes are geographically close, which lets a facility draw patients from a catchment.
 */
final class ZipDirectory {

    private final List<String> zips = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private final List<String[]> places = new ArrayList<>();

    static ZipDirectory load(Path file) throws IOException {
        ZipDirectory dir = new ZipDirectory();
        CsvLine.forEachRecord(file, r -> {
            if (r.get(1).contains("|") || r.get(0).length() != 5 || r.get(2).isEmpty()) {
                return;
            }
            dir.zips.add(r.get(0));
            dir.states.add(r.get(1));
            dir.places.add(r.get(2).split("\\|"));
        });
        if (dir.zips.isEmpty()) {
            throw new IOException("no usable ZIP rows in " + file);
        }
        return dir;
    }

    int size() {
        return zips.size();
    }

    String zip(int index) {
        return zips.get(index);
    }

    String state(int index) {
        return states.get(index);
    }

    int placeCount(int index) {
        return places.get(index).length;
    }

    String place(int index, int placeIndex) {
        String[] p = places.get(index);
        return p[Math.min(placeIndex, p.length - 1)];
    }
}
