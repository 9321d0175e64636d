package org.steward.mpi.core.golden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value from the most trusted facility, for fields some desks verify and others take on
 * word. Facilities not in the trust list rank after every listed one, in id order; within a
 * facility the most recent registration wins.
 */
final class FacilityTrust implements SurvivalRule {

    private final Map<String, Integer> rank = new HashMap<>();

    FacilityTrust(List<String> trustOrder) {
        for (int i = 0; i < trustOrder.size(); i++) {
            rank.put(trustOrder.get(i), i);
        }
    }

    @Override
    public Candidate pick(List<Candidate> byRecency) {
        Candidate best = byRecency.get(0);
        for (Candidate c : byRecency) {
            if (compare(c.facilityId(), best.facilityId()) < 0) {
                best = c;
            }
        }
        return best;
    }

    private int compare(String a, String b) {
        Integer ra = rank.get(a);
        Integer rb = rank.get(b);
        if (ra != null || rb != null) {
            return ra == null ? 1 : rb == null ? -1 : Integer.compare(ra, rb);
        }
        return a == null || b == null ? Boolean.compare(a == null, b == null) : a.compareTo(b);
    }
}
