package org.steward.report.core;

/** Which direction of a headline number is good. */
public enum Better {
    LOWER, HIGHER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
