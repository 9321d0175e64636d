package org.steward.platform.engine;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.steward.platform.output.ParquetFolder;
import org.steward.platform.settings.StewardSettings;

/**
 * Spark SQL on the run's session ({@code local[*]} or a cluster). Views are session temp views,
 * materialized results are persisted (memory, spilling to disk); both are dropped on close. Only SQL
 * reaches the executors: nothing here needs Steward's classes there.
 */
public final class SparkSqlEngine implements SqlEngine {

    private final SparkSession spark;
    private final List<String> views = new ArrayList<>();
    private final List<Dataset<Row>> persisted = new ArrayList<>();

    public SparkSqlEngine(SparkSession spark) {
        this.spark = spark;
    }

    @Override
    public StewardSettings.Engine kind() {
        return StewardSettings.Engine.SPARK;
    }

    @Override
    public SqlDialect dialect() {
        return SparkDialect.INSTANCE;
    }

    @Override
    public void registerParquet(String view, Path folder, boolean partitioned, List<SqlColumn> columns) {
        Dataset<Row> rows = ParquetFolder.hasFiles(folder, partitioned)
                ? spark.read().option("basePath", folder.toAbsolutePath().toString())
                        .parquet(folder.toAbsolutePath() + (partitioned ? "/*/*.parquet" : "/*.parquet"))
                : spark.sql(dialect().emptyRelation(columns));
        register(view, rows);
    }

    @Override
    public void registerParquetHistory(String view, Path folder, List<SqlColumn> columns) {
        // recursiveFileLookup turns partition discovery off: the as_of= folders repeat a column the files hold.
        Dataset<Row> rows = ParquetFolder.hasFiles(folder, true)
                ? spark.read().option("recursiveFileLookup", "true").option("mergeSchema", "true")
                        .parquet(folder.toAbsolutePath().toString())
                : spark.sql(dialect().emptyRelation(columns));
        register(view, rows);
    }

    @Override
    public void registerRows(String view, List<SqlColumn> columns, List<Object[]> rows) {
        List<StructField> fields = new ArrayList<>();
        for (SqlColumn column : columns) {
            fields.add(DataTypes.createStructField(column.name(), type(column.type()), true));
        }
        List<Row> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] copy = row.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = sparkValue(columns.get(i).type(), copy[i]);
            }
            values.add(RowFactory.create(copy));
        }
        // From an RDD, not a local list: a local relation keeps its rows in the query plan, and Spark's analyzer
        // walks them on every query that reads the view (half a minute of quality checks over a code set of
        // 100k rows, whatever the size of the data). Repartitioned and cached once, so queries read the rows from
        // the executors' memory (a task reading the cache carries its shuffle partition, not the rows), and the
        // optimizer sees their real (small) size and broadcasts them into joins.
        int partitions = Math.max(1, spark.sparkContext().defaultParallelism());
        JavaRDD<Row> distributed = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(values, partitions);
        Dataset<Row> table = spark.createDataFrame(distributed, DataTypes.createStructType(fields))
                .repartition(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        table.count();
        persisted.add(table);
        register(view, table);
    }

    @Override
    public void materialize(String view, String sql) {
        Dataset<Row> rows = spark.sql(sql).persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(rows);
        register(view, rows);
    }

    @Override
    public void writeParquet(String sql, List<SqlColumn> columns, Path folder, boolean partitioned) {
        DataFrameWriter<Row> writer = spark.sql(typed(sql, columns)).write().mode(SaveMode.ErrorIfExists);
        (partitioned ? writer.partitionBy("period") : writer).parquet(folder.toAbsolutePath().toString());
    }

    @Override
    public List<Object[]> rows(String sql) {
        List<Object[]> rows = new ArrayList<>();
        for (Row row : spark.sql(sql).collectAsList()) {
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(row.get(i));
            }
            rows.add(values);
        }
        return rows;
    }

    private void register(String view, Dataset<Row> rows) {
        rows.createOrReplaceTempView(view);
        views.add(view);
    }

    private static Object value(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return value;
    }

    private static Object sparkValue(SqlType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> ((Number) value).intValue();
            case BIGINT -> ((Number) value).longValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case DATE -> Date.valueOf((LocalDate) value);
            case DECIMAL_CENTS -> (BigDecimal) value;
            default -> value;
        };
    }

    private static DataType type(SqlType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case DATE -> DataTypes.DateType;
            case BOOLEAN -> DataTypes.BooleanType;
            case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType);
            case DECIMAL_CENTS -> DataTypes.createDecimalType(18, 2);
        };
    }

    @Override
    public void close() {
        views.forEach(spark.catalog()::dropTempView);
        persisted.forEach(Dataset::unpersist);
        views.clear();
        persisted.clear();
    }
}
