package org.steward.mpi.core.blocking;

import java.util.List;

/** How many candidate pairs a run compared, and what each blocking rule contributed. */
public record CandidateSummary(long size, List<RuleYield> yields) {

    public CandidateSummary {
        yields = List.copyOf(yields);
    }
}
