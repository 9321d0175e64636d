package org.steward.core.contract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An input file whose header names a column twice: which of the two values a row means is undefined, so
 * the run cannot start.
 */
public final class RepeatedColumnsException extends HeaderException {

    private final List<String> repeated;

    /** @param positions each repeated column (as the contract matches it) with its 1-based positions in the header */
    public RepeatedColumnsException(String file, Map<String, List<Integer>> positions) {
        super(file + ": the header names " + (positions.size() > 1 ? "columns" : "a column") + " more than once: "
                + positions.entrySet().stream().map(e -> e.getKey() + " (columns " + e.getValue().stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "))
                + "; keep one column of each name");
        this.repeated = List.copyOf(positions.keySet());
    }

    public List<String> repeated() {
        return repeated;
    }
}
