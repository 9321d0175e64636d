package org.steward.mpi.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.weights.MatchWeights;

/**
 * Compares candidate pairs with the plain-Java comparators, where the pairs are. The standardised
 * registrations travel once to each executor as a broadcast (the driver holds them anyway), so a pair
 * is two array lookups rather than two joins. Out: the pair, its comparison levels, and which training
 * rules' keys it shares (bit t: training rule t), as the weight estimate needs.
 */
final class PairComparison implements MapPartitionsFunction<Row, Row> {

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("a", DataTypes.IntegerType, false),
            DataTypes.createStructField("b", DataTypes.IntegerType, false),
            DataTypes.createStructField("levels", DataTypes.BinaryType, false),
            DataTypes.createStructField("mask", DataTypes.LongType, false)));

    /** What every executor needs: the records by index and, per training rule, each record's key. */
    record Registrations(StandardPatient[] records, String[][] trainingKeys) implements Serializable {
    }

    private final ComparisonSchema schema;
    private final Broadcast<Registrations> registrations;

    PairComparison(ComparisonSchema schema, Broadcast<Registrations> registrations) {
        this.schema = schema;
        this.registrations = registrations;
    }

    /** In: a, b. */
    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
        Registrations r = registrations.value();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pairs.hasNext();
            }

            @Override
            public Row next() {
                Row row = pairs.next();
                int a = row.getInt(0);
                int b = row.getInt(1);
                long mask = 0;
                for (int t = 0; t < r.trainingKeys().length; t++) {
                    String key = r.trainingKeys()[t][a];
                    if (key != null && key.equals(r.trainingKeys()[t][b])) {
                        mask |= 1L << t;
                    }
                }
                return RowFactory.create(a, b, schema.compare(r.records()[a], r.records()[b]), mask);
            }
        };
    }

    /** Scores compared pairs and keeps those at or above the floor: a, b, levels. */
    static final class Scoring implements MapPartitionsFunction<Row, Row> {

        static final StructType SCHEMA = DataTypes.createStructType(List.of(
                DataTypes.createStructField("a", DataTypes.IntegerType, false),
                DataTypes.createStructField("b", DataTypes.IntegerType, false),
                DataTypes.createStructField("levels", DataTypes.BinaryType, false)));

        private final MatchWeights weights;
        private final Broadcast<Registrations> registrations;
        private final double floor;

        Scoring(MatchWeights weights, Broadcast<Registrations> registrations, double floor) {
            this.weights = weights;
            this.registrations = registrations;
            this.floor = floor;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> compared) {
            StandardPatient[] records = registrations.value().records();
            List<Row> kept = new ArrayList<>();
            while (compared.hasNext()) {
                Row row = compared.next();
                byte[] levels = row.getAs(2);
                int a = row.getInt(0);
                int b = row.getInt(1);
                if (weights.score(records[a], records[b], levels, 0) >= floor) {
                    kept.add(RowFactory.create(a, b, levels));
                }
            }
            return kept.iterator();
        }
    }
}
