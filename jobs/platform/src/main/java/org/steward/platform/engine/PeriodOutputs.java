package org.steward.platform.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a job's {@link PeriodOutput}s from where their rows already are, and counts what was written from there.
 * An output's query is materialized (or is a table) before it is written, so counting it does not compute it a
 * second time; every count comes back in one query.
 */
public final class PeriodOutputs {

    private PeriodOutputs() {
    }

    /**
     * Writes each output under {@code work/<area>/<folder>}, partitioned by period.
     *
     * @param sources for each output, what its rows are selected from: a table or view, with the run's scope as a
     *                {@code WHERE} when it has one (for example {@code "dn_out_rates WHERE period = '2025-02'"})
     * @return the rows written per output, in the order of {@code sources}
     */
    public static <O extends PeriodOutput> Map<O, Long> writeAndCount(SqlEngine engine, Map<O, String> sources, Path work) {
        for (Map.Entry<O, String> source : sources.entrySet()) {
            O out = source.getKey();
            engine.writeParquet("SELECT " + out.columnList() + " FROM " + source.getValue(), out.columns(),
                    work.resolve(out.area()).resolve(out.folder()), true);
        }
        Object[] counted = engine.rows(sources.values().stream().map(from -> "(SELECT count(*) FROM " + from + ")")
                .collect(Collectors.joining(", ", "SELECT ", ""))).get(0);
        Map<O, Long> rows = new LinkedHashMap<>();
        int column = 0;
        for (O out : sources.keySet()) {
            rows.put(out, ((Number) counted[column++]).longValue());
        }
        return rows;
    }
}
