package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.mpi.core.MatchResult;
import org.steward.mpi.core.SampleModel;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.cluster.ScoredPair;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.weights.MatchWeights;

/** The model saved as a document a person can read, read back exactly, and never half-used when damaged. */
class ModelFileTest {

    private static final String FINGERPRINT = "f".repeat(64);

    @TempDir
    Path folder;

    private static MatchWeights sampleModel() {
        return SampleModel.result().weights();
    }

    private static ComparisonSchema schema() {
        return sampleModel().schema();
    }

    @Test
    void aSavedModelReadsBackEqual() throws Exception {
        MatchWeights saved = sampleModel();
        ModelFile.write(folder, saved, FINGERPRINT);

        ModelFile.Loaded loaded = ModelFile.read(folder, schema(), FINGERPRINT, 1);

        assertThat(loaded.problem()).isNull();
        MatchWeights read = loaded.weights();
        assertThat(read.priorLogOdds()).isEqualTo(saved.priorLogOdds());
        assertThat(read.maxAbsoluteWeight()).isEqualTo(saved.maxAbsoluteWeight());
        assertThat(read.m().p()).isDeepEqualTo(saved.m().p());
        assertThat(read.u().p()).isDeepEqualTo(saved.u().p());
        int household = MatchWeights.householdField(schema());
        for (int f = 0; f < schema().size(); f++) {
            for (int l = 1; l < schema().comparators().get(f).levels().size(); l++) {
                assertThat(read.weight(f, l)).isEqualTo(saved.weight(f, l));
                assertThat(read.householdWeight(f, l)).isEqualTo(saved.householdWeight(f, l));
                if (f != household) {
                    assertThat(read.uHousehold().get(f, l)).isEqualTo(saved.uHousehold().get(f, l));
                }
            }
        }
        assertThat(read.frequencies().perField()).isEqualTo(saved.frequencies().perField());
        assertThat(read.frequencies().minimum()).isEqualTo(saved.frequencies().minimum());
        // And so every scored pair scores the same, to the bit.
        MatchResult sample = SampleModel.result();
        List<StandardPatient> records = sample.records();
        for (ScoredPair p : sample.scoredPairs()) {
            assertThat(read.score(records.get(p.left()), records.get(p.right()))).isEqualTo(p.score());
        }
    }

    @Test
    void theDocumentIsReadableJsonWithMAndUPerLevelThePriorAndTheFingerprint() throws Exception {
        ModelFile.write(folder, sampleModel(), FINGERPRINT);

        String json = Files.readString(folder.resolve("model.json"));
        assertThat(json).contains("\"format\" : \"steward-mpi-model/1\"", "\"settings_fingerprint\" : \"" + FINGERPRINT,
                "\"probability_two_random_records_match\"", "\"log2_odds\"", "\"field\" : \"birth_date\"",
                "\"level\" : \"day_month_swapped\"", "\"m\" :", "\"u\" :", "\"match_weight\" :");
        ModelDocument document = ModelFile.document(folder);
        assertThat(document.prior().log2Odds()).isEqualTo(sampleModel().priorLogOdds());
        assertThat(document.comparisons()).extracting(ModelDocument.Comparison::field)
                .containsExactlyElementsOf(schema().comparators().stream().map(c -> c.field()).toList());
        // Term frequencies are names: they stay out of the document a steward opens.
        assertThat(json).doesNotContainIgnoringCase("\"SMITH\"");
        assertThat(document.termFrequencies().valuesPerField()).containsKeys("first_name", "last_name");
    }

    @Test
    void aTruncatedModelIsNotUsedAndSaysWhy() throws Exception {
        ModelFile.write(folder, sampleModel(), FINGERPRINT);
        Path file = folder.resolve("model.json");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        ModelFile.Loaded loaded = ModelFile.read(folder, schema(), FINGERPRINT, 1);

        assertThat(loaded.weights()).isNull();
        assertThat(loaded.damaged()).isTrue();
        assertThat(loaded.problem()).contains(file.toString(), "truncated");
        assertThatThrownBy(() -> ModelFile.document(folder)).hasMessageContaining("truncated");
    }

    @Test
    void otherDamageIsNotUsedEither() throws Exception {
        ModelFile.write(folder, sampleModel(), FINGERPRINT);
        Path file = folder.resolve("model.json");
        String json = Files.readString(file);

        Files.writeString(file, "\u0000\u0001 not json");
        assertThat(ModelFile.read(folder, schema(), FINGERPRINT, 1).problem()).contains("not a model document");

        Files.writeString(file, json.replaceFirst("\"m\" : [0-9.E-]+", "\"m\" : 7.5"));
        assertThat(ModelFile.read(folder, schema(), FINGERPRINT, 1).problem()).contains("outside 0..1");

        Files.writeString(file, json.replaceFirst("\"prior\"", "\"priors\""));
        assertThat(ModelFile.read(folder, schema(), FINGERPRINT, 1).weights()).isNull();

        Files.writeString(file, json);
        Files.write(folder.resolve("term_frequencies.parquet"), new byte[] {'P', 'A', 'R', '1'});
        assertThat(ModelFile.read(folder, schema(), FINGERPRINT, 1).problem()).contains("term_frequencies.parquet");
    }

    @Test
    void aModelOfOtherSettingsIsOutOfDateNotDamaged() throws Exception {
        ModelFile.write(folder, sampleModel(), FINGERPRINT);

        ModelFile.Loaded loaded = ModelFile.read(folder, schema(), "0".repeat(64), 1);

        assertThat(loaded.weights()).isNull();
        assertThat(loaded.damaged()).isFalse();
        assertThat(loaded.problem()).contains("changed since the model was estimated");
    }

    @Test
    void anOldJavaSerialisedModelIsTreatedAsAbsent() throws Exception {
        Files.write(folder.resolve("model.ser"), new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});

        ModelFile.Loaded loaded = ModelFile.read(folder, schema(), FINGERPRINT, 1);

        assertThat(loaded.weights()).isNull();
        assertThat(loaded.damaged()).isTrue();
        assertThat(loaded.problem()).contains("model.ser", "no longer read");
    }
}
