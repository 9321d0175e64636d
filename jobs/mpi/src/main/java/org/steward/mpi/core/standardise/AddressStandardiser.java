package org.steward.mpi.core.standardise;

import java.io.Serializable;
import java.util.Map;

/**
 * Address lines word by word through the abbreviation table (STREET is ST, APARTMENT and # are
 * UNIT), so the same address typed two ways compares equal.
 */
public final class AddressStandardiser implements Serializable {

    private final Map<String, String> words;

    public AddressStandardiser(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    public String standardise(String raw) {
        String folded = TextNormaliser.words(raw);
        if (folded == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(words.getOrDefault(word, word));
        }
        return out.toString();
    }
}
