package org.steward.mpi.core.blocking;

/**
 * What one blocking rule produced: distinct pairs, pairs no earlier rule had found, blocks,
 * and the oversized blocks that were skipped or windowed (with their records).
 */
public record RuleYield(String rule, long pairs, long newPairs, long blocks, long oversizedBlocks,
                        long oversizedRecords) {
}
