package org.steward.mpi.core.weights;

import java.io.Serializable;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.BirthDateComparator;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.compare.FieldComparator;
import org.steward.mpi.core.compare.GivenNameComparator;
import org.steward.mpi.core.compare.HouseholdComparator;

/**
 * Fellegi-Sunter weights: log2(m/u) per field level (missing is 0), a term-frequency adjustment on
 * exact agreement, and the prior log-odds that a random pair of records is a match. A pair's
 * score is the prior plus its field weights: the log2-odds that the two are the same person.
 *
 * <p>Two records sharing a household are not a random pair when they are different people: a
 * family shares a surname, a father and son may share a whole name, twins a birth date. So when
 * the household field says "same household", the other fields are weighted against u estimated
 * for same-household non-matches ({@code uHousehold}), and without term-frequency adjustment (a
 * family shares its surname however rare it is). Null when there is no household field.
 *
 * <p>Those household u are per field, as if a relative's agreement on one field said nothing about
 * another. Relatives share a first name (a junior) or a birth date (twins), never both: a junior is a
 * generation younger, twins get different names. So a same-household pair agreeing exactly on both
 * first name and birth date is weighed on those two as any pair is; with the household u on both, the
 * plainest duplicate (one person registered twice at home, SSN not given) scored below auto-link.
 */
public final class MatchWeights implements Serializable {

    private final ComparisonSchema schema;
    private final double[][] m;
    private final double[][] u;
    private final double[][] uHousehold;
    private final double[][] weights;
    private final double[][] householdWeights;
    private final int householdField;
    private final int firstNameField;
    private final int birthDateField;
    private final double priorLogOdds;
    private final TermFrequencies frequencies;
    private final double maxAbsoluteWeight;

    public MatchWeights(ComparisonSchema schema, LevelProbabilities m, LevelProbabilities u, double priorLogOdds,
                        TermFrequencies frequencies, double maxAbsoluteWeight) {
        this(schema, m, u, null, priorLogOdds, frequencies, maxAbsoluteWeight);
    }

    public MatchWeights(ComparisonSchema schema, LevelProbabilities m, LevelProbabilities u,
                        LevelProbabilities uHousehold, double priorLogOdds, TermFrequencies frequencies,
                        double maxAbsoluteWeight) {
        this.schema = schema;
        this.m = m.p();
        this.u = u.p();
        this.priorLogOdds = priorLogOdds;
        this.frequencies = frequencies;
        this.maxAbsoluteWeight = maxAbsoluteWeight;
        this.uHousehold = uHousehold == null ? null : uHousehold.p();
        this.weights = table(this.m, this.u);
        this.householdWeights = uHousehold == null ? null : table(this.m, this.uHousehold);
        this.householdField = householdField(schema);
        this.firstNameField = fieldOf(schema, GivenNameComparator.class);
        this.birthDateField = fieldOf(schema, BirthDateComparator.class);
    }

    private static int fieldOf(ComparisonSchema schema, Class<? extends FieldComparator> type) {
        for (int f = 0; f < schema.size(); f++) {
            if (type.isInstance(schema.comparators().get(f))) {
                return f;
            }
        }
        return -1;
    }

    /**
     * True when a same-household field is weighed as for any pair: the household itself, and first name and
     * birth date when {@code nameAndBirthAgree} (no relative shares both).
     */
    private boolean plainInHousehold(int field, boolean nameAndBirthAgree) {
        return field == householdField
                || nameAndBirthAgree && (field == firstNameField || field == birthDateField);
    }

    /** True when the pair agrees exactly on both first name and birth date (the schema compares both). */
    private boolean nameAndBirthAgree(byte[] levels, int offset) {
        return firstNameField >= 0 && birthDateField >= 0
                && levels[offset + firstNameField] == FieldComparator.EXACT
                && levels[offset + birthDateField] == FieldComparator.EXACT;
    }

    private double[][] table(double[][] mp, double[][] up) {
        double[][] w = new double[mp.length][];
        for (int f = 0; f < mp.length; f++) {
            w[f] = new double[mp[f].length];
            for (int l = 1; l < mp[f].length; l++) {
                w[f][l] = clamp(log2(mp[f][l] / up[f][l]));
            }
        }
        return w;
    }

    /** Index of the household comparison, or -1. */
    public static int householdField(ComparisonSchema schema) {
        for (int f = 0; f < schema.size(); f++) {
            if (schema.comparators().get(f) instanceof HouseholdComparator) {
                return f;
            }
        }
        return -1;
    }

