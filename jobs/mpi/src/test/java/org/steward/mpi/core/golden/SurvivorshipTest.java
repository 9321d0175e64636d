package org.steward.mpi.core.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.mpi.core.golden.Registration.at;
import static org.steward.mpi.core.settings.MatchSettings.GoldenRule.FACILITY_TRUST;
import static org.steward.mpi.core.settings.MatchSettings.GoldenRule.MOST_FREQUENT;
import static org.steward.mpi.core.settings.MatchSettings.GoldenRule.MOST_RECENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.steward.mpi.core.harness.MpiConfig;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.settings.MatchSettingsLoader;

class SurvivorshipTest {

    /** Every field on one rule; the trust order is only read by facility_trust. */
    private static Survivorship every(MatchSettings.GoldenRule rule, String... facilityTrust) {
        Map<String, MatchSettings.GoldenRule> rules = new HashMap<>();
        MatchSettingsLoader.GOLDEN_FIELDS.forEach(f -> rules.put(f, rule));
        return new Survivorship(new MatchSettings.Golden(List.of(facilityTrust), rules));
    }

    private static GoldenPatient build(Survivorship survivorship, GoldenMember... members) {
        return survivorship.build("E1", List.of(members));
    }

    @Test
    void mostRecentTakesTheValueOfTheLatestActiveRegistration() {
        GoldenPatient g = build(every(MOST_RECENT),
                at("F1", "M1").phone("6175550001").active("2024-01-10"),
                at("F2", "M2").phone("6175550002").active("2024-06-01"),
                at("F3", "M3").phone("6175550003").active("2023-01-01"));
        assertThat(g.phone()).isEqualTo("6175550002");
    }

    @Test
    void emptyValuesNeverWin() {
        GoldenPatient g = build(every(MOST_RECENT),
                at("F1", "M1").active("2025-01-01"),
                at("F1", "M2").email("   ").active("2024-01-01"),
                at("F1", "M3").email("ann@example.org").active("2020-01-01"));
        assertThat(g.email()).isEqualTo("ann@example.org");
        assertThat(g.firstName()).as("no registration has one").isNull();
    }

    @Test
    void aRegistrationWithUnknownActivityRanksAfterEveryDatedOne() {
        GoldenPatient g = build(every(MOST_RECENT),
                at("A0", "M1").phone("6175550001").active(null),
                at("Z9", "M2").phone("6175550002").active("1999-01-01"));
        assertThat(g.phone()).isEqualTo("6175550002");
    }

    @Test
    void mostFrequentOutvotesAKeyingErrorComparingTrimmedUpperCaseValues() {
        GoldenPatient g = build(every(MOST_FREQUENT),
                at("F1", "M1").last("SMYTH").active("2024-06-01"),
                at("F2", "M2").last(" Smith ").active("2023-01-01"),
                at("F3", "M3").last("SMITH").active("2022-01-01"));
        assertThat(g.lastName()).as("the most recent spelling of the winning value, stripped").isEqualTo("Smith");
    }

    @Test
    void mostFrequentTieGoesToTheMostRecentValue() {
        GoldenMember[] members = {
            at("F1", "M1").first("JOHN").active("2023-01-01"),
            at("F1", "M2").first("JON").active("2024-01-01"),
            at("F1", "M3").first("JOHN").active("2021-01-01"),
            at("F1", "M4").first("JON").active("2020-01-01")};
        assertThat(build(every(MOST_FREQUENT), members).firstName()).isEqualTo("JON");
        members[1] = at("F1", "M2").first("JON").active("2022-01-01");
        assertThat(build(every(MOST_FREQUENT), members).firstName()).isEqualTo("JOHN");
    }

    @Test
    void facilityTrustTakesTheMostTrustedFacilityOverNewerAndUnlistedOnes() {
        GoldenPatient g = build(every(FACILITY_TRUST, "HOSP_B", "HOSP_A"),
                at("HOSP_A", "M1").ssn("111111111").active("2024-01-01"),
                at("AAA_CLINIC", "M2").ssn("333333333").active("2025-01-01"),
                at("HOSP_B", "M3").ssn("222222222").active("2019-01-01"));
        assertThat(g.ssn()).isEqualTo("222222222");
    }

    @Test
    void facilityTrustWithinOneFacilityTakesTheMostRecent() {
        GoldenPatient g = build(every(FACILITY_TRUST, "HOSP_B"),
                at("HOSP_B", "M1").ssn("222222222").active("2020-01-01"),
                at("HOSP_B", "M2").ssn("222222223").active("2023-01-01"),
                at("HOSP_B", "M3").ssn("222222224").active(null));
        assertThat(g.ssn()).isEqualTo("222222223");
    }

