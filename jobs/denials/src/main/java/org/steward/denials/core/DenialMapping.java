package org.steward.denials.core;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one CAS adjustment (group code, CARC, RARC), whether it is a denial adjustment and which
 * root cause it belongs to. Pairs in {@code notDenials} (for example CO-45, PR-1/2/3) are never denials;
 * every other code is, and takes the category of the most specific rule covering it (exact RARC before
 * any RARC, then exact group before any group), or {@link Category#UNMAPPED} when no rule does.
 */
public final class DenialMapping {

    /** How one adjustment code reads: a denial or not, its category and CAQH CORE scenario when it is one. */
    public record Reason(boolean denial, String category, String scenario) {
    }

    private final Map<String, Category> categories;
    private final List<ReasonRule> rules;
    private final Set<String> notDenials;
    private final Set<String> reversalGroups;

    /**
     * @param notDenials     {@code GROUP-CARC} pairs that are never denials
     * @param reversalGroups group codes that mark a reversal or correction (CR)
     */
    public DenialMapping(List<Category> categories, List<ReasonRule> rules, Set<String> notDenials,
                         Set<String> reversalGroups) {
        Map<String, Category> byName = new LinkedHashMap<>();
        categories.forEach(c -> byName.put(c.name(), c));
        for (ReasonRule rule : rules) {
            if (!byName.containsKey(rule.category())) {
                throw new IllegalArgumentException("line " + rule.line() + ": unknown category '" + rule.category() + "'");
            }
        }
        this.categories = Map.copyOf(byName);
        this.rules = List.copyOf(rules);
        this.notDenials = Set.copyOf(notDenials);
        this.reversalGroups = Set.copyOf(reversalGroups);
    }

    public List<Category> categories() {
        return categories.values().stream().sorted(Comparator.comparing(Category::name)).toList();
    }

    public Optional<Category> category(String name) {
        return Optional.ofNullable(categories.get(name));
    }

    public List<ReasonRule> rules() {
        return rules;
    }

    public Set<String> reversalGroups() {
        return reversalGroups;
    }

    /**
     * How an adjustment code reads. Null or blank parts match only rules that accept any value there; an
     * adjustment without a CARC is a denial of unknown cause (unmapped) unless its group marks a reversal.
     */
    public Reason classify(String group, String carc, String rarc) {
        String g = blankToEmpty(group);
        String c = blankToEmpty(carc);
        String r = blankToEmpty(rarc);
        if (reversalGroups.contains(g) || notDenials.contains(g + "-" + c)) {
            return new Reason(false, null, null);
        }
        return rules.stream().filter(rule -> rule.covers(g, c, r))
                .max(Comparator.comparingInt(ReasonRule::specificity))
                .map(rule -> new Reason(true, rule.category(), rule.scenario()))
                .orElse(new Reason(true, Category.UNMAPPED, Category.UNMAPPED));
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