    /** True when the pair's levels put it in the household context. */
    public boolean householdContext(byte[] levels, int offset) {
        return householdWeights != null && householdField >= 0
                && HouseholdComparator.sameHousehold(levels[offset + householdField]);
    }

    /** Pattern weight without term frequencies (for the expected-match count over level patterns). */
    public double patternScore(byte[] levels) {
        double[][] table = householdContext(levels, 0) ? householdWeights : weights;
        double s = priorLogOdds;
        boolean nameAndBirth = nameAndBirthAgree(levels, 0);
        for (int f = 0; f < levels.length; f++) {
            s += plainInHousehold(f, nameAndBirth) ? weights[f][levels[f]] : table[f][levels[f]];
        }
        return s;
    }

    public ComparisonSchema schema() {
        return schema;
    }

    public double priorLogOdds() {
        return priorLogOdds;
    }

    /** The same m, u and term frequencies under another prior (a model for a different population size). */
    public MatchWeights withPrior(double logOdds) {
        return new MatchWeights(schema, m(), u(), uHousehold(), logOdds, frequencies, maxAbsoluteWeight);
    }

    /** m per field and level (level 0, missing, is 0). */
    public LevelProbabilities m() {
        return new LevelProbabilities(copy(m));
    }

    /** u among random pairs per field and level. */
    public LevelProbabilities u() {
        return new LevelProbabilities(copy(u));
    }

    /** u among non-matches sharing a household, or null when there is no household comparison. */
    public LevelProbabilities uHousehold() {
        return uHousehold == null ? null : new LevelProbabilities(copy(uHousehold));
    }

    public TermFrequencies frequencies() {
        return frequencies;
    }

    public double maxAbsoluteWeight() {
        return maxAbsoluteWeight;
    }

    private static double[][] copy(double[][] p) {
        double[][] out = new double[p.length][];
        for (int f = 0; f < p.length; f++) {
            out[f] = p[f].clone();
        }
        return out;
    }

    public double m(int field, int level) {
        return m[field][level];
    }

    public double u(int field, int level) {
        return u[field][level];
    }

    public double weight(int field, int level) {
        return weights[field][level];
    }

    /** The weight in the household context (the plain weight when there is none). */
    public double householdWeight(int field, int level) {
        return householdWeights == null || field == householdField ? weights[field][level]
                : householdWeights[field][level];
    }

    /** Each field's weight for this pair, term-frequency adjusted where configured. */
    public double[] contributions(StandardPatient a, StandardPatient b, byte[] levels, int offset) {
        double[] out = new double[schema.size()];
        boolean household = householdContext(levels, offset);
        boolean nameAndBirth = nameAndBirthAgree(levels, offset);
        for (int f = 0; f < out.length; f++) {
            int level = levels[offset + f];
            if (household && !plainInHousehold(f, nameAndBirth)) {
                out[f] = householdWeights[f][level];
                continue;
            }
            out[f] = weights[f][level];
            if (level == FieldComparator.EXACT) {
                double freq = frequencies.frequency(f, schema.comparators().get(f).frequencyValue(a));
                if (!Double.isNaN(freq)) {
                    out[f] = clamp(log2(m[f][level] / freq));
                }
            }
        }
        return out;
    }

    /** Prior plus field weights: log2-odds of a match. */
    public double score(StandardPatient a, StandardPatient b, byte[] levels, int offset) {
        double s = priorLogOdds;
        for (double c : contributions(a, b, levels, offset)) {
            s += c;
        }
        return s;
    }

    /**
     * The field weights alone (log2 likelihood ratio of "one person" against "two people"), without the
     * random-pair prior: the evidence of the two records themselves, for pairs that are not random.
     */
    public double fieldEvidence(StandardPatient a, StandardPatient b, byte[] levels, int offset) {
        double s = 0;
        for (double c : contributions(a, b, levels, offset)) {
            s += c;
        }
        return s;
    }

    public double fieldEvidence(StandardPatient a, StandardPatient b) {
        return fieldEvidence(a, b, schema.compare(a, b), 0);
    }

    /** Compares and scores a pair not among the candidates (used by the cluster check). */
    public double score(StandardPatient a, StandardPatient b) {
        return score(a, b, schema.compare(a, b), 0);
    }

    public static double probability(double logOdds) {
        return 1.0 / (1.0 + Math.pow(2, -logOdds));
    }

    public static double logOdds(double probability) {
        return log2(probability / (1 - probability));
    }

    private double clamp(double w) {
        return Math.max(-maxAbsoluteWeight, Math.min(maxAbsoluteWeight, w));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
