package org.steward.sampledata;

import java.time.Duration;
import java.util.Map;

/**
 * Outcome of one run: data rows written per file (header excluded), keyed by the path relative to
 * the output folder ({@code encounters.csv}, {@code truth/truth.csv}, ...), in writing order.
 */
public record GenerationSummary(Map<String, Long> rowsPerFile, Duration elapsed) {

    public GenerationSummary {
        rowsPerFile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsPerFile));
    }
}