    @Test
    void unlistedFacilitiesRankInIdOrderAfterTheListedOnes() {
        GoldenPatient g = build(every(FACILITY_TRUST, "HOSP_B"),
                at("HOSP_B", "M1").active("2025-01-01"),
                at("CLINIC_Z", "M2").ssn("999999999").active("2024-01-01"),
                at("CLINIC_A", "M3").ssn("111111111").active("2010-01-01"));
        assertThat(g.ssn()).as("HOSP_B has none; CLINIC_A sorts before CLINIC_Z").isEqualTo("111111111");
    }

    @Test
    void remainingTiesGoToTheLowerFacilityIdThenMrnWhateverTheInputOrder() {
        List<GoldenMember> sameDay = List.of(
                at("F2", "M1").phone("1").active("2024-01-01"),
                at("F1", "M9").phone("2").active("2024-01-01"),
                at("F1", "M2").phone("3").active("2024-01-01"));
        List<GoldenMember> undated = sameDay.stream()
                .map(m -> new GoldenMember(m.record(), null)).toList();
        for (MatchSettings.GoldenRule rule : MatchSettings.GoldenRule.values()) {
            Survivorship survivorship = every(rule, "F9");
            for (List<GoldenMember> order : permutations(sameDay)) {
                assertThat(survivorship.build("E1", order).phone()).as(rule + " " + keys(order)).isEqualTo("3");
            }
            for (List<GoldenMember> order : permutations(undated)) {
                assertThat(survivorship.build("E1", order).phone()).as(rule + " undated " + keys(order))
                        .isEqualTo("3");
            }
        }
    }

    @Test
    void theAddressComesWholeFromOneRegistration() {
        GoldenPatient g = build(every(MOST_RECENT),
                at("F1", "M1").address("9 OAK AVE", "CAMBRIDGE", "MA", "02139").active("2020-01-01"),
                at("F2", "M2").address("12 ELM ST", "BOSTON", "MA", null).active("2024-01-01"));
        assertThat(Arrays.asList(g.addressLine(), g.city(), g.state())).containsExactly("12 ELM ST", "BOSTON", "MA");
        assertThat(g.zip()).as("not borrowed from the older address").isNull();
    }

    @Test
    void mostFrequentVotesOnTheWholeAddress() {
        // By street line alone 5 PINE RD ties 1 MAIN ST and, being newer, would win; as whole
        // addresses 1 MAIN ST SALEM is the only one given twice.
        GoldenPatient g = build(every(MOST_FREQUENT),
                at("F1", "M1").address("1 MAIN ST", "SALEM", "MA", "01970").active("2024-01-01"),
                at("F2", "M2").address("1 Main St", "Salem", "MA", "01970").active("2022-01-01"),
                at("F3", "M3").address("5 PINE RD", "SALEM", "MA", "01970").active("2025-01-01"),
                at("F4", "M4").address("5 PINE RD", "LYNN", "MA", "01901").active("2023-01-01"));
        assertThat(Arrays.asList(g.addressLine(), g.city(), g.state(), g.zip()))
                .containsExactly("1 MAIN ST", "SALEM", "MA", "01970");
    }

    @Test
    void aRegistrationWithoutAStreetLineSuppliesNoAddress() {
        GoldenPatient g = build(every(MOST_RECENT),
                at("F1", "M1").address(null, "BOSTON", "MA", "02110").active("2025-01-01"),
                at("F2", "M2").address("9 OAK AVE", "CAMBRIDGE", "MA", "02139").active("2020-01-01"));
        assertThat(Arrays.asList(g.addressLine(), g.city(), g.zip())).containsExactly("9 OAK AVE", "CAMBRIDGE", "02139");
    }

    @Test
    void aBirthDateKeptOnlyAsRawTextIsNotABirthDate() {
        GoldenPatient g = build(every(MOST_FREQUENT),
                at("F1", "M1").bornRaw("1980-02-31").active("2025-01-01"),
                at("F2", "M2").bornRaw("1980-02-31").active("2024-01-01"),
                at("F3", "M3").born("1980-03-02").active("2020-01-01"));
        assertThat(g.birthDate()).isEqualTo(LocalDate.of(1980, 3, 2));

        GoldenPatient rawOnly = build(every(MOST_RECENT), at("F1", "M1").bornRaw("19801302").active("2025-01-01"));
        assertThat(rawOnly.birthDate()).isNull();
    }

