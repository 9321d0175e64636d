package org.steward.privacy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.privacy.config.PrivacyConfig;

class VolumeAnomaliesTest {

    private static final PrivacyConfig.Volume SETTINGS = new PrivacyConfig.Volume(90, 10, 20, 4.0, 2.0);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void aDayFarAboveTheUsersOwnHistoryAndTheRolesIsFlaggedWithItsScores() {
        List<VolumeAnomalies.UserDay> days = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            days.add(day("U1", "nurse", d, 8 + d % 3));
            days.add(day("U2", "nurse", d, 9 + d % 2));
        }
        days.add(day("U1", "nurse", 30, 50));
        List<VolumeAnomalies.Anomaly> found = judge(days);
        assertThat(found).hasSize(1);
        VolumeAnomalies.Anomaly a = found.get(0);
        assertThat(a.day().userId()).isEqualTo("U1");
        assertThat(a.rank()).isEqualTo(1);
        // own: median 9 of 8,9,10 repeated, MAD 1 -> scale max(1.4826, 2.0) = 2.0 -> z = (50 - 9) / 2 = 20.5
        assertThat(a.ownZ()).isCloseTo(20.5, within(1e-9));
        assertThat(a.detail()).startsWith("50 distinct patients on 2025-01-31; own median 9.0 over 30 earlier days (z 20.5)");
    }

    @Test
    void aBusyRoleIsNotUnusualForItsOwnUsers() {
        List<VolumeAnomalies.UserDay> days = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            days.add(day("C1", "coder", d, 40 + d % 5));
            days.add(day("N1", "nurse", d, 8));
        }
        assertThat(judge(days)).isEmpty();
    }

    @Test
    void aShortHistoryIsJudgedOnTheRoleAloneAndBelowMinPatientsNothingIs() {
        List<VolumeAnomalies.UserDay> days = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            days.add(day("N1", "nurse", d, 6));
            days.add(day("N2", "nurse", d, 7));
        }
        days.add(day("NEW", "nurse", 29, 45));
        days.add(day("N1", "nurse", 30, 19));
        List<VolumeAnomalies.Anomaly> found = judge(days);
        assertThat(found).extracting(a -> a.day().userId()).containsExactly("NEW");
        assertThat(found.get(0).ownZ()).isNull();
        assertThat(found.get(0).detail()).contains("own history too short (0 earlier days)");
    }

    @Test
    void anomaliesRankByTheSmallerScoreAndOnlyJudgedRolesAndDaysCount() {
        List<VolumeAnomalies.UserDay> days = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            days.add(day("A", "nurse", d, 8));
            days.add(day("B", "nurse", d, 8));
            days.add(day("H", "him", d, 8));
        }
        days.add(day("A", "nurse", 30, 40));
        days.add(day("B", "nurse", 31, 80));
        days.add(day("H", "him", 31, 80));
        List<VolumeAnomalies.Anomaly> found = new VolumeAnomalies(SETTINGS).judge(days, null, START.plusDays(31),
                Set.of("nurse"), false);
        assertThat(found).extracting(a -> a.day().userId() + "#" + a.rank()).containsExactly("B#1", "A#2");
        assertThat(new VolumeAnomalies(SETTINGS).judge(days, START.plusDays(31), START.plusDays(31), Set.of("nurse"), false))
                .extracting(a -> a.day().userId()).containsExactly("B");
    }

    @Test
    void onlyTheUsersWithADayAtTheirRolesCutNeedComeBackToJudgeTheSame() {
        // What the engine does: role baselines from the days counted by patients, then only the users with a judged day
        // at or above the role's fewest flagged count, with all their days.
        Random random = new Random(13);
        List<VolumeAnomalies.UserDay> days = new ArrayList<>();
        String[] roles = {"nurse", "coder", null};
        for (int u = 0; u < 60; u++) {
            String facility = "F" + (u % 2);
            String role = roles[u % 3];
            for (int d = 0; d < 200; d++) {
                if (random.nextInt(7) == 0) {
                    continue;
                }
                long patients = 5 + random.nextInt(6) + (u % 5 == 0 && random.nextInt(40) == 0 ? 20 + random.nextInt(60) : 0);
                days.add(new VolumeAnomalies.UserDay(facility, "U" + u, role, START.plusDays(d), patients,
                        START.plusDays(d) + "T07:00:00"));
            }
        }
        VolumeAnomalies volume = new VolumeAnomalies(SETTINGS);
        LocalDate from = START.plusDays(60);
        LocalDate to = START.plusDays(199);
        Set<String> judged = Set.of("nurse");
        List<VolumeAnomalies.Anomaly> direct = volume.judge(days, from, to, judged, true);
        assertThat(direct).hasSizeGreaterThan(3);

        Map<List<Object>, Long> counts = new HashMap<>();
        days.forEach(d -> counts.merge(Arrays.asList(d.facilityId(), d.role(), d.patients()), 1L, Long::sum));
        List<VolumeAnomalies.RoleBaseline> baselines = volume.baselines(counts.entrySet().stream()
                .map(e -> new VolumeAnomalies.RoleDays((String) e.getKey().get(0), (String) e.getKey().get(1),
                        (Long) e.getKey().get(2), e.getValue())).toList());
        Map<List<String>, Long> cut = new HashMap<>();
        baselines.stream().filter(b -> b.role() == null || judged.contains(b.role()))
                .forEach(b -> cut.put(Arrays.asList(b.facilityId(), b.role()), b.fewestFlagged()));
        Set<String> candidates = new HashSet<>();
        for (VolumeAnomalies.UserDay d : days) {
            Long fewest = cut.get(Arrays.asList(d.facilityId(), d.role()));
            if (fewest != null && d.patients() >= fewest && !d.day().isBefore(from)) {
                candidates.add(d.facilityId() + "|" + d.userId());
            }
        }
        List<VolumeAnomalies.UserDay> theirs = days.stream()
                .filter(d -> candidates.contains(d.facilityId() + "|" + d.userId())).toList();
        assertThat(theirs.size()).isLessThan(days.size() / 2);
        assertThat(volume.judge(theirs, baselines, from, to, judged, true)).isEqualTo(direct);
    }

    @Test
    void theFewestFlaggedCountIsExactlyWhereTheRolesScoreReachesTheThreshold() {
        VolumeAnomalies volume = new VolumeAnomalies(SETTINGS);
        // Median 8.5 and MAD 0.5 (scale max(0.7413, 2.0) = 2.0): z reaches 4 at 16.5, so 17; but min-patients is 20.
        List<VolumeAnomalies.RoleBaseline> low = volume.baselines(List.of(new VolumeAnomalies.RoleDays("F1", "nurse", 8, 10),
                new VolumeAnomalies.RoleDays("F1", "nurse", 9, 10)));
        assertThat(low).singleElement().satisfies(b -> {
            assertThat(b.median()).isEqualTo(8.5);
            assertThat(b.spread()).isEqualTo(0.5);
            assertThat(b.fewestFlagged()).isEqualTo(20);
        });
        // Median 30, MAD 10 (scale 14.826): z = (n - 30) / 14.826 reaches 4 at 89.304, so 90.
        List<VolumeAnomalies.RoleBaseline> busy = volume.baselines(List.of(new VolumeAnomalies.RoleDays("F1", null, 20, 1),
                new VolumeAnomalies.RoleDays("F1", null, 30, 1), new VolumeAnomalies.RoleDays("F1", null, 40, 1)));
        assertThat(busy).singleElement().satisfies(b -> assertThat(b.fewestFlagged()).isEqualTo(90));
        for (long patients : List.of(89L, 90L)) {
            List<VolumeAnomalies.UserDay> day = List.of(new VolumeAnomalies.UserDay("F1", "NEW", null, START, patients,
                    START + "T08:00:00"));
            assertThat(volume.judge(day, busy, null, START, Set.of(), true)).hasSize(patients == 90L ? 1 : 0);
        }
    }

    private static List<VolumeAnomalies.Anomaly> judge(List<VolumeAnomalies.UserDay> days) {
        return new VolumeAnomalies(SETTINGS).judge(days, null, START.plusDays(365), Set.of("nurse", "coder"), false);
    }

    private static VolumeAnomalies.UserDay day(String user, String role, int day, long patients) {
        return new VolumeAnomalies.UserDay("F1", user, role, START.plusDays(day), patients,
                START.plusDays(day) + "T08:00:00");
    }
}
