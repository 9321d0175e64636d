package org.steward.mpi.core.golden;

import java.util.List;

/** The value of the most recently active registration: for what changes, such as an address. */
final class MostRecent implements SurvivalRule {

    @Override
    public Candidate pick(List<Candidate> byRecency) {
        return byRecency.get(0);
    }
}
