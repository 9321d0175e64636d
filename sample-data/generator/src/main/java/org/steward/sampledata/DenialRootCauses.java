package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Denial problems planted on purpose, each limited to a payer and/or facility and a month of
 * claim submission, and counted exactly: baseline denials are the everyday ones that happen to
 * fall in the cell with the same reason, injected ones are the extra denials the cause added.
 */
final class DenialRootCauses {

    static final String[] HEADER = {"cause_id", "payer_id", "facility_id", "period", "group_code", "carc",
        "category", "description", "baseline_denials", "injected_denials"};

    /** One cause in one month. payer or facility -1 means all. */
    private static final class Cell {
        final String causeId;
        final int payer;
        final int facility;
        final YearMonth period;
        final DenialPatterns.Reason reason;
        final String category;
        final String description;
        final double extraChance;
        long baseline;
        long injected;

        Cell(String causeId, int payer, int facility, YearMonth period, DenialPatterns.Reason reason,
             String category, String description, double extraChance) {
            this.causeId = causeId;
            this.payer = payer;
            this.facility = facility;
            this.period = period;
            this.reason = reason;
            this.category = category;
            this.description = description;
            this.extraChance = extraChance;
        }

        boolean covers(int claimPayer, int claimFacility, YearMonth month) {
            return (payer < 0 || payer == claimPayer) && (facility < 0 || facility == claimFacility)
                    && period.equals(month);
        }
    }

    private final List<Cell> cells = new ArrayList<>();

    DenialRootCauses(GeneratorSettings settings) {
        YearMonth first = settings.firstMonth();
        int months = settings.months();
        int rampFacility = Math.min(1, settings.facilities() - 1);
        cells.add(new Cell("RC1", Payers.NORTHSTAR, 0, first.plusMonths(months / 2), DenialPatterns.AUTHORIZATION,
                "authorization", "Payer started requiring prior authorization for this facility's admissions "
                + "without notice; CO-197 denials at least double for the month", 0.10));
        double[] ramp = {0.03, 0.06, 0.10};
        int rampMonths = Math.min(3, months);
        for (int i = 0; i < rampMonths; i++) {
            int monthIndex = months - rampMonths + i;
            cells.add(new Cell("RC2", -1, rampFacility, first.plusMonths(monthIndex), DenialPatterns.MISSING_RECORD,
                    "missing_documentation", "Medical records not sent with claims after a release-of-information "
                    + "vendor change; CO-16 (M127) denials rise month by month over the last quarter",
                    ramp[3 - rampMonths + i]));
        }
        cells.add(new Cell("RC3", Payers.MEDICAID, -1, first.plusMonths((2L * months) / 3), DenialPatterns.TIMELY_FILING,
                "timely_filing", "Payer applied a shortened filing limit for the month; CO-29 timely-filing "
                + "denials spike across facilities", 0.12));
    }

    /** True when an exact count depends on this claim, so its rows must not be broken on purpose. */
    boolean counted(int payer, int facility, YearMonth submitted) {
        for (Cell c : cells) {
            if (c.covers(payer, facility, submitted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The final denial reason (null when paid) given the everyday outcome, injecting and counting
     * for every cell the claim falls in.
     */
    DenialPatterns.Reason decide(int payer, int facility, YearMonth submitted, DenialPatterns.Reason everyday,
                                 SplittableRandom r) {
        DenialPatterns.Reason outcome = everyday;
        Cell injectedBy = null;
        for (Cell c : cells) {
            if (c.covers(payer, facility, submitted) && outcome == null && r.nextDouble() < c.extraChance) {
                outcome = c.reason;
                injectedBy = c;
            }
        }
        for (Cell c : cells) {
            if (outcome != null && c.covers(payer, facility, submitted) && sameCode(c.reason, outcome)) {
                if (c == injectedBy) {
                    c.injected++;
                } else {
                    c.baseline++;
                }
            }
        }
        return outcome;
    }

    long write(Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, HEADER)) {
            CsvRow row = new CsvRow();
            for (Cell c : cells) {
                out.write(row.clear().text(c.causeId).text(c.payer < 0 ? "" : Payers.get(c.payer).id())
                        .text(c.facility < 0 ? "" : FacilityLayout.id(c.facility)).text(c.period.toString())
                        .text(c.reason.group()).text(c.reason.carc()).text(c.category).text(c.description)
                        .num(c.baseline).num(c.injected));
            }
            return out.rows();
        }
    }

    private static boolean sameCode(DenialPatterns.Reason a, DenialPatterns.Reason b) {
        return a.group().equals(b.group()) && a.carc().equals(b.carc());
    }
}
