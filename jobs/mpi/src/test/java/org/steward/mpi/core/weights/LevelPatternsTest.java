package org.steward.mpi.core.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LevelPatternsTest {

    /** Counting pairs as packed longs gives the patterns, order and counts that counting them one by one in a map does. */
    @Test
    void packedCountsAreTheCountsOfEachPattern() {
        int fields = 9;
        SplittableRandom random = new SplittableRandom(5);
        byte[] levels = new byte[20_000 * fields];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = (byte) random.nextInt(k % fields == 0 ? 15 : 4);
        }
        Map<byte[], Long> counted = new TreeMap<>(Arrays::compare);
        for (int off = 0; off < levels.length; off += fields) {
            counted.merge(Arrays.copyOfRange(levels, off, off + fields), 1L, Long::sum);
        }
        LevelPatterns expected = LevelPatterns.of(counted, fields);

        LevelPatterns packed = LevelPatterns.of(levels, fields);

        assertThat(packed.patterns()).containsExactlyElementsOf(expected.patterns());
        assertThat(packed.counts()).containsExactly(expected.counts());
        assertThat(packed.total()).isEqualTo(20_000);
    }
}
