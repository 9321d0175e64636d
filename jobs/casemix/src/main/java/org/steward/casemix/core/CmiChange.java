package org.steward.casemix.core;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why the case mix index moved between two months, in three parts that add up to the change.
 *
 * <ul>
 *   <li>{@code weightTableEffect}: the earlier month re-priced on the later month's weight table, minus its
 *       own CMI. Zero within a fiscal year; at the October boundary, what CMS's recalibration alone did.</li>
 *   <li>{@code mixEffect}: on the later table, the change from which DRG families were treated:
 *       Σ_f (s_f^after − s_f^before) · w̄_f^before', where s_f is family f's share of the month's discharges
 *       and w̄_f^before' the earlier month's average re-priced weight within f.</li>
 *   <li>{@code severityEffect}: the change within families, i.e. where in each family the stays landed
 *       (CC/MCC capture): Σ_f s_f^after · (w̄_f^after − w̄_f^before').</li>
 * </ul>
 *
 * A family treated only in the later month counts at its later average weight, so its whole contribution
 * is mix; a family only in the earlier month has s_f^after = 0, so its disappearance is mix as well. The
 * three parts add up to {@link #total()} up to floating-point rounding (about 1e-15).
 */
public record CmiChange(double cmiBefore, double cmiAfter, double weightTableEffect, double mixEffect,
                        double severityEffect) {

    /** cmiAfter − cmiBefore, which weightTableEffect + mixEffect + severityEffect add up to. */
    public double total() {
        return cmiAfter - cmiBefore;
    }

    /**
     * The change from {@code before} (the earlier month) to {@code after}. Rows of the same DRG or family
     * are summed; rows with zero discharges count for nothing.
     *
     * @throws IllegalArgumentException when either month has no discharges (its CMI is undefined): callers
     *                                  skip such pairs of months
     */
    public static CmiChange between(List<PricedCount> before, List<PricedCount> after) {
        Month earlier = new Month(before, "before");
        Month later = new Month(after, "after");
        double cmiBefore = earlier.ownWeight / earlier.discharges;
        double cmiAfter = later.ownWeight / later.discharges;
        double cmiBeforeRepriced = earlier.otherWeight / earlier.discharges;

        Set<String> families = new LinkedHashSet<>(earlier.families.keySet());
        families.addAll(later.families.keySet());
        double mix = 0;
        double severity = 0;
        for (String family : families) {
            Family b = earlier.families.get(family);
            Family a = later.families.get(family);
            double shareBefore = b == null ? 0 : (double) b.discharges / earlier.discharges;
            double shareAfter = a == null ? 0 : (double) a.discharges / later.discharges;
            double averageAfter = a == null ? 0 : a.ownWeight / a.discharges;
            // The family's weight as the earlier month treated it, on the later table; a new family is
            // priced at its own later average, so it contributes only mix.
            double reference = b != null ? b.otherWeight / b.discharges : averageAfter;
            mix += (shareAfter - shareBefore) * reference;
            if (a != null) {
                severity += shareAfter * (averageAfter - reference);
            }
        }
        return new CmiChange(cmiBefore, cmiAfter, cmiBeforeRepriced - cmiBefore, mix, severity);
    }

    /** Discharges and weight sums of one family in one month. */
    private static final class Family {
        long discharges;
        double ownWeight;
        double otherWeight;
    }

    /** One month's totals, overall and per family (families with no discharges left out). */
    private static final class Month {
        long discharges;
        double ownWeight;
        double otherWeight;
        final Map<String, Family> families = new LinkedHashMap<>();

        Month(List<PricedCount> counts, String which) {
            for (PricedCount count : counts) {
                if (count.discharges() == 0) {
                    continue;
                }
                Family family = families.computeIfAbsent(count.family(), f -> new Family());
                family.discharges += count.discharges();
                family.ownWeight += count.discharges() * count.weight();
                family.otherWeight += count.discharges() * count.weightOnOtherTable();
                discharges += count.discharges();
                ownWeight += count.discharges() * count.weight();
                otherWeight += count.discharges() * count.weightOnOtherTable();
            }
            if (discharges == 0) {
                throw new IllegalArgumentException("the " + which + " month has no discharges, so no CMI");
            }
        }
    }
}
