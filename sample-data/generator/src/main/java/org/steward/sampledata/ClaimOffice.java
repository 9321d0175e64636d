package org.steward.sampledata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Bills encounters and plays the payer's side of the 835: most claims are paid with a
 * contractual write-down (CO-45) and patient responsibility (PR-1/2/3); a payer-specific share is
 * denied outright. Claims billed very late are often denied for timely filing.
 */
final class ClaimOffice {

    private static final int BACKLOG_DAYS = 90;

    private final DenialPatterns patterns;
    private final DenialRootCauses rootCauses;

    ClaimOffice(DenialPatterns patterns, DenialRootCauses rootCauses) {
        this.patterns = patterns;
        this.rootCauses = rootCauses;
    }

    void bill(Encounter e, Claim c, SplittableRandom r) {
        c.resetRemit();
        c.facility = e.facility;
        c.encounterId = e.id;
        c.payer = e.payer;
        c.lagDays = submissionLag(r);
        c.submittedDay = e.serviceDischargeDay + c.lagDays;
        // Late charges occasionally make the claim smaller than the encounter's total.
        c.billedCents = r.nextDouble() < 0.03 ? Math.max(100, Math.round(e.chargesCents * (0.9 + 0.09 * r.nextDouble())))
                : e.chargesCents;
    }

    /** Adjudicates a normal claim, planted root causes included. */
    void adjudicate(Claim c, EncounterClass type, SplittableRandom r) {
        YearMonth submitted = YearMonth.from(LocalDate.ofEpochDay(c.submittedDay));
        Payers.Payer payer = Payers.get(c.payer);
        DenialPatterns.Reason everyday = null;
        if (c.lagDays > BACKLOG_DAYS && r.nextDouble() < 0.35) {
            everyday = DenialPatterns.TIMELY_FILING;
        } else if (r.nextDouble() < payer.denialRate()) {
            everyday = patterns.everydayDenial(r);
        }
        c.counted = rootCauses.counted(c.payer, c.facility, submitted);
        DenialPatterns.Reason outcome = rootCauses.decide(c.payer, c.facility, submitted, everyday, r);
        c.remitted = true;
        c.remitDay = c.submittedDay + 10 + r.nextInt(31);
        if (outcome != null) {
            c.paidCents = 0;
            c.addLine(outcome, c.billedCents);
        } else {
            pay(c, payer, type, r);
        }
    }

    /** Pays a claim without any denial path (used for claims whose encounter is missing). */
    void payWithoutReview(Claim c, EncounterClass type, SplittableRandom r) {
        c.remitted = true;
        c.remitDay = c.submittedDay + 10 + r.nextInt(31);
        pay(c, Payers.get(c.payer), type, r);
    }

    /** Turns a paid claim into an overpayment: paid above billed, balanced by a negative OA-94. */
    void overpay(Claim c, SplittableRandom r) {
        c.lines = 0;
        c.paidCents = c.billedCents + Math.max(1, Math.round(c.billedCents * (0.05 + 0.35 * r.nextDouble())));
        c.addLine(DenialPatterns.EXCESS_OF_CHARGES, c.billedCents - c.paidCents);
    }

    private int submissionLag(SplittableRandom r) {
        // Mostly 1-20 days; a few sit in the discharged-not-final-billed backlog for months.
        double u = r.nextDouble();
        return u < 0.90 ? 1 + r.nextInt(20) : u < 0.96 ? 21 + r.nextInt(25) : 60 + r.nextInt(121);
    }

    private void pay(Claim c, Payers.Payer payer, EncounterClass type, SplittableRandom r) {
        long billed = c.billedCents;
        long allowed = Math.round(billed * payer.allowedShare() * (0.9 + 0.2 * r.nextDouble()));
        allowed = Math.max(0, Math.min(billed, allowed));
        long deductible = 0;
        long coinsurance = 0;
        long copay = 0;
        boolean inpatient = type == EncounterClass.INPATIENT;
        switch (payer.kind()) {
            case MEDICARE -> {
                if (inpatient && r.nextDouble() < 0.55) {
                    deductible = Math.min(allowed * 9 / 10, 167_600);
                } else if (!inpatient && r.nextDouble() < 0.7) {
                    coinsurance = allowed / 5;
                }
            }
            case MEDICARE_ADVANTAGE -> {
                if (r.nextDouble() < 0.5) {
                    copay = inpatient ? 25_000 + r.nextInt(125_000) : 2_000 + r.nextInt(13_000);
                }
            }
            case MEDICAID -> {
                if (r.nextDouble() < 0.1) {
                    copay = 100 + r.nextInt(400);
                }
            }
            case COMMERCIAL -> {
                if (r.nextDouble() < 0.35) {
                    deductible = Math.min(allowed * 6 / 10, 25_000 + r.nextInt(275_000));
                }
                if (r.nextDouble() < 0.5) {
                    coinsurance = (allowed - deductible) * (10 + r.nextInt(11)) / 100;
                }
                if (!inpatient && r.nextDouble() < 0.5) {
                    copay = 2_500 + r.nextInt(22_500);
                }
            }
        }
        copay = Math.min(copay, Math.max(0, allowed - deductible - coinsurance));
        c.paidCents = allowed - deductible - coinsurance - copay;
        if (billed - allowed > 0) {
            c.addLine(DenialPatterns.CONTRACTUAL, billed - allowed);
        }
        if (deductible > 0) {
            c.addLine(DenialPatterns.DEDUCTIBLE, deductible);
        }
        if (coinsurance > 0) {
            c.addLine(DenialPatterns.COINSURANCE, coinsurance);
        }
        if (copay > 0) {
            c.addLine(DenialPatterns.COPAY, copay);
        }
        if (c.lines == 0) {
            c.addLine(DenialPatterns.CONTRACTUAL, 0);
        }
    }
}
