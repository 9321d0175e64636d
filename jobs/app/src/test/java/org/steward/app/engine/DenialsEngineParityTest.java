package org.steward.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.steward.app.engine.OutputRows.csv;
import static org.steward.app.engine.OutputRows.query;
import static org.steward.app.engine.OutputRows.read;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.app.ExitCodes;
import org.steward.app.cli.StewardCommand;
import org.steward.denials.config.DenialsConfig;
import org.steward.denials.engine.DenialsEngine;
import org.steward.denials.engine.DenialsOutputs;
import org.steward.denials.reference.RemittanceCodes;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.SparkSqlEngine;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.testing.TestSettings;

/**
 * The denials job on the bundled sample: every output is identical on DuckDB and on Spark, the denials the
 * generator planted (truth/denial_root_causes.csv) are counted exactly and flagged by the control charts and
 * the mix-shift test, and a small fixture gives the figures worked out by hand.
 */
class DenialsEngineParityTest {

    private static final Path HOME = TestSettings.REPOSITORY_ROOT;
    private static final Path TRUTH = HOME.resolve("sample-data/sample/truth");
    // After the last remittance of the sample: every claim has had its chance to be adjudicated.
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static long overlayClaims;

    @TempDir
    static Path folder;

    private static Path duckWork;
    private static Path sparkWork;
    private static Path fixtureDuck;
    private static Path fixtureSpark;
    private static DenialsEngine.Result duckResult;
    private static DenialsEngine.Result fixtureResult;

    @BeforeAll
    static void runOnBothEngines() throws Exception {
        System.setProperty("steward.home", HOME.toString());
        Path config = Files.writeString(folder.resolve("steward.yml"), Files.readString(HOME.resolve("config/steward.yml"))
                .replace("${STEWARD_HOME}/var/job-repository", folder.resolve("job-repository").toString()));
        Path output = folder.resolve("sample");
        Path fixture = folder.resolve("fixture");
        assertThat(StewardCommand.execute("run", "stage", "--input", HOME.resolve("sample-data/sample").toString(),
                "--output", output.toString(), "--config", config.toString())).isEqualTo(ExitCodes.OK);
        // The MPI and quality outputs are the cross-job evidence (exit 4: some quality check failed, as planted).
        assertThat(StewardCommand.execute("run", "mpi", "quality", "--output", output.toString(), "--config",
                config.toString(), "--as-of", AS_OF.toString())).isIn(ExitCodes.OK, ExitCodes.CHECKS_FAILED);
        plantOverlays(output);
        assertThat(StewardCommand.execute("run", "stage", "--input",
                Path.of("src/test/resources/fixtures/denialsEdgeCases").toAbsolutePath().toString(),
                "--output", fixture.toString(), "--config", config.toString())).isEqualTo(ExitCodes.OK);
        DenialsConfig settings = DenialsConfig.load(HOME.resolve("config/denials.yml"), HOME,
                RemittanceCodes.load(HOME.resolve("config/reference/remittance")));
        duckWork = folder.resolve("duck");
        sparkWork = folder.resolve("spark");
        fixtureDuck = folder.resolve("fixture-duck");
        fixtureSpark = folder.resolve("fixture-spark");
        try (DuckDbEngine duck = new DuckDbEngine()) {
            duckResult = new DenialsEngine(duck, settings).run(new OutputLayout(output), Optional.empty(), AS_OF, duckWork);
        }
        try (DuckDbEngine duck = new DuckDbEngine()) {
            fixtureResult = new DenialsEngine(duck, settings).run(new OutputLayout(fixture), Optional.empty(), AS_OF,
                    fixtureDuck);
        }
        try (SqlEngine engine = new SparkSqlEngine(ParitySpark.session())) {
            new DenialsEngine(engine, settings).run(new OutputLayout(output), Optional.empty(), AS_OF, sparkWork);
        }
        try (SqlEngine engine = new SparkSqlEngine(ParitySpark.session())) {
            new DenialsEngine(engine, settings).run(new OutputLayout(fixture), Optional.empty(), AS_OF, fixtureSpark);
        }
    }

