package org.steward.privacy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private static List<VolumeAnomalies.Anomaly> judge(List<VolumeAnomalies.UserDay> days) {
        return new VolumeAnomalies(SETTINGS).judge(days, null, START.plusDays(365), Set.of("nurse", "coder"), false);
    }

    private static VolumeAnomalies.UserDay day(String user, String role, int day, long patients) {
        return new VolumeAnomalies.UserDay("F1", user, role, START.plusDays(day), patients,
                START.plusDays(day) + "T08:00:00");
    }
}
