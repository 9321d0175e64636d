package org.steward.platform.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A folder of Parquet files as Steward writes them: files directly in it, or in {@code period=YYYY-MM} sub-folders. */
public final class ParquetFolder {

    private ParquetFolder() {
    }

    /** True when the folder holds at least one Parquet file where a reader of that layout looks. */
    public static boolean hasFiles(Path folder, boolean partitioned) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder, partitioned ? 2 : 1)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet")
                    && (partitioned ? p.getParent().getParent().equals(folder) : p.getParent().equals(folder)));
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be listed", e);
        }
    }
}
