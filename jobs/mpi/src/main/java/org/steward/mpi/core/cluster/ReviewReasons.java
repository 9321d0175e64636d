package org.steward.mpi.core.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.steward.mpi.core.compare.ComparisonSchema;

/**
 * Why a pair scored as it did, for the review worklist: the strongest supporting fields and the
 * strongest conflicting ones, each as "field level +weight". Never the values themselves.
 */
public final class ReviewReasons {

    private ReviewReasons() {
    }

    public static List<String> explain(ComparisonSchema schema, byte[] levels, int offset, double[] contributions,
                                       int perSide) {
        List<Integer> fields = new ArrayList<>();
        for (int f = 0; f < contributions.length; f++) {
            if (contributions[f] != 0) {
                fields.add(f);
            }
        }
        List<String> out = new ArrayList<>();
        fields.stream().filter(f -> contributions[f] > 0)
                .sorted(Comparator.comparingDouble((Integer f) -> -contributions[f])).limit(perSide)
                .forEach(f -> out.add(describe(schema, levels[offset + f], f, contributions[f])));
        fields.stream().filter(f -> contributions[f] < 0)
                .sorted(Comparator.comparingDouble((Integer f) -> contributions[f])).limit(perSide)
                .forEach(f -> out.add(describe(schema, levels[offset + f], f, contributions[f])));
        return out;
    }

    private static String describe(ComparisonSchema schema, int level, int field, double weight) {
        var c = schema.comparators().get(field);
        return String.format(java.util.Locale.ROOT, "%s %s %+.1f", c.field(), c.levels().get(level), weight);
    }
}
