package org.steward.mpi.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.compare.FieldComparator;
import org.steward.mpi.core.weights.MatchWeights;

/**
 * The MPI's estimated model as a document a person can read ({@code mpi/index/model.json}), as Splink
 * saves its model: per comparison field and level the m and u probabilities and the match weight
 * log2(m/u) they give, the prior, and the fingerprint of the settings it was estimated under.
 * Term frequencies (a value's share of the records, which lowers the weight of agreeing on SMITH) are
 * values of names, so they stay out of the document, in {@code term_frequencies.parquet} beside it; the
 * document says how many values each field has there.
 *
 * @param format              {@link #FORMAT}: a document of another format is not read
 * @param explanation         how the numbers combine, for whoever opens the file
 * @param settingsFingerprint SHA-256 of config/mpi.yml and its reference files when the model was estimated
 * @param maxAbsoluteWeight   no field weight exceeds this in either direction (weights.max_absolute_weight)
 */
public record ModelDocument(String format, String explanation, String settingsFingerprint, Prior prior,
                            double maxAbsoluteWeight, TermFrequencies termFrequencies,
                            List<Comparison> comparisons) {

    public static final String FORMAT = "steward-mpi-model/1";

    static final String EXPLANATION = "A pair's match weight is the prior's log2 odds plus one weight per field: "
            + "log2(m/u) of the level the two values reach, clamped to +-max_absolute_weight; a value missing on "
            + "either side weighs 0. m = P(level | same person), u = P(level | two random people); for pairs "
            + "sharing a household (same address or phone) u_same_household replaces u for the other fields. "
            + "Exact agreement on a term-frequency field is weighted log2(m / the value's frequency) instead.";

    /**
     * The prior: the probability that two registrations drawn at random are one person (Splink's
     * probability_two_random_records_match, lambda) and its log2 odds, which a match weight starts from.
     */
    public record Prior(double probabilityTwoRandomRecordsMatch, double log2Odds) {
    }

    /** Where the term frequencies are, their floor, and how many values each adjusted field has there. */
    public record TermFrequencies(String file, double minimum, Map<String, Integer> valuesPerField) {
    }

    /** One compared field and its levels, best first ({@code missing}, weight 0, is not listed). */
    public record Comparison(String field, boolean termFrequency, List<Level> levels) {
    }

    /**
     * One comparison level. {@code uSameHousehold} and {@code matchWeightSameHousehold} are null when the
     * model has no household comparison (and for the household comparison itself, which sets the context).
     */
    public record Level(String level, double m, double u, double matchWeight, Double uSameHousehold,
                        Double matchWeightSameHousehold) {
    }

    /** The document of a model; the term-frequency file is written separately. */
    static ModelDocument of(MatchWeights weights, String settingsFingerprint, String termFrequencyFile) {
        List<FieldComparator> fields = weights.schema().comparators();
        int household = MatchWeights.householdField(weights.schema());
        var uHousehold = weights.uHousehold();
        List<Comparison> comparisons = new ArrayList<>();
        Map<String, Integer> valuesPerField = new java.util.LinkedHashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldComparator field = fields.get(f);
            List<Level> levels = new ArrayList<>();
            for (int l = 1; l < field.levels().size(); l++) {
                boolean context = uHousehold != null && f != household;
                levels.add(new Level(field.levels().get(l), weights.m(f, l), weights.u(f, l), weights.weight(f, l),
                        context ? uHousehold.get(f, l) : null, context ? weights.householdWeight(f, l) : null));
            }
            int values = weights.frequencies().perField().get(f).size();
            if (values > 0) {
                valuesPerField.put(field.field(), values);
            }
            comparisons.add(new Comparison(field.field(), values > 0, levels));
        }
        double prior = weights.priorLogOdds();
        return new ModelDocument(FORMAT, EXPLANATION, settingsFingerprint,
                new Prior(MatchWeights.probability(prior), prior), weights.maxAbsoluteWeight(),
                new TermFrequencies(termFrequencyFile, weights.frequencies().minimum(), valuesPerField), comparisons);
    }
}
