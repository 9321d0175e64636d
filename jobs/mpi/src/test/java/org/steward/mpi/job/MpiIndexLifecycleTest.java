package org.steward.mpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.platform.batch.JobRuns;
import org.steward.platform.batch.RunScope;
import org.steward.platform.settings.StewardSettings;
import org.steward.platform.testing.StewardTestContext;
import org.steward.platform.testing.TestSettings;

/**
 * The index over three runs, through the real stage and mpi jobs:
 * <ol>
 *   <li>day 1: four fifths of the sample's registrations (a full rebuild: there is no index);</li>
 *   <li>day 2: all of them, one registration overwritten with another person (an incremental run);</li>
 *   <li>day 3: the same data with a steward's decisions: one auto-linked pair separated, one review
 *       pair linked;</li>
 *   <li>day 4: the same again with the saved model truncated: a full rebuild that the log explains.</li>
 * </ol>
 * Ids must carry over, every change must be explained by an event, and the decisions must hold.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MpiIndexLifecycleTest {

    private static final Path SAMPLE = TestSettings.REPOSITORY_ROOT.resolve("sample-data/sample");

    @TempDir
    static Path folder;

    private static ConfigurableApplicationContext context;
    private static JobRuns runs;
    private static Path output;
    private static Path decisions;
    private static String overlaid;

    @BeforeAll
    static void start() throws Exception {
        StewardSettings base = TestSettings.h2(folder);
        decisions = folder.resolve("decisions.csv");
        Files.writeString(decisions, String.join(",", DecisionsFile.HEADER) + "\n");
        StewardSettings settings = TestSettings.withMpi(base,
                new StewardSettings.MpiSettings(base.mpi().settings(), decisions));
        context = StewardTestContext.start(settings, MpiTestApplication.class);
        runs = context.getBean(JobRuns.class);
        output = folder.resolve("out");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    @Order(1)
    void dayOneBuildsTheIndexAndDayTwoUpdatesIt() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("patients.csv"));
        List<String> dayOne = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            if (i % 5 != 0) {
                dayOne.add(lines.get(i));
            }
        }
        run(input("day1", dayOne), "2026-01-01");
        Map<String, String> idsDayOne = ids();
        assertThat(idsDayOne).hasSize(dayOne.size() - 1);
        assertThat(count("SELECT count(*) FROM events WHERE event_type = 'created'"))
                .isEqualTo(count("SELECT count(DISTINCT enterprise_id) FROM xref"));

        // Day 2: everything, with the second registration overwritten by a different person.
        List<String> dayTwo = new ArrayList<>(lines);
        String[] fields = lines.get(2).split(",", -1);
        overlaid = fields[0] + "|" + fields[1];
        dayTwo.set(2, fields[0] + "," + fields[1] + ",Imogen,,Fairweather,,F,1990-07-02,,9 Harbour Road,Seaview,ME,04001,,");
        run(input("day2", dayTwo), "2026-01-02");
        Map<String, String> idsDayTwo = ids();
        assertThat(idsDayTwo).hasSize(lines.size() - 1);

        Map<String, String> movedTo = new HashMap<>();
        try (Connection duck = duck(); ResultSet row = duck.createStatement().executeQuery(
                "SELECT facility_id || '|' || mrn, enterprise_id FROM events WHERE event_type = 'moved' AND as_of = DATE '2026-01-02'")) {
            while (row.next()) {
                movedTo.put(row.getString(1), row.getString(2));
            }
        }
        // A day-1 id whose registrations are still together, and with no other day-1 registration, kept its
        // exact id (new registrations may have joined it); only ids that were split or merged may move.
        Map<String, Set<String>> dayOneMembers = membersById(idsDayOne, idsDayOne.keySet());
        Map<String, Set<String>> dayOneMembersNow = membersById(idsDayTwo, idsDayOne.keySet());
        Set<String> changedMembers = new HashSet<>();
        int unchanged = 0;
        for (Map.Entry<String, Set<String>> id : dayOneMembers.entrySet()) {
            Set<String> members = id.getValue();
            String idNow = idsDayTwo.get(members.iterator().next());
            if (dayOneMembersNow.get(idNow).equals(members)) {
                unchanged++;
                assertThat(idNow).as("the id of an enterprise id whose registrations stayed together").isEqualTo(id.getKey());
            } else {
                changedMembers.addAll(members);
            }
        }
        assertThat(unchanged).as("day-1 ids whose registrations stayed together").isGreaterThan(dayOneMembers.size() * 9 / 10);
        // Moves are the registration-level side of those splits and merges, and nothing else.
        assertThat(changedMembers).containsAll(movedTo.keySet());
        assertThat(movedTo.size()).isLessThanOrEqualTo(changedMembers.size());
        // Every registration indexed on day 1 kept its id, unless an event says where it moved.
        idsDayOne.forEach((key, id) -> assertThat(idsDayTwo.get(key)).isEqualTo(movedTo.getOrDefault(key, id)));
        // Every new registration is explained: it joined an existing id or came with a new one.
        long joined = count("SELECT count(*) FROM events WHERE as_of = DATE '2026-01-02' AND event_type = 'linked'");
        long newIds = count("SELECT coalesce(sum(registrations), 0) FROM events WHERE as_of = DATE '2026-01-02' AND event_type = 'created'");
        assertThat(joined + newIds).isGreaterThanOrEqualTo(idsDayTwo.size() - idsDayOne.size());
        assertThat(count("SELECT count(*) FROM events WHERE as_of = DATE '2026-01-02' AND event_type = 'possible_overlay' "
                + "AND facility_id || '|' || mrn = '" + overlaid + "'")).isEqualTo(1);
        assertThat(count("SELECT possible_overlays FROM metrics WHERE as_of = DATE '2026-01-02' AND facility_id = 'ALL'"))
                .isEqualTo(1);
        assertThat(count("SELECT new_registrations FROM metrics WHERE as_of = DATE '2026-01-02' AND facility_id = 'ALL'"))
                .isEqualTo(idsDayTwo.size() - idsDayOne.size());
        // The golden record: one row per enterprise id.
        assertThat(count("SELECT count(*) FROM read_parquet('" + output.resolve("mpi/golden_patient") + "/*.parquet')"))
                .isEqualTo(count("SELECT count(DISTINCT enterprise_id) FROM xref"));
        // The incremental index still meets the accuracy targets (the overlaid registration aside).
        var metrics = IndexEvaluation.evaluate(output, SAMPLE.resolve("truth/truth.csv")).metrics();
        assertThat(metrics.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(metrics.f1()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    @Order(2)
    void aStewardsDecisionsSplitAndMergeEnterpriseIdsKeepingTheOlderId() throws Exception {
        String[] autoLinked = pair("SELECT facility_id_a, mrn_a, facility_id_b, mrn_b FROM read_parquet('"
                + output.resolve("mpi/pair_scores") + "/*.parquet') p JOIN xref x ON x.enterprise_id = p.enterprise_id_a "
                + "WHERE decision = 'auto_link' AND x.registrations_in_enterprise_id = 2 ORDER BY 1, 2 LIMIT 1");
        String[] review = pair("SELECT facility_id_a, mrn_a, facility_id_b, mrn_b FROM read_parquet('"
                + output.resolve("mpi/review_queue") + "/*.parquet') WHERE enterprise_id_a <> enterprise_id_b ORDER BY rank LIMIT 1");
        Map<String, String> before = ids();
        String keyA = autoLinked[0] + "|" + autoLinked[1];
        String keyB = autoLinked[2] + "|" + autoLinked[3];
        String reviewA = review[0] + "|" + review[1];
        String reviewB = review[2] + "|" + review[3];
        assertThat(before.get(keyA)).isEqualTo(before.get(keyB));
        assertThat(before.get(reviewA)).isNotEqualTo(before.get(reviewB));

        Files.writeString(decisions, String.join(",", DecisionsFile.HEADER) + "\n"
                + "separate," + String.join(",", autoLinked) + ",steward,2026-01-03,different people\n"
                + "link," + String.join(",", review) + ",steward,2026-01-03,same person\n");
        runs.start(context.getBean("mpiJob", Job.class), RunScope.parse("all"), output, output,
                Map.of(MpiJobConfiguration.AS_OF, "2026-01-03"));
        Map<String, String> after = ids();

        assertThat(after.get(keyA)).isNotEqualTo(after.get(keyB));
        assertThat(List.of(after.get(keyA), after.get(keyB))).contains(before.get(keyA));
        String older = before.get(reviewA).compareTo(before.get(reviewB)) < 0 ? before.get(reviewA) : before.get(reviewB);
        assertThat(after.get(reviewA)).isEqualTo(after.get(reviewB)).isEqualTo(older);
        assertThat(count("SELECT count(*) FROM events WHERE as_of = DATE '2026-01-03' AND event_type = 'split' "
                + "AND other_enterprise_id = '" + before.get(keyA) + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM events WHERE as_of = DATE '2026-01-03' AND event_type = 'merged' "
                + "AND enterprise_id = '" + older + "'")).isEqualTo(1);
        // The decided pairs are no longer in the review queue.
        assertThat(count("SELECT count(*) FROM read_parquet('" + output.resolve("mpi/review_queue") + "/*.parquet') "
                + "WHERE facility_id_a || '|' || mrn_a = '" + reviewA + "' AND facility_id_b || '|' || mrn_b = '" + reviewB + "'"))
                .isZero();
    }

    @Test
    @Order(3)
    void aTruncatedModelLeadsToAFullRebuildThatTheLogExplains() throws Exception {
        Path model = output.resolve("mpi/index/model.json");
        byte[] whole = Files.readAllBytes(model);
        Files.write(model, java.util.Arrays.copyOf(whole, whole.length / 3));
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger modelLog = (Logger) LoggerFactory.getLogger(ModelFile.class);
        modelLog.addAppender(log);
        JobExecution mpi;
        try {
            mpi = runs.start(context.getBean("mpiJob", Job.class), RunScope.parse("all"), output, output,
                    Map.of(MpiJobConfiguration.AS_OF, "2026-01-04"));
        } finally {
            modelLog.detachAppender(log);
        }

        assertThat(mpi.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // Nothing changed since day 3, so an incremental run would compare no pair: a rebuild compares them all.
        assertThat(mpi.getStepExecutions()).filteredOn(step -> step.getStepName().equals("mpi.match")).singleElement()
                .satisfies(step -> assertThat(step.getExecutionContext().getLong(MpiJobConfiguration.CANDIDATE_PAIRS))
                        .isPositive());
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(model.toString(), "truncated", "rebuilds the index in full");
        });
        assertThat(ModelFile.document(output.resolve("mpi/index")).settingsFingerprint()).hasSize(64);
        assertThat(ids()).hasSize(Files.readAllLines(SAMPLE.resolve("patients.csv")).size() - 1);
    }

    private static void run(Path input, String asOf) throws Exception {
        assertThat(runs.start(context.getBean("stageJob", Job.class), RunScope.parse("all"), input, output).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.start(context.getBean("mpiJob", Job.class), RunScope.parse("all"), input, output,
                Map.of(MpiJobConfiguration.AS_OF, asOf)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    /** The sample's other files with these patients. */
    private static Path input(String name, List<String> patients) throws Exception {
        Path dir = folder.resolve(name);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.write(dir.resolve("patients.csv"), patients);
        return dir;
    }

    private static Connection duck() throws SQLException {
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE VIEW xref AS FROM read_parquet('" + output.resolve("mpi/patient_xref") + "/*.parquet')");
            s.execute("CREATE VIEW events AS FROM read_parquet('" + output.resolve("mpi/events") + "/*/*.parquet')");
            s.execute("CREATE VIEW metrics AS FROM read_parquet('" + output.resolve("mpi/metrics") + "/*/*.parquet')");
        }
        return duck;
    }

    private static Map<String, String> ids() throws SQLException {
        Map<String, String> ids = new HashMap<>();
        try (Connection duck = duck(); ResultSet row = duck.createStatement().executeQuery(
                "SELECT facility_id || '|' || mrn, enterprise_id FROM xref")) {
            while (row.next()) {
                ids.put(row.getString(1), row.getString(2));
            }
        }
        return ids;
    }

    /** Per enterprise id, its registrations among {@code keys}. */
    private static Map<String, Set<String>> membersById(Map<String, String> ids, Set<String> keys) {
        Map<String, Set<String>> members = new HashMap<>();
        for (String key : keys) {
            members.computeIfAbsent(ids.get(key), id -> new HashSet<>()).add(key);
        }
        return members;
    }

    private static long count(String sql) throws SQLException {
        try (Connection duck = duck(); ResultSet row = duck.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String[] pair(String sql) throws SQLException {
        try (Connection duck = duck(); ResultSet row = duck.createStatement().executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)};
        }
    }
}
