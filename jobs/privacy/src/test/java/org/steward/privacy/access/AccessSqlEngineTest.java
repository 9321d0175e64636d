package org.steward.privacy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.platform.engine.SqlType.BIGINT;
import static org.steward.platform.engine.SqlType.DATE;
import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.job.MpiConfiguration;
import org.steward.platform.engine.DuckDbEngine;
import org.steward.platform.engine.SparkSqlEngine;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.spark.SparkSessions;
import org.steward.platform.testing.TestSettings;
import org.steward.privacy.config.PrivacyConfig;
import org.steward.privacy.core.FamilyKeys;

/**
 * The access audit's SQL that hands work to Java, on DuckDB and on Spark: the family prefilter keeps exactly the
 * registrations whose {@link FamilyKeys} prefilter key is some user's, over awkward surnames and addresses (suffixes,
 * apostrophes, accents composed and decomposed, control characters, digits that are not ASCII), and every
 * registration the standardiser matches is among them; the volume statistic's candidates are every day of the users
 * with a day at their role's cut, users the roster does not know included.
 */
class AccessSqlEngineTest {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final ReferenceTables TABLES = MpiConfiguration.load(HOME.resolve("config/mpi.yml")).tables();
    private static final PrivacyConfig CONFIG = PrivacyConfig.load(HOME.resolve("config/privacy.yml"), HOME);
    private static final List<SqlColumn> USER_DAYS = List.of(new SqlColumn("facility_id", STRING),
            new SqlColumn("user_id", STRING), new SqlColumn("role", STRING), new SqlColumn("event_date", DATE),
            new SqlColumn("patients", BIGINT), new SqlColumn("first_event", STRING), new SqlColumn("events", BIGINT));
    private static final List<SqlColumn> PATIENTS = List.of(new SqlColumn("facility_id", STRING), new SqlColumn("mrn", STRING),
            new SqlColumn("last_name", STRING), new SqlColumn("address_line", STRING), new SqlColumn("zip", STRING));
    private static final String[][] REGISTRATIONS = {
            {"OBRIEN", "12 oak st apt 4"}, {"O’Brien", "12 OAK STREET APT. 4"}, {"o'brien", "12 Oak St Unit 4"},
            {"O'Brian", "12 Oak St Apt 4"}, {"O'Brien", "14 Oak St Apt 4"}, {"Smith", "7 Elm Ave"},
            {"SMITH JR.", "7 elm avenue"}, {"Smith Junior", "7 Elm Av"}, {"Smith 2nd", "7 Elm Ave"}, {"Smith-III", "7 Elm Ave"},
            {"Smithers", "7 Elm Ave"}, {"Smith", "７ Elm Ave"}, {"Smith", "٧ Elm Ave"}, {"\tSmith", "7 Elm Ave"},
            {"Müller-Lüdenscheidt", "#3 Ringstraße"}, {"Mu\u0308ller Lu\u0308denscheidt", "Unit 3 Ringstraße"},
            {"Muller Ludenscheidt", "# 3 ringstraße"}, {"Muller", "# 3 ringstraße"}, {"Müller", "4 Ringstraße"},
            {"", "7 Elm Ave"}, {null, "7 Elm Ave"}, {"Smith", null}, {"Smith", ""}};

    @TempDir
    static Path folder;

    private static SparkSessions spark;
    private static List<SqlEngine> engines;

    @BeforeAll
    static void engines() {
        spark = new SparkSessions(TestSettings.h2(folder).spark());
        engines = List.of(new DuckDbEngine(), new SparkSqlEngine(spark.session()));
    }

    @AfterAll
    static void stop() {
        engines.forEach(SqlEngine::close);
        spark.close();
    }

