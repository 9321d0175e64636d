package org.steward.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * truth/case_mix.csv: per facility and discharge month, over inpatient encounters written intact
 * whose DRG and discharge date carry no planted defect. Weights are summed in ten-thousandths so
 * the totals are exact.
 */
final class CaseMixTally {

    static final String[] HEADER = {"facility_id", "period", "discharges", "sum_weight", "cmi",
        "severity_split_discharges", "cc_mcc_discharges"};

    private final YearMonth firstMonth;
    private final long[][] discharges;
    private final long[][] weight10k;
    private final long[][] split;
    private final long[][] ccMcc;

    CaseMixTally(int facilities, YearMonth firstMonth, int months) {
        this.firstMonth = firstMonth;
        discharges = new long[facilities][months];
        weight10k = new long[facilities][months];
        split = new long[facilities][months];
        ccMcc = new long[facilities][months];
    }

    void add(int facility, int monthIndex, DrgWeightTable.Drg drg) {
        discharges[facility][monthIndex]++;
        weight10k[facility][monthIndex] += drg.weight10k();
        if (drg.familyOf().splits()) {
            split[facility][monthIndex]++;
            if (drg.capturesCcOrMcc()) {
                ccMcc[facility][monthIndex]++;
            }
        }
    }

    long write(Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, HEADER)) {
            CsvRow row = new CsvRow();
            for (int f = 0; f < discharges.length; f++) {
                for (int m = 0; m < discharges[f].length; m++) {
                    long n = discharges[f][m];
                    if (n == 0) {
                        continue;
                    }
                    BigDecimal sum = BigDecimal.valueOf(weight10k[f][m], 4);
                    out.write(row.clear().text(FacilityLayout.id(f)).text(firstMonth.plusMonths(m).toString()).num(n)
                            .text(sum.toPlainString())
                            .text(sum.divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP).toPlainString())
                            .num(split[f][m]).num(ccMcc[f][m]));
                }
            }
            return out.rows();
        }
    }
}
