package org.steward.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.app.engine.OutputRows.csv;
import static org.steward.app.engine.OutputRows.query;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.cli.StewardCommand;
import org.steward.lifecycle.config.AgreementsConfig;
import org.steward.lifecycle.config.RetentionConfig;
import org.steward.lifecycle.core.RetentionPolicy;
import org.steward.lifecycle.engine.AgreementsEngine;
import org.steward.lifecycle.engine.AgreementsOutputs;
import org.steward.lifecycle.engine.RetentionEngine;
import org.steward.lifecycle.engine.RetentionOutputs;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.PeriodOutput;
import org.steward.platform.engine.SparkSqlEngine;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.testing.TestSettings;
import org.steward.sampledata.GeneratorSettings;
import org.steward.sampledata.SampleDataGenerator;

/**
 * The records-lifecycle jobs against the generator's ground truth (truth/retention_records.csv,
 * truth/agreement_findings.csv), on the bundled sample (facilities in CA, TX and NY) and on a generated set of
 * five facilities (a fourth in a state with no rule, a fifth missing from facilities.csv), and their outputs
 * identical on DuckDB and Spark.
 *
 * <p>Without the MPI every record is judged on its own and must match the truth's own decision exactly. With
 * the MPI, a person's records in several states are kept until the latest date among them: the truth groups
 * records by the true person, the job by the MPI's enterprise id, so they must agree exactly wherever the MPI
 * grouped a person's records as the truth does (nearly everywhere; the MPI's own accuracy is its job's test).
 */
class LifecycleEngineParityTest {

    private static final Path HOME = TestSettings.REPOSITORY_ROOT;

    @TempDir
    static Path folder;

    private static Path config;
    private static DataSet sample;
    private static DataSet fiveFacilities;
    private static Path sparkWork;

    /** One data set: its input (with truth/), output folder, run date, and the engines' work folders. */
    record DataSet(Path input, Path output, LocalDate asOf, Path unlinked, Path linked) {

        Path truth(String file) {
            return input.resolve("truth").resolve(file);
        }
    }

