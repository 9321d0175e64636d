package org.steward.mpi.core.blocking;

import java.util.List;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

/** Every blocking rule's blocks over one set of records: a pair is a candidate when any rule pairs it. */
public final class BlockIndex {

    private final List<RuleBlocks> rules;

    private BlockIndex(List<RuleBlocks> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Rules are blocked independently, so over the cores; the list keeps the rules' order. */
    public static BlockIndex of(MatchSettings.Blocking settings, List<StandardPatient> records) {
        return new BlockIndex(settings.rules().parallelStream()
                .map(r -> RuleBlocks.of(r, settings, records)).toList());
    }

    public List<RuleBlocks> rules() {
        return rules;
    }

    /** The blocks of the rule with this name. */
    public RuleBlocks rule(String name) {
        return rules.stream().filter(r -> r.ruleName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no blocking rule " + name));
    }

    public boolean candidate(int a, int b) {
        for (RuleBlocks rule : rules) {
            if (rule.pairs(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** Distinct candidate pairs (packed, sorted) that involve at least one of the given records. */
    public long[] pairsInvolving(int[] records) {
        PairSet collector = new PairSet();
        for (RuleBlocks rule : rules) {
            for (int r : records) {
                rule.forEachPartner(r, partner -> collector.add(r, partner));
            }
        }
        return collector.distinct();
    }
}
