package org.steward.platform.reference;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.steward.platform.settings.ConfigException;

/**
 * The reference data folder ({@code config/reference/}): CSV files with a header row, gzip-compressed
 * when their name ends {@code .gz}, found by file name so next year's table is a file dropped in.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** Every file under {@code folder}, in name order. */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(folder + ": reference data folder not found");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(folder + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** Hands each record of a CSV file to {@code rows}; a file that cannot be read stops the run at start-up. */
    public static void read(Path file, Consumer<NamedCsvRecord> rows) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            csv.forEach(rows);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": cannot be read as reference data (" + e.getMessage() + ")");
        }
    }
}
