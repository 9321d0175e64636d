package org.steward.core.contract;

import java.util.List;

/** An input file whose header lacks required columns: the run cannot start. */
public final class MissingColumnsException extends HeaderException {

    private final List<String> missing;

    public MissingColumnsException(String file, List<String> missing) {
        super(file + ": missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
