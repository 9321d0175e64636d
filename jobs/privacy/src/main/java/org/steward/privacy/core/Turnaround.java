package org.steward.privacy.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Turnaround of fulfilled requests by facility, requester type (and {@code all}) and month fulfilled: the median
 * and the 90th percentile of days from receipt, linearly interpolated between order statistics (Hyndman and Fan's
 * type 7, what spreadsheets and R use by default), so the numbers do not depend on the engine.
 */
public final class Turnaround {

    /** A fulfilled request's turnaround. */
    public record Days(String facilityId, String requesterType, String month, long days) {
    }

    /** One row of {@code roi/turnaround}. */
    public record Row(String facilityId, String requesterType, String month, long fulfilled, double median, double p90) {
    }

    private Turnaround() {
    }

    public static List<Row> of(List<Days> fulfilled) {
        Map<List<String>, List<Long>> groups = new TreeMap<>((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
        for (Days d : fulfilled) {
            groups.computeIfAbsent(List.of(d.facilityId(), d.requesterType(), d.month()), k -> new ArrayList<>()).add(d.days());
            groups.computeIfAbsent(List.of(d.facilityId(), "all", d.month()), k -> new ArrayList<>()).add(d.days());
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<List<String>, List<Long>> group : groups.entrySet()) {
            double[] values = group.getValue().stream().mapToDouble(Long::doubleValue).sorted().toArray();
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            percentile.setData(values);
            List<String> key = group.getKey();
            rows.add(new Row(key.get(0), key.get(1), key.get(2), values.length, percentile.evaluate(50), percentile.evaluate(90)));
        }
        return rows;
    }
}
