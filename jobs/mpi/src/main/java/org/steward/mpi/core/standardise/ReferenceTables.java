package org.steward.mpi.core.standardise;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference data standardisation uses, read from config/mpi/*.csv. All keys and values are
 * already folded by {@link TextNormaliser} so lookups need no further work.
 *
 * @param nicknames     name to the canonical names it may stand for
 * @param nameSuffixes  written variant (JUNIOR, 3RD) to the standard suffix (JR, III)
 * @param placeholderSsns digits of SSNs that registration staff type when they have none
 * @param addressWords  address word to its standard abbreviation
 */
public record ReferenceTables(Map<String, List<String>> nicknames, Map<String, String> nameSuffixes,
                              Set<String> placeholderSsns, Map<String, String> addressWords)
        implements Serializable {

    public ReferenceTables {
        nicknames = Map.copyOf(nicknames);
        nameSuffixes = Map.copyOf(nameSuffixes);
        placeholderSsns = Set.copyOf(placeholderSsns);
        addressWords = Map.copyOf(addressWords);
    }
}
