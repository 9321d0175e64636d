package org.steward.platform.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.contract.StagedColumn;
import org.steward.core.contract.StagedColumn.StoredType;

class ParquetRowFileTest {

    static final List<StagedColumn> COLUMNS = List.of(
            new StagedColumn("id", StoredType.STRING), new StagedColumn("day", StoredType.DATE),
            new StagedColumn("amount", StoredType.CENTS), new StagedColumn("codes", StoredType.STRING_LIST),
            new StagedColumn("line", StoredType.LONG));

    @TempDir
    Path folder;

    @Test
    void duckDbReadsBackEveryTypeExactly() throws Exception {
        Path file = folder.resolve("rows.parquet");
        try (ParquetRowFile rows = ParquetRowFile.create(file, COLUMNS, new ParquetRowFile.Format("snappy", 8))) {
            rows.write(new Object[] {"é1", LocalDate.of(2025, 3, 31), -1250L, List.of("I5021", "E119"), 2L});
            rows.write(new Object[] {null, null, null, List.of(), 3L});
            rows.write(new Object[] {"x", LocalDate.of(1900, 1, 1), 99999999999L, null, 4L});
            assertThat(rows.rows()).isEqualTo(3);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet result = statement.executeQuery("SELECT id, day, amount, codes, len(codes), line, typeof(amount) "
                     + "FROM read_parquet('" + file + "') ORDER BY line")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("é1");
            assertThat(result.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(result.getBigDecimal(3)).isEqualByComparingTo(new BigDecimal("-12.50"));
            assertThat(result.getInt(5)).isEqualTo(2);
            assertThat(result.getString(7)).isEqualTo("DECIMAL(18,2)");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isNull();
            assertThat(result.getObject(2)).isNull();
            assertThat(result.getInt(5)).isZero();
            assertThat(result.next()).isTrue();
            assertThat(result.getBigDecimal(3)).isEqualByComparingTo(new BigDecimal("999999999.99"));
            assertThat(result.getObject(4)).isNull();
            assertThat(result.next()).isFalse();
        }
    }
}
