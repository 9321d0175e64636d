package org.steward.mpi.job;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steward.mpi.core.cluster.StewardDecision;
import org.steward.platform.settings.ConfigException;

/**
 * The stewards' decisions file: one ruling per row on two registrations, by facility and MRN.
 * Read and checked before a run starts; errors name the file, line and column, never a value.
 */
final class DecisionsFile {

    static final List<String> HEADER = List.of("decision", "facility_id_a", "mrn_a", "facility_id_b", "mrn_b",
            "decided_by", "decided_on", "note");

    /** One row: the registrations are keys (facility|MRN). */
    record Ruling(StewardDecision.Kind kind, String keyA, String keyB, String source) {

        /** The ruling and where it is written; the keys hold MRNs, so they stay out. */
        @Override
        public String toString() {
            return "Ruling[" + kind + " at " + source + "]";
        }
    }

    /** Rulings that found both registrations (by index), and how many named a registration not indexed. */
    record Resolved(List<StewardDecision> decisions, List<String> unknown) {
    }

    private DecisionsFile() {
    }

    static List<Ruling> read(Path file) {
        List<Ruling> rulings = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Files.newBufferedReader(file,
                StandardCharsets.UTF_8))) {
            boolean header = true;
            for (CsvRecord row : reader) {
                String where = file + ":" + row.getStartingLineNumber();
                if (header) {
                    List<String> names = row.getFields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(HEADER)) {
                        throw new ConfigException(where + ": expected the header " + String.join(",", HEADER));
                    }
                    header = false;
                    continue;
                }
                if (row.getFieldCount() == 1 && row.getField(0).isBlank()) {
                    continue;
                }
                if (row.getFieldCount() != HEADER.size()) {
                    throw new ConfigException(where + ": " + row.getFieldCount() + " fields, expected " + HEADER.size());
                }
                rulings.add(ruling(row, where));
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": decisions file not found (mpi.decisions in steward.yml; "
                    + "a file with only the header means no decisions)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigException c) {
                throw c;
            }
            throw new ConfigException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
        checkConsistent(rulings);
        return rulings;
    }

    /**
     * Fails when a link, alone or through other links, joins two registrations a separate decision keeps
     * apart, naming both lines. Checked by facility and MRN, so before any registration is read: a steward
     * must resolve the contradiction, and a restart cannot.
     */
    static void checkConsistent(List<Ruling> rulings) {
        Map<String, String> parent = new HashMap<>();
        Map<String, List<Ruling>> separationsOf = new HashMap<>();
        for (Ruling r : rulings) {
            if (r.kind() == StewardDecision.Kind.SEPARATE) {
                separationsOf.computeIfAbsent(r.keyA(), k -> new ArrayList<>()).add(r);
                separationsOf.computeIfAbsent(r.keyB(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Ruling link : rulings) {
            if (link.kind() != StewardDecision.Kind.LINK) {
                continue;
            }
            String a = find(parent, link.keyA());
            String b = find(parent, link.keyB());
            if (a.equals(b)) {
                continue;
            }
            List<Ruling> sa = separationsOf.getOrDefault(a, List.of());
            List<Ruling> sb = separationsOf.getOrDefault(b, List.of());
            for (Ruling separate : sa.size() <= sb.size() ? sa : sb) {
                String x = find(parent, separate.keyA());
                String y = find(parent, separate.keyB());
                if ((x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a))) {
                    throw new ConfigException(link.source() + ": this link joins (directly or through the links "
                            + "above it) two registrations that the separate decision at " + separate.source()
                            + " keeps apart; remove one of the two lines");
                }
            }
            parent.put(a, b);
            List<Ruling> merged = new ArrayList<>(sa);
            merged.addAll(sb);
            separationsOf.remove(a);
            if (!merged.isEmpty()) {
                separationsOf.put(b, merged);
            }
        }
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        for (String up = parent.get(root); up != null; up = parent.get(root)) {
            root = up;
        }
        // Path compression keeps later look-ups short.
        for (String k = key; !k.equals(root); ) {
            String up = parent.get(k);
            parent.put(k, root);
            k = up;
        }
        return root;
    }

    private static Ruling ruling(CsvRecord row, String where) {
        StewardDecision.Kind kind = switch (row.getField(0).trim().toLowerCase(Locale.ROOT)) {
            case "link" -> StewardDecision.Kind.LINK;
            case "separate" -> StewardDecision.Kind.SEPARATE;
            default -> throw new ConfigException(where + ": decision must be link or separate");
        };
        for (int f = 1; f <= 4; f++) {
            if (row.getField(f).isBlank()) {
                throw new ConfigException(where + ": " + HEADER.get(f) + " is empty");
            }
        }
        String a = row.getField(1).trim() + "|" + row.getField(2).trim();
        String b = row.getField(3).trim() + "|" + row.getField(4).trim();
        if (a.equals(b)) {
            throw new ConfigException(where + ": both sides name the same registration");
        }
        return new Ruling(kind, a, b, where);
    }

    /** Finds each ruling's registrations; a ruling naming one not in the index is reported, not applied. */
    static Resolved resolve(List<Ruling> rulings, Map<String, Integer> indexOfKey) {
        List<StewardDecision> decisions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Ruling r : rulings) {
            Integer a = indexOfKey.get(r.keyA());
            Integer b = indexOfKey.get(r.keyB());
            if (a == null || b == null) {
                unknown.add(r.source());
            } else {
                decisions.add(new StewardDecision(r.kind(), a, b, r.source()));
            }
        }
        return new Resolved(decisions, unknown);
    }
}
