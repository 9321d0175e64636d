package org.steward.report.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a month's report goes ({@code <output>/reports/YYYY-MM/report-YYYY-MM.html} and {@code .pdf}) and how it
 * is written: to a temporary file in the same folder, then moved over the old one in one rename, so a reader
 * never opens half a report and a re-run replaces it whole.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static Path folder(Path output, String period) {
        return output.resolve("reports").resolve(period);
    }

    public static Path html(Path output, String period) {
        return folder(output, period).resolve("report-" + period + ".html");
    }

    public static Path pdf(Path output, String period) {
        return folder(output, period).resolve("report-" + period + ".pdf");
    }

    public static void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
