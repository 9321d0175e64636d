package org.steward.quality.checks;

import java.util.List;
import java.util.Map;

/**
 * A built-in check type: its name as written in rule files, its parameters, and which of them name
 * columns of the checked table (so a typo in a column is caught at start-up, not at run time).
 *
 * @param columnParameters  parameters whose value is one column, or a comma-separated list of columns
 * @param foreignColumns    parameters naming columns of another input table, mapped to the parameter
 *                          that names that table (e.g. {@code keys -> table})
 */
public record CheckType(String name, List<String> required, List<String> optional, List<String> columnParameters,
                        Map<String, String> foreignColumns, String description) {

    public CheckType {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        columnParameters = List.copyOf(columnParameters);
        foreignColumns = Map.copyOf(foreignColumns);
    }

    public boolean accepts(String parameter) {
        return required.contains(parameter) || optional.contains(parameter);
    }
}
