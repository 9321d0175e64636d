package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Synthea's principal-diagnosis to candidate MS-DRG map, in file order. */
final class DrgCandidates {

    /** Insertion-ordered so that iteration, and therefore the generated data, is stable. */
    final Map<String, List<String>> byPrincipal = new LinkedHashMap<>();

    static DrgCandidates load(Path file) throws IOException {
        DrgCandidates map = new DrgCandidates();
        CsvLine.forEachRecord(file, r -> map.byPrincipal.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(1)));
        return map;
    }
}
