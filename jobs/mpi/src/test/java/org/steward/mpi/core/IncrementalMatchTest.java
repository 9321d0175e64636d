package org.steward.mpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.mpi.core.harness.MpiConfig;
import org.steward.mpi.core.io.PatientCsvReader;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.settings.MatchSettingsLoader;
import org.steward.mpi.core.standardise.ReferenceTablesLoader;
import org.yaml.snakeyaml.Yaml;

/**
 * An incremental run must end where a full run on the same registrations with the same model ends:
 * the same scored pairs and the same clusters. Checked on the bundled sample, split into an earlier
 * index and a later extract that adds registrations and edits indexed ones (names, addresses, birth
 * dates: edits that move registrations between blocks), with the shipped blocking and with tiny blocks
 * (so most blocks are oversized and windowed, and edits shrink, grow and shift windows).
 */
class IncrementalMatchTest {

    private static final Path SAMPLE = Path.of("../../sample-data/sample/patients.csv");
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @ParameterizedTest(name = "max_block_size {0}")
    @ValueSource(ints = {0, 6})
    void anIncrementalRunEndsInTheSameClustersAsAFullRunWithTheSameModel(int maxBlockSize) throws IOException {
        MatchPipeline pipeline = pipeline(maxBlockSize, 3);
        List<PatientRecord> all = PatientCsvReader.read(SAMPLE);
        all.sort(PatientRecord.ORDER);
        List<PatientRecord> earlier = new ArrayList<>();
        List<PatientRecord> extract = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 0 ? extract : earlier).add(all.get(i));
        }
        // Edit every 40th indexed registration: the extract carries its new version.
        for (int i = 0; i < earlier.size(); i += 40) {
            extract.add(edited(earlier.get(i), i));
        }

        MatchResult first = pipeline.run(earlier, AS_OF);
        RegistrationDelta delta = RegistrationDelta.of(earlier, extract);
        assertThat(delta.changedCount()).isEqualTo(extract.size());

        MatchResult incremental = new IncrementalMatch(pipeline).run(
                new IncrementalMatch.PreviousIndex(earlier, first.scoredPairKeys(), first.weights()), delta, AS_OF,
                List.of());
        MatchResult full = pipeline.run(delta.registrations(), AS_OF, first.weights(), List.of());

        assertThat(incremental.scoredPairKeys()).isEqualTo(full.scoredPairKeys());
        assertThat(clusters(incremental)).isEqualTo(clusters(full));
        assertThat(incremental.reviewQueue()).hasSameSizeAs(full.reviewQueue());
        // It compared far fewer pairs than the full run's candidates.
        assertThat(incremental.candidates().size()).isLessThan(full.candidates().size() / 2);
    }

    @org.junit.jupiter.api.Test
    void aPairThatBecomesACandidateWhenAnEditEmptiesItsBlockIsCompared() throws IOException {
        // Blocks of more than two records pair only neighbours. Three identical registrations: the
        // outer two are not neighbours until the middle one is edited into someone else.
        MatchPipeline pipeline = pipeline(2, 2);
        List<PatientRecord> earlier = PatientCsvReader.read(SAMPLE);
        PatientRecord a1 = new PatientRecord("FX1", "1", "Quentin", null, "Abernathy", null, "M",
                LocalDate.of(1961, 3, 14), null, "219-09-9999", "12 Orchard Lane", "Milltown", "OH", "43001",
                "6145550101", null);
        PatientRecord x = new PatientRecord("FX2", "1", a1.firstName(), null, a1.lastName(), null, "M", a1.birthDate(),
                null, a1.ssn(), a1.addressLine(), a1.city(), a1.state(), a1.zip(), a1.phone(), null);
        PatientRecord a2 = new PatientRecord("FX3", "1", a1.firstName(), null, a1.lastName(), null, "M", a1.birthDate(),
                null, a1.ssn(), a1.addressLine(), a1.city(), a1.state(), a1.zip(), a1.phone(), null);
        earlier.addAll(List.of(a1, x, a2));
        earlier.sort(PatientRecord.ORDER);
        PatientRecord someoneElse = new PatientRecord("FX2", "1", "Imogen", null, "Fairweather", null, "F",
                LocalDate.of(1990, 7, 2), null, null, "9 Harbour Road", "Seaview", "ME", "04001", null, null);

        MatchResult first = pipeline.run(earlier, AS_OF);
        RegistrationDelta delta = RegistrationDelta.of(earlier, List.of(someoneElse));
        MatchResult incremental = new IncrementalMatch(pipeline).run(
                new IncrementalMatch.PreviousIndex(earlier, first.scoredPairKeys(), first.weights()), delta, AS_OF,
                List.of());
        MatchResult full = pipeline.run(delta.registrations(), AS_OF, first.weights(), List.of());

        int i1 = delta.registrations().indexOf(a1);
        int i2 = delta.registrations().indexOf(a2);
        assertThat(first.scoredPairKeys()).doesNotContain(org.steward.mpi.core.blocking.CandidatePairs.pack(
                earlier.indexOf(a1), earlier.indexOf(a2)));
        assertThat(incremental.scoredPairKeys()).contains(org.steward.mpi.core.blocking.CandidatePairs.pack(i1, i2))
                .isEqualTo(full.scoredPairKeys());
        assertThat(clusters(incremental)).isEqualTo(clusters(full));
    }

    /** A registration as an edit would leave it: which field changes depends on i. */
    private static PatientRecord edited(PatientRecord r, int i) {
        return switch ((i / 40) % 4) {
            case 0 -> new PatientRecord(r.facilityId(), r.mrn(), r.firstName(), r.middleName(),
                    r.lastName() == null ? "NEWNAME" : r.lastName() + "SON", r.nameSuffix(), r.sex(), r.birthDate(),
                    r.birthDateRaw(), r.ssn(), r.addressLine(), r.city(), r.state(), r.zip(), r.phone(), r.email());
            case 1 -> new PatientRecord(r.facilityId(), r.mrn(), r.firstName(), r.middleName(), r.lastName(),
                    r.nameSuffix(), r.sex(), r.birthDate(), r.birthDateRaw(), r.ssn(), "1 Moved Street", "Elsewhere",
                    r.state(), "99999", null, r.email());
            case 2 -> new PatientRecord(r.facilityId(), r.mrn(), r.firstName(), r.middleName(), r.lastName(),
                    r.nameSuffix(), r.sex(), r.birthDate() == null ? null : r.birthDate().plusDays(1), r.birthDateRaw(),
                    r.ssn(), r.addressLine(), r.city(), r.state(), r.zip(), r.phone(), r.email());
            default -> new PatientRecord(r.facilityId(), r.mrn(), "ZED", null, "ZEDLEY", null, r.sex(), r.birthDate(),
                    r.birthDateRaw(), null, r.addressLine(), r.city(), r.state(), r.zip(), r.phone(), null);
        };
    }

    /** Clusters as sets of registration keys, so two runs can be compared whatever the cluster numbers. */
    private static Set<String> clusters(MatchResult result) {
        Map<Integer, TreeSet<String>> byCluster = new HashMap<>();
        for (int i = 0; i < result.registrations().size(); i++) {
            byCluster.computeIfAbsent(result.clustering().clusterOf()[i], k -> new TreeSet<>())
                    .add(result.registrations().get(i).key());
        }
        return byCluster.values().stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /** The shipped settings (0), or with blocks capped at {@code maxBlockSize} and windowed. */
    @SuppressWarnings("unchecked")
    private static MatchPipeline pipeline(int maxBlockSize, int window) throws IOException {
        if (maxBlockSize == 0) {
            MpiConfig config = MpiConfig.load();
            return new MatchPipeline(config.settings(), config.tables());
        }
        try (Reader in = Files.newBufferedReader(MpiConfig.CONFIG_DIR.resolve("mpi.yml"))) {
            Map<String, Object> tree = new Yaml().load(in);
            Map<String, Object> blocking = (Map<String, Object>) tree.get("blocking");
            blocking.put("max_block_size", maxBlockSize);
            blocking.put("window_size", window);
            blocking.put("oversized_blocks", "window");
            MatchSettings settings = MatchSettingsLoader.load(tree);
            return new MatchPipeline(settings, ReferenceTablesLoader.load(MpiConfig.CONFIG_DIR, settings.references()));
        }
    }
}
