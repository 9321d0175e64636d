package org.steward.mpi.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.settings.MatchSettings;

class EnterpriseClusteringTest {

    private final EnterpriseClustering clustering = new EnterpriseClustering(
            new MatchSettings.Cluster(0.99, 0.5, java.util.List.of(), 0.0, 50, 3));

    private static ScoredPair link(int a, int b, double score) {
        return new ScoredPair(a, b, score, 1.0, true);
    }

    @Test
    void aWeakBridgeBetweenTwoPeopleIsCutAndQueued() {
        // Person A = {0,1,2}, person B = {3,4}; one bad auto-link 2-3 joins them.
        PairScorer scorer = (i, j) -> (i <= 2) == (j <= 2) ? 20 : -30;
        var result = clustering.cluster(5, List.of(link(0, 1, 20), link(1, 2, 20), link(0, 2, 20), link(3, 4, 20),
                link(2, 3, 10)), scorer);
        int[] c = result.clusterOf();
        assertThat(c[0]).isEqualTo(c[1]).isEqualTo(c[2]);
        assertThat(c[3]).isEqualTo(c[4]).isNotEqualTo(c[0]);
        assertThat(result.cuts()).singleElement().satisfies(cut -> {
            assertThat(cut.cause()).isEqualTo(ReviewItem.Cause.WEAK_BRIDGE);
            assertThat(cut.link().left()).isEqualTo(2);
            assertThat(cut.link().right()).isEqualTo(3);
        });
    }

    @Test
    void aChainOfOnePersonWhoseEndsStillAgreeIsKept() {
        // 0-1 and 1-2 are auto-links; 0-2 differ more (two errors apart) but still score above 0.
        PairScorer scorer = (i, j) -> Math.abs(i - j) == 2 ? 2 : 20;
        var result = clustering.cluster(3, List.of(link(0, 1, 20), link(1, 2, 20)), scorer);
        assertThat(result.clusters()).hasSize(1);
        assertThat(result.cuts()).isEmpty();
    }

    @Test
    void unlinkedRecordsAreSingletonsAndPairsNeedNoCheck() {
        var result = clustering.cluster(4, List.of(link(0, 1, 5)), (i, j) -> -100);
        assertThat(result.clusters()).hasSize(3);
        assertThat(result.clusterOf()[0]).isEqualTo(result.clusterOf()[1]);
        assertThat(result.cuts()).isEmpty();
    }

    @Test
    void oversizedClustersLoseTheirWeakestLinks() {
        var small = new EnterpriseClustering(new MatchSettings.Cluster(0.99, 0.5, java.util.List.of(), -1000, 3, 3));
        var result = small.cluster(4, List.of(link(0, 1, 20), link(1, 2, 20), link(2, 3, 5)), (i, j) -> 10);
        assertThat(result.clusters()).hasSize(2);
        assertThat(result.cuts()).singleElement()
                .satisfies(cut -> assertThat(cut.cause()).isEqualTo(ReviewItem.Cause.OVERSIZED_CLUSTER));
    }

    @Test
    void aStewardsSeparationHoldsAgainstAutoLinksAndALinkJoinsWhatScoresKeptApart() {
        // 0-1-2 are auto-linked in a chain; a steward says 0 and 2 are different people, and 3 is 4.
        PairScorer scorer = (i, j) -> 20;
        List<StewardDecision> decisions = List.of(
                new StewardDecision(StewardDecision.Kind.SEPARATE, 0, 2, "decisions.csv:2"),
                new StewardDecision(StewardDecision.Kind.LINK, 3, 4, "decisions.csv:3"));
        var result = clustering.cluster(5, List.of(link(0, 1, 25), link(1, 2, 20)), scorer, decisions);
        int[] c = result.clusterOf();
        assertThat(c[0]).isEqualTo(c[1]).isNotEqualTo(c[2]);
        assertThat(c[3]).isEqualTo(c[4]);
        // The auto-link the separation refused is not dropped: it is cut for review with its own cause.
        assertThat(result.cuts()).singleElement().satisfies(cut -> {
            assertThat(cut.cause()).isEqualTo(ReviewItem.Cause.CONFLICTS_WITH_DECISION);
            assertThat(cut.link().left()).isEqualTo(1);
            assertThat(cut.link().right()).isEqualTo(2);
        });
    }

    @Test
    void aLinkThatContradictsASeparationIsAnErrorNamingBothRulings() {
        List<StewardDecision> decisions = List.of(
                new StewardDecision(StewardDecision.Kind.SEPARATE, 0, 2, "decisions.csv:2"),
                new StewardDecision(StewardDecision.Kind.LINK, 0, 1, "decisions.csv:3"),
                new StewardDecision(StewardDecision.Kind.LINK, 1, 2, "decisions.csv:4"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clustering.cluster(3, List.of(), (i, j) -> 0, decisions))
                .hasMessageContaining("decisions.csv:4").hasMessageContaining("decisions.csv:2");
    }
}
