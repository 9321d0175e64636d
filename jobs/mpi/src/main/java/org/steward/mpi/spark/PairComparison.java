package org.steward.mpi.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.compare.ComparisonSchema;
import org.steward.mpi.core.weights.MatchWeights;

/**
 * Compares joined pairs with the plain-Java comparators, where the pairs are. Out: the pair, its
 * comparison levels, which blocking rules' keys it shares (bit r: rule r, as the estimator's
 * training rules need) and the left record's term-frequency values, so scoring needs no record.
 */
final class PairComparison implements MapPartitionsFunction<Row, Row> {

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("a", DataTypes.IntegerType, false),
            DataTypes.createStructField("b", DataTypes.IntegerType, false),
            DataTypes.createStructField("levels", DataTypes.BinaryType, false),
            DataTypes.createStructField("mask", DataTypes.LongType, false),
            DataTypes.createStructField("tf", DataTypes.createArrayType(DataTypes.StringType), false)));

    private final ComparisonSchema schema;

    PairComparison(ComparisonSchema schema) {
        this.schema = schema;
    }

    /** In: a, b, left record, left keys, right record, right keys. */
    @Override
    public Iterator<Row> call(Iterator<Row> pairs) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pairs.hasNext();
            }

            @Override
            public Row next() {
                Row row = pairs.next();
                StandardPatient left = PatientRows.fromRecord(row.getStruct(2));
                StandardPatient right = PatientRows.fromRecord(row.getStruct(4));
                List<String> leftKeys = row.getList(3);
                List<String> rightKeys = row.getList(5);
                long mask = 0;
                for (int r = 0; r < leftKeys.size(); r++) {
                    if (leftKeys.get(r) != null && leftKeys.get(r).equals(rightKeys.get(r))) {
                        mask |= 1L << r;
                    }
                }
                return RowFactory.create(row.getInt(0), row.getInt(1), schema.compare(left, right), mask,
                        MatchWeights.frequencyValues(schema, left));
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
        private final double floor;

        Scoring(MatchWeights weights, double floor) {
            this.weights = weights;
            this.floor = floor;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> compared) {
            List<Row> kept = new ArrayList<>();
            while (compared.hasNext()) {
                Row row = compared.next();
                byte[] levels = row.getAs(2);
                List<String> tf = row.getList(4);
                if (weights.score(levels, 0, tf.toArray(String[]::new)) >= floor) {
                    kept.add(RowFactory.create(row.getInt(0), row.getInt(1), levels));
                }
            }
            return kept.iterator();
        }
    }
}
