package org.steward.mpi.job;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.compare.FieldComparator;
import org.steward.mpi.core.weights.LevelProbabilities;
import org.steward.mpi.core.weights.MatchWeights;
import org.steward.mpi.core.weights.TermFrequencies;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetRowFile;

/**
 * Saves and reads the MPI's model in the index folder: {@code model.json} ({@link ModelDocument}) and
 * {@code term_frequencies.parquet} (field, value, frequency). Plain data, read with a fixed shape: no
 * code is loaded from the file, and a file that is missing, truncated, unparseable, of another format or
 * shaped for other comparisons is reported as a reason, never half-used. The caller then rebuilds the
 * index in full, which is what a model that cannot be trusted deserves. Reasons and log lines name the
 * file and what is wrong with it, never a value from it.
 */
public final class ModelFile {

    static final String DOCUMENT = "model.json";
    static final String TERM_FREQUENCIES = "term_frequencies.parquet";
    /** What Steward before the JSON model wrote; not read, only recognised to explain the rebuild. */
    static final String SERIALISED = "model.ser";

    private static final Logger log = LoggerFactory.getLogger(ModelFile.class);
    private static final ParquetRowFile.Format FORMAT = new ParquetRowFile.Format("snappy", 16);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The stored model, or why there is none usable. {@code damaged} says the files were there but could not
     * be used (logged as a warning); a model from other settings is not damage, only out of date.
     */
    record Loaded(MatchWeights weights, String problem, boolean damaged) {
    }

    /** The model file cannot be read: {@code getMessage()} names the file and the reason. */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private ModelFile() {
    }

    /** The index folder of an output folder, where {@code model.json} is. */
    public static Path indexFolder(Path output) {
        return new OutputLayout(output).root().resolve(MpiJobConfiguration.JOB).resolve(MpiIndex.KIND);
    }

    static void write(Path folder, MatchWeights weights, String settingsFingerprint) throws IOException {
        Files.createDirectories(folder);
        JSON.writeValue(folder.resolve(DOCUMENT).toFile(), ModelDocument.of(weights, settingsFingerprint, TERM_FREQUENCIES));
        List<StagedColumn> columns = List.of(new StagedColumn("field", StoredType.STRING),
                new StagedColumn("value", StoredType.STRING), new StagedColumn("frequency", StoredType.DOUBLE));
        List<FieldComparator> fields = weights.schema().comparators();
        try (ParquetRowFile out = ParquetRowFile.create(folder.resolve(TERM_FREQUENCIES), columns, FORMAT)) {
            for (int f = 0; f < fields.size(); f++) {
                for (Map.Entry<String, Double> e : weights.frequencies().perField().get(f).entrySet()) {
                    out.write(new Object[] {fields.get(f).field(), e.getKey(), e.getValue()});
                }
            }
        }
    }

