package org.steward.mpi.core.standardise;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.mpi.core.settings.MatchSettings;

/** Reads the reference CSV files named in the settings (each with a header row). */
public final class ReferenceTablesLoader {

    private ReferenceTablesLoader() {
    }

    /** @param configDir the folder holding mpi.yml; file names in the settings are relative to it */
    public static ReferenceTables load(Path configDir, MatchSettings.References files) {
        Map<String, List<String>> nicknames = new HashMap<>();
        for (String[] row : rows(configDir.resolve(files.nicknames()), 2)) {
            String nick = TextNormaliser.letters(row[0]);
            String canonical = TextNormaliser.letters(row[1]);
            if (nick != null && canonical != null) {
                List<String> forms = nicknames.computeIfAbsent(nick, k -> new ArrayList<>());
                if (!forms.contains(canonical)) {
                    forms.add(canonical);
                }
            }
        }
        Map<String, String> suffixes = new HashMap<>();
        for (String[] row : rows(configDir.resolve(files.nameSuffixes()), 2)) {
            suffixes.put(TextNormaliser.words(row[0]), TextNormaliser.words(row[1]));
        }
        Set<String> placeholders = new HashSet<>();
        for (String[] row : rows(configDir.resolve(files.placeholderSsns()), 1)) {
            String digits = TextNormaliser.digits(row[0]);
            if (digits != null) {
                placeholders.add(digits);
            }
        }
        Map<String, String> words = new HashMap<>();
        for (String[] row : rows(configDir.resolve(files.addressAbbreviations()), 2)) {
            words.put(TextNormaliser.words(row[0]), TextNormaliser.words(row[1]));
        }
        return new ReferenceTables(nicknames, suffixes, placeholders, words);
    }

    private static List<String[]> rows(Path file, int columns) {
        List<String[]> out = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Files.newBufferedReader(file,
                StandardCharsets.UTF_8))) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                if (r.getFieldCount() < columns || r.getField(0).isBlank()) {
                    continue;
                }
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getField(i).trim();
                }
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + file, e);
        }
        return out;
    }
}
