package org.steward.app.cli;

import java.util.Optional;
import org.steward.core.period.Period;
import org.steward.platform.batch.RunScope;
import org.steward.platform.settings.ConfigException;

/** Reads a --period option: YYYY-MM, or absent / "all" for everything the input holds. */
final class Periods {

    private Periods() {
    }

    static RunScope scope(String period) {
        if (period == null || period.equals(RunScope.ALL)) {
            return RunScope.of(Optional.empty());
        }
        try {
            return RunScope.of(Optional.of(Period.parse(period)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--period: " + e.getMessage());
        }
    }
}
