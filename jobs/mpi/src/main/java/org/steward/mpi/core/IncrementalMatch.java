package org.steward.mpi.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.blocking.BlockIndex;
import org.steward.mpi.core.blocking.CandidatePairs;
import org.steward.mpi.core.blocking.CandidateSummary;
import org.steward.mpi.core.blocking.PairSet;
import org.steward.mpi.core.blocking.RuleBlocks;
import org.steward.mpi.core.cluster.StewardDecision;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.weights.MatchWeights;

/**
 * Brings an index up to date with new and changed registrations without re-comparing what is
 * already indexed, and ends where a full run with the same model would: the same scored pairs,
 * so the same clusters.
 *
 * <p>Why that holds: with the model fixed, a pair's score depends only on its two records. A
 * full run scores its candidate pairs; against the previous run's, they differ only by
 * <ul>
 *   <li>pairs with a new or changed registration: compared now (their partners come from the
 *       blocks as they stand now);</li>
 *   <li>pairs of unchanged registrations that are candidates now but were not: only possible in
 *       a block that lost a member (a changed registration moved out, so the block may have
 *       fallen under the size limit or its window closed up): those blocks' pairs are checked;</li>
 *   <li>pairs of unchanged registrations that were candidates but are not now (a block grew
 *       past the size limit, or its window was pushed apart): dropped from the kept pairs.</li>
 * </ul>
 * Kept pairs are compared again for their levels (the pair scores show them), which costs the
 * scored pairs, not the candidates. Clustering always runs over the whole index.
 */
public final class IncrementalMatch {

    /** What the previous run left: its registrations, its pairs at or above the review threshold, its model. */
    public record PreviousIndex(List<PatientRecord> registrations, long[] scoredPairs, MatchWeights model) {
    }

    private final MatchPipeline pipeline;

    public IncrementalMatch(MatchPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** @param decisions stewards' rulings, by index into {@code delta.registrations()} */
    public MatchResult run(PreviousIndex previous, RegistrationDelta delta, LocalDate asOf,
                           List<StewardDecision> decisions) {
        MatchPipeline.Stopwatch clock = new MatchPipeline.Stopwatch();
        List<PatientRecord> registrations = delta.registrations();
        List<StandardPatient> records = pipeline.standardise(registrations, asOf);
        int[] currentIndex = currentIndexOfUnchanged(previous.registrations().size(), delta);
        clock.lap("standardise");

        BlockIndex now = pipeline.blocks(records);
        long[] fresh = now.pairsInvolving(delta.changedIndexes());
        // Only an edited registration can leave a block; new ones only join blocks, so nothing reopens.
        long[] reopened = new long[0];
        if (delta.edits()) {
            BlockIndex then = pipeline.blocks(previousStandardised(previous.registrations(), records, currentIndex, asOf));
            reopened = reopened(then, now, delta, currentIndex);
        }
        long[] kept = kept(previous.scoredPairs(), currentIndex, now);
        long[] compared = union(fresh, reopened);
        long[] pairs = union(compared, kept);
        clock.lap("block");

        ComparisonSchema schema = previous.model().schema();
        byte[] levels = MatchPipeline.compare(schema, records, pairs);
        clock.lap("compare");
        return pipeline.finish(registrations, records, new CandidateSummary(compared.length, List.of()), previous.model(), null,
                pairs, levels, decisions, clock);
    }

    /** Per previous registration, its index now when it is unchanged, else -1. */
    private static int[] currentIndexOfUnchanged(int previousCount, RegistrationDelta delta) {
        int[] current = new int[previousCount];
        java.util.Arrays.fill(current, -1);
        for (int i = 0; i < delta.registrations().size(); i++) {
            if (delta.previousIndex()[i] >= 0 && !delta.changed()[i]) {
                current[delta.previousIndex()[i]] = i;
            }
        }
        return current;
    }

    /** The previous registrations standardised; unchanged ones share their current form. */
    private List<StandardPatient> previousStandardised(List<PatientRecord> previous, List<StandardPatient> records,
                                                       int[] currentIndex, LocalDate asOf) {
        List<PatientRecord> changed = new ArrayList<>();
        for (int p = 0; p < previous.size(); p++) {
            if (currentIndex[p] < 0) {
                changed.add(previous.get(p));
            }
        }
        List<StandardPatient> changedStandardised = pipeline.standardise(changed, asOf);
        List<StandardPatient> out = new ArrayList<>(previous.size());
        int k = 0;
        for (int p = 0; p < previous.size(); p++) {
            out.add(currentIndex[p] >= 0 ? records.get(currentIndex[p]) : changedStandardised.get(k++));
        }
        return out;
    }

    /**
     * Pairs of unchanged registrations that are candidates now but were not: they can only be in a
     * block that a changed registration left. Such a block is found through a member that stayed.
     */
    private static long[] reopened(BlockIndex then, BlockIndex now, RegistrationDelta delta, int[] currentIndex) {
        int[] previousOf = new int[delta.registrations().size()];
        for (int i = 0; i < previousOf.length; i++) {
            previousOf[i] = delta.changed()[i] ? -1 : delta.previousIndex()[i];
        }
        List<long[]> found = new ArrayList<>();
        for (int r = 0; r < now.rules().size(); r++) {
            RuleBlocks before = then.rules().get(r);
            RuleBlocks after = now.rules().get(r);
            java.util.Set<Integer> blocksLosing = new java.util.HashSet<>();
            for (int i = 0; i < delta.registrations().size(); i++) {
                int p = delta.previousIndex()[i];
                if (!delta.changed()[i] || p < 0 || before.blockOf(p) < 0) {
                    continue;
                }
                for (int member : before.membersOf(before.blockOf(p))) {
                    if (currentIndex[member] >= 0) {
                        blocksLosing.add(after.blockOf(currentIndex[member]));
                        break;
                    }
                }
            }
            PairSet pairs = new PairSet();
            for (int block : blocksLosing) {
                after.forEachPair(block, (a, b) -> {
                    if (previousOf[a] >= 0 && previousOf[b] >= 0 && !then.candidate(previousOf[a], previousOf[b])) {
                        pairs.add(a, b);
                    }
                });
            }
            found.add(pairs.distinct());
        }
        long[] out = new long[0];
        for (long[] f : found) {
            out = union(out, f);
        }
        return out;
    }

    /** The previous run's scored pairs whose registrations are unchanged and that are still candidates. */
    private static long[] kept(long[] previousPairs, int[] currentIndex, BlockIndex now) {
        long[] out = new long[previousPairs.length];
        int n = 0;
        for (long pair : previousPairs) {
            int a = currentIndex[CandidatePairs.left(pair)];
            int b = currentIndex[CandidatePairs.right(pair)];
            if (a >= 0 && b >= 0 && now.candidate(a, b)) {
                out[n++] = CandidatePairs.pack(a, b);
            }
        }
        long[] kept = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(kept);
        return kept;
    }

    private static long[] union(long[] a, long[] b) {
        return PairSet.union(a, b);
    }
}
