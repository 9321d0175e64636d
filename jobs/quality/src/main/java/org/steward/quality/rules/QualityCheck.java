package org.steward.quality.rules;

import java.util.Optional;
import org.steward.quality.rules.Dimension.Subtype;

/**
 * One declared check, as read from {@code config/quality/*.yml}.
 *
 * @param threshold the share of checked rows allowed to fail (0 = none) before the check fails
 * @param owner     the data steward accountable for fixing what the check finds
 * @param origin    file and line the check was declared at, for messages
 */
public record QualityCheck(String id, String table, Dimension dimension, Optional<Subtype> subtype,
                           CheckDefinition definition, Severity severity, double threshold, String owner,
                           String description, String origin) {

    public QualityCheck {
        if (subtype.isPresent() && !dimension.subtypes().contains(subtype.get())) {
            throw new IllegalArgumentException(dimension.label() + " has no subtype " + subtype.get().label());
        }
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be a share between 0 and 1, got " + threshold);
        }
    }
}
