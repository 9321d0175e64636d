package org.steward.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * One required column of an input file: its name, how it is typed, what a bad value does, and
 * whether its values repeat a lot (a storage hint: codes and dates do, ids and free text do not).
 */
public record ColumnSpec(String name, FieldKind kind, InvalidValuePolicy onInvalid, List<String> choices,
                         boolean repetitive) {

    public ColumnSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(onInvalid);
        choices = List.copyOf(choices);
        if (kind == FieldKind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("column " + name + " is a CHOICE without choices");
        }
    }

    public static ColumnSpec of(String name, FieldKind kind) {
        return new ColumnSpec(name, kind, InvalidValuePolicy.QUARANTINE, List.of(), repetitiveKind(kind));
    }

    public static ColumnSpec choice(String name, String... choices) {
        return new ColumnSpec(name, FieldKind.CHOICE, InvalidValuePolicy.QUARANTINE, List.of(choices), true);
    }

    public static ColumnSpec keepingRaw(String name, FieldKind kind) {
        return new ColumnSpec(name, kind, InvalidValuePolicy.KEEP_RAW, List.of(), repetitiveKind(kind));
    }

    /** The same column, marked as holding few distinct values (for example a facility id). */
    public ColumnSpec withFewValues() {
        return new ColumnSpec(name, kind, onInvalid, choices, true);
    }

    private static boolean repetitiveKind(FieldKind kind) {
        return switch (kind) {
            case TEXT, KEY, AMOUNT -> false;
            default -> true;
        };
    }

    public boolean keepsRaw() {
        return onInvalid == InvalidValuePolicy.KEEP_RAW;
    }

    public String rawColumnName() {
        return name + "_raw";
    }
}
