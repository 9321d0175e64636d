package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** CARC, RARC and group code lists; the generator refuses to emit a code that is absent or stopped. */
final class RemittanceCodes {

    private final Map<String, Boolean> carcActive = new HashMap<>();
    private final Map<String, Boolean> rarcActive = new HashMap<>();
    private final Map<String, Boolean> groupValid = new HashMap<>();

    static RemittanceCodes load(Path dir) throws IOException {
        RemittanceCodes codes = new RemittanceCodes();
        CsvLine.forEachRecord(dir.resolve("carc_claim_adjustment_reason_codes.csv"),
                r -> codes.carcActive.put(r.get(0), r.get(3).isEmpty()));
        CsvLine.forEachRecord(dir.resolve("rarc_remittance_advice_remark_codes.csv"),
                r -> codes.rarcActive.put(r.get(0), r.get(3).isEmpty()));
        CsvLine.forEachRecord(dir.resolve("claim_adjustment_group_codes.csv"),
                r -> codes.groupValid.put(r.get(0), "Y".equals(r.get(3))));
        return codes;
    }

    void requireUsable(String group, String carc, String rarc) {
        if (!groupValid.getOrDefault(group, false)) {
            throw new IllegalStateException("group code " + group + " is not a valid 5010 group code in the reference list");
        }
        if (!carcActive.getOrDefault(carc, false)) {
            throw new IllegalStateException("CARC " + carc + " is missing or stopped in the reference list");
        }
        if (rarc != null && !rarc.isEmpty() && !rarcActive.getOrDefault(rarc, false)) {
            throw new IllegalStateException("RARC " + rarc + " is missing or stopped in the reference list");
        }
    }

    boolean carcActive(String carc) {
        return carcActive.getOrDefault(carc, false);
    }

    boolean rarcActive(String rarc) {
        return rarcActive.getOrDefault(rarc, false);
    }
}
