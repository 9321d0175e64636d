package org.steward.mpi.core.weights;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.compare.FieldComparator;

/**
 * Relative frequency of each value of the term-frequency fields, from the data itself. Two
 * different people share a value v with probability about freq(v), so exact agreement on v is
 * weighted log2(m / freq(v)) instead of log2(m / u): a rare surname counts for more than SMITH.
 */
public final class TermFrequencies implements Serializable {

    private final List<Map<String, Double>> perField;
    private final double minimum;

    private TermFrequencies(List<Map<String, Double>> perField, double minimum) {
        this.perField = perField;
        this.minimum = minimum;
    }

    /** Each field is counted on its own, so over the cores; the list keeps the schema's order. */
    public static TermFrequencies of(List<StandardPatient> records, ComparisonSchema schema, double minimum) {
        List<Map<String, Double>> out = new ArrayList<>(schema.comparators().parallelStream()
                .map(c -> frequencies(records, c)).toList());
        return new TermFrequencies(out, minimum);
    }

    private static Map<String, Double> frequencies(List<StandardPatient> records, FieldComparator c) {
        Map<String, Long> counts = new HashMap<>();
        long total = 0;
        for (StandardPatient p : records) {
            String v = c.frequencyValue(p);
            if (v != null) {
                counts.merge(v, 1L, Long::sum);
                total++;
            }
        }
        Map<String, Double> freq = new HashMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            freq.put(e.getKey(), (double) e.getValue() / total);
        }
        return freq;
    }

    /** Frequencies as a saved model holds them: per field (in schema order) value to share, empty when not adjusted. */
    public static TermFrequencies stored(List<Map<String, Double>> perField, double minimum) {
        List<Map<String, Double>> copy = new ArrayList<>();
        perField.forEach(m -> copy.add(new HashMap<>(m)));
        return new TermFrequencies(copy, minimum);
    }

    /** Per field, in schema order: each value's share of the records holding one (empty when not adjusted). */
    public List<Map<String, Double>> perField() {
        return perField.stream().map(Collections::unmodifiableMap).toList();
    }

    public double minimum() {
        return minimum;
    }

    /** The value's frequency (floored at the configured minimum), or NaN when the field is not adjusted. */
    public double frequency(int field, String value) {
        if (value == null) {
            return Double.NaN;
        }
        Double f = perField.get(field).get(value);
        return f == null ? Double.NaN : Math.max(f, minimum);
    }
}
