package org.steward.report.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The headline numbers of the executive summary. Their targets and bands are data (config/report.yml,
 * keyed by {@link #key()}); how each is computed is a query in sql/report.
 */
public enum Headline {
    DUPLICATE_RATE("duplicate-rate", "Duplicate record rate", Format.PERCENT),
    DUPLICATE_CREATION_RATE("duplicate-creation-rate", "Duplicate creation rate", Format.PERCENT),
    QUALITY_SCORE("quality-score", "Data-quality score", Format.SCORE),
    CDI_RESPONSE_RATE("cdi-response-rate", "CDI query response rate", Format.PERCENT),
    CDI_AGREEMENT_RATE("cdi-agreement-rate", "CDI query agreement rate", Format.PERCENT),
    INITIAL_DENIAL_RATE("initial-denial-rate", "Initial denial rate", Format.PERCENT);

    private final String key;
    private final String label;
    private final Format format;

    Headline(String key, String label, Format format) {
        this.key = key;
        this.label = label;
        this.format = format;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Format format() {
        return format;
    }

    public static Optional<Headline> of(String key) {
        return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst();
    }
}
