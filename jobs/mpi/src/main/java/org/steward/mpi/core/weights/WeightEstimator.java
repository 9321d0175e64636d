package org.steward.mpi.core.weights;

import java.util.ArrayList;
import java.util.List;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.blocking.BlockIndex;
import org.steward.mpi.core.blocking.BlockingKey;
import org.steward.mpi.core.blocking.BlockingRule;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.settings.MatchSettings;

/**
 * Estimates the weights from the data.
 * <ul>
 * <li>u from random record pairs, less the matches expected among them (the prior is their share).</li>
 * <li>m by EM, once per training blocking rule on the pairs that rule blocks together, leaving
 * out the fields the rule's keys come from; each field's m is the mean over the rules that
 * estimated it. Run on all candidates at once, a two-class EM finds "same household" (address,
 * phone, surname agree) rather than "same person": the rules built on personal identifiers
 * (SSN, birth date with a name) give it pairs where the person is the dominant class.</li>
 * <li>The prior: u describes a random pair, so the prior must too. The expected number of
 * matches is the sum of the candidates' match probabilities (non-candidates count as
 * non-matches), solved as a fixed point with the prior it implies over all n(n-1)/2 pairs.
 * Using the candidates' match share with random-pair u would count blocking's evidence twice.</li>
 * </ul>
 */
public final class WeightEstimator {

    /** One training rule's EM. */
    public record RuleFit(String rule, long pairs, ExpectationMaximisation.Result result) {
    }

    /** The weights, with what the EM did and the expected match count, for the run summary. */
    public record Estimate(MatchWeights weights, List<RuleFit> fits, LevelProbabilities u,
                           RuleFit householdFit, double expectedMatches) {
    }

    private WeightEstimator() {
    }

    /** @param blocks the blocks the candidate pairs came from */
    public static Estimate estimate(List<StandardPatient> records, BlockIndex blocks, ComparisonSchema schema,
                                    long[] pairs, byte[] candidateLevels, MatchSettings settings) {
        return estimate(records, schema, PairEvidence.of(blocks, schema, pairs, candidateLevels, settings), settings);
    }

    /** @param records every record (u is counted on random pairs of them, term frequencies over them) */
    public static Estimate estimate(List<StandardPatient> records, ComparisonSchema schema, PairEvidence evidence,
                                    MatchSettings settings) {
        MatchSettings.Weights w = settings.weights();
        int fields = schema.size();
        List<Integer> levelsPerField = schema.comparators().stream().map(c -> c.levels().size()).toList();
        double[][] randomPairCounts = RandomPairSampler.countLevels(records, schema, w.randomPairs(), w.seed());
        LevelProbabilities u = LevelProbabilities.fromCounts(randomPairCounts, w.smoothing());

        double[][] mSum = LevelProbabilities.emptyCounts(levelsPerField);
        int[] estimates = new int[fields];
        List<RuleFit> fits = new ArrayList<>();
        for (String name : settings.em().trainingRules()) {
            boolean[] masked = masked(schema, PairEvidence.trainingRule(settings, name));
            LevelPatterns patterns = evidence.byTrainingRule().get(name);
            ExpectationMaximisation.Result fit = new ExpectationMaximisation(settings.em(), w.smoothing())
                    .fit(patterns, levelsPerField, u, masked);
            fits.add(new RuleFit(name, patterns.total(), fit));
            if (patterns.total() == 0) {
                continue;
            }
            for (int f = 0; f < fields; f++) {
                if (!masked[f]) {
                    estimates[f]++;
                    for (int l = 1; l < levelsPerField.get(f); l++) {
                        mSum[f][l] += fit.m().get(f, l);
                    }
                }
            }
        }
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            m[f] = new double[levelsPerField.get(f)];
            for (int l = 1; l < m[f].length; l++) {
                // A field no training rule estimated carries no evidence (m = u) rather than a guess.
                m[f][l] = estimates[f] == 0 ? u.get(f, l) : mSum[f][l] / estimates[f];
            }
        }
        LevelProbabilities mEstimate = new LevelProbabilities(m);
        RuleFit householdFit = householdFit(schema, evidence.sameHousehold(), levelsPerField, mEstimate, u, settings);
        LevelProbabilities uHousehold = householdFit == null ? null : householdFit.result().u();
        TermFrequencies tf = TermFrequencies.of(records, schema, w.termFrequencyMinimum());
        double n = records.size();
        double allPairs = Math.max(1, n * (n - 1) / 2);
        LevelPatterns candidates = evidence.candidates();
        double expected = Math.max(1, candidates.total() * settings.em().initialMatchProportion());
        MatchWeights weights = null;
        LevelProbabilities uNonMatch = u;
        // Fixed point: expected matches = sum of the candidates' match probabilities under the prior they imply.
        // The prior is also the share of matches among the random pairs u was counted on, so each round takes
        // their expected count out of u: in a small extract dense with duplicates (FEBRL3: 6,538 matches among
        // 12.5M pairs) they were nearly all the random pairs sharing an SSN, an address or a birth date, and took
        // 3 to 9 bits from those levels' weights; at a million persons the share is 2^-21 and u hardly moves.
        for (int i = 0; i < settings.em().maxIterations(); i++) {
            double prior = Math.min(expected / allPairs, 0.5);
            uNonMatch = LevelProbabilities.withoutMatches(randomPairCounts, mEstimate, prior, w.smoothing());
            weights = new MatchWeights(schema, mEstimate, uNonMatch, uHousehold, MatchWeights.log2(prior / (1 - prior)),
                    tf, w.maxAbsoluteWeight());
            double next = 0;
            for (int k = 0; k < candidates.patterns().size(); k++) {
                next += candidates.counts()[k] * MatchWeights.probability(weights.patternScore(candidates.patterns().get(k)));
            }
            next = Math.max(next, 1);
            boolean done = Math.abs(next - expected) < settings.em().tolerance() * expected;
            expected = next;
            if (done) {
                break;
            }
        }
        return new Estimate(weights, fits, uNonMatch, householdFit, expected);
    }

    /** u for non-matches that share a household, by EM with m fixed on the same-household candidates. */
    private static RuleFit householdFit(ComparisonSchema schema, LevelPatterns patterns, List<Integer> levelsPerField,
                                        LevelProbabilities m, LevelProbabilities u, MatchSettings settings) {
        int field = MatchWeights.householdField(schema);
        if (field < 0 || patterns == null || patterns.total() == 0) {
            return null;
        }
        boolean[] masked = new boolean[schema.size()];
        masked[field] = true;
        var fit = new ExpectationMaximisation(settings.em(), settings.weights().smoothing())
                .fitNonMatches(patterns, levelsPerField, m, u, masked);
        return new RuleFit("same_household", patterns.total(), fit);
    }

    /** Fields whose agreement the rule's keys imply. */
    static boolean[] masked(ComparisonSchema schema, BlockingRule rule) {
        boolean[] masked = new boolean[schema.size()];
        for (BlockingKey k : rule.keys()) {
            for (int f = 0; f < masked.length; f++) {
                if (k.comparedFields().contains(schema.comparators().get(f).field())) {
                    masked[f] = true;
                }
            }
        }
        return masked;
    }
}
