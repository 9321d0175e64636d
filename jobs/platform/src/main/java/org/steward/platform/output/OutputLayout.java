package org.steward.platform.output;

import java.nio.file.Path;

/**
 * Where every output lives under the --output folder. Analysts and the DuckDB views in {@code sql/}
 * rely on these paths; change them only together.
 */
public record OutputLayout(Path root) {

    public OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path staged(String table) {
        return root.resolve("staged").resolve(table);
    }

    public Path quarantine(String table) {
        return root.resolve("quarantine").resolve(table);
    }

    public Path runs(String job) {
        return root.resolve("runs").resolve(job);
    }

    /** A run's private area: outputs are built here and only moved into place when the run succeeds. */
    public Path work(String job, long jobInstanceId) {
        return root.resolve(".work").resolve(job + "-" + jobInstanceId);
    }

    /** Replaced outputs wait here (same file system, so moves are renames) until they are deleted. */
    public Path trash() {
        return root.resolve(".work").resolve("trash");
    }

    public static String periodDirectory(String period) {
        return "period=" + period;
    }

    public static String scopeDirectory(String scope) {
        return "scope=" + scope;
    }
}
