package org.steward.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

/**
 * truth/cdi_rates.csv: per facility, over queries written intact. response_rate = answered /
 * queries (pending and no_response queries are unanswered), agreement_rate = agreed / answered;
 * four decimals, half-up; empty when the denominator is zero.
 */
final class CdiTally {

    static final String[] HEADER = {"facility_id", "queries", "answered", "agreed", "response_rate", "agreement_rate"};

    private final long[] queries;
    private final long[] answered;
    private final long[] agreed;

    CdiTally(int facilities) {
        queries = new long[facilities];
        answered = new long[facilities];
        agreed = new long[facilities];
    }

    void add(int facility, boolean wasAnswered, boolean wasAgreed) {
        queries[facility]++;
        if (wasAnswered) {
            answered[facility]++;
        }
        if (wasAgreed) {
            agreed[facility]++;
        }
    }

    long write(Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, HEADER)) {
            CsvRow row = new CsvRow();
            for (int f = 0; f < queries.length; f++) {
                out.write(row.clear().text(FacilityLayout.id(f)).num(queries[f]).num(answered[f]).num(agreed[f])
                        .text(rate(answered[f], queries[f])).text(rate(agreed[f], answered[f])));
            }
            return out.rows();
        }
    }

    static String rate(long numerator, long denominator) {
        return denominator == 0 ? ""
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                        .toPlainString();
    }
}
