package org.steward.stage.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One fast pass over a CSV file's bytes that finds record boundaries (newlines outside quoted fields,
 * following RFC 4180 quoting the way the CSV reader does) and cuts the file into chunks of about
 * {@code targetBytes}, each knowing its first physical line, so chunks can be parsed in parallel and
 * still report exact line numbers. Safe on UTF-8: quote, comma and newline never occur inside a
 * multi-byte sequence.
 */
public final class CsvChunker {

    private static final int BUFFER = 1 << 20;

    private CsvChunker() {
    }

    public static CsvLayout split(Path file, long targetBytes) throws IOException {
        return split(file, targetBytes, chunk -> { });
    }

    /**
     * Like {@link #split(Path, long)}, handing each chunk to {@code found} as soon as its end is known,
     * so readers can start on the first chunks while the scan goes on.
     */
    public static CsvLayout split(Path file, long targetBytes, Consumer<CsvChunk> found) throws IOException {
        List<CsvChunk> chunks = new ArrayList<>();
        long headerEnd = -1;
        long chunkStart = -1;
        long chunkFirstLine = 2;
        long line = 1;
        long position = 0;
        boolean inQuotes = false;
        boolean justClosed = false;
        boolean atFieldStart = true;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++, position++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        line++;
                    }
                    if (inQuotes) {
                        if (b == '"') {
                            inQuotes = false;
                            justClosed = true;
                        }
                        continue;
                    }
                    if (justClosed && b == '"') {
                        // An escaped quote ("") inside a quoted field.
                        inQuotes = true;
                        justClosed = false;
                        continue;
                    }
                    justClosed = false;
                    if (b == '"' && atFieldStart) {
                        inQuotes = true;
                        atFieldStart = false;
                    } else if (b == ',') {
                        atFieldStart = true;
                    } else if (b == '\n') {
                        atFieldStart = true;
                        long next = position + 1;
                        if (headerEnd < 0) {
                            headerEnd = next;
                            chunkStart = next;
                            chunkFirstLine = line;
                        } else if (next - chunkStart >= targetBytes) {
                            CsvChunk chunk = new CsvChunk(chunkStart, next, chunkFirstLine);
                            chunks.add(chunk);
                            found.accept(chunk);
                            chunkStart = next;
                            chunkFirstLine = line;
                        }
                    } else if (b != '\r') {
                        atFieldStart = false;
                    }
                }
            }
        }
        if (headerEnd < 0) {
            // A header without a final newline, or an empty file: no records.
            return new CsvLayout(position, List.of(), position, inQuotes);
        }
        if (position > chunkStart) {
            CsvChunk chunk = new CsvChunk(chunkStart, position, chunkFirstLine);
            chunks.add(chunk);
            found.accept(chunk);
        }
        return new CsvLayout(headerEnd, chunks, position, inQuotes);
    }
}