    @BeforeAll
    static void runTheJobs() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        sample = run("sample", HOME.resolve("sample-data/sample"));
        Path generated = folder.resolve("five-facilities-input");
        new SampleDataGenerator().generate(new GeneratorSettings(1500, 5, YearMonth.of(2021, 4), 18, 14L,
                HOME.resolve("config/reference"), 3), generated);
        fiveFacilities = run("five", generated);
        sparkWork = folder.resolve("sample-spark");
        try (SqlEngine engine = new SparkSqlEngine(ParitySpark.session())) {
            compute(engine, sample, sparkWork);
        }
    }

    /** Stages a data set, runs both jobs on DuckDB before and after the MPI, as of the truth's run date. */
    private static DataSet run(String name, Path input) throws Exception {
        Path output = folder.resolve(name);
        assertThat(StewardCommand.execute("run", "stage", "--input", input.toString(), "--output", output.toString(),
                "--config", config.toString())).isEqualTo(ExitCodes.OK);
        LocalDate asOf = LocalDate.parse(csv(input.resolve("truth/retention_records.csv")).get(0).getField("as_of"));
        DataSet data = new DataSet(input, output, asOf, folder.resolve(name + "-unlinked"), folder.resolve(name + "-linked"));
        try (DuckDbEngine duck = new DuckDbEngine()) {
            RetentionEngine.Result result = new RetentionEngine(duck, policy()).run(new OutputLayout(output), asOf,
                    YearMonth.from(asOf).toString(), data.unlinked());
            assertThat(result.mpi()).isFalse();
        }
        assertThat(StewardCommand.execute("run", "mpi", "--output", output.toString(), "--config", config.toString(),
                "--as-of", asOf.toString())).isEqualTo(ExitCodes.OK);
        try (DuckDbEngine duck = new DuckDbEngine()) {
            compute(duck, data, data.linked());
        }
        return data;
    }

    private static void compute(SqlEngine engine, DataSet data, Path work) {
        String period = YearMonth.from(data.asOf()).toString();
        RetentionEngine.Result result = new RetentionEngine(engine, policy()).run(new OutputLayout(data.output()),
                data.asOf(), period, work);
        assertThat(result.mpi()).isTrue();
        new AgreementsEngine(engine, AgreementsConfig.load(HOME.resolve("config/agreements.yml"), HOME))
                .run(new OutputLayout(data.output()), data.asOf(), period, work);
    }

    private static RetentionPolicy policy() {
        return RetentionConfig.load(HOME.resolve("config/retention.yml"), HOME);
    }

    @Test
    void everyOutputIsIdenticalOnBothEngines() {
        List<PeriodOutput> outputs = new ArrayList<>(List.of(RetentionOutputs.values()));
        outputs.addAll(List.of(AgreementsOutputs.values()));
        for (PeriodOutput output : outputs) {
            List<List<Object>> duck = query(sample.linked(), output, "SELECT " + output.columnList() + " FROM t ORDER BY ALL");
            assertThat(duck).as(output.folder()).isNotEmpty();
            assertThat(query(sparkWork, output, "SELECT " + output.columnList() + " FROM t ORDER BY ALL"))
                    .as(output.folder()).isEqualTo(duck);
        }
    }

    /** Judged one by one (no MPI), every record's date of service, retention, rule, holds and eligibility are the truth's. */
    @Test
    void withoutTheMpiEveryRecordIsExactlyTheTruthsOwnDecision() throws Exception {
        for (DataSet data : List.of(sample, fiveFacilities)) {
            Map<String, NamedCsvRecord> truth = truthByRecord(data);
            List<List<Object>> rows = query(data.unlinked(), RetentionOutputs.RECORDS, "SELECT facility_id, mrn, "
                    + "last_service_date, retain_until, rule, hold_id, eligible, record_rule FROM t");
            assertThat(rows).hasSize(truth.size());
            for (List<Object> row : rows) {
                NamedCsvRecord t = truth.get(row.get(0) + "|" + row.get(1));
                assertThat(t).as("record in the truth").isNotNull();
                assertThat(Arrays.asList(text(row.get(2)), text(row.get(3)), row.get(4), text(row.get(5)), row.get(6),
                        row.get(7))).as(data.input().getFileName() + " " + row.get(0) + "|" + row.get(1))
                        .isEqualTo(Arrays.asList(t.getField("last_service_date"), t.getField("record_retain_until"),
                                t.getField("record_rule"), t.getField("hold_id"),
                                Boolean.parseBoolean(t.getField("eligible_unlinked")), t.getField("record_rule")));
            }
        }
        // Every kind of rule is exercised: the five-facility set has WY (no rule) and a facility missing from facilities.csv.
        assertThat(column(fiveFacilities.unlinked(), "record_rule")).contains("CA.adult", "CA.minor", "TX.adult",
                "NY.adult", RetentionPolicy.NO_STATE_RULE, RetentionPolicy.UNKNOWN_STATE);
    }

    /** With the MPI, every record whose person the MPI grouped as the truth does is exactly the truth's (linked) decision. */
    @Test
    void withTheMpiRecordsFollowTheMostStringentStateOfTheirPerson() throws Exception {
        for (DataSet data : List.of(sample, fiveFacilities)) {
            Map<String, NamedCsvRecord> truth = truthByRecord(data);
            List<List<Object>> rows = query(data.linked(), RetentionOutputs.RECORDS, "SELECT facility_id, mrn, "
                    + "retain_until, rule, hold_id, eligible, enterprise_id FROM t");
            Map<String, List<String>> byEnterprise = new HashMap<>();
            Map<String, List<String>> byPerson = new HashMap<>();
            for (List<Object> row : rows) {
                String key = row.get(0) + "|" + row.get(1);
                byEnterprise.computeIfAbsent(row.get(6) == null ? key : (String) row.get(6), k -> new ArrayList<>()).add(key);
                String person = truth.get(key).getField("person_id");
                byPerson.computeIfAbsent(person.isEmpty() ? key : person, k -> new ArrayList<>()).add(key);
            }
            Map<String, List<String>> enterpriseOf = new HashMap<>();
            byEnterprise.values().forEach(g -> g.forEach(k -> enterpriseOf.put(k, g.stream().sorted().toList())));
            Map<String, List<String>> personOf = new HashMap<>();
            byPerson.values().forEach(g -> g.forEach(k -> personOf.put(k, g.stream().sorted().toList())));
            int compared = 0;
            int linked = 0;
            for (List<Object> row : rows) {
                String key = row.get(0) + "|" + row.get(1);
                if (!enterpriseOf.get(key).equals(personOf.get(key))) {
                    continue;
                }
                compared++;
                NamedCsvRecord t = truth.get(key);
                linked += ((String) row.get(3)).startsWith(RetentionPolicy.LINKED) ? 1 : 0;
                assertThat(Arrays.asList(text(row.get(2)), row.get(3), text(row.get(4)), row.get(5))).as(key)
                        .isEqualTo(Arrays.asList(t.getField("retain_until"), t.getField("rule"), t.getField("hold_id"),
                                Boolean.parseBoolean(t.getField("eligible"))));
            }
            assertThat((double) compared / rows.size()).as("records the MPI grouped as the truth does").isGreaterThan(0.98);
            assertThat(linked).as("records kept for a linked record in another state").isPositive();
        }
    }

    @Test
    void theDispositionListsExactlyTheEligibleRecordsAndHoldsCountWhatTheyHold() throws Exception {
        for (DataSet data : List.of(sample, fiveFacilities)) {
            assertThat(query(data.linked(), RetentionOutputs.DISPOSITION, "SELECT facility_id, mrn FROM t ORDER BY 1, 2"))
                    .isEqualTo(query(data.linked(), RetentionOutputs.RECORDS,
                            "SELECT facility_id, mrn FROM t WHERE eligible ORDER BY 1, 2"))
                    .isNotEmpty();
            Map<String, Long> held = new HashMap<>();
            for (NamedCsvRecord t : truthByRecord(data).values()) {
                for (String hold : t.getField("hold_id").split(",")) {
                    if (!hold.isEmpty()) {
                        held.merge(hold, 1L, Long::sum);
                    }
                }
            }
            List<List<Object>> holds = query(data.unlinked(), RetentionOutputs.HOLDS,
                    "SELECT hold_id, records_held, standing, scope FROM t ORDER BY 1");
            assertThat(holds).hasSize(csv(data.input().resolve("legal_holds.csv")).size());
            for (List<Object> hold : holds) {
                assertThat(hold.get(1)).as((String) hold.get(0)).isEqualTo(held.getOrDefault((String) hold.get(0), 0L));
            }
            assertThat(holds).extracting(h -> h.get(2)).contains(true, false);
            assertThat(holds).extracting(h -> h.get(3)).contains("record", "facility");
        }
    }

    /** Every planted agreement finding is found, and nothing else (the scenarios include near misses). */
    @Test
    void theAgreementFindingsAreExactlyThePlantedOnes() throws Exception {
        for (DataSet data : List.of(sample, fiveFacilities)) {
            List<List<Object>> expected = new ArrayList<>();
            for (NamedCsvRecord t : csv(data.truth("agreement_findings.csv"))) {
                expected.add(Arrays.asList(t.getField("agreement_id"), t.getField("counterparty"), t.getField("finding"),
                        t.getField("facility_id"), t.getField("system"),
                        t.getField("clause").isEmpty() ? "" : "missing " + t.getField("clause")));
            }
            List<List<Object>> found = query(data.linked(), AgreementsOutputs.FINDINGS, "SELECT coalesce(agreement_id, ''), "
                    + "counterparty, finding, coalesce(facility_id, ''), coalesce(system, ''), CASE WHEN finding = "
                    + "'missing_clause' THEN detail ELSE '' END FROM t");
            assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(found).extracting(f -> f.get(2)).contains("expired", "expiring", "missing_clause",
                    "access_without_agreement", "access_after_termination", "destruction_not_certified");
        }
    }

    /** The jobs through the command line: outputs filed under the run date's month, and a re-run replaces that month. */
    @Test
    void aRerunInTheSameMonthReplacesItsPeriod() throws Exception {
        Path output = sample.output();
        String asOf = sample.asOf().toString();
        for (int i = 0; i < 2; i++) {
            assertThat(StewardCommand.execute("run", "retention", "agreements", "--output", output.toString(), "--config",
                    config.toString(), "--as-of", asOf)).isEqualTo(ExitCodes.OK);
        }
        Path records = output.resolve("retention/records");
        try (Stream<Path> periods = Files.list(records)) {
            assertThat(periods.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("period=" + YearMonth.from(sample.asOf()));
        }
        assertThat(query(output, RetentionOutputs.RECORDS, "SELECT count(*) FROM t").get(0).get(0))
                .isEqualTo((long) truthByRecord(sample).size());
        assertThat(query(output, AgreementsOutputs.FINDINGS, "SELECT count(*) FROM t").get(0).get(0))
                .isEqualTo((long) csv(sample.truth("agreement_findings.csv")).size());
    }

    private static Map<String, NamedCsvRecord> truthByRecord(DataSet data) throws Exception {
        Map<String, NamedCsvRecord> truth = new HashMap<>();
        for (NamedCsvRecord t : csv(data.truth("retention_records.csv"))) {
            truth.put(t.getField("facility_id") + "|" + t.getField("mrn"), t);
        }
        return truth;
    }

    private static List<Object> column(Path work, String column) {
        return query(work, RetentionOutputs.RECORDS, "SELECT DISTINCT " + column + " FROM t").stream().map(r -> r.get(0))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
