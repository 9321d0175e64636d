package org.steward.quality.checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built-in check type: its name as written in rule files, its parameters with what each holds, and the
 * columns of the checked table it reads without a parameter naming them, so a rule file's mistake is
 * caught at start-up, not at run time.
 *
 * @param parameters    every parameter, in the order they are documented
 * @param impliedColumns columns of the checked table the check reads on its own (e.g. {@code admit_date}
 *                      for an age at admission), with what they must hold
 */
public record CheckType(String name, List<Parameter> parameters, Map<String, ParameterKind.ColumnType> impliedColumns,
                        String description) {

    /** A parameter of a check type: its name, what it holds, and whether a rule must give it. */
    public record Parameter(String name, ParameterKind kind, boolean required) {
    }

    public CheckType {
        List<Parameter> all = List.copyOf(parameters);
        for (Parameter parameter : all) {
            if (parameter.kind() instanceof ParameterKind.ForeignColumns foreign) {
                requireParameter(name, all, foreign.tableParameter(), ParameterKind.InputTable.class, parameter.name());
                if (foreign.matches().isPresent()) {
                    requireParameter(name, all, foreign.matches().get(), ParameterKind.Columns.class, parameter.name());
                }
            }
        }
        parameters = all;
        impliedColumns = Collections.unmodifiableMap(new LinkedHashMap<>(impliedColumns));
    }

    public List<String> required() {
        return parameters.stream().filter(Parameter::required).map(Parameter::name).toList();
    }

    public List<String> optional() {
        return parameters.stream().filter(p -> !p.required()).map(Parameter::name).toList();
    }

    public boolean accepts(String parameter) {
        return kind(parameter).isPresent();
    }

    public Optional<ParameterKind> kind(String parameter) {
        return parameters.stream().filter(p -> p.name().equals(parameter)).map(Parameter::kind).findFirst();
    }

    /** Parameters whose value is one column, or a comma-separated list of columns, of the checked table. */
    public List<String> columnParameters() {
        return parameters.stream().filter(p -> p.kind() instanceof ParameterKind.Columns).map(Parameter::name).toList();
    }

    /** Parameters naming columns of another input table, mapped to the parameter that names that table. */
    public Map<String, String> foreignColumns() {
        Map<String, String> foreign = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (parameter.kind() instanceof ParameterKind.ForeignColumns f) {
                foreign.put(parameter.name(), f.tableParameter());
            }
        }
        return foreign;
    }

    private static void requireParameter(String type, List<Parameter> parameters, String name,
                                         Class<? extends ParameterKind> kind, String by) {
        if (parameters.stream().noneMatch(p -> p.name().equals(name) && kind.isInstance(p.kind()) && p.required())) {
            throw new IllegalArgumentException(type + ": parameter '" + by + "' refers to '" + name
                    + "', which is not a required " + kind.getSimpleName() + " parameter");
        }
    }
}
