package org.steward.mpi.core.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.cluster.EnterpriseCluster;

/**
 * Gives this run's clusters enterprise ids that last: a registration keeps its id from run to run
 * as long as its person's cluster holds together.
 * <ul>
 *   <li>Each previous id goes to the cluster now holding most of its registrations (ties: the
 *       cluster with the lowest registration), its heir.</li>
 *   <li>A cluster that is heir to several ids is a merge: it keeps the oldest id, the others are retired.</li>
 *   <li>A cluster heir to none gets a new id: a split when it holds registrations that had an id,
 *       a new person otherwise.</li>
 * </ul>
 * Ids are "E" and a ten-digit serial issued in order, so the older of two ids sorts first and an
 * id says nothing about the patient. New ids are issued in cluster order, so a run is repeatable.
 */
public final class EnterpriseIdAssigner {

    /** Every registration's id, what changed, and the next serial to issue. */
    public record Assignment(String[] enterpriseIds, List<IdentityEvent> events, long nextSerial) {
    }

    private EnterpriseIdAssigner() {
    }

    static String idOf(long serial) {
        return String.format("E%010d", serial);
    }

    /**
     * @param clusters this run's clusters, members in index order, clusters in order of first member
     * @param previousIds per registration, its id after the previous run, or null when it is new
     */
    public static Assignment assign(List<EnterpriseCluster> clusters, String[] previousIds, long nextSerial) {
        Map<String, Integer> heirOf = heirs(clusters, previousIds);
        Map<Integer, List<String>> inherited = new HashMap<>();
        heirOf.forEach((id, cluster) -> inherited.computeIfAbsent(cluster, c -> new ArrayList<>()).add(id));

        String[] ids = new String[previousIds.length];
        List<IdentityEvent> events = new ArrayList<>();
        long serial = nextSerial;
        for (int c = 0; c < clusters.size(); c++) {
            int[] members = clusters.get(c).members();
            List<String> heirTo = inherited.getOrDefault(c, List.of());
            String id;
            if (heirTo.isEmpty()) {
                id = idOf(serial++);
                List<String> splitFrom = previousIdsIn(members, previousIds);
                if (splitFrom.isEmpty()) {
                    events.add(new IdentityEvent(IdentityEvent.Type.CREATED, id, null, -1, members.length));
                }
                for (String from : splitFrom) {
                    events.add(new IdentityEvent(IdentityEvent.Type.SPLIT, id, from, -1, members.length));
                }
            } else {
                id = heirTo.stream().sorted().findFirst().orElseThrow();
                for (String retired : heirTo.stream().sorted().toList()) {
                    if (!retired.equals(id)) {
                        events.add(new IdentityEvent(IdentityEvent.Type.MERGED, id, retired, -1, members.length));
                    }
                }
            }
            for (int r : members) {
                ids[r] = id;
                if (previousIds[r] == null) {
                    if (!heirTo.isEmpty()) {
                        events.add(new IdentityEvent(IdentityEvent.Type.LINKED, id, null, r, members.length));
                    }
                } else if (!previousIds[r].equals(id)) {
                    events.add(new IdentityEvent(IdentityEvent.Type.MOVED, id, previousIds[r], r, members.length));
                }
            }
        }
        return new Assignment(ids, events, serial);
    }

    /** Each previous id's heir: the cluster holding most of its registrations, the first such on a tie. */
    private static Map<String, Integer> heirs(List<EnterpriseCluster> clusters, String[] previousIds) {
        Map<String, Map<Integer, Integer>> countsById = new LinkedHashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (int r : clusters.get(c).members()) {
                if (previousIds[r] != null) {
                    countsById.computeIfAbsent(previousIds[r], k -> new LinkedHashMap<>()).merge(c, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> heirOf = new HashMap<>();
        countsById.forEach((id, counts) -> {
            int best = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            heirOf.put(id, best);
        });
        return heirOf;
    }

    private static List<String> previousIdsIn(int[] members, String[] previousIds) {
        List<String> ids = new ArrayList<>();
        for (int r : members) {
            if (previousIds[r] != null && !ids.contains(previousIds[r])) {
                ids.add(previousIds[r]);
            }
        }
        ids.sort(null);
        return ids;
    }
}
