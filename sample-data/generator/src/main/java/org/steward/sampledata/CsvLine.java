package org.steward.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the reference CSVs (RFC 4180, one record per line, optionally gzip-compressed). */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    /** Calls {@code onRecord} for each data line (header skipped), in file order. */
    static void forEachRecord(Path file, Consumer<List<String>> onRecord) throws IOException {
        forEachLine(file, line -> onRecord.accept(split(line)));
    }

    /** Calls {@code onLine} for each raw data line (header skipped), in file order. */
    static void forEachLine(Path file, Consumer<String> onLine) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("reference file missing: " + file);
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    onLine.accept(line);
                }
            }
        }
    }

    /** Files in a folder whose names match, sorted by name so the order never depends on the file system. */
    static List<Path> sortedMatches(Path dir, String regex) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("reference folder missing: " + dir);
        }
        try (var stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().matches(regex)).sorted().toList();
        }
    }
}
