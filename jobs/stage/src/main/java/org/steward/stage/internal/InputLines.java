package org.steward.stage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.steward.stage.csv.CsvChunk;
import org.steward.stage.csv.CsvLayout;
import org.steward.stage.csv.CsvRecords;

/**
 * Reads chosen records of an input file again, as they stand in the file, by re-reading only the chunks
 * that hold them: a row set aside after staging goes to quarantine with its own fields, not a re-typed copy.
 */
final class InputLines {

    /** Receives one chosen record: its fields and its line. */
    interface Consumer {
        void accept(List<String> fields, long line) throws IOException;
    }

    private InputLines() {
    }

    /** Hands each record starting on one of {@code lines} (ascending) to {@code consumer}, in line order. */
    static void read(Path file, CsvLayout layout, long[] lines, Consumer consumer) throws IOException {
        List<CsvChunk> chunks = layout.chunks();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int next = 0;
            for (int c = 0; c < chunks.size() && next < lines.length; c++) {
                long nextChunkLine = c + 1 < chunks.size() ? chunks.get(c + 1).firstLine() : Long.MAX_VALUE;
                if (lines[next] >= nextChunkLine) {
                    continue;
                }
                int[] cursor = {next};
                try {
                    CsvRecords.read(file, channel, chunks.get(c), (fields, line) -> {
                        if (cursor[0] < lines.length && lines[cursor[0]] == line) {
                            cursor[0]++;
                            try {
                                consumer.accept(fields, line);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                next = cursor[0];
                if (next < lines.length && lines[next] < nextChunkLine) {
                    throw new IllegalStateException(file.getFileName() + ": no record starts on line " + lines[next]);
                }
            }
            if (next < lines.length) {
                throw new IllegalStateException(file.getFileName() + ": no record starts on line " + lines[next]);
            }
        }
    }
}
