package org.steward.stage.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads the records of one chunk with FastCSV (RFC 4180) and hands each to a consumer with its
 * physical line number in the file. Bytes that are not UTF-8 arrive as U+FFFD, which the contract
 * check turns into a quarantined row rather than silently changed text.
 */
public final class CsvRecords {


    private CsvRecords() {
    }

    public static List<String> header(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return reader.stream().findFirst().map(CsvRecord::getFields).orElse(List.of());
        }
    }

    public static void read(Path file, FileChannel channel, CsvChunk chunk, BiConsumer<List<String>, Long> consumer) {
        Reader text = new InputStreamReader(new ByteRangeInputStream(channel, chunk.start(), chunk.end()),
                StandardCharsets.UTF_8);
        long lastLine = chunk.firstLine();
        try (CsvReader<CsvRecord> reader = builder().ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                lastLine = chunk.firstLine() + record.getStartingLineNumber() - 1;
                consumer.accept(record.getFields(), lastLine);
            }
        } catch (CsvParseException e) {
            throw new UnreadableInputException(file.getFileName() + ": cannot be parsed after line " + lastLine
                    + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": read failed", e);
        }
    }

    private static CsvReader.CsvReaderBuilder builder() {
        // Field counts are checked against the header by the contract, per row, so a short or long row
        // goes to quarantine instead of stopping the file.
        return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .detectBomHeader(true);
    }
}
