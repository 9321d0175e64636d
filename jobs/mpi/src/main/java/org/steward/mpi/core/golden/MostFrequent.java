package org.steward.mpi.core.golden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value most registrations hold: a keying error at one desk is outvoted. Among equally
 * frequent values the most recent wins.
 */
final class MostFrequent implements SurvivalRule {

    @Override
    public Candidate pick(List<Candidate> byRecency) {
        Map<String, Integer> votes = new HashMap<>();
        int most = 0;
        for (Candidate c : byRecency) {
            most = Math.max(most, votes.merge(c.votingKey(), 1, Integer::sum));
        }
        for (Candidate c : byRecency) {
            if (votes.get(c.votingKey()) == most) {
                return c;
            }
        }
        throw new IllegalStateException("no candidate holds the most frequent value");
    }
}
