package org.steward.platform.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.steward.core.contract.StagedColumn;

/** One Parquet file being written, row by row. Not thread-safe: one writer per thread. */
public final class ParquetRowFile implements Closeable {

    /** How a file is encoded; from the job's settings. */
    public record Format(String compression, int rowGroupMegabytes) {
    }

    private final ParquetWriter<Object[]> writer;
    private long rows;

    private ParquetRowFile(ParquetWriter<Object[]> writer) {
        this.writer = writer;
    }

    public static ParquetRowFile create(Path file, List<StagedColumn> columns, Format format) throws IOException {
        Files.createDirectories(file.getParent());
        Builder builder = new Builder(new LocalOutputFile(file), columns)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.valueOf(format.compression().toUpperCase(Locale.ROOT)))
                .withRowGroupSize((long) format.rowGroupMegabytes() * 1024 * 1024)
                .withDictionaryEncoding(true)
                // Per-page byte-size histograms help few readers and cost time on every value.
                .withSizeStatisticsEnabled(false);
        // A dictionary on a near-unique column fills up, is thrown away and re-encoded: pure cost.
        for (StagedColumn column : columns) {
            if (!column.repetitive() && column.type() != StagedColumn.StoredType.STRING_LIST) {
                builder = builder.withDictionaryEncoding(column.name(), false);
            }
        }
        return new ParquetRowFile(builder.build());
    }

    public void write(Object[] row) throws IOException {
        writer.write(row);
        rows++;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {

        private final List<StagedColumn> columns;

        Builder(OutputFile file, List<StagedColumn> columns) {
            super(file);
            this.columns = columns;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(columns);
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return new RowWriteSupport(columns);
        }
    }
}
