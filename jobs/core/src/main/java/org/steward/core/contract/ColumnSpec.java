package org.steward.core.contract;

import java.util.List;
import java.util.Objects;

/** One required column of an input file: its name, how it is typed, and what a bad value does. */
public record ColumnSpec(String name, FieldKind kind, InvalidValuePolicy onInvalid, List<String> choices) {

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
        return new ColumnSpec(name, kind, InvalidValuePolicy.QUARANTINE, List.of());
    }

    public static ColumnSpec choice(String name, String... choices) {
        return new ColumnSpec(name, FieldKind.CHOICE, InvalidValuePolicy.QUARANTINE, List.of(choices));
    }

    public static ColumnSpec keepingRaw(String name, FieldKind kind) {
        return new ColumnSpec(name, kind, InvalidValuePolicy.KEEP_RAW, List.of());
    }

    public boolean keepsRaw() {
        return onInvalid == InvalidValuePolicy.KEEP_RAW;
    }

    public String rawColumnName() {
        return name + "_raw";
    }
}
