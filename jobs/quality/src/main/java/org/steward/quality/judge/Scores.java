package org.steward.quality.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The 0-100 score of a table, facility, period and Kahn dimension:
 * {@code 100 x mean over the applicable checks of (1 - failure rate)}. Every applicable check weighs the
 * same, so a score of 97 reads "on average, a check of this dimension finds 3% of rows failing".
 */
public final class Scores {

    /** One score and how many checks it averages. */
    public record Score(String table, String facilityId, String period, String dimension, int checks, double score) {
    }

    private Scores() {
    }

    public static List<Score> of(List<CheckResult> results) {
        Map<Group, List<CheckResult>> groups = results.stream().filter(CheckResult::applicable)
                .collect(Collectors.groupingBy(Group::of, TreeMap::new, Collectors.toList()));
        List<Score> scores = new ArrayList<>();
        groups.forEach((group, members) -> {
            double mean = members.stream().mapToDouble(r -> 1.0 - r.failureRate()).average().orElse(1.0);
            scores.add(new Score(group.table(), group.facilityId(), group.period(), group.dimension(), members.size(),
                    100.0 * mean));
        });
        return scores;
    }

    private record Group(String table, String facilityId, String period, String dimension) implements Comparable<Group> {

        private static final Comparator<Group> ORDER = Comparator.comparing(Group::table).thenComparing(Group::facilityId)
                .thenComparing(Group::period).thenComparing(Group::dimension);

        static Group of(CheckResult result) {
            return new Group(result.check().table(), result.counts().facilityId(), result.counts().period(),
                    result.check().dimension().label());
        }

        @Override
        public int compareTo(Group other) {
            return ORDER.compare(this, other);
        }
    }
}
