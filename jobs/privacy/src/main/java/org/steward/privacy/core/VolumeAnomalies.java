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

    /** How many days of users of one role (null: unknown to the roster) at one facility had {@code patients} patients. */
    public record RoleDays(String facilityId, String role, long patients, long days) {
    }

    /**
     * A role's days at a facility summed up: the median and the median absolute deviation of their counts, and the
     * fewest patients in a day whose score against the role reaches the threshold (and at least min-patients): a day
     * with fewer cannot be an anomaly, whatever the user's own history.
     */
    public record RoleBaseline(String facilityId, String role, double median, double spread, long fewestFlagged) {
    }

    private record RoleKey(String facilityId, String role) {
    }

    private final PrivacyConfig.Volume settings;

    public VolumeAnomalies(PrivacyConfig.Volume settings) {
        this.settings = settings;
    }

    /**
     * Judges the days from {@code from} (inclusive; null for every day) to {@code to} of users whose role the rule
     * applies to; every day given serves as history, and the roles' baselines are taken from them.
     */
    public List<Anomaly> judge(List<UserDay> days, LocalDate from, LocalDate to, Set<String> judgedRoles,
                               boolean judgeUnknownRole) {
        List<RoleDays> roleDays = new ArrayList<>();
        Map<RoleKey, Map<Long, Long>> histograms = new HashMap<>();
        for (UserDay d : days) {
            histograms.computeIfAbsent(new RoleKey(d.facilityId(), d.role()), k -> new TreeMap<>())
                    .merge(d.patients(), 1L, Long::sum);
        }
        histograms.forEach((role, histogram) -> histogram.forEach((patients, n) ->
                roleDays.add(new RoleDays(role.facilityId(), role.role(), patients, n))));
        return judge(days, baselines(roleDays), from, to, judgedRoles, judgeUnknownRole);
    }

    /**
     * The same judgement when the roles' baselines were worked out from every user's days beforehand: {@code days}
     * need then hold only the users who may be flagged (a day of theirs reaches its role's
     * {@link RoleBaseline#fewestFlagged}), each with all their days, since their own history is read from them.
     */
    public List<Anomaly> judge(List<UserDay> days, List<RoleBaseline> baselines, LocalDate from, LocalDate to,
                               Set<String> judgedRoles, boolean judgeUnknownRole) {
        Map<RoleKey, RoleBaseline> roleStats = new HashMap<>();
        for (RoleBaseline b : baselines) {
            roleStats.put(new RoleKey(b.facilityId(), b.role()), b);
        }
        Map<String, List<UserDay>> byUser = new TreeMap<>();
        for (UserDay d : days) {
            byUser.computeIfAbsent(d.facilityId() + "|" + d.userId(), k -> new ArrayList<>()).add(d);
        }
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
                RoleBaseline role = roleStats.get(new RoleKey(d.facilityId(), d.role()));
                double roleZ = z(d.patients(), role.median(), role.spread());
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
                    ownZ = z(d.patients(), stats[0], stats[1]);
                    if (ownZ < settings.zThreshold()) {
                        continue;
                    }
                }
                double score = ownZ == null ? roleZ : Math.min(ownZ, roleZ);
                found.add(new Anomaly(d, ownZ, ownMedian, ownDays, roleZ, role.median(), score, 0));
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

    /**
     * Each role's baseline at each facility from its days given as counts (the same median and MAD as of the days
     * one by one: the counts are expanded).
     */
    public List<RoleBaseline> baselines(List<RoleDays> roleDays) {
        Map<RoleKey, List<RoleDays>> byRole = new TreeMap<>(Comparator.comparing(RoleKey::facilityId)
                .thenComparing(RoleKey::role, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (RoleDays r : roleDays) {
            byRole.computeIfAbsent(new RoleKey(r.facilityId(), r.role()), k -> new ArrayList<>()).add(r);
        }
        List<RoleBaseline> baselines = new ArrayList<>(byRole.size());
        byRole.forEach((role, counts) -> {
            int size = Math.toIntExact(counts.stream().mapToLong(RoleDays::days).sum());
            double[] values = new double[size];
            int next = 0;
            for (RoleDays r : counts) {
                for (long n = 0; n < r.days(); n++) {
                    values[next++] = r.patients();
                }
            }
            double[] stats = medianAndSpread(values);
            baselines.add(new RoleBaseline(role.facilityId(), role.role(), stats[0], stats[1],
                    fewestFlagged(stats[0], stats[1])));
        });
        return baselines;
    }

    /**
     * The fewest patients, at least min-patients, whose z-score reaches the threshold: found by bisection on the very
     * score judged (it never decreases as the count grows), so the cut is exact in floating point. Long.MAX_VALUE when
     * no count reaches it.
     */
    private long fewestFlagged(double median, double spread) {
        long low = settings.minPatients();
        long high = 1L << 53;
        if (z(high, median, spread) < settings.zThreshold()) {
            return Long.MAX_VALUE;
        }
        while (low < high) {
            long mid = low + (high - low) / 2;
            if (z(mid, median, spread) >= settings.zThreshold()) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private double z(long value, double median, double spread) {
        return (value - median) / Math.max(MAD_TO_SIGMA * spread, settings.minSpread());
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
