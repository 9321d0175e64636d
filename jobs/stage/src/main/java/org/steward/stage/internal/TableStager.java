package org.steward.stage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.core.contract.HeaderException;
import org.steward.core.contract.RowParser;
import org.steward.core.contract.TableContract;
import org.steward.core.period.Period;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.ParquetRowFile;
import org.steward.platform.output.TableCounts;
import org.steward.stage.csv.CsvChunk;
import org.steward.stage.csv.CsvChunker;
import org.steward.stage.csv.CsvLayout;
import org.steward.stage.csv.CsvRecords;
import org.steward.stage.csv.UnreadableInputException;

/**
 * Stages one input file: checks its header against the contract, cuts it into chunks at record
 * boundaries and has worker threads type each row, writing Parquet per period and quarantining rows
 * that break the contract; then keeps the last row of each repeated row key and quarantines the others
 * ({@link RepeatedKeys}). Logs progress and throughput; never logs row contents.
 */
public final class TableStager {

    private static final Logger log = LoggerFactory.getLogger(TableStager.class);
    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;
    /** Marks the end of the chunk queue; compared by identity. */
    private static final CsvChunk END = new CsvChunk(-1, -1, -1);

    /** What to stage and where the run's private copies of the outputs go. */
    public record Request(TableContract contract, Path inputFile, RunScope scope, Path stagedFolder,
                          Path quarantineFolder, int threads, long chunkBytes, ParquetRowFile.Format format) {
    }

