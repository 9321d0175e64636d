package org.steward.platform.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.steward.core.contract.StagedColumn;

/**
 * Writes rows held as {@code Object[]} (String, LocalDate, Long, List&lt;String&gt;) straight to Parquet,
 * without an intermediate object model: staging writes every input row once, so this path is hot.
 */
final class RowWriteSupport extends WriteSupport<Object[]> {

    private final List<StagedColumn> columns;
    private final MessageType schema;
    private RecordConsumer consumer;

    RowWriteSupport(List<StagedColumn> columns) {
        this.columns = List.copyOf(columns);
        this.schema = schemaOf(columns);
    }

    static MessageType schemaOf(List<StagedColumn> columns) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (StagedColumn column : columns) {
            builder.addField(typeOf(column));
        }
        return builder.named("row");
    }

    private static Type typeOf(StagedColumn column) {
        return switch (column.type()) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named(column.name());
            case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                    .named(column.name());
            case CENTS -> Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18))
                    .named(column.name());
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(column.name());
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(column.name());
            case STRING_LIST -> Types.optionalList()
                    .optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named(column.name());
        };
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, new HashMap<>());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
        consumer.startMessage();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row[i];
            if (value == null) {
                continue;
            }
            StagedColumn column = columns.get(i);
            consumer.startField(column.name(), i);
            switch (column.type()) {
                case STRING -> consumer.addBinary(binary((String) value));
                case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
                case CENTS, LONG -> consumer.addLong((Long) value);
                case DOUBLE -> consumer.addDouble((Double) value);
                case STRING_LIST -> writeList((List<?>) value);
            }
            consumer.endField(column.name(), i);
        }
        consumer.endMessage();
    }

    /** Array-backed: dictionary lookups compare and hash these far faster than Binary.fromString's buffers. */
    private static Binary binary(String value) {
        return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The standard three-level LIST layout, which Spark, DuckDB and Arrow all read. */
    private void writeList(List<?> items) {
        consumer.startGroup();
        if (!items.isEmpty()) {
            consumer.startField("list", 0);
            for (Object item : items) {
                consumer.startGroup();
                consumer.startField("element", 0);
                consumer.addBinary(binary((String) item));
                consumer.endField("element", 0);
                consumer.endGroup();
            }
            consumer.endField("list", 0);
        }
        consumer.endGroup();
    }
}
