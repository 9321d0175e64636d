package org.steward.core.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.steward.core.period.Period;

/**
 * Reads records of one input file against its {@link TableContract}: finds the contract's columns in
 * the file's header (any order; extra columns are set aside), then types each record or says why not.
 */
public final class RowParser {

    /** What a decoder puts where the input had bytes that are not UTF-8. */
    private static final char REPLACEMENT = '\uFFFD';

    private final TableContract contract;
    private final int[] sourceIndex;
    private final int headerSize;
    private final List<String> extraColumns;
    private final int rawColumns;
    private final int periodIndex;
    private final int periodFallbackIndex;

    private RowParser(TableContract contract, int[] sourceIndex, int headerSize, List<String> extraColumns) {
        this.contract = contract;
        this.sourceIndex = sourceIndex;
        this.headerSize = headerSize;
        this.extraColumns = List.copyOf(extraColumns);
        this.rawColumns = (int) contract.columns().stream().filter(ColumnSpec::keepsRaw).count();
        this.periodIndex = contract.periodColumn().map(contract::indexOf).orElse(-1);
        this.periodFallbackIndex = contract.periodFallbackColumn().map(contract::indexOf).orElse(-1);
    }

    /**
     * Matches a file's header to the contract: names are compared trimmed and case-insensitively, so
     * {@code Email} and {@code email } are one column named twice.
     *
     * @throws MissingColumnsException when a contract column is absent
     * @throws RepeatedColumnsException when the header names any column (contract or extra) more than once
     */
    public static RowParser forHeader(TableContract contract, String file, List<String> header)
            throws HeaderException {
        List<String> names = header.stream().map(RowParser::headerName).toList();
        requireEachNameOnce(file, names);
        int[] index = new int[contract.columns().size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < index.length; i++) {
            String name = contract.columns().get(i).name();
            index[i] = names.indexOf(name);
            if (index[i] < 0) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException(file, missing);
        }
        List<String> extra = names.stream().filter(n -> contract.indexOf(n) < 0).toList();
        return new RowParser(contract, index, names.size(), extra);
    }

    private static void requireEachNameOnce(String file, List<String> names) throws RepeatedColumnsException {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            // An unnamed column (a trailing comma) is never read, so two of them are harmless.
            if (!names.get(i).isEmpty()) {
                positions.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(i + 1);
            }
        }
        positions.values().removeIf(p -> p.size() == 1);
        if (!positions.isEmpty()) {
            throw new RepeatedColumnsException(file, positions);
        }
    }

    private static String headerName(String raw) {
        String name = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Header columns that are not in the contract: they are not staged (the caller warns once). */
    public List<String> extraColumns() {
        return extraColumns;
    }

    public TableContract contract() {
        return contract;
    }

    public ParsedRow parse(List<String> fields, long line) {
        if (fields.size() != headerSize) {
            return new ParsedRow.Rejected("", "expected " + headerSize + " fields as in the header, found "
                    + fields.size());
        }
        List<ColumnSpec> columns = contract.columns();
        Object[] values = new Object[columns.size() + rawColumns + 1];
        int raw = columns.size();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            String text = fields.get(sourceIndex[i]);
            if (text.indexOf(REPLACEMENT) >= 0) {
                return new ParsedRow.Rejected(column.name(), "invalid UTF-8 byte sequence");
            }
            try {
                values[i] = FieldParser.parse(column, text);
            } catch (InvalidFieldException e) {
                if (!column.keepsRaw()) {
                    return new ParsedRow.Rejected(column.name(), e.getMessage());
                }
                values[raw] = text.strip();
            }
            if (column.keepsRaw()) {
                raw++;
            }
        }
        values[values.length - 1] = line;
        return periodOf(values);
    }

    private ParsedRow periodOf(Object[] values) {
        if (periodIndex < 0) {
            return new ParsedRow.Accepted(values, Optional.empty());
        }
        Object date = values[periodIndex];
        if (date == null && periodFallbackIndex >= 0) {
            date = values[periodFallbackIndex];
        }
        if (date == null) {
            String columns = contract.periodColumn().get()
                    + contract.periodFallbackColumn().map(c -> " or " + c).orElse("");
            return new ParsedRow.Rejected(contract.periodColumn().get(),
                    "missing " + columns + ": the row's period cannot be decided");
        }
        LocalDate day = date instanceof String dateTime ? FieldParser.dateOf(dateTime) : (LocalDate) date;
        return new ParsedRow.Accepted(values, Optional.of(Period.of(day)));
    }
}
