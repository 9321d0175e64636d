package org.steward.casemix.core;

/**
 * Where a DRG sits in its severity-split family, read from the end of its title.
 *
 * <p>The three "WITH" members are the ones where the record captured a CC or an MCC; {@link #NOT_SPLIT}
 * is every DRG whose family has a single member in that year's table.
 */
public enum DrgSeverity {
    WITH_MCC("with_mcc", "WITH MCC"),
    WITH_CC("with_cc", "WITH CC"),
    WITH_CC_MCC("with_cc_mcc", "WITH CC/MCC"),
    WITHOUT_MCC("without_mcc", "WITHOUT MCC"),
    WITHOUT_CC_MCC("without_cc_mcc", "WITHOUT CC/MCC"),
    NOT_SPLIT("not_split", null);

    private final String label;
    private final String titleWords;

    DrgSeverity(String label, String titleWords) {
        this.label = label;
        this.titleWords = titleWords;
    }

    /** The value written to outputs, e.g. "with_cc_mcc". */
    public String label() {
        return label;
    }

    /** True for the members of a split family whose record captured a CC or an MCC. */
    public boolean captured() {
        return this == WITH_MCC || this == WITH_CC || this == WITH_CC_MCC;
    }

    /** The severity for the words a CMS title ends with ("WITH CC/MCC"); IllegalArgumentException otherwise. */
    public static DrgSeverity ofTitleWords(String words) {
        for (DrgSeverity severity : values()) {
            if (severity.titleWords != null && severity.titleWords.equals(words)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("not an MS-DRG severity: '" + words + "'");
    }

    /** The severity for an output label ("with_mcc"); IllegalArgumentException otherwise. */
    public static DrgSeverity ofLabel(String label) {
        for (DrgSeverity severity : values()) {
            if (severity.label.equals(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("not a DRG severity label: '" + label + "'");
    }
}