    @Test
    void everyEngineBringsBackAllTheDaysOfTheUsersWithADayAtTheirRolesCut() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        List<Object[]> userDays = new ArrayList<>();
        // U1 (nurse) and U3 (not on the roster) reach the cut at F1; U2 does not; coders are not judged (no cut);
        // F2 has no cut for users the roster does not know.
        String[][] users = {{"F1", "U1", "nurse"}, {"F1", "U2", "nurse"}, {"F1", "U3", null}, {"F1", "U4", "coder"},
                {"F2", "U5", null}};
        long[][] patients = {{5, 6, 30}, {5, 19, 6}, {4, 25}, {50, 60}, {25, 26}};
        for (int u = 0; u < users.length; u++) {
            for (int d = 0; d < patients[u].length; d++) {
                userDays.add(new Object[] {users[u][0], users[u][1], users[u][2], day.plusDays(d), patients[u][d],
                        day.plusDays(d) + "T08:00:00", patients[u][d] * 2});
            }
        }
        List<Object[]> cuts = List.of(new Object[] {"F1", "nurse", 20L}, new Object[] {"F1", null, 20L},
                new Object[] {"F2", "nurse", 20L});
        for (SqlEngine engine : engines) {
            engine.registerRows("acc_user_day", USER_DAYS, userDays);
            engine.registerRows("acc_volume_limit", List.of(new SqlColumn("facility_id", STRING),
                    new SqlColumn("role", STRING), new SqlColumn("fewest_flagged", BIGINT)), cuts);
            AccessSql sql = new AccessSql(engine.dialect(), CONFIG.access(), day.plusDays(10));
            Set<String> back = new TreeSet<>();
            engine.rows(sql.volumeCandidates()).forEach(r -> back.add(r[1] + "@" + r[3] + "=" + r[4]));
            assertThat(back).as(engine.dialect().name()).containsExactly("U1@2025-03-01=5", "U1@2025-03-02=6",
                    "U1@2025-03-03=30", "U3@2025-03-01=4", "U3@2025-03-02=25");
            assertThat(((Number) engine.rows(sql.judgedEventCount()).get(0)[0]).longValue()).isEqualTo(2 * (41 + 30 + 29 + 110 + 51));
        }
    }

    @Test
    void everyEngineKeepsTheRegistrationsWhosePrefilterKeyIsAUsersAndEveryMatchIsAmongThem() {
        FamilyKeys keys = new FamilyKeys(TABLES, List.of(
                new FamilyKeys.Person("U1", "O'Brien", "12 Oak Street Apartment 4", "52302"),
                new FamilyKeys.Person("U2", "Smith Jr", "7 Elm Avenue", ""),
                new FamilyKeys.Person("U3", "Müller-Lüdenscheidt", "#3 Ringstraße", null)));
        List<Object[]> patients = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        Set<String> matched = new TreeSet<>();
        for (int i = 0; i < REGISTRATIONS.length; i++) {
            String mrn = "M" + (100 + i);
            FamilyKeys.Person registration = new FamilyKeys.Person(null, REGISTRATIONS[i][0], REGISTRATIONS[i][1], null);
            patients.add(new Object[] {"F1", mrn, registration.lastName(), registration.addressLine(), null});
            FamilyKeys.Prefilter key = keys.prefilterKey(registration);
            if (key != null && keys.prefilterKeys().contains(key)) {
                expected.add(mrn);
            }
            if (!keys.usersSharing(registration).isEmpty()) {
                matched.add(mrn);
            }
        }
        assertThat(expected).containsAll(matched).hasSizeLessThan(REGISTRATIONS.length - 5);
        assertThat(matched).hasSizeGreaterThan(8);
        for (SqlEngine engine : engines) {
            engine.registerRows("patients", PATIENTS, patients);
            engine.registerRows("acc_family_key", List.of(new SqlColumn("surname", STRING), new SqlColumn("digits", STRING)),
                    keys.prefilterKeys().stream().map(k -> new Object[] {k.surname(), k.digits()}).toList());
            String sql = new AccessSql(engine.dialect(), CONFIG.access(), LocalDate.of(2025, 12, 31))
                    .familyCandidates(keys.digitsSurviveStandardisation());
            Set<String> kept = new TreeSet<>();
            engine.rows(sql).forEach(r -> kept.add((String) r[1]));
            assertThat(kept).as(engine.dialect().name()).isEqualTo(expected);
        }
    }
}
