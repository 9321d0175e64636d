package org.steward.mpi.core.cluster;

import java.util.List;

/**
 * A pair for a steward to decide. BETWEEN_THRESHOLDS: scored between review and auto-link;
 * WEAK_BRIDGE: auto-linked, but the only link joining two groups that do not otherwise match;
 * OVERSIZED_CLUSTER: cut to keep a cluster under the maximum size; UNCORROBORATED: scored above
 * auto-link, but no identifier that must agree for an automatic link (birth date, SSN) agrees;
 * CONFLICTS_WITH_DECISION: an auto-link refused because it would join two registrations a steward
 * separated (through this pair or through the registrations already joined to either side), so
 * the steward can confirm the separation or revise it.
 */
public record ReviewItem(int left, int right, double probability, Cause cause, List<String> reasons) {

    public enum Cause { BETWEEN_THRESHOLDS, UNCORROBORATED, WEAK_BRIDGE, OVERSIZED_CLUSTER, CONFLICTS_WITH_DECISION }

    public ReviewItem {
        reasons = List.copyOf(reasons);
    }
}
