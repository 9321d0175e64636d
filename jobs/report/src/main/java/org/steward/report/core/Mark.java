package org.steward.report.core;

/** How a headline number stands against its target: a committee reads the mark before the number. */
public enum Mark {
    /** At or better than the target. */
    GOOD("good"),
    /** Worse than the target, not yet beyond the act threshold. */
    WATCH("watch"),
    /** Beyond the act threshold: someone should act this month. */
    ACT("act"),
    /** No target for this number, or no value this month. */
    NONE("no mark");

    private final String label;

    Mark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String css() {
        return "mark-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
