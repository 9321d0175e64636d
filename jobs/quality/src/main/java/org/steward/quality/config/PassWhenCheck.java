package org.steward.quality.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry$;
import org.apache.spark.sql.catalyst.analysis.SimpleFunctionRegistry;
import org.apache.spark.sql.catalyst.analysis.UnresolvedAttribute;
import org.apache.spark.sql.catalyst.analysis.UnresolvedExtractValue;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedStar;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.RLike;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.expressions.WindowExpression;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.ConfigException;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Checks a rule's {@code pass_when} SQL before any job runs, on both engines it may run on, against the
 * columns the checked table has when staged (plus {@code period}, which every checked row carries):
 * <ul>
 *   <li>DuckDB: the expression is prepared and explained over an empty table with the staged columns and
 *       types, so a syntax error, an unknown column or function, a type error or a bad regular expression
 *       is DuckDB's own message; it must give a boolean.</li>
 *   <li>Spark SQL: without a session (starting one costs seconds), the expression is parsed with Spark's
 *       parser and every column it names must be a staged column, every function a Spark built-in, and
 *       no aggregate, window, subquery or list index (Spark counts from 0, DuckDB from 1) is allowed.
 *       Spark does not type-check here; DuckDB's check stands in for that.</li>
 * </ul>
 * One DuckDB connection (in memory, opened on first use) serves a whole rule pack.
 */
public final class PassWhenCheck implements AutoCloseable {

    /** Names Spark resolves as functions when no column has them ({@code current_date} without brackets). */
    private static final Set<String> SPARK_NAMED_FUNCTIONS = Set.of("current_date", "current_timestamp", "current_time",
            "current_user", "user", "session_user", "current_catalog", "current_database", "current_schema");
    /** Functions whose second argument is a Java regular expression on Spark (DuckDB checks RE2 on its side). */
    private static final Set<String> SPARK_REGEX_FUNCTIONS = Set.of("rlike", "regexp", "regexp_like", "regexp_extract",
            "regexp_extract_all", "regexp_replace", "regexp_count", "regexp_instr", "regexp_substr");
    private static final String ROWS = "pass_when_rows";
    /** Where DuckDB's excerpt of the failing query starts, with its line number (the expression starts on line 2). */
    private static final Pattern EXCERPT = Pattern.compile("\nLINE (\\d+):");

    private final Set<String> createdTables = new HashSet<>();
    private Connection duckdb;

    /** Why the expression would fail on DuckDB, on Spark, or both; empty when it runs on both. */
    public Optional<String> problem(TableContract table, String sql) {
        List<String> problems = new ArrayList<>();
        duckDbProblem(table, sql).ifPresent(p -> problems.add("on DuckDB: " + p));
        sparkProblem(table, sql).ifPresent(p -> problems.add("on Spark: " + p));
        return problems.isEmpty() ? Optional.empty() : Optional.of("would fail " + String.join("; and ", problems));
    }

    /** The columns a {@code pass_when} of this table may name, with how they read in DuckDB. */
    static Map<String, String> columns(TableContract table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (StagedColumn column : StagedColumn.of(table)) {
            columns.put(column.name(), duckDbType(column.type()));
        }
        // Partitioned tables are read with their period folder; snapshot tables are given the run's period.
        columns.put("period", "VARCHAR");
        return columns;
    }