    /** The document alone (for a steward to read), checked for shape. */
    public static ModelDocument document(Path folder) throws Unreadable {
        Path file = folder.resolve(DOCUMENT);
        if (!Files.exists(file)) {
            throw new Unreadable(file + ": not found" + (Files.exists(folder.resolve(SERIALISED))
                    ? " (the index holds a model.ser of an earlier Steward, which is no longer read; the next mpi run "
                    + "rebuilds the index and writes model.json)" : ""));
        }
        ModelDocument document;
        try {
            document = JSON.readValue(file.toFile(), ModelDocument.class);
        } catch (JsonProcessingException e) {
            throw new Unreadable(file + ": " + describe(e));
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String shape = shapeProblem(document);
        if (shape != null) {
            throw new Unreadable(file + ": " + shape);
        }
        return document;
    }

    /**
     * The stored model for the comparisons configured now.
     *
     * @param registrations how many registrations the index holds (none: there is no model yet, and no warning)
     * @param fingerprint   the current settings' fingerprint: a model estimated under others is out of date
     */
    static Loaded read(Path folder, ComparisonSchema schema, String fingerprint, int registrations) {
        if (registrations == 0 && !Files.exists(folder.resolve(DOCUMENT))) {
            return new Loaded(null, "the index holds no registrations yet", false);
        }
        try {
            ModelDocument document = document(folder);
            if (!document.settingsFingerprint().equals(fingerprint)) {
                return new Loaded(null, "config/mpi.yml or its reference files changed since the model was estimated",
                        false);
            }
            String fit = fitProblem(document, schema);
            if (fit != null) {
                throw new Unreadable(folder.resolve(DOCUMENT) + ": " + fit);
            }
            return new Loaded(weights(document, schema, termFrequencies(folder, schema, document)), null, false);
        } catch (Unreadable e) {
            log.warn("mpi: the stored model cannot be used: {}; this run rebuilds the index in full (the model is "
                    + "estimated again; enterprise ids carry over)", e.getMessage());
            return new Loaded(null, "the stored model cannot be used: " + e.getMessage(), true);
        }
    }

    private static MatchWeights weights(ModelDocument document, ComparisonSchema schema, TermFrequencies frequencies) {
        int fields = schema.size();
        int household = MatchWeights.householdField(schema);
        boolean hasHousehold = document.comparisons().stream().flatMap(c -> c.levels().stream())
                .anyMatch(l -> l.uSameHousehold() != null);
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        double[][] uHousehold = hasHousehold ? new double[fields][] : null;
        for (int f = 0; f < fields; f++) {
            List<ModelDocument.Level> levels = document.comparisons().get(f).levels();
            m[f] = new double[levels.size() + 1];
            u[f] = new double[levels.size() + 1];
            if (hasHousehold) {
                uHousehold[f] = new double[levels.size() + 1];
            }
            for (int l = 1; l <= levels.size(); l++) {
                ModelDocument.Level level = levels.get(l - 1);
                m[f][l] = level.m();
                u[f][l] = level.u();
                if (hasHousehold) {
                    // The household comparison sets the context and is weighted by u itself.
                    uHousehold[f][l] = f == household || level.uSameHousehold() == null ? level.u() : level.uSameHousehold();
                }
            }
        }
        return new MatchWeights(schema, new LevelProbabilities(m), new LevelProbabilities(u),
                hasHousehold ? new LevelProbabilities(uHousehold) : null, document.prior().log2Odds(), frequencies,
                document.maxAbsoluteWeight());
    }

    private static TermFrequencies termFrequencies(Path folder, ComparisonSchema schema, ModelDocument document)
            throws Unreadable {
        Path file = folder.resolve(TERM_FREQUENCIES);
        if (!Files.exists(file)) {
            throw new Unreadable(file + ": not found");
        }
        Map<String, Map<String, Double>> byField = new HashMap<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement();
             ResultSet row = sql.executeQuery("SELECT field, value, frequency FROM read_parquet('"
                     + file.toString().replace("'", "''") + "')")) {
            while (row.next()) {
                byField.computeIfAbsent(row.getString(1), k -> new HashMap<>()).put(row.getString(2), row.getDouble(3));
            }
        } catch (SQLException e) {
            throw new Unreadable(file + ": not a readable Parquet file of field, value, frequency");
        }
        List<Map<String, Double>> perField = new ArrayList<>();
        for (FieldComparator c : schema.comparators()) {
            Map<String, Double> values = byField.getOrDefault(c.field(), Map.of());
            int expected = document.termFrequencies().valuesPerField().getOrDefault(c.field(), 0);
            if (values.size() != expected) {
                throw new Unreadable(file + ": " + values.size() + " values for " + c.field() + ", the model names "
                        + expected);
            }
            perField.add(values);
        }
        return TermFrequencies.stored(perField, document.termFrequencies().minimum());
    }

    /** What makes a parsed document unusable whatever the configuration, or null. */
    private static String shapeProblem(ModelDocument d) {
        if (!ModelDocument.FORMAT.equals(d.format())) {
            return "format is " + d.format() + ", expected " + ModelDocument.FORMAT;
        }
        if (d.settingsFingerprint() == null || d.prior() == null || d.termFrequencies() == null
                || d.termFrequencies().valuesPerField() == null || d.comparisons() == null) {
            return "incomplete (a required section is empty)";
        }
        if (!Double.isFinite(d.prior().log2Odds())) {
            return "the prior is not a finite number";
        }
        for (ModelDocument.Comparison c : d.comparisons()) {
            if (c == null || c.field() == null || c.levels() == null || c.levels().isEmpty()) {
                return "a comparison without a field or levels";
            }
            for (ModelDocument.Level l : c.levels()) {
                if (l == null || l.level() == null || !probability(l.m()) || !probability(l.u())
                        || (l.uSameHousehold() != null && !probability(l.uSameHousehold()))) {
                    return c.field() + ": a level without a name or with a probability outside 0..1";
                }
            }
        }
        return null;
    }

    /** Why the document's comparisons are not the configured ones (another Steward version's levels), or null. */
    private static String fitProblem(ModelDocument d, ComparisonSchema schema) {
        List<String> configured = schema.comparators().stream().map(FieldComparator::field).toList();
        List<String> stored = d.comparisons().stream().map(ModelDocument.Comparison::field).toList();
        if (!configured.equals(stored)) {
            return "compares " + stored + ", config/mpi.yml compares " + configured;
        }
        for (int f = 0; f < configured.size(); f++) {
            List<String> levels = schema.comparators().get(f).levels();
            List<String> storedLevels = d.comparisons().get(f).levels().stream().map(ModelDocument.Level::level).toList();
            if (!levels.subList(1, levels.size()).equals(storedLevels)) {
                return configured.get(f) + " has levels " + storedLevels + ", this version of Steward has "
                        + levels.subList(1, levels.size());
            }
        }
        return null;
    }

    private static boolean probability(double p) {
        return p >= 0 && p <= 1;
    }

    /** Jackson's reason and where, without the source text. */
    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String message = String.valueOf(e.getOriginalMessage());
        String what = e instanceof JsonEOFException || message.contains("end-of-input")
                ? "truncated: the document ends before it is complete"
                : "not a model document: " + firstLine(e.getOriginalMessage());
        return what + where;
    }

    /** The first line of Jackson's message, without its advice on which feature to switch. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("unreadable");
        int advice = line.indexOf("; `");
        return advice < 0 ? line : line.substring(0, advice);
    }
}