    @Test
    void everyOutputIsIdenticalOnBothEngines() {
        for (DenialsOutputs output : DenialsOutputs.values()) {
            List<List<Object>> duck = read(duckWork, output);
            assertThat(read(sparkWork, output)).as(output.folder()).isEqualTo(duck);
            assertThat((long) duck.size()).as(output.folder() + " rows").isEqualTo(duckResult.rows().get(output));
            assertThat(duck).as(output.folder()).isNotEmpty();
            assertThat(read(fixtureSpark, output)).as("fixture " + output.folder()).isEqualTo(read(fixtureDuck, output));
        }
    }

    /** The fixture's figures, worked out by hand (fixtures/denialsEdgeCases/README.md says what each claim is). */
    @Test
    void theEdgeCaseFixtureGivesTheFiguresWorkedOutByHand() {
        assertThat(query(fixtureDuck, DenialsOutputs.CLAIMS, "SELECT claim_id, denial_type, denied_amount, group_code, carc, "
                + "rarc, category, caqh_scenario, preventable, owner, remittances, net_paid, overturned FROM t ORDER BY claim_id"))
                .containsExactly(
                        Arrays.asList("C3", "full", cents("2000.00"), "CO", "197", null, "authorization",
                                "missing_documentation", true, "patient_access", 1L, cents("0.00"), false),
                        List.of("C4", "partial", cents("500.00"), "CO", "97", "M15", "bundling", "not_separately_payable",
                                true, "him_coding", 1L, cents("700.00"), false),
                        List.of("C5", "full", cents("1000.00"), "CO", "16", "M127", "missing_documentation",
                                "missing_documentation", true, "him_coding", 2L, cents("900.00"), true),
                        Arrays.asList("C6", "full", cents("300.00"), "CO", "B9", null, "unmapped", "unmapped", false, null, 1L,
                                cents("0.00"), false));
        // C1 (CO-45), C2 (PR-2), C7 (paid, reversed, re-adjudicated), C8 (no remittance) and C9 (a CO-197 and its
        // take-back) are not initial denials.
        assertThat(fixtureResult.claims()).isEqualTo(9);
        assertThat(fixtureResult.denied()).isEqualTo(4);
        assertThat(fixtureResult.unmapped()).isEqualTo(1);
        assertThat(query(fixtureDuck, DenialsOutputs.RATES, "SELECT claims, billed_amount, adjudicated_claims, denied_claims, "
                + "full_denials, partial_denials, denied_amount, denial_rate, adjudicated_denial_rate, dollar_denial_rate, "
                + "preventable_denials, preventable_amount, preventable_share, documentation_coding_denials, "
                + "documentation_coding_amount, documentation_coding_share, unmapped_denials, overturned_denials "
                + "FROM t WHERE dimension = 'all'")).containsExactly(List.of(9L, cents("7800.00"), 8L, 4L, 3L, 1L,
                cents("3800.00"), 4.0 / 9, 0.5, 3800.0 / 7800, 3L, cents("3500.00"), 0.75, 2L, cents("1500.00"), 0.5, 1L, 1L));
        assertThat(query(fixtureDuck, DenialsOutputs.RATES, "SELECT dimension_value, claims, denied_claims, denied_amount "
                + "FROM t WHERE dimension = 'payer' ORDER BY 1")).containsExactly(
                List.of("P001", 8L, 3L, cents("3500.00")), List.of("P002", 1L, 1L, cents("300.00")));
        // Pareto: 2000 + 1000 = 78.9% of 3800, so bundling (500) is the category that reaches 80%; unmapped is not.
        assertThat(query(fixtureDuck, DenialsOutputs.PARETO, "SELECT rank, category, share, cumulative_share, vital_few "
                + "FROM t WHERE facility_id = 'F1' ORDER BY rank")).containsExactly(
                List.of(1L, "authorization", 2000.0 / 3800, 2000.0 / 3800, true),
                List.of(2L, "missing_documentation", 1000.0 / 3800, 3000.0 / 3800, true),
                List.of(3L, "bundling", 500.0 / 3800, 3500.0 / 3800, true),
                List.of(4L, "unmapped", 300.0 / 3800, 1.0, false));
        // Fix list: denied dollars x recoverable rate (authorization 0.75, missing documentation 0.80, bundling 0.40).
        assertThat(query(fixtureDuck, DenialsOutputs.FIX_LIST, "SELECT rank, category, owner, estimated_recoverable, trend "
                + "FROM t WHERE facility_id = 'F1' ORDER BY rank")).containsExactly(
                List.of(1L, "authorization", "patient_access", cents("1500.00"), "no_history"),
                List.of(2L, "missing_documentation", "him_coding", cents("800.00"), "no_history"),
                List.of(3L, "bundling", "him_coding", cents("200.00"), "no_history"));
    }

