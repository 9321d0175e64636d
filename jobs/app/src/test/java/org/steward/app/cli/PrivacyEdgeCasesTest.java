package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;

/**
 * The privacy audits on a hand-worked fixture ({@code fixtures/privacyEdgeCases/README.md} says what each row is):
 * deadlines on their last day and the day after, an extension noticed on day 30 and 31, a fulfilment after the run
 * date, authorizations on their expiry and revocation days, date-times with a zone suffix, a space or a fraction,
 * a user the roster does not know, and no MPI (persons are facility and MRN).
 */
class PrivacyEdgeCasesTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    static Path output;
    static CliRun run;

    @BeforeAll
    static void stageAndAudit() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        Path config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        output = folder.resolve("out");
        CliRun stage = CliRun.of("run", "stage", "--input",
                Path.of("src/test/resources/fixtures/privacyEdgeCases").toAbsolutePath().toString(),
                "--output", output.toString(), "--config", config.toString());
        assertThat(stage.exitCode()).as(stage.err()).isZero();
        run = CliRun.of("run", "roi", "access-audit", "--output", output.toString(), "--config", config.toString(),
                "--as-of", "2025-06-30");
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theRoiFindingsAreExactlyThoseWorkedOutByHand() throws Exception {
        assertThat(query("SELECT request_id, finding, detail FROM " + parquet("roi/findings") + " ORDER BY 1, 2"))
                .containsExactly(
                        "R10|invalid_authorization|missing: signature with date, notice of the right to revoke",
                        "R13|missing_authorization|purpose other needs an authorization; none given",
                        "R14|authorization_other_patient|the authorization names another patient",
                        "R16|revoked_authorization|fulfilled 2025-02-11, authorization revoked 2025-02-10",
                        "R2|late_patient_access|fulfilled 31 days after receipt, allowed 30",
                        "R20|missing_authorization|the authorization given is not on file",
                        "R4|late_patient_access|fulfilled 50 days after receipt, allowed 30",
                        "R6|late_patient_access|pending 31 days after receipt, allowed 30",
                        "R9|expired_authorization|fulfilled 2025-03-02, authorization expired 2025-03-01");
        assertThat(query("SELECT request_id, basis FROM " + parquet("roi/accounting") + " ORDER BY 1")).containsExactly(
                "R10|no_valid_authorization", "R12|permitted_without_authorization", "R13|no_valid_authorization",
                "R14|no_valid_authorization", "R16|no_valid_authorization", "R20|no_valid_authorization",
                "R9|no_valid_authorization");
        // 19 requests read (R19 came after the run date), R18 denied, none withdrawn; 9 with a finding.
        assertThat(query("SELECT requests, requests_with_findings, patient_access_judged, late_patient_access FROM "
                + parquet("roi/compliance") + " WHERE facility_id = 'all' AND month = '2025-01'"))
                .containsExactly("4|2|4|2");
        // Patients' turnaround in February's fulfilments: 31 and 50 days (type 7: p90 = 31 + 0.9 x 19).
        assertThat(query("SELECT fulfilled_requests, median_days, round(p90_days, 6) FROM " + parquet("roi/turnaround")
                + " WHERE requester_type = 'patient' AND month = '2025-02'")).containsExactly("2|40.5|48.1");
    }

    @Test
    void theAccessFindingsAreExactlyThoseWorkedOutByHand() throws Exception {
        assertThat(query("SELECT user_id, mrn, event_time, finding FROM " + parquet("access/findings") + " ORDER BY 3, 4"))
                .containsExactly(
                        "U1|M1|2025-03-01T08:00:00|no_encounter_context",
                        "U1|M1|2025-03-01T08:00:00|self_access",
                        "U1|M2|2025-03-05T09:00:00|family_access",
                        "U1|M2|2025-03-05T09:00:00|no_encounter_context",
                        "U3|M3|2025-03-06T10:00:00.5|no_encounter_context",
                        "U3|M3|2025-04-12T10:00:00|no_encounter_context",
                        "U1|M4|2025-04-15T10:00:00|terminated_user",
                        "U1|M2|2025-05-02T10:00:00|terminated_user");
        assertThat(query("SELECT user_id, person_key, findings, events, CAST(linked_by_mpi AS VARCHAR) FROM "
                + parquet("access/cases") + " ORDER BY 1, 2")).containsExactly(
                "U1|F1|M1|no_encounter_context, self_access|1|false",
                "U1|F1|M2|family_access, no_encounter_context, terminated_user|2|false",
                "U1|F1|M4|terminated_user|1|false",
                "U3|F1|M3|no_encounter_context|2|false");
    }

    private static String parquet(String path) {
        return "read_parquet('" + output.resolve(path) + "/*/*.parquet', hive_partitioning = true)";
    }

    private static List<String> query(String sql) throws Exception {
        return DuckRows.of(sql);
    }
}
