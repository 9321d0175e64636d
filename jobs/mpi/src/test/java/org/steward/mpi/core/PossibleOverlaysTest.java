package org.steward.mpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.mpi.core.weights.MatchWeights;

/**
 * Overlay detection on the fields' evidence alone, under the weights estimated from the sample with the
 * shipped config/mpi.yml. The sample's prior is about -13; a million registrations give about -20: the
 * verdict must be the same under either, because a registration and its own previous version are not a
 * random pair.
 */
class PossibleOverlaysTest {

    private static final LocalDate BORN = LocalDate.of(1988, 4, 12);

    private static final PatientRecord MARIA = new PatientRecord("F1", "OV-1", "Maria", null, "Lopez", null, "F",
            BORN, null, null, "12 Oak St", "Ames", "IA", "50010", "515-555-0101", null);

    /** Married and moved: a new surname, address and phone; no SSN on either version. */
    private static final PatientRecord MARIA_MARRIED_AND_MOVED = new PatientRecord("F1", "OV-1", "Maria", null,
            "Whitfield", null, "F", BORN, null, null, "480 River Rd Apt 3", "Des Moines", "IA", "50309",
            "515-555-0199", null);

    private static final PatientRecord MARIA_WITH_SSN = new PatientRecord("F1", "OV-1", "Maria", null, "Lopez", null,
            "F", BORN, null, "287-65-4390", "12 Oak St", "Ames", "IA", "50010", "515-555-0101", null);

    /** Her mother registered on her MRN: same surname and home, another first name, birth date and SSN. */
    private static final PatientRecord MOTHER_ON_HER_MRN = new PatientRecord("F1", "OV-1", "Dorothy", null, "Lopez",
            null, "F", LocalDate.of(1951, 9, 30), null, "531-22-8876", "12 Oak St", "Ames", "IA", "50010",
            "515-555-0101", null);

    @ParameterizedTest(name = "prior {0}")
    @ValueSource(doubles = {0, -13.2, -20, -30})
    void aMarriageNameChangeWithAMoveIsNotAnOverlayWhateverTheIndexSize(double prior) {
        assertThat(overlays(MARIA, MARIA_MARRIED_AND_MOVED, prior)).isEmpty();
    }

    @ParameterizedTest(name = "prior {0}")
    @ValueSource(doubles = {0, -13.2, -20, -30})
    void anotherPersonsDemographicsOnTheMrnIsAnOverlayWhateverTheIndexSize(double prior) {
        assertThat(overlays(MARIA_WITH_SSN, MOTHER_ON_HER_MRN, prior)).containsExactly(0);
    }

    /** @param prior the prior log-odds an index of some size would have (the sample: about -13) */
    private static Set<Integer> overlays(PatientRecord before, PatientRecord after, double prior) {
        MatchWeights weights = SampleModel.result().weights().withPrior(prior);
        RegistrationDelta delta = RegistrationDelta.of(List.of(before), List.of(after));
        return new PossibleOverlays(SampleModel.pipeline()).among(List.of(before), delta, weights, SampleModel.AS_OF);
    }
}
