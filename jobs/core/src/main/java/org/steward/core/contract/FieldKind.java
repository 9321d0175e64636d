package org.steward.core.contract;

/** How a contract column is typed and normalised on the way in. */
public enum FieldKind {
    /** Free text, trimmed; empty becomes null. */
    TEXT,
    /** An identifier that every row must have (part of the table's key). */
    KEY,
    /** A code: trimmed and upper-cased (group codes, CARC/RARC, payer ids). */
    CODE,
    /** An ICD-10-CM or ICD-10-PCS code: upper-cased with the dot removed, as CMS publishes them. */
    ICD_CODE,
    /** A {@code |}-separated list of ICD codes, each normalised like {@link #ICD_CODE}. */
    ICD_CODE_LIST,
    /** An MS-DRG: one to three digits, zero-padded to three. */
    DRG,
    /** A calendar date written YYYY-MM-DD. */
    DATE,
    /**
     * A local date and time, ISO 8601 ({@code YYYY-MM-DDTHH:MM[:SS[.fraction]]}, a space for the T accepted, a
     * trailing {@code Z} or offset dropped: the wall-clock time as written), stored as text in one canonical
     * form {@code YYYY-MM-DDTHH:MM:SS[.fraction]}, which sorts as time does. Its date decides the row's period.
     */
    DATE_TIME,
    /** A money amount with at most two decimals, stored as exact cents. */
    AMOUNT,
    /** Administrative sex F, M or U (FEMALE, MALE, UNKNOWN accepted and shortened). */
    SEX,
    /** One of a fixed set of lower-case words, listed on the column. */
    CHOICE
}
