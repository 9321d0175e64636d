package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.PatientRecord;

/** The three duplicate figures on data whose answer is known, so a committee can tell them apart. */
class IdentityMetricsTest {

    @Test
    void onePersonWithTwoMrnsAmongOneHundredRegistrationsIsTwoPercentDuplicatesAndOnePercentExcess() {
        List<PatientRecord> records = new ArrayList<>();
        String[] ids = new String[100];
        for (int i = 0; i < 100; i++) {
            records.add(registration("F1", "M" + i));
            ids[i] = "E" + i;
        }
        ids[99] = ids[98]; // MRNs M98 and M99 are one person
        boolean[] isNew = new boolean[100];
        Arrays.fill(isNew, true);

        List<IdentityMetrics> metrics = IdentityMetrics.of(records, ids, isNew, Set.of(), List.of());

        IdentityMetrics f1 = metrics.get(0);
        assertThat(f1.facilityId()).isEqualTo("F1");
        assertThat(f1.persons()).isEqualTo(99);
        assertThat(f1.duplicateRate()).isCloseTo(0.02, within(1e-12));
        assertThat(f1.excessRecordRate()).isCloseTo(0.01, within(1e-12));
        assertThat(f1.duplicateCreationRate()).isCloseTo(0.01, within(1e-12));
        assertThat(metrics.get(1).facilityId()).isEqualTo(IdentityMetrics.ALL);
        assertThat(metrics.get(1).excessRecordRate()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void aPersonAtTwoFacilitiesIsAnOverlapNotAnExcessRecord() {
        List<PatientRecord> records = List.of(registration("F1", "A"), registration("F1", "B"),
                registration("F2", "A"), registration("F2", "C"));
        String[] ids = {"E1", "E1", "E1", "E2"};

        List<IdentityMetrics> metrics = IdentityMetrics.of(records, ids, new boolean[4], Set.of(), List.of());

        IdentityMetrics all = metrics.get(2);
        assertThat(all.persons()).isEqualTo(2);
        // F1: A and B are one person (one excess record); F2: two people. E1 at both facilities is an overlap.
        assertThat(all.excessRegistrations()).isEqualTo(1);
        assertThat(all.excessRecordRate()).isCloseTo(0.25, within(1e-12));
        assertThat(all.duplicateRate()).isCloseTo(0.5, within(1e-12));
        assertThat(all.overlapRate()).isCloseTo(0.75, within(1e-12));
    }

    private static PatientRecord registration(String facility, String mrn) {
        return new PatientRecord(facility, mrn, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
