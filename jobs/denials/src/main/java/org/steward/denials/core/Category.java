package org.steward.denials.core;

import java.util.List;

/**
 * A root cause of denials, as configured.
 *
 * @param name            the category key (for example {@code authorization})
 * @param preventable     whether the hospital could have prevented it before the claim went out
 * @param owner           the department that fixes it ({@link #OWNERS})
 * @param tracesTo        {@code documentation}, {@code coding} or {@code none}
 * @param recoverableRate the share of its denied dollars the fix list counts as recoverable, 0 to 1
 */
public record Category(String name, boolean preventable, String owner, String tracesTo, double recoverableRate) {

    /** The departments a category can belong to. */
    public static final List<String> OWNERS = List.of("patient_access", "him_coding", "cdi", "billing");

    /** What a category can trace to. */
    public static final List<String> TRACES = List.of("documentation", "coding", "none");

    /** The category of a denial adjustment no mapping entry covers: reported, never guessed. */
    public static final String UNMAPPED = "unmapped";

    /** True when the category counts in the share of denials tracing to documentation or coding. */
    public boolean documentationOrCoding() {
        return !tracesTo.equals("none");
    }
}
