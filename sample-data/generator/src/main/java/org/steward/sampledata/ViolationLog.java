package org.steward.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * truth/contract_violations.csv: one row per row broken on purpose, sorted by file then line.
 * Held in memory until close (a handful of rows per file).
 */
final class ViolationLog implements Closeable {

    static final String[] HEADER = {"file", "line", "field", "kind"};

    private record Entry(String file, long line, String field, ViolationKind kind) {
    }

    private final Path path;
    private final List<Entry> entries = new ArrayList<>();
    private long rows;

    ViolationLog(Path file) {
        this.path = file;
    }

    void record(String file, long line, String field, ViolationKind kind) {
        entries.add(new Entry(file, line, field, kind));
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        entries.sort(Comparator.comparing(Entry::file).thenComparingLong(Entry::line));
        try (CsvOut out = new CsvOut(path, HEADER)) {
            CsvRow row = new CsvRow();
            for (Entry e : entries) {
                out.write(row.clear().text(e.file()).num(e.line()).text(e.field()).text(e.kind().label));
            }
            rows = out.rows();
        }
    }
}
