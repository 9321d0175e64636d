package org.steward.quality.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;
import org.steward.quality.checks.CheckType;
import org.steward.quality.checks.CheckTypes;
import org.steward.quality.rules.CheckDefinition;
import org.steward.quality.rules.Dimension;
import org.steward.quality.rules.QualityCheck;
import org.steward.quality.rules.Severity;

/**
 * Reads {@code config/quality/*.yml} strictly: an unknown key, a check type that does not exist, a
 * parameter it does not take or a value it does not allow (see {@link org.steward.quality.checks.ParameterKind}:
 * numbers in range, sex codes as staged, date parameters naming date columns...), a column the table does not
 * have, {@code pass_when} SQL that would fail on DuckDB or on Spark ({@link PassWhenCheck}), or a repeated id
 * stops the run at start-up with the file, line and problem.
 *
 * <pre>
 * table: encounters
 * defaults: {owner: HIM coding manager, severity: warn, threshold: 0.01}   # optional
 * checks:
 *   - id: encounters.discharge_on_or_after_admit
 *     dimension: plausibility
 *     subtype: temporal
 *     check: not_before          # a built-in type and its parameters...
 *     column: discharge_date
 *     other: admit_date
 *     # ...or instead: pass_when: "total_charges >= 0"  (SQL, true for a good row)
 *     severity: error
 *     threshold: 0
 *     description: Discharge on or after admission.
 * </pre>
 * A single-column built-in check may give {@code for_each: [col1, col2]} instead of {@code column}:
 * it becomes one check per column, with the column appended to its id.
 */
