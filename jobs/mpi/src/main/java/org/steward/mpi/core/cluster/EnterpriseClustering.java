package org.steward.mpi.core.cluster;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * Connected components of the auto-links, with a check against chaining: in a component of more
 * than two records, a link whose removal would split it (a bridge) must be backed by the rest of
 * the two sides. If the mean score over every pair across the bridge is below the configured
 * support, the two sides are different people joined by one bad link: the bridge is cut and sent
 * to review. Components are small, so scoring all their cross pairs is cheap.
 *
 * <p>Stewards' decisions outrank the scores: forced links join first, then the checked
 * auto-links join strongest first, each refused when it would put two registrations a steward
 * separated into one enterprise id; a refused auto-link goes to review, so a steward sees every
 * link the scores wanted and a decision kept apart.
 */
public final class EnterpriseClustering {

    /** Clusters (every record in exactly one) and the auto-links cut, with why. */
    public record Result(int[] clusterOf, List<EnterpriseCluster> clusters, List<Cut> cuts) {
    }

    public record Cut(ScoredPair link, ReviewItem.Cause cause) {
    }

    private final MatchSettings.Cluster settings;

    public EnterpriseClustering(MatchSettings.Cluster settings) {
        this.settings = settings;
    }

    public Result cluster(int records, List<ScoredPair> autoLinks, PairScorer scorer) {
        return cluster(records, autoLinks, scorer, List.of());
    }

    public Result cluster(int records, List<ScoredPair> autoLinks, PairScorer scorer, List<StewardDecision> decisions) {
        DisjointSets components = new DisjointSets(records);
        for (ScoredPair p : autoLinks) {
            components.union(p.left(), p.right());
        }
        Map<Integer, List<ScoredPair>> linksByComponent = new HashMap<>();
        for (ScoredPair p : autoLinks) {
            linksByComponent.computeIfAbsent(components.find(p.left()), k -> new ArrayList<>()).add(p);
        }
        // Components are checked independently (the scorer holds no state), so over the cores; their links and
        // cuts are gathered in the components' order, as checking them one by one would.
        List<Checked> checked = new ArrayList<>(linksByComponent.values()).parallelStream().map(links -> {
            List<ScoredPair> remaining = new ArrayList<>(links);
            List<Cut> cut = new ArrayList<>();
            check(remaining, scorer, cut);
            return new Checked(remaining, cut);
        }).toList();
        List<Cut> cuts = new ArrayList<>();
        List<ScoredPair> kept = new ArrayList<>();
        for (Checked c : checked) {
            kept.addAll(c.kept());
            cuts.addAll(c.cuts());
        }
        return assign(records, join(records, kept, decisions, cuts), cuts);
    }

    /** One component after its check: the links it keeps and those it cut. */
    private record Checked(List<ScoredPair> kept, List<Cut> cuts) {
    }

    /**
     * Joins the forced links, then the kept auto-links strongest first. An auto-link a separation refuses is
     * not dropped: the scores and a steward disagree about it, so it becomes a cut for review
     * ({@code CONFLICTS_WITH_DECISION}); the review queue leaves out only the pair the steward ruled on itself.
     */
    private static DisjointSets join(int records, List<ScoredPair> kept, List<StewardDecision> decisions,
                                     List<Cut> cuts) {
        SeparatedSets sets = new SeparatedSets(records, decisions);
        for (StewardDecision d : decisions) {
            if (d.kind() == StewardDecision.Kind.LINK && !sets.union(d.left(), d.right())) {
                throw new IllegalArgumentException(d.source() + ": this link would join registrations that "
                        + sets.conflict() + " keeps apart");
            }
        }
        List<ScoredPair> strongestFirst = new ArrayList<>(kept);
        strongestFirst.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (ScoredPair p : strongestFirst) {
            if (!sets.union(p.left(), p.right())) {
                cuts.add(new Cut(p, ReviewItem.Cause.CONFLICTS_WITH_DECISION));
            }
        }
        return sets.components();
    }