    @Test
    void countsSayHowMuchStandsBehindTheRecord() {
        GoldenPatient g = build(every(MOST_RECENT),
                at("F1", "M1").active("2021-05-01"),
                at("F1", "M2").active(null),
                at("F2", "M3").active("2023-07-04"));
        assertThat(g.enterpriseId()).isEqualTo("E1");
        assertThat(g.registrations()).isEqualTo(3);
        assertThat(g.facilities()).isEqualTo(2);
        assertThat(g.lastActivity()).isEqualTo(LocalDate.of(2023, 7, 4));
        assertThat(build(every(MOST_RECENT), at("F1", "M1").active(null)).lastActivity()).isNull();
    }

    @Test
    void eachFieldFollowsItsOwnRule() {
        Map<String, MatchSettings.GoldenRule> rules = new HashMap<>();
        MatchSettingsLoader.GOLDEN_FIELDS.forEach(f -> rules.put(f, MOST_FREQUENT));
        rules.put("phone", MOST_RECENT);
        rules.put("email", FACILITY_TRUST);
        Survivorship s = new Survivorship(new MatchSettings.Golden(List.of("F3"), rules));
        GoldenPatient g = s.build("E1", List.of(
                at("F1", "M1").first("ANN").phone("1").email("a@x.org").active("2025-01-01"),
                at("F2", "M2").first("ANNE").phone("2").email("b@x.org").active("2024-01-01"),
                at("F3", "M3").first("ANNE").phone("3").email("c@x.org").active("2023-01-01")));
        assertThat(Arrays.asList(g.firstName(), g.phone(), g.email())).containsExactly("ANNE", "1", "c@x.org");
    }

    @Test
    void theShippedRulesOutvoteANameTypoAndFollowAMove() {
        Survivorship shipped = new Survivorship(MpiConfig.load().settings().golden());
        GoldenPatient g = shipped.build("E1", List.of(
                at("F1", "M1").first("MARY").last("JONES").born("1970-04-05")
                        .address("1 OLD RD", "SALEM", "MA", "01970").active("2019-01-01"),
                at("F2", "M2").first("MARY").last("JONES").born("1970-04-05")
                        .address("1 OLD RD", "SALEM", "MA", "01970").active("2020-01-01"),
                at("F3", "M3").first("MARU").last("JONES").born("1970-05-04")
                        .address("7 NEW ST", "LYNN", "MA", "01901").active("2024-01-01")));
        assertThat(List.of(g.firstName(), g.birthDate().toString(), g.addressLine()))
                .containsExactly("MARY", "1970-04-05", "7 NEW ST");
    }

    @Test
    void settingsMustGiveEveryFieldAKnownRule() {
        Map<String, MatchSettings.GoldenRule> rules = new HashMap<>();
        MatchSettingsLoader.GOLDEN_FIELDS.forEach(f -> rules.put(f, MOST_RECENT));
        rules.remove("email");
        assertThatThrownBy(() -> new Survivorship(new MatchSettings.Golden(List.of(), rules)))
                .hasMessageContaining("golden.rules.email");
        rules.put("email", MOST_RECENT);
        rules.put("shoe_size", MOST_RECENT);
        assertThatThrownBy(() -> new Survivorship(new MatchSettings.Golden(List.of(), rules)))
                .hasMessageContaining("shoe_size");
    }

    @Test
    void anEnterpriseIdHasAtLeastOneRegistration() {
        assertThatThrownBy(() -> every(MOST_RECENT).build("E1", List.of())).hasMessageContaining("E1");
    }

    @Test
    void theLoaderAsksForARuleForExactlyTheFieldGroupsThatFillTheRecord() {
        assertThat(Arrays.stream(FieldGroup.values()).map(FieldGroup::configName))
                .containsExactlyElementsOf(MatchSettingsLoader.GOLDEN_FIELDS);
        List<String> filled = new ArrayList<>(List.of("enterprise_id"));
        Arrays.stream(FieldGroup.values()).forEach(g -> filled.addAll(g.columns()));
        filled.addAll(List.of("registrations", "facilities", "last_activity"));
        assertThat(GoldenPatient.COLUMNS.stream().map(GoldenColumn::name)).containsExactlyElementsOf(filled);
    }

    private static List<String> keys(List<GoldenMember> members) {
        return members.stream().map(m -> m.record().key()).toList();
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                out.add(Stream.concat(Stream.of(head), tail.stream()).toList());
            }
        }
        return out;
    }
}
