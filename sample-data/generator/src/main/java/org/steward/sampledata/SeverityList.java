package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The v40 CC and MCC lists (the only ones in the reference folder; used for every year as the
 * reference README suggests). Codes that count as MCC only when discharged alive are kept apart
 * so the generator can avoid them.
 */
final class SeverityList {

    final List<String> ccInFileOrder = new ArrayList<>();
    final List<String> mccInFileOrder = new ArrayList<>();
    private final Map<String, Integer> severity = new HashMap<>();
    private final Set<String> aliveOnly = new HashSet<>();

    static SeverityList load(Path file) throws IOException {
        SeverityList list = new SeverityList();
        CsvLine.forEachRecord(file, r -> {
            String code = r.get(0);
            boolean mcc = "MCC".equals(r.get(1));
            list.severity.put(code, mcc ? DrgFamily.MCC : DrgFamily.CC);
            if ("Y".equals(r.get(2))) {
                list.aliveOnly.add(code);
            }
            (mcc ? list.mccInFileOrder : list.ccInFileOrder).add(code);
        });
        return list;
    }

    /** DrgFamily.NONE, CC or MCC. */
    int of(String code) {
        return severity.getOrDefault(code, DrgFamily.NONE);
    }

    boolean mccOnlyIfAlive(String code) {
        return aliveOnly.contains(code);
    }
}
