package org.steward.app.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import no.priv.garshol.duke.DukeConfigException;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordIterator;
import no.priv.garshol.duke.datasources.Column;
import no.priv.garshol.duke.datasources.ColumnarDataSource;
import no.priv.garshol.duke.datasources.RecordBuilder;

/**
 * A Duke data source over a patients.csv in the input contract, named in {@code bench/duke-patients.xml}.
 * Duke's own CSV source is not used for two reasons: the contract allows a UTF-8 byte-order mark, which
 * Duke would read into the first header name, and a registration's key is two columns, while a Duke column
 * fills one property from one CSV column. This source reads RFC 4180 with FastCSV and offers, besides the
 * file's columns, {@value #KEY_COLUMN} = {@code facility_id|mrn}. Values are trimmed; Duke's
 * {@link RecordBuilder} applies each column's cleaner and leaves empty values out, as Duke's sources do.
 * Rows with too few or too many fields are read as they are (stage would quarantine them).
 *
 * <p>Public with a no-argument constructor because Duke's ConfigLoader instantiates it by class name;
 * {@code input-file} is set by {@link DukeReference}.
 */
public final class PatientsCsvDataSource extends ColumnarDataSource {

    /** The derived column holding a registration's key, {@code facility_id|mrn}. */
    public static final String KEY_COLUMN = "registration_key";

    private String inputFile;

    /** Duke bean property {@code input-file}. */
    public void setInputFile(String inputFile) {
        this.inputFile = inputFile;
    }

    @Override
    public RecordIterator getRecords() {
        verifyProperty(inputFile, "input-file");
        CsvReader<CsvRecord> reader;
        try {
            reader = CsvReader.builder()
                    .detectBomHeader(true)
                    .allowMissingFields(true)
                    .allowExtraFields(true)
                    .ofCsvRecord(Path.of(inputFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(inputFile + ": " + e.getMessage(), e);
        }
        try {
            return new Rows(reader);
        } catch (RuntimeException e) {
            try {
                reader.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    protected String getSourceName() {
        return "patients CSV";
    }

    private final class Rows extends RecordIterator {
        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> rows;
        private final RecordBuilder builder = new RecordBuilder(PatientsCsvDataSource.this);
        /** For each configured column, its field index in the file, or -1 for the key. */
        private final List<Column> columns;
        private final int[] fieldIndex;
        private final int facilityIndex;
        private final int mrnIndex;

        Rows(CsvReader<CsvRecord> reader) {
            this.reader = reader;
            this.rows = reader.iterator();
            if (!rows.hasNext()) {
                throw new DukeConfigException(inputFile + ": empty file, no header");
            }
            Map<String, Integer> header = new HashMap<>();
            List<String> names = rows.next().getFields();
            for (int i = 0; i < names.size(); i++) {
                header.putIfAbsent(names.get(i).trim(), i);
            }
            facilityIndex = required(header, "facility_id");
            mrnIndex = required(header, "mrn");
            columns = new ArrayList<>(getColumns());
            fieldIndex = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String name = columns.get(i).getName();
                fieldIndex[i] = name.equals(KEY_COLUMN) ? -1 : required(header, name);
            }
        }

        private int required(Map<String, Integer> header, String column) {
            Integer index = header.get(column);
            if (index == null) {
                throw new DukeConfigException(inputFile + ": no column '" + column + "' in the header");
            }
            return index;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Record next() {
            if (!rows.hasNext()) {
                throw new NoSuchElementException();
            }
            CsvRecord row = rows.next();
            builder.newRecord();
            String key = field(row, facilityIndex) + "|" + field(row, mrnIndex);
            for (int i = 0; i < fieldIndex.length; i++) {
                builder.addValue(columns.get(i), fieldIndex[i] < 0 ? key : field(row, fieldIndex[i]));
            }
            return builder.getRecord();
        }

        private String field(CsvRecord row, int index) {
            return index < row.getFieldCount() ? row.getField(index).trim() : "";
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
