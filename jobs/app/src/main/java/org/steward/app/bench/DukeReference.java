package org.steward.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Database;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.xml.sax.SAXException;

/**
 * The reference the MPI benchmark is compared with: Duke 1.2 (github.com/larsga/Duke), an established Java
 * record linker, deduplicating one patients.csv with the untuned configuration in
 * {@code bench/duke-patients.xml}. The result is every pair of registrations Duke calls a match (above its
 * threshold; it is given no maybe-threshold), by key {@code facility_id|mrn}. Duke gives pairs, not
 * clusters: a caller that scores clusters closes them transitively itself.
 *
 * <p>Duke runs its Lucene database with the index in a temporary directory under {@code java.io.tmpdir}
 * (deleted afterwards), in batches of 40,000 records, one match thread per core. The heap holds one batch,
 * Lucene's readers and the pairs found, not the whole file, so it grows with the pairs (roughly 150 bytes
 * each), not the records. Measured on the 1,000,000-person bench data (1,440,032 registrations, 2 cores):
 * about 15 minutes, 2.2 million pairs, completed in a 512 MB heap (live set about 400 MB at the end), and
 * an index of up to 360 MB on disk (about 250 bytes per record).
 */
public final class DukeReference {

    /** The Duke configuration, a classpath resource. */
    static final String CONFIG = "bench/duke-patients.xml";

    /**
     * Pairs Duke linked, each {@code {keyA, keyB}} with {@code keyA < keyB}, sorted, each pair once; the
     * wall time of the Duke run (configuration, reading, indexing, matching; not deleting the index or
     * sorting the pairs); the records Duke read.
     */
    public record Result(List<String[]> linkedPairs, long millis, long records) {
    }

    private DukeReference() {
    }

    public static Result link(Path patientsCsv) throws IOException {
        if (!Files.isRegularFile(patientsCsv)) {
            throw new NoSuchFileException(patientsCsv.toString());
        }
        long started = System.nanoTime();
        Configuration config = configuration(patientsCsv);
        Pairs pairs = new Pairs();
        long finished;
        Path index = Files.createTempDirectory("steward-duke-");
        try {
            Database database = config.getDatabase(true);
            if (database instanceof LuceneDatabase lucene) {
                lucene.setPath(index.toString());
            }
            Processor processor = new Processor(config, database);
            processor.setThreads(Runtime.getRuntime().availableProcessors());
            processor.addMatchListener(pairs);
            try {
                processor.deduplicate();
            } finally {
                processor.close();
            }
            finished = System.nanoTime();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            deleteTree(index);
        }
        return new Result(pairs.sorted(), (finished - started) / 1_000_000, pairs.records());
    }

    /** Loads the configuration, checks it as Duke's command line does, and points it at the file. */
    static Configuration configuration(Path patientsCsv) throws IOException {
        // Duke's "classpath:" loading asks the thread's context class loader.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null || loader.getResource(CONFIG) == null) {
            throw new IllegalStateException(CONFIG + " is not on the classpath");
        }
        Configuration config;
        try {
            config = ConfigLoader.load("classpath:" + CONFIG);
        } catch (SAXException e) {
            throw new IOException(CONFIG + ": " + e.getMessage(), e);
        }
        config.validate();
        List<PatientsCsvDataSource> sources = new ArrayList<>();
        for (DataSource source : config.getDataSources()) {
            if (source instanceof PatientsCsvDataSource patients) {
                sources.add(patients);
            }
        }
        if (sources.size() != 1 || config.getDataSources().size() != 1) {
            throw new IllegalStateException(CONFIG + ": needs exactly one data source, "
                    + PatientsCsvDataSource.class.getName());
        }
        sources.get(0).setInputFile(patientsCsv.toAbsolutePath().toString());
        return config;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Collects Duke's definite matches as unordered key pairs; called from Duke's match threads. */
    private static final class Pairs extends AbstractMatchListener {
        private final Set<Pair> pairs = new HashSet<>();
        private long records;

        @Override
        public synchronized void batchReady(int size) {
            records += size;
        }

        @Override
        public synchronized void matches(Record r1, Record r2, double confidence) {
            String a = r1.getValue("ID");
            String b = r2.getValue("ID");
            pairs.add(a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a));
        }

        synchronized long records() {
            return records;
        }

        synchronized List<String[]> sorted() {
            return pairs.stream()
                    .sorted(Comparator.comparing(Pair::a).thenComparing(Pair::b))
                    .map(p -> new String[] {p.a(), p.b()})
                    .toList();
        }
    }

    private record Pair(String a, String b) {
    }
}
