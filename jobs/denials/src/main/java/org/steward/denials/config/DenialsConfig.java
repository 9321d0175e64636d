package org.steward.denials.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.denials.core.Category;
import org.steward.denials.core.DenialMapping;
import org.steward.denials.core.ReasonRule;
import org.steward.denials.reference.RemittanceCodes;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;

/**
 * The denials job's behaviour as data: {@code config/denials.yml} (the denial rule, the statistics, appeals) and
 * the mapping file it names ({@code config/denials/carc-categories.yml}). Read strictly: an unknown or
 * missing key, a bad value, an unknown category or owner, or a group code, CARC or RARC that is not in the
 * reference lists stops the run at start-up with its file and line.
 */
public record DenialsConfig(Path mappingFile, DenialMapping mapping, int controlChartMonths, int minBaselineMonths,
                            int mixShiftTrailingMonths,
                            double mixShiftAlpha, int mixShiftMinDenials, double paretoShare, int trendMonths,
                            int appealsMinDecided, int appealsObservedMonths) {

    public static DenialsConfig load(Path file, Path home, RemittanceCodes codes) {
        Map<String, String> variables = Map.of("STEWARD_HOME", home.toAbsolutePath().normalize().toString());
        YamlNode root = YamlFile.read(file, variables);
        YamlNode denial = root.child("denial");
        Path mappingFile = Path.of(denial.text("mapping"));
        if (!Files.isRegularFile(mappingFile)) {
            throw denial.error("mapping", "names a file that does not exist: " + mappingFile);
        }
        Set<String> notDenials = new LinkedHashSet<>();
        for (String pair : denial.list("not-denials")) {
            String[] parts = pair.strip().split("-", 2);
            if (parts.length != 2 || !codes.groups().contains(parts[0]) || !codes.carcs().contains(parts[1])) {
                throw denial.error("not-denials", "lists '" + pair + "': expected GROUP-CARC with a group code and CARC "
                        + "of the reference lists");
            }
            notDenials.add(parts[0] + "-" + parts[1]);
        }
        Set<String> reversalGroups = new LinkedHashSet<>(denial.list("reversal-groups"));
        YamlNode statistics = root.child("statistics");
        YamlNode mixShift = statistics.child("mix-shift");
        int chartMonths = required(statistics, "control-chart-months", 2, 240);
        int minBaseline = required(statistics, "min-baseline-months", 2, 239);
        if (minBaseline >= chartMonths) {
            throw statistics.error("min-baseline-months", "must be less than control-chart-months (" + chartMonths + ")");
        }
        int trailing = required(mixShift, "trailing-months", 1, 120);
        double alpha = decimal(mixShift, "alpha", 1e-9, 0.5);
        int minDenials = required(mixShift, "min-denials", 1, 1_000_000);
        double pareto = decimal(statistics, "pareto-share", 0.01, 1);
        int trend = required(statistics, "trend-months", 1, 120);
        YamlNode appeals = root.child("appeals");
        int minDecided = required(appeals, "min-decided", 1, 1_000_000);
        int observedMonths = required(appeals, "observed-months", 1, 120);
        root.rejectUnread();
        DenialMapping mapping = mapping(mappingFile, variables, codes, notDenials, reversalGroups);
        return new DenialsConfig(mappingFile, mapping, chartMonths, minBaseline, trailing, alpha, minDenials, pareto, trend,
                minDecided, observedMonths);
    }

    static DenialMapping mapping(Path file, Map<String, String> variables, RemittanceCodes codes, Set<String> notDenials,
                                 Set<String> reversalGroups) {
        YamlNode root = YamlFile.read(file, variables);
        YamlNode categoryNode = root.child("categories");
        List<Category> categories = new ArrayList<>();
        for (String name : categoryNode.keys()) {
            if (!name.matches("[a-z][a-z0-9_]*") || name.equals(Category.UNMAPPED) || name.equals("all")) {
                throw categoryNode.error(name, "is not a category name (lower case, digits and _; not 'unmapped' or 'all')");
            }
            YamlNode c = categoryNode.child(name);
            String owner = oneOf(c, "owner", Category.OWNERS);
            String traces = oneOf(c, "traces-to", Category.TRACES);
            String preventable = c.text("preventable");
            if (!preventable.equals("true") && !preventable.equals("false")) {
                throw c.error("preventable", "must be true or false, got '" + preventable + "'");
            }
            categories.add(new Category(name, preventable.equals("true"), owner, traces, decimal(c, "recoverable-rate", 0, 1)));
        }
        if (categories.isEmpty()) {
            throw root.error("categories", "must name at least one category");
        }
        Set<String> names = new LinkedHashSet<>(categories.stream().map(Category::name).toList());
        List<ReasonRule> rules = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode entry : root.items("codes")) {
            String group = entry.text("group").strip();
            String carc = entry.text("carc").strip();
            String rarc = entry.has("rarc") ? entry.text("rarc").strip() : ReasonRule.ANY;
            String category = entry.text("category").strip();
            String scenario = entry.text("scenario").strip();
            if (!group.equals(ReasonRule.ANY) && !codes.groups().contains(group)) {
                throw entry.error("group", "'" + group + "' is not a claim adjustment group code of the reference list");
            }
            if (!codes.carcs().contains(carc)) {
                throw entry.error("carc", "'" + carc + "' is not in the CARC list (config/reference/remittance)");
            }
            if (!rarc.equals(ReasonRule.ANY) && !codes.rarcs().contains(rarc)) {
                throw entry.error("rarc", "'" + rarc + "' is not in the RARC list (config/reference/remittance)");
            }
            if (!names.contains(category)) {
                throw entry.error("category", "'" + category + "' is not one of the categories above: " + names);
            }
            if (!ReasonRule.SCENARIOS.contains(scenario)) {
                throw entry.error("scenario", "'" + scenario + "' is not one of " + ReasonRule.SCENARIOS);
            }
            if (!group.equals(ReasonRule.ANY) && notDenials.contains(group + "-" + carc)) {
                throw entry.problem("maps " + group + "-" + carc + ", which denials.yml lists as never a denial");
            }
            Integer earlier = seen.put(group + "|" + carc + "|" + rarc, entry.line());
            if (earlier != null) {
                throw entry.problem("maps " + group + "-" + carc + " RARC " + rarc + " again (first on line " + earlier + ")");
            }
            rules.add(new ReasonRule(group, carc, rarc, category, scenario, entry.line()));
        }
        root.rejectUnread();
        return new DenialMapping(categories, rules, notDenials, reversalGroups);
    }

    private static String oneOf(YamlNode node, String key, List<String> allowed) {
        String value = node.text(key).strip();
        if (!allowed.contains(value)) {
            throw node.error(key, "must be one of " + allowed + ", got '" + value + "'");
        }
        return value;
    }

    private static int required(YamlNode node, String key, int min, int max) {
        node.text(key);
        return node.integer(key, 0, min, max);
    }

    private static double decimal(YamlNode node, String key, double min, double max) {
        node.text(key);
        return node.decimal(key, 0, min, max);
    }
}
