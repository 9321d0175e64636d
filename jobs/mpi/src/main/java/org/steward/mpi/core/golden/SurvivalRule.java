package org.steward.mpi.core.golden;

import java.util.List;
import org.steward.mpi.core.settings.MatchSettings;

/** One survivorship rule: which of the registrations supplying a field group gives the value. */
interface SurvivalRule {

    /** @param byRecency the candidates, most recent first (ties already ordered by facility id, then MRN) */
    Candidate pick(List<Candidate> byRecency);

    static SurvivalRule of(MatchSettings.GoldenRule rule, List<String> facilityTrust) {
        return switch (rule) {
            case MOST_RECENT -> new MostRecent();
            case MOST_FREQUENT -> new MostFrequent();
            case FACILITY_TRUST -> new FacilityTrust(facilityTrust);
        };
    }
}
