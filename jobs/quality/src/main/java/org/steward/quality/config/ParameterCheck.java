package org.steward.quality.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.steward.core.contract.ColumnSpec;
import org.steward.core.contract.FieldKind;
import org.steward.core.contract.FieldParser;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.InvalidFieldException;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.YamlNode;
import org.steward.quality.checks.CheckType;
import org.steward.quality.checks.ParameterKind;
import org.steward.quality.checks.ParameterKind.CodePrefix;
import org.steward.quality.checks.ParameterKind.ColumnType;
import org.steward.quality.checks.ParameterKind.Columns;
import org.steward.quality.checks.ParameterKind.ContractValue;
import org.steward.quality.checks.ParameterKind.ForeignColumns;
import org.steward.quality.checks.ParameterKind.InputTable;
import org.steward.quality.checks.ParameterKind.PositiveDecimal;
import org.steward.quality.checks.ParameterKind.WholeNumber;

/**
 * Checks a built-in check's parameter values against the kinds its type declares ({@link ParameterKind}),
 * and the columns it reads against the staged schema. Every problem is a {@code ConfigException} at the
 * line of the offending key.
 */
final class ParameterCheck {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,9}(\\.\\d*)?|\\.\\d+)");

    private final YamlNode node;
    private final TableContract table;
    private final CheckType type;
    private final Map<String, String> parameters;

    private ParameterCheck(YamlNode node, TableContract table, CheckType type, Map<String, String> parameters) {
        this.node = node;
        this.table = table;
        this.type = type;
        this.parameters = parameters;
    }

    /** Fails on the first value that its parameter's kind does not allow. */
    static void check(YamlNode node, TableContract table, CheckType type, Map<String, String> parameters) {
        new ParameterCheck(node, table, type, parameters).check();
    }

    private void check() {
        // Tables first: columns of another table are checked against the table the rule names.
        for (CheckType.Parameter parameter : type.parameters()) {
            if (parameter.kind() instanceof InputTable kind && parameters.containsKey(parameter.name())) {
                inputTable(parameter.name(), kind);
            }
        }
        for (CheckType.Parameter parameter : type.parameters()) {
            String name = parameter.name();
            if (!parameters.containsKey(name) || parameter.kind() instanceof InputTable) {
                continue;
            }
            String value = parameters.get(name);
            ParameterKind kind = parameter.kind();
            if (kind instanceof WholeNumber number) {
                wholeNumber(name, value, number);
            } else if (kind instanceof PositiveDecimal number) {
                positiveDecimal(name, value, number);
            } else if (kind instanceof ContractValue contractValue) {
                contractValue(name, value, contractValue);
            } else if (kind instanceof CodePrefix prefix) {
                codePrefix(name, value, prefix);
            } else if (kind instanceof Columns columns) {
                columns(name, table, columns(name, value, columns.list()), columns.type());
            } else if (kind instanceof ForeignColumns foreign) {
                foreignColumns(name, value, foreign);
            } else {
                throw new IllegalStateException("no check for parameter kind " + kind);
            }
        }
        for (Map.Entry<String, ColumnType> implied : type.impliedColumns().entrySet()) {
            Optional<StagedColumn> column = staged(table, implied.getKey());
            if (column.isEmpty()) {
                throw node.error("check", type.name() + " reads column '" + implied.getKey() + "', which " + table.table()
                        + " does not have");
            }
            if (!implied.getValue().accepts(column.get().type())) {
                throw node.error("check", type.name() + " reads column '" + implied.getKey() + "' of " + table.table()
                        + ", which holds " + ColumnType.label(column.get().type()) + "; it must be a column "
                        + implied.getValue().describe());
            }
        }
    }

    private void wholeNumber(String name, String value, WholeNumber kind) {
        String text = value.strip();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw error(name, "must be " + kind.describe() + ", got '" + value + "'");
        }
        int number = Integer.parseInt(text);
        if (number < kind.min() || number > kind.max()) {
            throw error(name, "must be " + kind.describe() + ", got " + number);
        }
    }

    private void positiveDecimal(String name, String value, PositiveDecimal kind) {
        String text = value.strip();
        if (!DECIMAL.matcher(text).matches()) {
            throw error(name, "must be " + kind.describe() + ", got '" + value + "'");
        }
        double number = Double.parseDouble(text);
        if (!(number > 0 && number <= kind.max())) {
            throw error(name, "must be " + kind.describe() + ", got " + text);
        }
    }

    private void contractValue(String name, String value, ContractValue kind) {
        ColumnSpec column = kind.spec();
        List<String> allowed = allowedValues(column);
        if (allowed.contains(value)) {
            return;
        }
        String hint = "";
        try {
            Object staged = FieldParser.parse(column, value);
            if (staged != null && allowed.contains(staged.toString())) {
                hint = " ('" + value + "' is staged as '" + staged + "': write " + staged + ")";
            }
        } catch (InvalidFieldException e) {
            // no hint: the contract does not accept the value at all
        }
        throw error(name, "must be one of " + allowed + " (the values " + kind.table() + "." + kind.column()
                + " holds once staged), got '" + value + "'" + hint);
    }

    /**
     * The values a column of a closed kind holds once staged: a CHOICE column's choices, or, for codes such
     * as SEX, the one-character values the contract's parser keeps as they are.
     */
    static List<String> allowedValues(ColumnSpec column) {
        if (column.kind() == FieldKind.CHOICE) {
            return column.choices();
        }
        List<String> values = new ArrayList<>();
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray()) {
            String candidate = String.valueOf(c);
            try {
                if (candidate.equals(FieldParser.parse(column, candidate))) {
                    values.add(candidate);
                }
            } catch (InvalidFieldException e) {
                // not a value of this kind
            }
        }
        return List.copyOf(values);
    }

    private void codePrefix(String name, String value, CodePrefix kind) {
        if (value.matches("[A-Z0-9]{1," + kind.maxLength() + "}")) {
            return;
        }
        String hint = value.matches("[A-Za-z0-9]{1," + kind.maxLength() + "}")
                ? " (codes are staged upper-case: write " + value.toUpperCase(Locale.ROOT) + ")"
                : value.contains(".") ? " (codes are staged without the dot)" : "";
        throw error(name, "must be the start of a code as staged, " + kind.describe() + ", got '" + value + "'" + hint);
    }

    private TableContract inputTable(String name, InputTable kind) {
        TableContract other;
        try {
            other = InputContract.table(parameters.get(name).strip());
        } catch (IllegalArgumentException e) {
            throw error(name, e.getMessage());
        }
        if (kind.joinedByKey()) {
            for (String key : other.keyColumns()) {
                if (staged(table, key).isEmpty()) {
                    throw error(name, "names " + other.table() + ", whose rows are found by their key "
                            + other.keyColumns() + ", but " + table.table() + " has no column '" + key + "'");
                }
            }
        }
        return other;
    }

    private void foreignColumns(String name, String value, ForeignColumns kind) {
        TableContract other = InputContract.table(parameters.get(kind.tableParameter()).strip());
        List<String> names = columns(name, value, kind.list());
        List<StagedColumn> columns = columns(name, other, names, kind.type());
        if (kind.matches().isEmpty()) {
            return;
        }
        String partnerName = kind.matches().get();
        List<String> partners = columns(partnerName, parameters.get(partnerName), true);
        if (partners.size() != names.size()) {
            throw error(name, "must list as many columns as '" + partnerName + "'");
        }
        List<StagedColumn> partnerColumns = columns(partnerName, table, partners, ColumnType.ANY);
        for (int i = 0; i < partners.size(); i++) {
            StagedColumn partner = partnerColumns.get(i);
            if (partner.type() != columns.get(i).type()) {
                throw error(name, "pairs " + other.table() + "." + names.get(i) + " (" + ColumnType.label(columns.get(i).type())
                        + ") with " + table.table() + "." + partner.name() + " (" + ColumnType.label(partner.type())
                        + "): paired columns must hold the same type");
            }
        }
    }

    private List<String> columns(String name, String value, boolean list) {
        List<String> names = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (names.contains("")) {
            throw error(name, "must name " + (list ? "columns separated by commas" : "a column") + ", got '" + value + "'");
        }
        if (!list && names.size() > 1) {
            throw error(name, "must name one column, got '" + value + "'");
        }
        return names;
    }

    private List<StagedColumn> columns(String name, TableContract of, List<String> names, ColumnType expected) {
        List<StagedColumn> columns = new ArrayList<>();
        for (String column : names) {
            StagedColumn staged = staged(of, column).orElseThrow(() -> error(name, "names column '" + column + "', which "
                    + of.table() + " does not have"));
            if (!expected.accepts(staged.type())) {
                throw error(name, "names column '" + column + "' of " + of.table() + ", which holds "
                        + ColumnType.label(staged.type()) + "; '" + name + "' must be a column " + expected.describe());
            }
            columns.add(staged);
        }
        return columns;
    }

    private static Optional<StagedColumn> staged(TableContract table, String column) {
        return StagedColumn.of(table).stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** At the parameter's own line; a column given through {@code for_each} is reported there. */
    private ConfigException error(String parameter, String problem) {
        return node.error(node.has(parameter) ? parameter : "for_each", problem);
    }
}
