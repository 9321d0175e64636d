package org.steward.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A generated CSV read back independently of the generator's writer: one record per physical line. */
final class WrittenCsv {

    /** A data row with its physical line number (the header is line 1). */
    record Row(int line, byte[] raw, List<String> fields, List<String> header) {

        String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            return i < fields.size() ? fields.get(i) : null;
        }
    }

    final List<String> header;
    final List<Row> rows = new ArrayList<>();

    private WrittenCsv(List<String> header) {
        this.header = header;
    }

    static WrittenCsv read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                lines.add(Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        if (start != all.length) {
            throw new IllegalStateException(file + " does not end with a newline");
        }
        WrittenCsv csv = new WrittenCsv(List.copyOf(fields(lines.get(0))));
        for (int i = 1; i < lines.size(); i++) {
            csv.rows.add(new Row(i + 1, lines.get(i), fields(lines.get(i)), csv.header));
        }
        return csv;
    }

    /** RFC 4180 fields of one line; invalid UTF-8 bytes decode to U+FFFD. */
    static List<String> fields(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
