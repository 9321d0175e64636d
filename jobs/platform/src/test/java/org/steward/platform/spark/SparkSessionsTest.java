package org.steward.platform.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;
import org.steward.platform.output.ParquetRowFile;
import org.steward.platform.testing.TestSettings;

/**
 * Spark reads what Steward writes, and collecting a DATE works: this fails loudly if Spark's Java 17
 * module flags (surefire argLine, bin/steward, the jar manifest) are ever lost.
 */
class SparkSessionsTest {

    @TempDir
    Path folder;

    @Test
    void sparkCollectsDatesDecimalsAndListsFromStewardParquet() throws Exception {
        Path file = folder.resolve("t/part-000.parquet");
        try (ParquetRowFile rows = ParquetRowFile.create(file, List.of(new StagedColumn("day", StoredType.DATE),
                new StagedColumn("amount", StoredType.CENTS), new StagedColumn("codes", StoredType.STRING_LIST)),
                new ParquetRowFile.Format("snappy", 8))) {
            rows.write(new Object[] {LocalDate.of(2025, 10, 1), 123456L, List.of("A419")});
        }
        try (SparkSessions sessions = new SparkSessions(TestSettings.h2(folder).spark())) {
            List<Row> rows = sessions.session().read().parquet(folder.resolve("t").toString()).collectAsList();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getDate(0).toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(rows.get(0).getDecimal(1)).isEqualByComparingTo(new BigDecimal("1234.56"));
            assertThat(rows.get(0).getList(2)).containsExactly("A419");
            // An aggregation runs whole-stage generated code, compiled by Janino: a mismatched Janino
            // (or ANTLR, for the SQL parser) version fails here.
            sessions.session().read().parquet(folder.resolve("t").toString()).createOrReplaceTempView("t");
            List<Row> sums = sessions.session().sql("SELECT day, sum(amount) AS total, count(*) AS n FROM t GROUP BY day")
                    .collectAsList();
            assertThat(sums.get(0).getDecimal(1)).isEqualByComparingTo(new BigDecimal("1234.56"));
            assertThat(sums.get(0).getLong(2)).isEqualTo(1L);
        }
    }
}
