package org.steward.mpi.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find that refuses a union joining two records a steward separated. Each component root
 * carries the separations of its members, so a check costs the separations of the smaller side.
 */
final class SeparatedSets {

    private final DisjointSets sets;
    private final Map<Integer, List<StewardDecision>> separationsOf = new HashMap<>();
    private String conflict;

    SeparatedSets(int records, List<StewardDecision> decisions) {
        sets = new DisjointSets(records);
        for (StewardDecision d : decisions) {
            if (d.kind() == StewardDecision.Kind.SEPARATE) {
                separationsOf.computeIfAbsent(d.left(), k -> new ArrayList<>()).add(d);
                separationsOf.computeIfAbsent(d.right(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    /** Joins the two components unless a separation forbids it; false when refused. */
    boolean union(int a, int b) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra == rb) {
            return true;
        }
        List<StewardDecision> sa = separationsOf.getOrDefault(ra, List.of());
        List<StewardDecision> sb = separationsOf.getOrDefault(rb, List.of());
        for (StewardDecision d : sa.size() <= sb.size() ? sa : sb) {
            int x = sets.find(d.left());
            int y = sets.find(d.right());
            if ((x == ra && y == rb) || (x == rb && y == ra)) {
                conflict = d.source();
                return false;
            }
        }
        sets.union(a, b);
        int root = sets.find(a);
        if (!sa.isEmpty() || !sb.isEmpty()) {
            List<StewardDecision> merged = new ArrayList<>(sa.size() + sb.size());
            merged.addAll(sa);
            merged.addAll(sb);
            separationsOf.remove(ra);
            separationsOf.remove(rb);
            separationsOf.put(root, merged);
        }
        return true;
    }

    /** The separation that refused the last union. */
    String conflict() {
        return conflict;
    }

    DisjointSets components() {
        return sets;
    }
}
