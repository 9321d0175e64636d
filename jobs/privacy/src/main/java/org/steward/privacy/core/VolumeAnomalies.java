package org.steward.privacy.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.steward.privacy.config.PrivacyConfig;

/**
 * Unusual daily volume. A user-day's count of distinct patients is scored by two robust z-scores,
 * {@code (count - median) / max(1.4826 * MAD, min-spread)}: against the user's own earlier days at that facility
 * (the {@code history-days} before it, days with any access; at least {@code min-history-days} of them) and
 * against every day of users of the same role at that facility. 1.4826 x MAD estimates a standard deviation
 * without letting the outliers being looked for widen it. A day is an anomaly when its count is at least
 * {@code min-patients} and both scores reach {@code z-threshold} (the role's alone when the user's history is
 * too short); anomalies are ranked by the smaller of the two scores, the most unusual first.
 */
public final class VolumeAnomalies {

    private static final double MAD_TO_SIGMA = 1.4826;

    /** One user's distinct patients at one facility on one day, with the first event's time and the user's role there. */
    public record UserDay(String facilityId, String userId, String role, LocalDate day, long patients, String firstEvent) {
    }

    /** A flagged user-day; {@code ownZ} is null when the user's own history was too short to judge. */
    public record Anomaly(UserDay day, Double ownZ, double ownMedian, int ownDays, double roleZ, double roleMedian,
                          double score, long rank) {

        public String detail() {
            String own = ownZ == null ? "own history too short (" + ownDays + " earlier days)"
                    : String.format(Locale.ROOT, "own median %.1f over %d earlier days (z %.1f)", ownMedian, ownDays, ownZ);
            return String.format(Locale.ROOT, "%d distinct patients on %s; %s; role %s median %.1f (z %.1f)",
                    day.patients(), day.day(), own, day.role() == null ? "unknown" : day.role(), roleMedian, roleZ);
        }
    }

    private final PrivacyConfig.Volume settings;

    public VolumeAnomalies(PrivacyConfig.Volume settings) {
        this.settings = settings;
    }

    /**
     * Judges the days from {@code from} (inclusive; null for every day) to {@code to} of users whose role the rule
     * applies to; every day given serves as history.
     */
    public List<Anomaly> judge(List<UserDay> days, LocalDate from, LocalDate to, Set<String> judgedRoles,
                               boolean judgeUnknownRole) {
        Map<String, double[]> roleStats = new HashMap<>();
        Map<String, List<Double>> byRole = new HashMap<>();
        Map<String, List<UserDay>> byUser = new TreeMap<>();
        for (UserDay d : days) {
            byRole.computeIfAbsent(d.facilityId() + "|" + d.role(), k -> new ArrayList<>()).add((double) d.patients());
            byUser.computeIfAbsent(d.facilityId() + "|" + d.userId(), k -> new ArrayList<>()).add(d);
        }
        byRole.forEach((k, v) -> roleStats.put(k, medianAndSpread(v.stream().mapToDouble(Double::doubleValue).toArray())));
        List<Anomaly> found = new ArrayList<>();
        for (List<UserDay> user : byUser.values()) {
            user.sort(Comparator.comparing(UserDay::day));
            int start = 0;
            for (int i = 0; i < user.size(); i++) {
                UserDay d = user.get(i);
                while (user.get(start).day().isBefore(d.day().minusDays(settings.historyDays()))) {
                    start++;
                }
                boolean judged = d.role() == null ? judgeUnknownRole : judgedRoles.contains(d.role());
                if (!judged || d.patients() < settings.minPatients() || d.day().isAfter(to)
                        || (from != null && d.day().isBefore(from))) {
                    continue;
                }
                double[] role = roleStats.get(d.facilityId() + "|" + d.role());
                double roleZ = z(d.patients(), role);
                if (roleZ < settings.zThreshold()) {
                    continue;
                }
                int ownDays = i - start;
                Double ownZ = null;
                double ownMedian = Double.NaN;
                if (ownDays >= settings.minHistoryDays()) {
                    double[] own = user.subList(start, i).stream().mapToDouble(UserDay::patients).toArray();
                    double[] stats = medianAndSpread(own);
                    ownMedian = stats[0];
                    ownZ = z(d.patients(), stats);
                    if (ownZ < settings.zThreshold()) {
                        continue;
                    }
                }
                double score = ownZ == null ? roleZ : Math.min(ownZ, roleZ);
                found.add(new Anomaly(d, ownZ, ownMedian, ownDays, roleZ, role[0], score, 0));
            }
        }
        found.sort(Comparator.comparingDouble(Anomaly::score).reversed()
                .thenComparing(a -> a.day().facilityId()).thenComparing(a -> a.day().userId())
                .thenComparing(a -> a.day().day()));
        List<Anomaly> ranked = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Anomaly a = found.get(i);
            ranked.add(new Anomaly(a.day(), a.ownZ(), a.ownMedian(), a.ownDays(), a.roleZ(), a.roleMedian(), a.score(), i + 1));
        }
        return ranked;
    }

    private double z(long value, double[] medianAndSpread) {
        return (value - medianAndSpread[0]) / Math.max(MAD_TO_SIGMA * medianAndSpread[1], settings.minSpread());
    }

    /** The median and the median absolute deviation from it. */
    static double[] medianAndSpread(double[] values) {
        Median median = new Median();
        double m = median.evaluate(values);
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - m);
        }
        return new double[] {m, median.evaluate(deviations)};
    }
}
