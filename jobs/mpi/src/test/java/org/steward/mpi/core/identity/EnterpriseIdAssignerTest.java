package org.steward.mpi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.cluster.EnterpriseCluster;

class EnterpriseIdAssignerTest {

    private static EnterpriseCluster cluster(int... members) {
        return new EnterpriseCluster(members);
    }

    @Test
    void aFirstRunIssuesIdsInClusterOrder() {
        var first = EnterpriseIdAssigner.assign(List.of(cluster(0, 2), cluster(1)), new String[3], 1);
        assertThat(first.enterpriseIds()).containsExactly("E0000000001", "E0000000002", "E0000000001");
        assertThat(first.nextSerial()).isEqualTo(3);
        assertThat(first.events()).extracting(IdentityEvent::type, IdentityEvent::enterpriseId, IdentityEvent::registrations)
                .containsExactly(tuple(IdentityEvent.Type.CREATED, "E0000000001", 2),
                        tuple(IdentityEvent.Type.CREATED, "E0000000002", 1));
    }

    @Test
    void idsSurviveASecondRunAndANewRegistrationLinksToAnExistingId() {
        String[] previous = {"E0000000001", "E0000000002", "E0000000001", null};
        var second = EnterpriseIdAssigner.assign(List.of(cluster(0, 2), cluster(1, 3)), previous, 3);
        assertThat(second.enterpriseIds()).containsExactly("E0000000001", "E0000000002", "E0000000001", "E0000000002");
        assertThat(second.events()).extracting(IdentityEvent::type, IdentityEvent::enterpriseId, IdentityEvent::registration)
                .containsExactly(tuple(IdentityEvent.Type.LINKED, "E0000000002", 3));
        assertThat(second.nextSerial()).isEqualTo(3);
    }

    @Test
    void aMergeKeepsTheOlderIdAndASplitIssuesANewOne() {
        // Before: {0,1} = E5, {2} = E3, {3,4,5} = E7. Now 0,1,2 are one person; 5 is someone else.
        String[] previous = {"E0000000005", "E0000000005", "E0000000003", "E0000000007", "E0000000007", "E0000000007"};
        var run = EnterpriseIdAssigner.assign(List.of(cluster(0, 1, 2), cluster(3, 4), cluster(5)), previous, 8);

        assertThat(run.enterpriseIds()).containsExactly("E0000000003", "E0000000003", "E0000000003",
                "E0000000007", "E0000000007", "E0000000008");
        assertThat(run.events()).extracting(IdentityEvent::type, IdentityEvent::enterpriseId,
                IdentityEvent::otherEnterpriseId, IdentityEvent::registration).containsExactly(
                tuple(IdentityEvent.Type.MERGED, "E0000000003", "E0000000005", -1),
                tuple(IdentityEvent.Type.MOVED, "E0000000003", "E0000000005", 0),
                tuple(IdentityEvent.Type.MOVED, "E0000000003", "E0000000005", 1),
                tuple(IdentityEvent.Type.SPLIT, "E0000000008", "E0000000007", -1),
                tuple(IdentityEvent.Type.MOVED, "E0000000008", "E0000000007", 5));
        assertThat(run.nextSerial()).isEqualTo(9);
    }

    @Test
    void anEvenSplitLeavesTheIdWithThePieceHoldingTheLowestRegistration() {
        String[] previous = {"E0000000001", "E0000000001"};
        var run = EnterpriseIdAssigner.assign(List.of(cluster(0), cluster(1)), previous, 2);
        assertThat(run.enterpriseIds()).containsExactly("E0000000001", "E0000000002");
    }
}
