package org.steward.denials.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Monthly denial counts and dollars by category, with the month's submitted claims and the decided and overturned
 * appeals of its denials, for one slice of the data (the system, a facility, a payer, or a facility's payer): what the control charts, the mix-shift
 * test and the fix list read. Exact: counts are longs and dollars BigDecimal, so the order rows arrive in
 * does not matter.
 */
final class DenialSeries {

    /** All categories together. */
    static final String ALL = "all";

    final String dimension;
    final String facility;
    final String payer;
    final TreeMap<String, Long> claims = new TreeMap<>();
    final TreeMap<String, Map<String, Long>> denials = new TreeMap<>();
    final TreeMap<String, Map<String, BigDecimal>> dollars = new TreeMap<>();
    final TreeSet<String> categories = new TreeSet<>();
    /** Per period and category: {decided, overturned} appeals of the period's denials. */
    final TreeMap<String, Map<String, long[]>> appeals = new TreeMap<>();

    DenialSeries(String dimension, String facility, String payer) {
        this.dimension = dimension;
        this.facility = facility;
        this.payer = payer;
    }

    void addClaims(String period, long count) {
        claims.merge(period, count, Long::sum);
    }

    void addDenials(String period, String category, long count, BigDecimal amount) {
        categories.add(category);
        for (String c : new String[] {category, ALL}) {
            denials.computeIfAbsent(period, p -> new TreeMap<>()).merge(c, count, Long::sum);
            dollars.computeIfAbsent(period, p -> new TreeMap<>()).merge(c, amount, BigDecimal::add);
        }
    }

    void addAppeals(String period, String category, long decided, long overturned) {
        for (String c : new String[] {category, ALL}) {
            long[] counts = appeals.computeIfAbsent(period, p -> new TreeMap<>()).computeIfAbsent(c, k -> new long[2]);
            counts[0] += decided;
            counts[1] += overturned;
        }
    }

    /** {decided, overturned} appeals of the category's denials submitted in the period. */
    long[] appeals(String period, String category) {
        return appeals.getOrDefault(period, Map.of()).getOrDefault(category, new long[2]);
    }

    long denied(String period, String category) {
        return denials.getOrDefault(period, Map.of()).getOrDefault(category, 0L);
    }

    BigDecimal amount(String period, String category) {
        return dollars.getOrDefault(period, Map.of()).getOrDefault(category, BigDecimal.ZERO);
    }

    long claims(String period) {
        return claims.getOrDefault(period, 0L);
    }
}
