package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.job.RegistrationChanges.Change;
import org.steward.mpi.job.RegistrationChanges.Retired;

/** A source merge into a new MRN hands the person's enterprise id on; a registration no longer retired gets its id back. */
class RetirementsTest {

    private static final LocalDate DAY1 = LocalDate.parse("2026-01-01");
    private static final LocalDate DAY2 = LocalDate.parse("2026-01-02");

    @Test
    void aMergeIntoANewMrnHandsItTheMergedAwayEnterpriseId() {
        PatientRecord a = patient("M1");
        PatientRecord b = patient("M2");
        PatientRecord survivor = patient("M3");
        MpiIndex.Stored index = new MpiIndex.Stored(List.of(a, b), new String[] {"E1", "E2"},
                new LocalDate[] {DAY1, DAY1}, new long[0], null, "none", 3, DAY1);
        Change merge = new Change("F1", "M2", "merge", "M3", DAY2, "A40");

        Retirements r = Retirements.apply(Map.of(merge.key(), merge), Map.of(), Optional.of(index),
                List.of(a, b, survivor), DAY2);

        assertThat(r.extract()).containsExactly(a, survivor);
        assertThat(r.previous().get().registrations()).containsExactly(a);
        assertThat(r.previous().get().modelProblem()).contains("retired or merged away");
        String[] previousIds = {"E1", null};
        LocalDate[] firstSeen = {DAY1, DAY2};
        r.offerIds(List.of(a, survivor), previousIds, firstSeen);
        assertThat(previousIds).containsExactly("E1", "E2");

        List<Retired> retired = r.settle(List.of(a, survivor), new String[] {"E1", "E2"});
        assertThat(retired).singleElement().satisfies(x -> {
            assertThat(x.enterpriseId()).isEqualTo("E2");
            assertThat(x.firstSeen()).isEqualTo(DAY1);
            assertThat(x.retiredAsOf()).isEqualTo(DAY2);
        });
        assertThat(r.events(retired)).singleElement().satisfies(e -> assertThat(e.previousId()).isEqualTo("E2"));
    }

    @Test
    void aRegistrationTakenOutOfTheChangesComesBackWithItsIdAndNoEvent() {
        PatientRecord a = patient("M1");
        Retired before = new Retired(new Change("F1", "M1", "retire", null, DAY1, "error"), "E7", DAY1, DAY1);

        Retirements r = Retirements.apply(Map.of(), Map.of("F1|M1", before), Optional.empty(), List.of(a), DAY2);
        String[] previousIds = {null};
        LocalDate[] firstSeen = {DAY2};
        r.offerIds(List.of(a), previousIds, firstSeen);

        assertThat(previousIds).containsExactly("E7");
        assertThat(firstSeen).containsExactly(DAY1);
        assertThat(r.settle(List.of(a), new String[] {"E7"})).isEmpty();
    }

    private static PatientRecord patient(String mrn) {
        return new PatientRecord("F1", mrn, "Ann", null, "Lee", null, "F", DAY1, null, null, null, null, null, null,
                null, null);
    }
}