    /** As the stage job writes them (RowWriteSupport): cents are DECIMAL(18,2), lists of strings Parquet lists. */
    static String duckDbType(StagedColumn.StoredType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case DATE -> "DATE";
            case CENTS -> "DECIMAL(18,2)";
            case STRING_LIST -> "VARCHAR[]";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
        };
    }

    Optional<String> duckDbProblem(TableContract table, String sql) {
        String name = ROWS + "_" + table.table();
        // The expression on lines of its own, so a trailing comment cannot swallow the rest.
        String select = "SELECT (\n" + sql + "\n) AS pass FROM " + name;
        Connection connection = connection(table, name);
        try {
            try (PreparedStatement prepared = connection.prepareStatement(select)) {
                String type = prepared.getMetaData().getColumnTypeName(1);
                if (!"BOOLEAN".equalsIgnoreCase(type)) {
                    return Optional.of("it gives " + type + ", not true or false");
                }
            }
            // Explaining also runs the optimiser, which checks constant arguments such as regular expressions.
            try (Statement statement = connection.createStatement();
                 ResultSet plan = statement.executeQuery("EXPLAIN " + select)) {
                while (plan.next()) {
                    // the plan itself is not needed
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(duckDbMessage(e, sql.lines().count()));
        }
    }

    /** The in-memory database, with an empty table shaped like the staged table. */
    private Connection connection(TableContract table, String name) {
        try {
            if (duckdb == null) {
                duckdb = DriverManager.getConnection("jdbc:duckdb:");
            }
            if (createdTables.add(name)) {
                String columns = columns(table).entrySet().stream().map(c -> "\"" + c.getKey() + "\" " + c.getValue())
                        .collect(Collectors.joining(", "));
                try (Statement statement = duckdb.createStatement()) {
                    statement.execute("CREATE TABLE " + name + " (" + columns + ")");
                }
            }
            return duckdb;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open an in-memory DuckDB to check pass_when SQL: " + e.getMessage(), e);
        }
    }

    /**
     * DuckDB's message without the excerpt of the wrapping query (its line numbers would mislead); an error
     * past the expression's last line (the expression ended too soon) says so instead of naming our wrapper.
     */
    private static String duckDbMessage(SQLException e, long expressionLines) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher excerpt = EXCERPT.matcher(message);
        if (excerpt.find()) {
            boolean pastTheEnd = Long.parseLong(excerpt.group(1)) > 1 + expressionLines;
            message = message.substring(0, excerpt.start());
            if (pastTheEnd) {
                message = message.replaceFirst(" at or near \"[^\"]*\"", " at the end of the expression");
            }
        }
        return message.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    Optional<String> sparkProblem(TableContract table, String sql) {
        Expression expression;
        try {
            expression = CatalystSqlParser$.MODULE$.parseExpression(sql);
        } catch (Exception e) {
            // Spark's ParseException (an AnalysisException, undeclared by Scala) says where it stopped.
            return Optional.of(firstLine(e.getMessage()));
        }
        Set<String> known = new HashSet<>();
        columns(table).keySet().forEach(c -> known.add(c.toLowerCase(Locale.ROOT)));
        return sparkProblem(expression, table, known, FunctionRegistry$.MODULE$.builtin());
    }

    private static Optional<String> sparkProblem(Expression expression, TableContract table, Set<String> known,
                                                 SimpleFunctionRegistry functions) {
        if (expression instanceof UnresolvedAttribute attribute) {
            List<String> parts = CollectionConverters.asJava(attribute.nameParts());
            String name = String.join(".", parts);
            if (parts.size() > 1) {
                return Optional.of("'" + name + "' is not a column name: write the column alone, without a table "
                        + "or field");
            }
            if (!known.contains(name.toLowerCase(Locale.ROOT))
                    && !SPARK_NAMED_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of("column '" + name + "' does not exist in " + table.table() + " as staged");
            }
        } else if (expression instanceof UnresolvedFunction function) {
            List<String> parts = CollectionConverters.asJava(function.nameParts());
            String name = String.join(".", parts).toLowerCase(Locale.ROOT);
            FunctionIdentifier identifier = FunctionIdentifier.apply(name);
            if (parts.size() != 1 || !functions.functionExists(identifier)) {
                return Optional.of("function '" + name + "' is not a Spark SQL built-in function");
            }
            ExpressionInfo info = functions.lookupFunction(identifier).get();
            if ("agg_funcs".equals(info.getGroup()) || "window_funcs".equals(info.getGroup())) {
                return Optional.of("'" + name + "' is an aggregate or window function; pass_when judges one row");
            }
            if (SPARK_REGEX_FUNCTIONS.contains(name)) {
                Optional<String> regex = regexProblem(function);
                if (regex.isPresent()) {
                    return regex;
                }
            }
        } else if (expression instanceof RLike like && like.right() instanceof Literal literal) {
            Optional<String> regex = regexProblem(literal);
            if (regex.isPresent()) {
                return regex;
            }
        } else if (expression instanceof WindowExpression) {
            return Optional.of("a window (OVER) is not allowed; pass_when judges one row");
        } else if (expression instanceof SubqueryExpression) {
            return Optional.of("a subquery is not allowed; pass_when sees only the row's own columns");
        } else if (expression instanceof UnresolvedExtractValue) {
            return Optional.of("'" + expression.sql() + "' indexes a list, which Spark counts from 0 and DuckDB from 1");
        } else if (expression instanceof UnresolvedStar) {
            return Optional.of("'*' is not a value");
        }
        for (Expression child : CollectionConverters.asJava(expression.children())) {
            Optional<String> problem = sparkProblem(child, table, known, functions);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> regexProblem(UnresolvedFunction function) {
        List<Expression> arguments = CollectionConverters.asJava(function.arguments());
        return arguments.size() >= 2 && arguments.get(1) instanceof Literal literal ? regexProblem(literal)
                : Optional.empty();
    }

    private static Optional<String> regexProblem(Literal literal) {
        if (literal.value() == null) {
            return Optional.empty();
        }
        String pattern = literal.value().toString();
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("'" + pattern + "' is not a Java regular expression (" + e.getDescription() + ")");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be parsed";
        }
        return message.strip().lines().findFirst().orElse(message).strip();
    }

    @Override
    public void close() {
        if (duckdb != null) {
            try {
                duckdb.close();
            } catch (SQLException e) {
                throw new ConfigException("cannot close the DuckDB connection that checks pass_when SQL", e);
            }
            duckdb = null;
            createdTables.clear();
        }
    }
}
