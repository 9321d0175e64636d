package org.steward.mpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.cluster.ReviewItem;
import org.steward.mpi.core.cluster.StewardDecision;

/** Stewards' decisions against the scores, through the whole pipeline under the sample's model. */
class MatchPipelineDecisionsTest {

    @Test
    void anAutoLinkASeparationRefusesReachesTheReviewQueueWithItsOwnCause() {
        // Three MRNs of one person: every pair scores above auto-link. A steward separated the first and the
        // third; once the first two are joined, the link 1-2 would put them together: it must be reviewed.
        List<PatientRecord> registrations = List.of(registration("M1"), registration("M2"), registration("M3"));
        List<StewardDecision> decisions = List.of(
                new StewardDecision(StewardDecision.Kind.SEPARATE, 0, 2, "decisions.csv:2"));

        MatchResult result = SampleModel.pipeline().run(registrations, SampleModel.AS_OF,
                SampleModel.result().weights(), decisions);

        assertThat(result.scoredPairs()).hasSize(3).allMatch(p -> p.autoLink());
        int[] cluster = result.clustering().clusterOf();
        assertThat(cluster[0]).isNotEqualTo(cluster[2]);
        // The pair the steward ruled on is decided; the other refused link is the steward's to confirm.
        assertThat(result.reviewQueue()).singleElement().satisfies(item -> {
            assertThat(item.cause()).isEqualTo(ReviewItem.Cause.CONFLICTS_WITH_DECISION);
            assertThat(List.of(item.left(), item.right())).containsExactlyInAnyOrder(cluster[0] == cluster[1] ? 1 : 0, 2);
            assertThat(item.reasons()).isNotEmpty();
        });
    }

    private static PatientRecord registration(String mrn) {
        return new PatientRecord("F1", mrn, "Harriet", "Jane", "Okonkwo", null, "F", LocalDate.of(1972, 3, 14), null,
                "287-65-4390", "77 Elm St", "Ames", "IA", "50010", "515-555-0142", null);
    }
}
