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
    void namesInEitherOrderShareTheBlock() {
        MatchSettings.Blocking names = new MatchSettings.Blocking(List.of(
                new MatchSettings.BlockingRule("names", List.of("names_unordered", "birth_year"))),
                100, MatchSettings.OversizedBlocks.SKIP, 3);
        List<StandardPatient> records = List.of(
                named(0, "JN", "SM0", "19500102"),
                named(1, "SM0", "JN", "19501102"), // first and last name swapped, birth date off by a digit
                named(2, "JN", "JN", "19500102"),
                named(3, "SM0", null, "19500102"));
        assertThat(new CandidatePairGenerator(names).generate(records).pairs())
                .containsExactly(CandidatePairs.pack(0, 1));
    }

    @Test
    void theConfiguredRulesMeetNamesTypedIntoEachOthersFieldsWithOneLost() {
        // WILLIAM PASCOE registered again as PASCOE SAMANTHA: the same birth date and ZIP, the SSN mistyped, no
        // name or initial in the same field. Only the birth date with the ZIP brings the two together.
        List<StandardPatient> records = List.of(
                registration(0, "WILLIAM", "PASCOE", "123456789"),
                registration(1, "PASCOE", "SAMANTHA", "987654321"));
        var blocking = org.steward.mpi.core.harness.MpiConfig.load().settings().blocking();
        assertThat(new CandidatePairGenerator(blocking).generate(records).pairs())
                .containsExactly(CandidatePairs.pack(0, 1));
    }

    private static StandardPatient registration(int index, String first, String last, String ssn) {
        return new StandardPatient(index, "F1", "M" + index, first, List.of(first), first.substring(0, 2), null, last,
                last.substring(0, 2), null, "F", "19610704", ssn, "1" + index + " HIGH ST", "SPRINGFIELD", null,
                "50010", null, null);
    }

    private static StandardPatient named(int index, String firstMetaphone, String lastMetaphone, String dob) {
        StandardPatient p = person(index, "X", lastMetaphone == null ? null : "Y", dob, null);
        return new StandardPatient(index, p.facilityId(), p.mrn(), p.firstName(), p.firstNames(), firstMetaphone,
                null, p.lastName(), lastMetaphone, null, null, dob, null, null, null, null, null, null, null);
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

    @Test
    void aRuleHandlesItsOversizedBlocksByItsOwnSettings() {
        List<StandardPatient> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(person(i, "P" + i, "SMITH", i < 5 ? "19500101" : "19600101", null));
        }
        // The surname alone makes one block of 10, over the limit of 5; the birth date two blocks of 5.
        MatchSettings.BlockingRule surnameSkipped = new MatchSettings.BlockingRule("surname",
                List.of("last_metaphone"), MatchSettings.OversizedBlocks.SKIP, null);
        MatchSettings.BlockingRule surnameWindowOf2 = new MatchSettings.BlockingRule("surname",
                List.of("last_metaphone"), MatchSettings.OversizedBlocks.WINDOW, 2);
        CandidatePairs skipped = new CandidatePairGenerator(new MatchSettings.Blocking(List.of(surnameSkipped),
                5, MatchSettings.OversizedBlocks.WINDOW, 3)).generate(records);
        assertThat(skipped.size()).isZero();
        assertThat(skipped.yields().get(0).oversizedRecords()).isEqualTo(10);

        CandidatePairs narrow = new CandidatePairGenerator(new MatchSettings.Blocking(List.of(surnameWindowOf2),
                5, MatchSettings.OversizedBlocks.SKIP, 3)).generate(records);
        // window 2: each record with its next neighbour only: 9 pairs (the section's window of 3 gives 17).
        assertThat(narrow.size()).isEqualTo(9);

        // The incremental path (partners of one record) agrees with the full run.
        BlockIndex index = BlockIndex.of(new MatchSettings.Blocking(List.of(surnameSkipped,
                new MatchSettings.BlockingRule("dob", List.of("birth_date"))), 5, MatchSettings.OversizedBlocks.WINDOW,
                3), records);
        assertThat(index.pairsInvolving(new int[] {0})).hasSize(4);
        assertThat(index.candidate(0, 9)).isFalse();
    }
}