    /**
     * The fixture's appeals (fixtures/denialsEdgeCases/README.md): two levels, a partial overturn with the rest upheld,
     * a decision after the run date, a withdrawn second level, an appeal of a paid claim, of a claim not on file and of
     * none, an appeal filed after the run date, a repeated key and a decision outside the contract's choices.
     */
    @Test
    void theFixtureAppealsGiveTheFiguresWorkedOutByHand() {
        assertThat(query(fixtureDuck, DenialsOutputs.CLAIMS, "SELECT claim_id, appealed, appeal_level, appeal_decision, "
                + "appeal_recovered_amount FROM t ORDER BY claim_id")).containsExactly(
                List.of("C3", true, 2L, "overturned", cents("620.00")),
                List.of("C4", true, 2L, "partially_overturned", cents("150.00")),
                List.of("C5", true, 1L, "pending", cents("0.00")),
                List.of("C6", true, 2L, "upheld", cents("0.00")));
        String figures = "SELECT dimension_value, denied_claims, denied_amount, appealed_claims, appealed_amount, appeal_rate, "
                + "decided_appeals, overturned_appeals, fully_overturned, partially_overturned, upheld_appeals, "
                + "pending_appeals, withdrawn_appeals, overturn_rate, recovered_amount, period FROM t ";
        assertThat(query(fixtureDuck, DenialsOutputs.APPEALS, figures + "WHERE dimension = 'all'")).containsExactly(
                List.of("all", 4L, cents("3800.00"), 4L, cents("3800.00"), 1.0, 3L, 2L, 1L, 1L, 1L, 1L, 0L, 2.0 / 3,
                        cents("770.00"), "2025-11"));
        assertThat(query(fixtureDuck, DenialsOutputs.APPEALS, "SELECT dimension_value, decided_appeals, overturned_appeals, "
                + "upheld_appeals, pending_appeals, recovered_amount FROM t WHERE dimension = 'category' ORDER BY 1"))
                .containsExactly(List.of("authorization", 1L, 1L, 0L, 0L, cents("620.00")),
                        List.of("bundling", 1L, 1L, 0L, 0L, cents("150.00")),
                        List.of("missing_documentation", 0L, 0L, 0L, 1L, cents("0.00")),
                        List.of("unmapped", 1L, 0L, 1L, 0L, cents("0.00")));
        assertThat(query(fixtureDuck, DenialsOutputs.APPEALS, "SELECT dimension_value, appealed_claims, recovered_amount "
                + "FROM t WHERE dimension = 'payer' ORDER BY 1")).containsExactly(
                List.of("P001", 3L, cents("770.00")), List.of("P002", 1L, cents("0.00")));
        // Appeals the denials cannot account for: counted apart, never in the overturn rates.
        assertThat(query(fixtureDuck, DenialsOutputs.APPEALS, figures + "WHERE dimension = 'unmatched' ORDER BY 1"))
                .containsExactly(
                        Arrays.asList("claim_not_in_claims", 0L, cents("0.00"), 2L, cents("0.00"), null, 1L, 1L, 1L, 0L, 0L,
                                1L, 0L, 1.0, cents("80.00"), "2025-12"),
                        Arrays.asList("not_initially_denied", 0L, cents("0.00"), 1L, cents("0.00"), null, 1L, 1L, 0L, 1L, 0L,
                                0L, 0L, 1.0, cents("50.00"), "2025-11"));
        assertThat(fixtureResult.appeals()).isEqualTo(new DenialsEngine.Appeals(true, 4, 1, 2));
        // Below appeals.min-decided decided appeals the fix list shows no observed overturn rate, only the counts.
        assertThat(query(fixtureDuck, DenialsOutputs.FIX_LIST, "SELECT category, recoverable_rate, observed_overturn_rate, "
                + "overturned_appeals, decided_appeals FROM t WHERE facility_id = 'F1' ORDER BY rank")).containsExactly(
                Arrays.asList("authorization", 0.75, null, 1L, 1L), Arrays.asList("missing_documentation", 0.80, null, 0L, 0L),
                Arrays.asList("bundling", 0.40, null, 1L, 1L));
        // Stage quarantined the repeated A5 row (the later one is kept) and A12's decision outside the choices.
        try (DuckDbEngine duck = new DuckDbEngine()) {
            assertThat(duck.rows("SELECT line, field, reason FROM read_parquet('" + folder.resolve("fixture/quarantine/appeals")
                    + "/*/*.parquet') ORDER BY line").stream().map(Arrays::asList).toList()).satisfiesExactly(
                    r -> assertThat(r.get(0)).isEqualTo(6L),
                    r -> assertThat(r).containsSubsequence(13L, "decision"));
        }
    }

