package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.bench.DuckDbQualityReference;
import org.steward.app.bench.JobTotals;
import org.steward.sampledata.GeneratorSettings;
import org.steward.sampledata.SampleDataGenerator;

/**
 * The privacy audits against the generator's ground truth: given generated data with planted violations of every
 * kind, when stage, mpi, roi and access-audit run as of the last day generated, then every planted violation is
 * found and nothing else (precision and recall 1 for the rules; the planted volume anomalies rank first), the
 * accounting of disclosures lists exactly the disclosures owed, and one physician's findings about one person at
 * two facilities are one case through the MPI.
 */
class PrivacyRunTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path folder;

    static Path input;
    static Path output;
    static Path config;

    @BeforeAll
    static void generateStageAndAudit() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        input = folder.resolve("input");
        new SampleDataGenerator().generate(new GeneratorSettings(1500, 3, YearMonth.of(2025, 1), 12, 13L,
                HOME.resolve("config/reference"), 5), input);
        config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        output = folder.resolve("out");
        CliRun stage = CliRun.of("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString());
        assertThat(stage.exitCode()).as(stage.err()).isZero();
        CliRun run = CliRun.of("run", "mpi", "roi", "access-audit", "--output", output.toString(), "--config",
                config.toString(), "--as-of", AS_OF.toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        assertThat(run.out()).contains("roi all: COMPLETED").contains("access-audit all: COMPLETED");
    }

    @Test
    void everyPlantedRoiFindingIsFoundAndNothingElse() throws Exception {
        Set<String> truth = csv(input.resolve("truth/privacy_roi_findings.csv"), 3);
        assertThat(truth).extracting(t -> t.split("\\|")[2]).containsAll(List.of("missing_authorization",
                "invalid_authorization", "expired_authorization", "revoked_authorization", "authorization_other_patient",
                "late_patient_access"));
        Set<String> found = query("SELECT facility_id, request_id, finding FROM " + parquet("roi/findings"));
        assertThat(found).isEqualTo(truth);
        assertThat(query("SELECT DISTINCT period FROM " + parquet("roi/findings"))).containsExactly("2025-12");
    }

    @Test
    void theAccountingListsExactlyTheDisclosuresOwed() throws Exception {
        Set<String> truth = csv(input.resolve("truth/privacy_accounting.csv"), 2);
        assertThat(query("SELECT facility_id, request_id FROM " + parquet("roi/accounting"))).isEqualTo(truth);
        // Turnaround and compliance cover every facility; rates are rates.
        assertThat(query("SELECT DISTINCT facility_id FROM " + parquet("roi/compliance"))).contains("F1", "F2", "F3", "all");
        assertThat(query("SELECT count(*) FROM " + parquet("roi/compliance")
                + " WHERE compliance_rate < 0 OR compliance_rate > 1")).containsExactly("0");
        assertThat(query("SELECT count(*) FROM " + parquet("roi/turnaround") + " WHERE p90_days < median_days"))
                .containsExactly("0");
    }

    @Test
    void everyPlantedAccessFindingIsFoundAndNothingElse() throws Exception {
        List<String[]> truth = rows(input.resolve("truth/privacy_access_findings.csv"));
        Set<String> planted = new TreeSet<>();
        Set<String> plantedVolume = new TreeSet<>();
        for (String[] t : truth) {
            if (t[4].equals("volume_anomaly")) {
                plantedVolume.add(t[0] + "|" + t[1] + "|" + t[3]);
            } else {
                planted.add(String.join("|", t[0], t[1], t[2], t[3], t[4]));
            }
        }
        assertThat(planted).extracting(t -> t.split("\\|")[4]).containsAll(List.of("self_access", "family_access",
                "terminated_user", "no_encounter_context"));
        Set<String> found = query("SELECT facility_id, user_id, mrn, event_time, finding FROM " + parquet("access/findings")
                + " WHERE finding <> 'volume_anomaly'");
        assertThat(found).isEqualTo(planted);

        // Volume: the planted days rank first, and each names its day's first event.
        assertThat(plantedVolume).isNotEmpty();
        Set<String> top = query("SELECT facility_id, user_id, event_time FROM " + parquet("access/findings")
                + " WHERE finding = 'volume_anomaly' AND rank <= " + plantedVolume.size());
        assertThat(top).isEqualTo(plantedVolume);
    }

    @Test
    void onePersonsRecordsAtTwoFacilitiesAreOneCase() throws Exception {
        List<String[]> cross = rows(input.resolve("truth/privacy_access_findings.csv")).stream()
                .filter(t -> t.length > 5 && !t[5].isEmpty()).toList();
        assertThat(cross).hasSize(2);
        Set<String> cases = query("SELECT facilities || '|' || CAST(linked_by_mpi AS VARCHAR) FROM "
                + parquet("access/cases") + " WHERE user_id = '" + cross.get(0)[1] + "' AND facility_count = 2");
        assertThat(cases).containsExactly("F1, F2|true");
    }

    /** The bench's hand-written DuckDB SQL (bench/roi-reference.sql, access-audit-reference.sql) finds the same totals. */
    @Test
    void theBenchReferencesFindTheSameTotals() throws Exception {
        for (JobTotals totals : List.of(JobTotals.ROI, JobTotals.ACCESS_AUDIT)) {
            DuckDbQualityReference.Result reference = DuckDbQualityReference.script(totals.referenceScript(), output,
                    HOME.resolve("config"), AS_OF);
            assertThat(totals.of(output)).as(totals.job()).isEqualTo(reference.failed());
        }
    }

    private static String parquet(String output) {
        return "read_parquet('" + PrivacyRunTest.output.resolve(output) + "/*/*.parquet', hive_partitioning = true)";
    }

    private static Set<String> query(String sql) throws Exception {
        return new HashSet<>(DuckRows.of(sql));
    }

    private static Set<String> csv(Path file, int columns) throws IOException {
        Set<String> rows = new HashSet<>();
        for (String[] row : rows(file)) {
            rows.add(String.join("|", java.util.Arrays.copyOf(row, columns)));
        }
        return rows;
    }

    /** The generator's truth files hold no quoted fields. */
    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