    /** Cuts weak bridges (and, past the size limit, the weakest links) until every piece is sound. */
    private void check(List<ScoredPair> links, PairScorer scorer, List<Cut> cuts) {
        Set<Integer> members = members(links);
        if (members.size() <= 2) {
            return;
        }
        if (members.size() > settings.maxClusterSize()) {
            ScoredPair weakest = links.get(0);
            for (ScoredPair p : links) {
                if (p.score() < weakest.score()) {
                    weakest = p;
                }
            }
            links.remove(weakest);
            cuts.add(new Cut(weakest, ReviewItem.Cause.OVERSIZED_CLUSTER));
            recheckPieces(links, scorer, cuts);
            return;
        }
        ScoredPair weakestBridge = null;
        double weakestSupport = Double.POSITIVE_INFINITY;
        Map<Long, Double> cache = new HashMap<>();
        for (ScoredPair p : links) {
            Set<Integer> side = sideWithout(links, p);
            if (side.contains(p.right())) {
                continue; // not a bridge: another path joins its ends
            }
            double support = crossSupport(side, members, scorer, cache);
            if (support < weakestSupport) {
                weakestSupport = support;
                weakestBridge = p;
            }
        }
        if (weakestBridge != null && weakestSupport < settings.bridgeMinSupport()) {
            links.remove(weakestBridge);
            cuts.add(new Cut(weakestBridge, ReviewItem.Cause.WEAK_BRIDGE));
            recheckPieces(links, scorer, cuts);
        }
    }

    /** After a cut the links fall into two pieces; each is checked on its own. */
    private void recheckPieces(List<ScoredPair> links, PairScorer scorer, List<Cut> cuts) {
        Map<Integer, List<ScoredPair>> pieces = new HashMap<>();
        DisjointSets sets = new DisjointSets(maxIndex(links) + 1);
        for (ScoredPair p : links) {
            sets.union(p.left(), p.right());
        }
        for (ScoredPair p : links) {
            pieces.computeIfAbsent(sets.find(p.left()), k -> new ArrayList<>()).add(p);
        }
        links.clear();
        for (List<ScoredPair> piece : pieces.values()) {
            check(piece, scorer, cuts);
            links.addAll(piece);
        }
    }

    /** Mean score over all pairs with one record on each side of the bridge. */
    private static double crossSupport(Set<Integer> side, Set<Integer> members, PairScorer scorer,
                                       Map<Long, Double> cache) {
        double sum = 0;
        long n = 0;
        for (int a : side) {
            for (int b : members) {
                if (!side.contains(b)) {
                    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
                    sum += cache.computeIfAbsent(key, k -> scorer.score(a, b));
                    n++;
                }
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : sum / n;
    }

    /** Records reachable from the link's left end without using the link. */
    private static Set<Integer> sideWithout(List<ScoredPair> links, ScoredPair removed) {
        Map<Integer, List<Integer>> adjacency = new HashMap<>();
        for (ScoredPair p : links) {
            if (p != removed) {
                adjacency.computeIfAbsent(p.left(), k -> new ArrayList<>()).add(p.right());
                adjacency.computeIfAbsent(p.right(), k -> new ArrayList<>()).add(p.left());
            }
        }
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(removed.left());
        seen.add(removed.left());
        while (!queue.isEmpty()) {
            for (int next : adjacency.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    private static Set<Integer> members(List<ScoredPair> links) {
        Set<Integer> members = new HashSet<>();
        for (ScoredPair p : links) {
            members.add(p.left());
            members.add(p.right());
        }
        return members;
    }

    private static int maxIndex(List<ScoredPair> links) {
        int max = 0;
        for (ScoredPair p : links) {
            max = Math.max(max, Math.max(p.left(), p.right()));
        }
        return max;
    }

    /** Cluster ids in order of each cluster's first record; members in record order. */
    private static Result assign(int records, DisjointSets kept, List<Cut> cuts) {
        int[] clusterOf = new int[records];
        int[] idOfRoot = new int[records];
        java.util.Arrays.fill(idOfRoot, -1);
        int clusters = 0;
        for (int i = 0; i < records; i++) {
            int root = kept.find(i);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = clusters++;
            }
            clusterOf[i] = idOfRoot[root];
        }
        int[][] members = new int[clusters][];
        int[] sizes = new int[clusters];
        for (int id : clusterOf) {
            sizes[id]++;
        }
        for (int c = 0; c < clusters; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] filled = new int[clusters];
        for (int i = 0; i < records; i++) {
            members[clusterOf[i]][filled[clusterOf[i]]++] = i;
        }
        List<EnterpriseCluster> out = new ArrayList<>(clusters);
        for (int[] m : members) {
            out.add(new EnterpriseCluster(m));
        }
        return new Result(clusterOf, out, cuts);
    }
}
