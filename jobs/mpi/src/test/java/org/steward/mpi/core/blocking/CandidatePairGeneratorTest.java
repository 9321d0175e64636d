package org.steward.mpi.core.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.mpi.core.TestPatients.person;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

class CandidatePairGeneratorTest {

    private static MatchSettings.Blocking blocking(int maxBlock, MatchSettings.OversizedBlocks policy) {
        return new MatchSettings.Blocking(List.of(
                new MatchSettings.BlockingRule("ssn", List.of("ssn")),
                new MatchSettings.BlockingRule("dob_last", List.of("birth_date_unordered", "last_metaphone"))),
                maxBlock, policy, 3);
    }

    @Test
    void unionOfRulesIsDeduplicatedAndCountedPerRule() {
        List<StandardPatient> records = List.of(
                person(0, "ANN", "SMITH", "19500102", "123456789"),
                person(1, "ANN", "SMITH", "19500201", "123456789"), // same ssn; day/month swapped
                person(2, "ANN", "SMYTHE", "19500102", null),
                person(3, "BOB", "JONES", "19600101", null));
        CandidatePairs pairs = new CandidatePairGenerator(blocking(100, MatchSettings.OversizedBlocks.SKIP))
                .generate(records);
        assertThat(pairs.pairs()).containsExactly(CandidatePairs.pack(0, 1), CandidatePairs.pack(0, 2),
                CandidatePairs.pack(1, 2));
        assertThat(pairs.yields()).extracting(RuleYield::pairs).containsExactly(1L, 3L);
        assertThat(pairs.yields()).extracting(RuleYield::newPairs).containsExactly(1L, 2L);
    }

    @Test
    void oversizedBlocksAreSkippedOrWindowed() {
        List<StandardPatient> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(person(i, "P" + i, "SMITH", "19500101", null));
        }
        CandidatePairs skipped = new CandidatePairGenerator(blocking(5, MatchSettings.OversizedBlocks.SKIP))
                .generate(records);
        assertThat(skipped.size()).isZero();
        assertThat(skipped.yields().get(1).oversizedBlocks()).isEqualTo(1);
        assertThat(skipped.yields().get(1).oversizedRecords()).isEqualTo(10);

        CandidatePairs windowed = new CandidatePairGenerator(blocking(5, MatchSettings.OversizedBlocks.WINDOW))
                .generate(records);
        // window 3: each record with its next two neighbours: 9 + 8 pairs, not 45.
        assertThat(windowed.size()).isEqualTo(17);
    }
}
