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

    /** True when the record has every part of the key ({@link #keyOf} is not null). */
    public boolean present(StandardPatient p) {
        for (BlockingKey k : keys) {
            if (!k.present(p)) {
                return false;
            }
        }
        return true;
    }

    /** A hash of a present key, without building it: equal keys hash equal, different keys seldom do. */
    public long hashOf(StandardPatient p) {
        long h = 0xCBF29CE484222325L;
        for (BlockingKey k : keys) {
            h = BlockingKey.mix(k.mix(p, h), '|');
        }
        // Spread every character's bits over the whole hash (MurmurHash3's finaliser): callers keep only the high bits.
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /** True when two records that both have the key have the same key ({@link #keyOf} equal). */
    public boolean sameKey(StandardPatient a, StandardPatient b) {
        for (BlockingKey k : keys) {
            if (!k.same(a, b)) {
                return false;
            }
        }
        return true;
    }
}