    public TableCounts stage(Request request) throws IOException {
        long started = System.nanoTime();
        String fileName = request.inputFile().getFileName().toString();
        RowParser parser = parserFor(request.contract(), request.inputFile());
        if (!parser.extraColumns().isEmpty()) {
            log.warn("{}: {} column(s) not in the contract are not staged: {}", fileName,
                    parser.extraColumns().size(), String.join(", ", parser.extraColumns()));
        }
        Files.createDirectories(request.stagedFolder());
        List<TableSink> sinks = new ArrayList<>();
        for (int w = 0; w < request.threads(); w++) {
            sinks.add(new TableSink(parser, request.scope(), request.stagedFolder(), request.quarantineFolder(), w,
                    request.format(), fileName));
        }
        long bytes = Files.size(request.inputFile());
        CsvLayout layout = run(request, sinks, new Progress(fileName, bytes));
        if (layout.unterminatedQuote()) {
            throw new UnreadableInputException(fileName + ": a quoted field is opened and never closed before the "
                    + "end of the file; fix the quoting at the source");
        }
        TableCounts counts = totals(request.contract().table(), sinks);
        if (counts.written() > 0) {
            counts = resolveRepeatedKeys(request, layout, counts);
        }
        if (!request.contract().partitionedByPeriod() && counts.written() == 0) {
            // An empty snapshot is still a table: the jobs downstream read its schema and find no rows.
            TableSink.writeEmptySnapshot(request.contract(), request.stagedFolder(), request.format());
            log.warn("{}: no valid rows ({} read, {} quarantined); staged an empty {} table", fileName,
                    counts.read(), counts.quarantined(), request.contract().table());
        } else if (counts.written() == 0) {
            log.warn("{}: no valid rows ({} read, {} quarantined, {} outside the run's period); no period is staged",
                    fileName, counts.read(), counts.quarantined(), counts.outOfScope());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("{}: read {} rows, staged {}, quarantined {}, outside the run's period {} in {} s ({} rows/s, {} MB/s)",
                fileName, counts.read(), counts.written(), counts.quarantined(), counts.outOfScope(),
                String.format("%.1f", seconds), Math.round(counts.read() / Math.max(seconds, 1e-3)),
                String.format("%.1f", bytes / 1e6 / Math.max(seconds, 1e-3)));
        return counts;
    }

    private static TableCounts resolveRepeatedKeys(Request request, CsvLayout layout, TableCounts counts)
            throws IOException {
        String fileName = request.inputFile().getFileName().toString();
        long started = System.nanoTime();
        long repeats;
        try {
            repeats = RepeatedKeys.resolve(new RepeatedKeys.Table(request.contract(), request.inputFile(), layout,
                    request.stagedFolder(), request.quarantineFolder(), request.format()), request.threads());
        } catch (SQLException e) {
            throw new IOException(fileName + ": repeated keys could not be resolved: " + e.getMessage(), e);
        }
        String key = request.contract().rowKeyIsWholeRow() ? "every column" : String.join(", ", request.contract().rowKey());
        if (repeats == 0) {
            log.info("{}: no repeated row key ({}), checked in {} s", fileName, key,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
            return counts;
        }
        log.warn("{}: {} row(s) repeat the row key ({}) of a later row; the last row of each key is staged, the others "
                        + "are quarantined (reason '{}') in {} s", fileName, repeats, key, RepeatedKeys.REASON,
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return counts.withRepeatedKeys(repeats, periodsIn(request.stagedFolder()));
    }

    /** The period folders left with rows (a period whose every row was a repeat is gone). */
    private static List<String> periodsIn(Path stagedFolder) throws IOException {
        if (!Files.isDirectory(stagedFolder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(stagedFolder)) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("period="))
                    .map(n -> n.substring("period=".length())).sorted().toList();
        }
    }

    private static RowParser parserFor(TableContract contract, Path file) throws IOException {
        try {
            return RowParser.forHeader(contract, file.getFileName().toString(), CsvRecords.header(file));
        } catch (HeaderException e) {
            throw new UnreadableInputException(e.getMessage());
        }
    }

    /**
     * Scans the file for chunk boundaries on this thread while the workers already read the chunks
     * found so far: the scan is sequential, so it overlaps the parsing instead of preceding it.
     */
    private static CsvLayout run(Request request, List<TableSink> sinks, Progress progress) throws IOException {
        Path file = request.inputFile();
        BlockingQueue<CsvChunk> queue = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(sinks.size(), r -> {
            Thread thread = new Thread(r, "stage-" + file.getFileName());
            thread.setDaemon(true);
            return thread;
        });
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<Future<?>> futures = new ArrayList<>();
            for (TableSink sink : sinks) {
                futures.add(pool.submit(() -> {
                    drain(file, channel, queue, sink, progress);
                    return null;
                }));
            }
            CsvLayout layout;
            try {
                layout = CsvChunker.split(file, request.chunkBytes(), queue::add);
            } finally {
                queue.add(END);
            }
            awaitAll(futures);
            return layout;
        } finally {
            pool.shutdownNow();
            closeAll(sinks);
        }
    }

    private static void drain(Path file, FileChannel channel, BlockingQueue<CsvChunk> queue, TableSink sink,
                              Progress progress) throws InterruptedException {
        for (CsvChunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
            CsvRecords.read(file, channel, chunk, (fields, line) -> {
                try {
                    sink.accept(fields, line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            progress.advance(chunk.length());
        }
        // Leave the end marker for the other workers.
        queue.add(END);
    }

    private static void awaitAll(List<Future<?>> futures) throws IOException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(cause);
            }
        }
    }

    private static void closeAll(List<TableSink> sinks) throws IOException {
        IOException failure = null;
        for (TableSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static TableCounts totals(String table, List<TableSink> sinks) {
        long read = 0;
        long written = 0;
        long quarantined = 0;
        long outOfScope = 0;
        TreeSet<Period> periods = new TreeSet<>();
        for (TableSink sink : sinks) {
            read += sink.read;
            written += sink.written;
            quarantined += sink.quarantined;
            outOfScope += sink.outOfScope;
            periods.addAll(sink.periods());
        }
        return new TableCounts(table, true, read, written, quarantined, outOfScope,
                periods.stream().map(Period::toString).toList());
    }

    /** Logs how far a large file has got, at most every ten seconds. */
    private static final class Progress {
        private final String file;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong lastLog = new AtomicLong(System.nanoTime());

        Progress(String file, long total) {
            this.file = file;
            this.total = Math.max(total, 1);
        }

        void advance(long bytes) {
            long sum = done.addAndGet(bytes);
            long now = System.nanoTime();
            long last = lastLog.get();
            if (now - last > PROGRESS_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
                log.info("{}: {}% read", file, sum * 100 / total);
            }
        }
    }
}