public final class RulePackLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    private static final Set<String> COMMON_KEYS = Set.of("id", "dimension", "subtype", "check", "pass_when",
            "severity", "threshold", "owner", "description", "for_each");

    private RulePackLoader() {
    }

    public static RulePack load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(folder + ": quality rule folder not found");
        }
        List<QualityCheck> checks = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        try (PassWhenCheck passWhen = new PassWhenCheck()) {
            for (Path file : ruleFiles(folder)) {
                for (QualityCheck check : readFile(file, passWhen)) {
                    String earlier = origins.putIfAbsent(check.id(), check.origin());
                    if (earlier != null) {
                        throw new ConfigException(check.origin() + ": check id '" + check.id() + "' is already used at "
                                + earlier);
                    }
                    checks.add(check);
                }
            }
        }
        if (checks.isEmpty()) {
            throw new ConfigException(folder + ": no quality checks declared");
        }
        return new RulePack(checks);
    }

    private static List<Path> ruleFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(folder + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    static List<QualityCheck> readFile(Path file, PassWhenCheck passWhen) {
        YamlNode root = YamlFile.read(file, Map.of());
        String tableName = root.text("table");
        TableContract table = InputContract.TABLES.stream().filter(t -> t.table().equals(tableName)).findFirst()
                .orElseThrow(() -> root.error("table", "must be one of "
                        + InputContract.TABLES.stream().map(TableContract::table).toList() + ", got '" + tableName + "'"));
        Defaults defaults = root.has("defaults") ? Defaults.read(root.child("defaults")) : Defaults.NONE;
        List<QualityCheck> checks = new ArrayList<>();
        for (YamlNode item : root.items("checks")) {
            checks.addAll(readCheck(item, table, defaults, passWhen));
        }
        root.rejectUnread();
        return checks;
    }

    private static List<QualityCheck> readCheck(YamlNode node, TableContract table, Defaults defaults,
                                                PassWhenCheck passWhen) {
        String id = node.text("id");
        if (!ID.matcher(id).matches()) {
            throw node.error("id", "must be lower-case words joined by '_' and '.', got '" + id + "'");
        }
        String origin = node.file() + ":" + node.line();
        Dimension dimension = parse(node, "dimension", Dimension::parse);
        Optional<Dimension.Subtype> subtype = node.has("subtype")
                ? Optional.of(parse(node, "subtype", Dimension.Subtype::parse)) : Optional.empty();
        if (subtype.isPresent() && !dimension.subtypes().contains(subtype.get())) {
            throw node.error("subtype", "is not a subtype of " + dimension.label() + " (allowed: "
                    + dimension.subtypes().stream().map(Dimension.Subtype::label).toList() + ")");
        }
        Severity severity = parse(node, "severity", defaults.severity(), t -> Severity.valueOf(t.toUpperCase(java.util.Locale.ROOT)));
        double threshold = node.has("threshold") ? node.decimal("threshold", 0, 0, 1)
                : defaults.threshold().orElseThrow(() -> node.problem("check '" + id + "': missing key 'threshold'"));
        String owner = node.has("owner") ? node.text("owner")
                : defaults.owner().orElseThrow(() -> node.problem("check '" + id + "': missing key 'owner'"));
        String description = node.text("description");
        List<Map<String, String>> parameterSets = definitions(node, table, id, passWhen);
        List<QualityCheck> checks = new ArrayList<>();
        for (Map<String, String> parameters : parameterSets) {
            String suffix = parameters.containsKey("column") && node.has("for_each") ? "." + parameters.get("column") : "";
            CheckDefinition definition = parameters.containsKey("pass_when")
                    ? new CheckDefinition.PassWhen(parameters.get("pass_when"))
                    : new CheckDefinition.Builtin(parameters.remove("check"), parameters);
            checks.add(new QualityCheck(id + suffix, table.table(), dimension, subtype, definition, severity,
                    threshold, owner, description, origin));
        }
        return checks;
    }

    /** The check's definition(s): one per column when {@code for_each} is given. */
    private static List<Map<String, String>> definitions(YamlNode node, TableContract table, String id,
                                                         PassWhenCheck passWhen) {
        boolean builtin = node.has("check");
        if (builtin == node.has("pass_when")) {
            throw node.problem("check '" + id + "': give either 'check' (a built-in type) or 'pass_when' (SQL), not "
                    + (builtin ? "both" : "neither"));
        }
        if (!builtin) {
            String sql = node.text("pass_when");
            Optional<String> problem = passWhen.problem(table, sql);
            if (problem.isPresent()) {
                throw node.error("pass_when", problem.get());
            }
            Map<String, String> definition = new HashMap<>();
            definition.put("pass_when", sql);
            return List.of(definition);
        }
        String typeName = node.text("check");
        CheckType type = CheckTypes.find(typeName).orElseThrow(() -> node.error("check", "must be a built-in check type, got '"
                + typeName + "'; built-in types: " + CheckTypes.all().stream().map(CheckType::name).toList()));
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String key : node.keys()) {
            if (COMMON_KEYS.contains(key)) {
                continue;
            }
            if (!type.accepts(key)) {
                throw node.error(key, "is not a parameter of " + typeName + " (it takes " + type.required()
                        + (type.optional().isEmpty() ? "" : " and optionally " + type.optional()) + ")");
            }
            parameters.put(key, node.text(key));
        }
        if (node.has("for_each") && parameters.containsKey("column")) {
            throw node.error("for_each", "give either 'column' or 'for_each', not both");
        }
        List<String> columns = node.has("for_each") ? node.list("for_each") : List.of();
        if (!columns.isEmpty() && !type.required().contains("column")) {
            throw node.error("for_each", "only works with check types that take one 'column'");
        }
        List<Map<String, String>> sets = new ArrayList<>();
        for (String column : columns.isEmpty() ? List.of("") : columns) {
            Map<String, String> set = new LinkedHashMap<>(parameters);
            if (!column.isEmpty()) {
                set.put("column", column);
            }
            for (String required : type.required()) {
                if (!set.containsKey(required)) {
                    throw node.problem("check '" + id + "': " + typeName + " needs '" + required + "'");
                }
            }
            ParameterCheck.check(node, table, type, set);
            set.put("check", typeName);
            sets.add(set);
        }
        return sets;
    }

    private static <T> T parse(YamlNode node, String key, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(node.text(key));
        } catch (IllegalArgumentException e) {
            throw node.error(key, e.getMessage());
        }
    }

    private static <T> T parse(YamlNode node, String key, Optional<T> fallback,
                               java.util.function.Function<String, T> parser) {
        if (!node.has(key)) {
            return fallback.orElseThrow(() -> node.problem("missing key '" + key + "'"));
        }
        try {
            return parser.apply(node.text(key));
        } catch (IllegalArgumentException e) {
            throw node.error(key, "must be one of error, warn, got '" + node.text(key) + "'");
        }
    }

    /** Values a rule file gives once for all its checks. */
    private record Defaults(Optional<Severity> severity, Optional<Double> threshold, Optional<String> owner) {
        static final Defaults NONE = new Defaults(Optional.empty(), Optional.empty(), Optional.empty());

        static Defaults read(YamlNode node) {
            return new Defaults(
                    node.has("severity") ? Optional.of(parse(node, "severity", Optional.empty(),
                            t -> Severity.valueOf(t.toUpperCase(java.util.Locale.ROOT)))) : Optional.empty(),
                    node.has("threshold") ? Optional.of(node.decimal("threshold", 0, 0, 1)) : Optional.empty(),
                    node.has("owner") ? Optional.of(node.text("owner")) : Optional.empty());
        }
    }
}
