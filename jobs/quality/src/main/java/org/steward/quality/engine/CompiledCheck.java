package org.steward.quality.engine;

import java.util.Set;
import org.steward.quality.rules.QualityCheck;

/**
 * A check as SQL (in the run's dialect) over one enriched row: {@code applies} (the row is checked), {@code fails} (it
 * fails, evaluated only where it applies) and {@code notCheckable} (it has a value but no reference
 * data for its year, so it can be neither passed nor failed).
 */
record CompiledCheck(QualityCheck check, String applies, String fails, String notCheckable, Set<Enrichment> needs) {

    CompiledCheck(QualityCheck check, String applies, String fails) {
        this(check, applies, fails, "false", Set.of());
    }

    /** Other input tables the check reads. */
    Set<String> readsTables() {
        return needs.stream().map(Enrichment::readsTable).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }
}
