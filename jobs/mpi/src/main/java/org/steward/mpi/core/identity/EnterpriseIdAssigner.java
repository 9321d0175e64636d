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
        // As String.format("E%010d"), which was most of issuing a million ids.
        String digits = Long.toString(serial);
        return serial < 0 || digits.length() >= 10 ? String.format("E%010d", serial)
                : "E" + "0".repeat(10 - digits.length()) + digits;
    }

    /**
     * @param clusters this run's clusters, members in index order, clusters in order of first member
     * @param previousIds per registration, its id after the previous run, or null when it is new
     */
    public static Assignment assign(List<EnterpriseCluster> clusters, String[] previousIds, long nextSerial) {
        Inheritance inherited = heirs(clusters, previousIds);

        String[] ids = new String[previousIds.length];
        List<IdentityEvent> events = new ArrayList<>();
        long serial = nextSerial;
        for (int c = 0; c < clusters.size(); c++) {
            int[] members = clusters.get(c).members();
            List<String> heirTo = inherited.of(c);
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
            } else if (heirTo.size() == 1) {
                id = heirTo.get(0);
            } else {
                List<String> sorted = heirTo.stream().sorted().toList();
                id = sorted.get(0);
                for (String retired : sorted.subList(1, sorted.size())) {
                    events.add(new IdentityEvent(IdentityEvent.Type.MERGED, id, retired, -1, members.length));
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
    private static Inheritance heirs(List<EnterpriseCluster> clusters, String[] previousIds) {
        Map<String, Tally> tallies = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (int r : clusters.get(c).members()) {
                if (previousIds[r] != null) {
                    Tally t = tallies.get(previousIds[r]);
                    if (t == null) {
                        tallies.put(previousIds[r], new Tally(c));
                    } else {
                        t.add(c);
                    }
                }
            }
        }
        Inheritance inherited = new Inheritance(clusters.size());
        tallies.forEach((id, tally) -> inherited.add(tally.heir(), id));
        return inherited;
    }

    /**
     * Where one previous id's registrations are now, cluster by cluster. Almost every id stays in one cluster, so
     * a count is kept for that one and counts per cluster only once a second cluster appears.
     */
    private static final class Tally {
        private final int cluster;
        private int count = 1;
        private Map<Integer, Integer> counts;

        Tally(int cluster) {
            this.cluster = cluster;
        }

        void add(int c) {
            if (counts == null && c == cluster) {
                count++;
                return;
            }
            if (counts == null) {
                counts = new LinkedHashMap<>();
                counts.put(cluster, count);
            }
            counts.merge(c, 1, Integer::sum);
        }

        /** The cluster holding most of the id's registrations; on a tie, the lowest. */
        int heir() {
            if (counts == null) {
                return cluster;
            }
            int best = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }

    /** The previous ids each cluster inherits: most inherit one, kept in an array; a few several, in a map. */
    private static final class Inheritance {
        private final String[] one;
        private final Map<Integer, List<String>> several = new HashMap<>();

        Inheritance(int clusters) {
            one = new String[clusters];
        }

        void add(int cluster, String id) {
            if (one[cluster] == null) {
                one[cluster] = id;
            } else {
                several.computeIfAbsent(cluster, c -> new ArrayList<>(List.of(one[cluster]))).add(id);
            }
        }

        List<String> of(int cluster) {
            List<String> ids = several.get(cluster);
            return ids != null ? ids : one[cluster] != null ? List.of(one[cluster]) : List.of();
        }
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