    /**
     * The appeal outcomes of every facility and root-cause category (and the unmatched kinds), summed over submission
     * months, are exactly the generator's truth (truth/appeal_outcomes.csv, as of its extract date, before AS_OF); its
     * overturn odds differ by category, and so do the rates the job reports.
     */
    @Test
    void theAppealOutcomesByCategoryAreTheGeneratorsTruth() throws Exception {
        List<NamedCsvRecord> truth = csv(TRUTH.resolve("appeal_outcomes.csv"));
        assertThat(truth).isNotEmpty();
        assertThat(LocalDate.parse(truth.get(0).getField("as_of"))).isBeforeOrEqualTo(AS_OF);
        List<String> columns = List.of("denied_claims", "appealed_claims", "decided", "overturned", "partially_overturned",
                "upheld", "pending", "withdrawn");
        List<List<Object>> expected = truth.stream().map(t -> {
            List<Object> row = new java.util.ArrayList<>(List.of(t.getField("facility_id"), t.getField("category")));
            columns.forEach(c -> row.add(Long.parseLong(t.getField(c))));
            row.add(new BigDecimal(t.getField("recovered_amount")));
            return row;
        }).sorted(java.util.Comparator.comparing(Object::toString)).toList();
        List<List<Object>> found = query(duckWork, DenialsOutputs.APPEALS, "SELECT facility_id, dimension_value, "
                + "sum(denied_claims), sum(appealed_claims), sum(decided_appeals), sum(fully_overturned), "
                + "sum(partially_overturned), sum(upheld_appeals), sum(pending_appeals), sum(withdrawn_appeals), "
                + "CAST(sum(recovered_amount) AS DECIMAL(18,2)) FROM t WHERE dimension IN ('category', 'unmatched') "
                + "GROUP BY 1, 2").stream().map(r -> r.stream().map(v -> v instanceof Number n && !(v instanceof BigDecimal)
                        ? (Object) n.longValue() : v).toList())
                .sorted(java.util.Comparator.comparing(Object::toString)).toList();
        assertThat(found).isEqualTo(expected);
        // A missing record sent on appeal wins far more often than a non-covered service (the generator's odds).
        List<List<Object>> rates = query(duckWork, DenialsOutputs.APPEALS, "SELECT dimension_value, "
                + "sum(overturned_appeals) / sum(decided_appeals) FROM t WHERE dimension = 'category' "
                + "AND dimension_value IN ('missing_documentation', 'non_covered') GROUP BY 1 ORDER BY 1");
        assertThat((Double) rates.get(0).get(1)).isGreaterThan((Double) rates.get(1).get(1) + 0.4);
        assertThat(duckResult.appeals().notInitiallyDenied() + duckResult.appeals().claimNotInClaims()).isPositive();
    }

    /** Every planted cause is counted exactly: baseline plus injected denials of its code in its cell. */
    @Test
    void thePlantedDenialsAreCountedExactly() throws Exception {
        List<NamedCsvRecord> truth = csv(TRUTH.resolve("denial_root_causes.csv"));
        assertThat(truth).isNotEmpty();
        for (NamedCsvRecord cause : truth) {
            String where = "period = '" + cause.getField("period") + "' AND group_code = '" + cause.getField("group_code")
                    + "' AND carc = '" + cause.getField("carc") + "'"
                    + (cause.getField("payer_id").isEmpty() ? "" : " AND payer_id = '" + cause.getField("payer_id") + "'")
                    + (cause.getField("facility_id").isEmpty() ? "" : " AND facility_id = '" + cause.getField("facility_id") + "'");
            long expected = Long.parseLong(cause.getField("baseline_denials")) + Long.parseLong(cause.getField("injected_denials"));
            assertThat(query(duckWork, DenialsOutputs.CLAIMS, "SELECT count(*) FROM t WHERE " + where).get(0).get(0))
                    .as(cause.getField("cause_id") + " " + where).isEqualTo(expected);
            assertThat(query(duckWork, DenialsOutputs.CLAIMS, "SELECT DISTINCT category FROM t WHERE " + where))
                    .as("category of " + cause.getField("cause_id")).contains(List.of(cause.getField("category")));
        }
    }

