package org.steward.sampledata;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads back a CSV file the generator wrote (RFC 4180, header first), record by record, with the physical line
 * each record starts on (the header is line 1), as the contract violation log counts lines. Bytes that are not
 * UTF-8 read as replacement characters: such rows are planted violations, which callers skip by line.
 */
final class WrittenCsvFile {

    /** One record: its first line and its fields, looked up by header name. */
    record Row(long line, List<String> fields, Map<String, Integer> header) {

        String get(String column) {
            Integer i = header.get(column);
            return i == null || i >= fields.size() ? "" : fields.get(i);
        }
    }

    private WrittenCsvFile() {
    }

    static void read(Path file, Consumer<Row> each) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder),
                1 << 16)) {
            Map<String, Integer> header = null;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            long line = 1;
            long start = 1;
            int c;
            while ((c = in.read()) != -1) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    // part of a CRLF line end
                } else if (c == '\n') {
                    fields.add(field.toString());
                    field.setLength(0);
                    header = emit(header, fields, start, each);
                    fields = new ArrayList<>();
                    line++;
                    start = line;
                    any = false;
                } else {
                    field.append((char) c);
                }
            }
            if (any) {
                fields.add(field.toString());
                emit(header, fields, start, each);
            }
        }
    }

    private static Map<String, Integer> emit(Map<String, Integer> header, List<String> fields, long line, Consumer<Row> each) {
        if (header == null) {
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                names.put(fields.get(i), i);
            }
            return names;
        }
        each.accept(new Row(line, fields, header));
        return header;
    }
}
