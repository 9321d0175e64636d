package org.steward.platform.batch;

import java.util.Optional;
import org.steward.core.period.Period;

/**
 * What a run covers: one period, or everything the input holds ("all"). It is an identifying job
 * parameter, so restarts and re-runs are per job and scope.
 */
public record RunScope(Optional<Period> period) {

    public static final String ALL = "all";

    public static RunScope of(Optional<Period> period) {
        return new RunScope(period);
    }

    public static RunScope parse(String text) {
        return new RunScope(ALL.equals(text) ? Optional.empty() : Optional.of(Period.parse(text)));
    }

    public boolean covers(Period candidate) {
        return period.map(p -> p.equals(candidate)).orElse(true);
    }

    @Override
    public String toString() {
        return period.map(Period::toString).orElse(ALL);
    }
}
