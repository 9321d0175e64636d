package org.steward.sampledata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The everyday mix of initial denials by reason, and the patient-responsibility rules for paid
 * claims. Every code is checked against the reference CARC/RARC lists when the run starts.
 */
final class DenialPatterns {

    /** One group/CARC/RARC combination of a CAS adjustment. RARC may be empty. */
    record Reason(String group, String carc, String rarc) {
    }

    /** A reason with its share of everyday denials and its root-cause category (as config/denials maps it). */
    private record Weighted(Reason reason, int weight, String category) {
    }

    static final Reason AUTHORIZATION = new Reason("CO", "197", "");
    static final Reason MISSING_RECORD = new Reason("CO", "16", "M127");
    static final Reason TIMELY_FILING = new Reason("CO", "29", "");
    static final Reason CONTRACTUAL = new Reason("CO", "45", "");
    static final Reason DEDUCTIBLE = new Reason("PR", "1", "");
    static final Reason COINSURANCE = new Reason("PR", "2", "");
    static final Reason COPAY = new Reason("PR", "3", "");
    static final Reason EXCESS_OF_CHARGES = new Reason("OA", "94", "");

    private static final List<Weighted> EVERYDAY = List.of(
            new Weighted(AUTHORIZATION, 18, "authorization"),
            new Weighted(MISSING_RECORD, 8, "missing_documentation"),
            new Weighted(new Reason("CO", "16", "N290"), 4, "claim_data"),
            new Weighted(new Reason("CO", "16", "MA130"), 4, "claim_data"),
            new Weighted(new Reason("CO", "16", "N286"), 3, "claim_data"),
            new Weighted(new Reason("CO", "50", "N115"), 5, "medical_necessity"),
            new Weighted(new Reason("CO", "50", ""), 5, "medical_necessity"),
            new Weighted(new Reason("CO", "11", ""), 6, "coding"),
            new Weighted(new Reason("CO", "97", "M15"), 4, "bundling"),
            new Weighted(new Reason("CO", "97", ""), 3, "bundling"),
            // CARC 18 is meant for group OA (its own note), so duplicates are OA-18.
            new Weighted(new Reason("OA", "18", "N111"), 3, "duplicate_claim"),
            new Weighted(new Reason("OA", "18", ""), 3, "duplicate_claim"),
            new Weighted(new Reason("PR", "27", ""), 5, "eligibility_registration"),
            new Weighted(new Reason("PR", "31", ""), 4, "eligibility_registration"),
            new Weighted(new Reason("CO", "22", "MA04"), 4, "coordination_of_benefits"),
            new Weighted(new Reason("CO", "22", ""), 3, "coordination_of_benefits"),
            new Weighted(new Reason("CO", "96", "N130"), 7, "non_covered"));

    /** The category of timely-filing denials, which come from the submission lag rather than the everyday mix. */
    private static final Weighted TIMELY = new Weighted(TIMELY_FILING, 0, "timely_filing");

    private final int totalWeight;

    DenialPatterns(RemittanceCodes codes) {
        int sum = 0;
        for (Weighted w : EVERYDAY) {
            codes.requireUsable(w.reason().group(), w.reason().carc(), w.reason().rarc());
            sum += w.weight();
        }
        for (Reason r : List.of(TIMELY_FILING, CONTRACTUAL, DEDUCTIBLE, COINSURANCE, COPAY, EXCESS_OF_CHARGES)) {
            codes.requireUsable(r.group(), r.carc(), r.rarc());
        }
        this.totalWeight = sum;
    }

    Reason everydayDenial(SplittableRandom r) {
        int x = r.nextInt(totalWeight);
        for (Weighted w : EVERYDAY) {
            x -= w.weight();
            if (x < 0) {
                return w.reason();
            }
        }
        return EVERYDAY.get(EVERYDAY.size() - 1).reason();
    }

    /**
     * The root-cause category of a denial reason this generator writes (as config/denials/carc-categories.yml
     * maps it), or null when the adjustment is not one of its denial reasons (CO-45, PR-1/2/3, OA-94).
     */
    static String category(String group, String carc, String rarc) {
        for (Weighted w : EVERYDAY) {
            if (w.reason().group().equals(group) && w.reason().carc().equals(carc) && w.reason().rarc().equals(rarc)) {
                return w.category();
            }
        }
        Reason timely = TIMELY.reason();
        return timely.group().equals(group) && timely.carc().equals(carc) && timely.rarc().equals(rarc)
                ? TIMELY.category() : null;
    }
}
