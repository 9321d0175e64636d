package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Generates a small sample for a test and answers questions about its truth files. */
final class GeneratedSample {

    static final Path REFERENCE = locateReference();

    final Path dir;
    final GeneratorSettings settings;
    final GenerationSummary summary;

    private GeneratedSample(Path dir, GeneratorSettings settings, GenerationSummary summary) {
        this.dir = dir;
        this.settings = settings;
        this.summary = summary;
    }

    /** A small sample; -Dsteward.sample.seedShift=N re-runs the suite on other seeds. */
    static GeneratorSettings small(long seed) {
        long shift = Long.getLong("steward.sample.seedShift", 0L);
        return new GeneratorSettings(1500, 3, YearMonth.of(2025, 1), 12, seed + shift, REFERENCE, 10);
    }

    static GeneratedSample generate(Path dir, GeneratorSettings settings) throws IOException {
        return new GeneratedSample(dir, settings, new SampleDataGenerator().generate(settings, dir));
    }

    WrittenCsv csv(String relative) throws IOException {
        return WrittenCsv.read(dir.resolve(relative));
    }

    /** Physical line numbers broken on purpose in one file. */
    Set<Integer> violatedLines(String file) throws IOException {
        Set<Integer> lines = new HashSet<>();
        for (WrittenCsv.Row r : csv("truth/contract_violations.csv").rows) {
            if (r.get("file").equals(file)) {
                lines.add(Integer.parseInt(r.get("line")));
            }
        }
        return lines;
    }

    /** "facility_id|row_key" -> defect label, for one table. */
    Map<String, String> defectRows(String table) throws IOException {
        Map<String, String> keys = new HashMap<>();
        for (WrittenCsv.Row r : csv("truth/dq_defect_rows.csv").rows) {
            if (r.get("table").equals(table)) {
                keys.put(r.get("facility_id") + "|" + r.get("row_key"), r.get("defect"));
            }
        }
        return keys;
    }

    private static Path locateReference() {
        String configured = System.getProperty("steward.reference");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("config/reference");
            if (Files.isDirectory(candidate.resolve("ms-drg"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("config/reference not found above " + Path.of("").toAbsolutePath());
    }
}