    /**
     * Every planted cause is flagged where it was planted: its category's p-chart for the cause's slice (facility,
     * payer, or the facility's payer) is above the upper limit in the month, and the fix list of the facility (or,
     * for a payer's cause, the system) says the category is rising.
     */
    @Test
    void thePlantedCausesAreFlaggedAndRanked() throws Exception {
        for (NamedCsvRecord cause : csv(TRUTH.resolve("denial_root_causes.csv"))) {
            String facility = cause.getField("facility_id");
            String payer = cause.getField("payer_id");
            String dimension = facility.isEmpty() ? "payer" : payer.isEmpty() ? "facility" : "facility_payer";
            String chart = "SELECT signal FROM t WHERE dimension = '" + dimension + "' AND facility_id = '"
                    + (facility.isEmpty() ? "all" : facility) + "' AND payer_id = '" + (payer.isEmpty() ? "all" : payer)
                    + "' AND category = '" + cause.getField("category") + "' AND period = '" + cause.getField("period") + "'";
            String label = cause.getField("cause_id") + " " + cause.getField("period");
            long injected = Long.parseLong(cause.getField("injected_denials"));
            if (injected >= 5) {
                assertThat(query(duckWork, DenialsOutputs.CONTROL_CHART, chart)).as(label)
                        .containsExactly(List.of("above_upper_limit"));
            }
        }
        // RC2: F2's missing-documentation denials rise over the last quarter: rising in its fix list each month, and
        // ranked first in December, when they are also the first of the Pareto's vital few.
        for (String month : List.of("2025-10", "2025-11", "2025-12")) {
            assertThat(query(duckWork, DenialsOutputs.FIX_LIST, "SELECT trend FROM t WHERE facility_id = 'F2' AND category = "
                    + "'missing_documentation' AND period = '" + month + "'")).as(month).containsExactly(List.of("rising"));
        }
        assertThat(query(duckWork, DenialsOutputs.FIX_LIST, "SELECT category FROM t WHERE facility_id = 'F2' AND "
                + "period = '2025-12' AND rank = 1")).containsExactly(List.of("missing_documentation"));
        assertThat(query(duckWork, DenialsOutputs.PARETO, "SELECT category, vital_few FROM t WHERE facility_id = 'F2' AND "
                + "period = '2025-12' AND rank = 1")).containsExactly(List.of("missing_documentation", true));
        // The mix shifts where a cause changed it: timely filing at P002 in September (RC3), missing documentation at
        // F2 in November (RC2).
        assertThat(query(duckWork, DenialsOutputs.MIX_SHIFT, "SELECT shifted, most_raised_category FROM t WHERE "
                + "dimension = 'payer' AND payer_id = 'P002' AND period = '2025-09'"))
                .containsExactly(List.of(true, "timely_filing"));
        assertThat(query(duckWork, DenialsOutputs.MIX_SHIFT, "SELECT shifted, most_raised_category FROM t WHERE "
                + "dimension = 'facility' AND facility_id = 'F2' AND period = '2025-11'"))
                .containsExactly(List.of(true, "missing_documentation"));
    }

    /**
     * Cross-job evidence: for each kind (patients with duplicate MPI records, encounters failing a quality check) the
     * flagged claims and the rest of a facility's month add up to all its claims, and some claims are flagged.
     */
    @Test
    void theEvidenceSplitsEveryFacilityMonthIntoFlaggedClaimsAndTheRest() {
        assertThat(query(duckWork, DenialsOutputs.EVIDENCE, "SELECT evidence, sum(CASE WHEN flagged THEN claims ELSE 0 END) > 0 "
                + "FROM t GROUP BY 1 ORDER BY 1")).containsExactly(List.of("dq_failing_encounter", true),
                List.of("mpi_duplicate_patient", true), List.of("mpi_possible_overlay", true));
        // Exactly the claims of the registrations flagged on or before the run date; later flags are not seen yet.
        assertThat(query(duckWork, DenialsOutputs.EVIDENCE, "SELECT sum(claims) FROM t WHERE evidence = 'mpi_possible_overlay' "
                + "AND flagged").get(0).get(0)).isEqualTo(overlayClaims);
        List<List<Object>> totals = query(duckWork, DenialsOutputs.EVIDENCE, "SELECT evidence, sum(claims), sum(denied_claims) "
                + "FROM t GROUP BY 1 ORDER BY 1");
        long claims = (Long) query(duckWork, DenialsOutputs.RATES, "SELECT sum(claims) FROM t WHERE dimension = 'all'")
                .get(0).get(0);
        assertThat(totals).allSatisfy(r -> assertThat(r.subList(1, 3)).containsExactly(claims, duckResult.denied()));
        assertThat(query(fixtureDuck, DenialsOutputs.EVIDENCE, "SELECT count(*) FROM t").get(0))
                .as("no MPI or quality output in the fixture: no evidence rows").containsExactly(0L);
    }

