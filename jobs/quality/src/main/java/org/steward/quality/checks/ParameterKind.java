package org.steward.quality.checks;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.steward.core.contract.ColumnSpec;
import org.steward.core.contract.FieldKind;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.StagedColumn.StoredType;

/**
 * What a check type's parameter holds, declared in {@link CheckTypes} so the rule-pack loader can check
 * every value at start-up (a number out of range, a sex code the staged data never holds, a text column
 * where a date is needed) instead of failing, or silently never failing, mid-run.
 */
public sealed interface ParameterKind {

    /** How the kind reads in messages and documentation, e.g. "a whole number from 1 to 150". */
    String describe();

    /** A whole number from {@code min} to {@code max}, e.g. a number of days. */
    record WholeNumber(int min, int max) implements ParameterKind {
        public WholeNumber {
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " > max " + max);
            }
        }

        @Override
        public String describe() {
            return "a whole number from " + min + " to " + max;
        }
    }

    /** A number above zero and at most {@code max}, e.g. a multiple of a mean. */
    record PositiveDecimal(double max) implements ParameterKind {
        @Override
        public String describe() {
            return "a number above 0 and at most " + (max == Math.rint(max) ? String.valueOf((long) max) : max);
        }
    }

    /**
     * One of the values a column holds once staged (the contract normalises them), e.g. the sex codes of
     * {@code patients.sex}: a value it never holds would make the check pass forever. The column must be of
     * a kind with a closed set of values ({@link FieldKind#SEX} or {@link FieldKind#CHOICE}).
     */
    record ContractValue(String table, String column) implements ParameterKind {
        public ContractValue {
            FieldKind kind = spec(table, column).kind();
            if (kind != FieldKind.SEX && kind != FieldKind.CHOICE) {
                throw new IllegalArgumentException(table + "." + column + " is a " + kind + " column, which has no closed "
                        + "set of values");
            }
        }

        public ColumnSpec spec() {
            return spec(table, column);
        }

        private static ColumnSpec spec(String table, String column) {
            return InputContract.table(table).columns().stream().filter(c -> c.name().equals(column)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(table + " has no column " + column));
        }

        @Override
        public String describe() {
            return "a value of " + table + "." + column + " as staged";
        }
    }

    /** The start of a code as staged (upper-case, no dot): 1 to {@code maxLength} letters or digits. */
    record CodePrefix(int maxLength) implements ParameterKind {
        @Override
        public String describe() {
            return "1 to " + maxLength + " upper-case letters or digits";
        }
    }

    /**
     * An input table. When {@code joinedByKey}, the checked row is matched to that table's row by the
     * table's contract key, so the checked table must have those key columns too.
     */
    record InputTable(boolean joinedByKey) implements ParameterKind {
        @Override
        public String describe() {
            return "an input table" + (joinedByKey ? " whose key columns the checked table has" : "");
        }
    }

    /** One column ({@code list} false) or a comma-separated list of columns of the checked table. */
    record Columns(boolean list, ColumnType type) implements ParameterKind {
        @Override
        public String describe() {
            return (list ? "comma-separated columns, each " : "a column, ") + type.describe();
        }
    }

    /**
     * Columns of the table named by parameter {@code tableParameter}. When {@code matches} names another
     * parameter, the lists pair up: as many columns, each of the same type as its partner.
     */
    record ForeignColumns(String tableParameter, boolean list, ColumnType type, Optional<String> matches)
            implements ParameterKind {
        @Override
        public String describe() {
            return (list ? "comma-separated columns" : "a column") + " of the table in '" + tableParameter + "', "
                    + type.describe() + matches.map(m -> ", paired with '" + m + "'").orElse("");
        }
    }

    /** The staged types a column parameter accepts ({@code StagedColumn.StoredType}). */
    enum ColumnType {
        ANY("of any type", EnumSet.allOf(StoredType.class)),
        SINGLE_VALUED("holding one value (not a list)", EnumSet.complementOf(EnumSet.of(StoredType.STRING_LIST))),
        TEXT("holding text", EnumSet.of(StoredType.STRING)),
        CODE("holding a code (text) or a list of codes", EnumSet.of(StoredType.STRING, StoredType.STRING_LIST)),
        DATE("holding a date", EnumSet.of(StoredType.DATE)),
        AMOUNT("holding an amount (a number)", EnumSet.of(StoredType.CENTS, StoredType.LONG, StoredType.DOUBLE));

        private final String description;
        private final Set<StoredType> accepted;

        ColumnType(String description, Set<StoredType> accepted) {
            this.description = description;
            this.accepted = accepted;
        }

        public boolean accepts(StoredType stored) {
            return accepted.contains(stored);
        }

        public String describe() {
            return description;
        }

        /** How a staged column's type reads in messages. */
        public static String label(StoredType stored) {
            return switch (stored) {
                case STRING -> "text";
                case DATE -> "a date";
                case CENTS -> "an amount";
                case STRING_LIST -> "a list of text";
                case LONG -> "a whole number";
                case DOUBLE -> "a number";
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
