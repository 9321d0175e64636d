package org.steward.quality.rules;

import java.util.Map;

/** What a check tests: a built-in check type with parameters, or a SQL expression that is true for a good row. */
public sealed interface CheckDefinition {

    /** A built-in type from {@code CheckTypes}, e.g. {@code not_null} with {@code column: mrn}. */
    record Builtin(String type, Map<String, String> parameters) implements CheckDefinition {
        public Builtin {
            parameters = Map.copyOf(parameters);
        }
    }

    /** A boolean SQL expression over the table's columns, true when the row passes. */
    record PassWhen(String sql) implements CheckDefinition {
    }
}
