package org.steward.stage.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.steward.core.contract.ParsedRow;
import org.steward.core.contract.RowParser;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.TableContract;
import org.steward.core.period.Period;
import org.steward.platform.batch.RunScope;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.output.ParquetRowFile;

/**
 * One worker's outputs for one table: a Parquet file per period it meets (or one file for a snapshot
 * table) and a quarantine file, opened on first use. Workers never share a sink.
 */
final class TableSink implements Closeable {

    private final RowParser parser;
    private final RunScope scope;
    private final Path stagedFolder;
    private final Path quarantineFolder;
    private final String partName;
    private final ParquetRowFile.Format format;
    private final List<StagedColumn> columns;
    private final Map<Period, ParquetRowFile> periodFiles = new HashMap<>();
    private ParquetRowFile snapshotFile;
    private ParquetRowFile quarantineFile;
    private final String fileName;
    long read;
    long written;
    long quarantined;
    long outOfScope;

    TableSink(RowParser parser, RunScope scope, Path stagedFolder, Path quarantineFolder, int worker,
              ParquetRowFile.Format format, String fileName) {
        this.parser = parser;
        this.scope = scope;
        this.stagedFolder = stagedFolder;
        this.quarantineFolder = quarantineFolder;
        this.partName = String.format("part-%03d.parquet", worker);
        this.format = format;
        this.columns = StagedColumn.of(parser.contract());
        this.fileName = fileName;
    }

    void accept(List<String> fields, long line) throws IOException {
        read++;
        ParsedRow row = parser.parse(fields, line);
        if (row instanceof ParsedRow.Rejected rejected) {
            quarantine().write(QuarantineRow.of(parser.contract().table(), fileName, line, rejected.field(),
                    rejected.reason(), fields));
            quarantined++;
            return;
        }
        ParsedRow.Accepted accepted = (ParsedRow.Accepted) row;
        if (accepted.period().isEmpty()) {
            snapshot().write(accepted.values());
            written++;
            return;
        }
        Period period = accepted.period().get();
        if (!scope.covers(period)) {
            outOfScope++;
            return;
        }
        periodFile(period).write(accepted.values());
        written++;
    }

    /**
     * Writes a snapshot table's file with no rows but the table's schema, so that readers downstream find a
     * table (zero rows) rather than an empty folder. Used when no worker staged a row.
     */
    static void writeEmptySnapshot(TableContract contract, Path stagedFolder, ParquetRowFile.Format format)
            throws IOException {
        ParquetRowFile.create(stagedFolder.resolve(String.format("part-%03d.parquet", 0)), StagedColumn.of(contract),
                format).close();
    }

    Set<Period> periods() {
        return new TreeSet<>(periodFiles.keySet());
    }

    private ParquetRowFile snapshot() throws IOException {
        if (snapshotFile == null) {
            snapshotFile = ParquetRowFile.create(stagedFolder.resolve(partName), columns, format);
        }
        return snapshotFile;
    }

    private ParquetRowFile periodFile(Period period) throws IOException {
        ParquetRowFile file = periodFiles.get(period);
        if (file == null) {
            Path folder = stagedFolder.resolve(OutputLayout.periodDirectory(period.toString()));
            file = ParquetRowFile.create(folder.resolve(partName), columns, format);
            periodFiles.put(period, file);
        }
        return file;
    }

    private ParquetRowFile quarantine() throws IOException {
        if (quarantineFile == null) {
            quarantineFile = ParquetRowFile.create(quarantineFolder.resolve(partName), QuarantineRow.COLUMNS, format);
        }
        return quarantineFile;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (ParquetRowFile file : allFiles()) {
            try {
                file.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private List<ParquetRowFile> allFiles() {
        List<ParquetRowFile> files = new java.util.ArrayList<>(periodFiles.values());
        if (snapshotFile != null) {
            files.add(snapshotFile);
        }
        if (quarantineFile != null) {
            files.add(quarantineFile);
        }
        return files;
    }
}
