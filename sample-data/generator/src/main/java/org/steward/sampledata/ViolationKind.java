package org.steward.sampledata;

/** Ways a row breaks the input contract on purpose; cycled in this order within a file. */
enum ViolationKind {
    BAD_DATE("bad_date"),
    NON_NUMERIC_AMOUNT("non_numeric_amount"),
    WRONG_FIELD_COUNT("wrong_field_count"),
    BAD_ENCODING("bad_encoding"),
    MISSING_KEY("missing_key");

    final String label;

    ViolationKind(String label) {
        this.label = label;
    }
}
