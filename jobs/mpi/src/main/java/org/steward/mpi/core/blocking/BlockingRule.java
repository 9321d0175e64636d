package org.steward.mpi.core.blocking;

import java.io.Serializable;
import java.util.List;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

/** Records that agree on every key of the rule share a block; a record missing any key is in none. */
public record BlockingRule(String name, List<BlockingKey> keys) implements Serializable {

    public BlockingRule {
        keys = List.copyOf(keys);
    }

    public static BlockingRule from(MatchSettings.BlockingRule settings) {
        return new BlockingRule(settings.name(), settings.keys().stream().map(BlockingKey::named).toList());
    }

    /** The record's block key, or null when it lacks one of the parts. */
    public String keyOf(StandardPatient p) {
        StringBuilder key = new StringBuilder();
        for (BlockingKey k : keys) {
            String v = k.of(p);
            if (v == null) {
                return null;
            }
            key.append(v).append('|');
        }
        return key.toString();
    }
}