    /** Rates are their own numerators over their own denominators, and the categories add up to the whole. */
    @Test
    void ratesFollowFromTheirNumeratorsAndCategoriesAddUp() {
        for (List<Object> row : query(duckWork, DenialsOutputs.RATES, "SELECT denied_claims, claims, denial_rate, "
                + "adjudicated_claims, adjudicated_denial_rate FROM t WHERE adjudicated_claims > 0")) {
            assertThat((Double) row.get(2)).isCloseTo(((Long) row.get(0)).doubleValue() / (Long) row.get(1), within(1e-12));
            assertThat((Double) row.get(4)).isCloseTo(((Long) row.get(0)).doubleValue() / (Long) row.get(3), within(1e-12));
        }
        assertThat(query(duckWork, DenialsOutputs.RATES, "SELECT a.facility_id, a.period FROM t a JOIN (SELECT facility_id, "
                + "period, sum(denied_claims) AS n, sum(denied_amount) AS d FROM t WHERE dimension = 'category' GROUP BY ALL) c "
                + "ON c.facility_id = a.facility_id AND c.period = a.period WHERE a.dimension = 'all' "
                + "AND (a.denied_claims <> c.n OR a.denied_amount <> c.d)")).isEmpty();
        assertThat(query(duckWork, DenialsOutputs.RATES, "SELECT sum(denied_claims) FROM t WHERE dimension = 'all'").get(0))
                .containsExactly(duckResult.denied());
        assertThat(duckResult.unmapped()).as("the shipped mapping covers every code the generator writes").isZero();
    }

    /**
     * Possible overlays as the MPI files them (mpi/events/as_of=.../, the run date in the rows): the F1 registrations
     * whose MRN ends in 7 flagged before the run date, those ending in 3 after it. Counts the claims of the first.
     */
    private static void plantOverlays(Path output) throws Exception {
        String encounters = output.resolve("staged/encounters").toAbsolutePath() + "/*/*.parquet";
        String claims = output.resolve("staged/claims").toAbsolutePath() + "/*/*.parquet";
        try (DuckDbEngine duck = new DuckDbEngine();
                Connection writer = DriverManager.getConnection("jdbc:duckdb:");
                Statement copy = writer.createStatement()) {
            for (String[] plant : List.of(new String[] {AS_OF.minusDays(30).toString(), "7"},
                    new String[] {AS_OF.plusDays(1).toString(), "3"})) {
                Path folder = Files.createDirectories(output.resolve("mpi/events/as_of=" + plant[0]));
                copy.execute("COPY (SELECT DISTINCT DATE '" + plant[0] + "' AS as_of, 'possible_overlay' AS event_type, "
                        + "facility_id, mrn FROM read_parquet('" + encounters + "') WHERE facility_id = 'F1' "
                        + "AND mrn LIKE '%" + plant[1] + "') TO '" + folder.resolve("planted.parquet") + "' (FORMAT parquet)");
            }
            overlayClaims = ((Number) duck.rows("SELECT count(*) FROM read_parquet('" + claims + "') c JOIN read_parquet('"
                    + encounters + "') e ON e.facility_id = c.facility_id AND e.encounter_id = c.encounter_id "
                    + "WHERE e.facility_id = 'F1' AND e.mrn LIKE '%7'").get(0)[0]).longValue();
        }
        assertThat(overlayClaims).isPositive();
    }



    private static BigDecimal cents(String amount) {
        return new BigDecimal(amount);
    }
}
