package org.steward.sampledata;

import java.util.SplittableRandom;

/**
 * Queries about a fifth of inpatient stays. When the physician agrees and the DRG family splits by
 * severity, the answer documents a CC or MCC, so the final DRG is the higher-severity member
 * (drg_after) and the encounter carries it. Queries whose answer would fall after the last
 * generated day are still pending.
 */
final class CdiQueryFactory {

    private static final String[] TYPES = {
        "cc_mcc_clarification", "dx_specificity", "clinical_validation", "poa_status", "procedure_clarification",
    };

    private final ClinicalCoder coder;
    private final FacilityLayout layout;
    private final int lastDay;

    CdiQueryFactory(ClinicalCoder coder, FacilityLayout layout, int lastDay) {
        this.coder = coder;
        this.layout = layout;
        this.lastDay = lastDay;
    }

    /** Decides whether the encounter is queried; if so fills the query and may regroup the encounter. */
    boolean maybeQuery(Encounter e, CdiQuery q, SplittableRandom r) {
        if (e.type != EncounterClass.INPATIENT) {
            return false;
        }
        // CDI reviewers target stays where documentation could still move the DRG.
        int uplift = coder.upliftSeverity(e, r);
        if (r.nextDouble() >= (uplift >= 0 ? 0.30 : 0.06)) {
            return false;
        }
        boolean lowCapture = layout.lowCcMccCapture(e.facility);
        q.specialist = layout.cdiSpecialist(e.facility, r.nextInt(layout.cdiSpecialists(e.facility)));
        q.providerNpi = e.npi;
        int stay = Math.max(1, e.dischargeDay - e.admitDay);
        q.openedDay = r.nextDouble() < 0.75 ? e.admitDay + 1 + r.nextInt(stay) : e.dischargeDay + 1 + r.nextInt(5);
        q.openedDay = Math.min(q.openedDay, lastDay);
        int answered = q.openedDay + r.nextInt(8);
        double u = r.nextDouble();
        double disagree = lowCapture ? 0.26 : 0.13;
        if (u < 0.11) {
            q.outcome = "no_response";
        } else if (answered > lastDay) {
            q.outcome = "pending";
        } else {
            q.outcome = u < 0.11 + disagree ? "disagreed" : "agreed";
        }
        q.answeredDay = "agreed".equals(q.outcome) || "disagreed".equals(q.outcome) ? answered : CdiQuery.NOT_ANSWERED;
        q.drgBefore = e.drg;
        q.type = TYPES[r.nextInt(TYPES.length)];
        if ("agreed".equals(q.outcome)) {
            if (uplift >= 0) {
                coder.documentSeverity(e, uplift, r);
                q.type = r.nextDouble() < 0.6 ? TYPES[0] : TYPES[1];
            }
            q.drgAfter = e.drg;
        } else {
            q.drgAfter = "pending".equals(q.outcome) ? "" : q.drgBefore;
        }
        e.queried = true;
        return true;
    }
}
