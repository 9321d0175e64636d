package org.steward.mpi.core.standardise;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Names: letters only, nicknames resolved to their canonical names, suffixes (JR, III) taken out
 * of the surname when they were typed there, and a Double Metaphone code for blocking.
 */
public final class NameStandardiser implements Serializable {

    private final Map<String, List<String>> nicknames;
    private final Map<String, String> suffixes;

    public NameStandardiser(ReferenceTables tables) {
        this.nicknames = tables.nicknames();
        this.suffixes = tables.nameSuffixes();
    }

    /** Letters only; null when empty. */
    public String name(String raw) {
        return TextNormaliser.letters(raw);
    }

    /**
     * The surname without a trailing suffix word ("SMITH JR" is "SMITH"), letters only. The
     * suffix itself is read by {@link #suffix}.
     */
    public String surname(String raw) {
        String words = TextNormaliser.words(raw);
        if (words == null) {
            return null;
        }
        String[] parts = words.split(" ");
        int end = parts.length;
        if (end > 1 && suffixes.containsKey(parts[end - 1])) {
            end--;
        }
        return TextNormaliser.letters(String.join(" ", java.util.Arrays.copyOf(parts, end)));
    }

    /** The standard suffix from the suffix field, or else from the surname's last word. */
    public String suffix(String suffixField, String rawSurname) {
        String s = TextNormaliser.words(suffixField);
        if (s != null) {
            return suffixes.getOrDefault(s.replace(" ", ""), s.replace(" ", ""));
        }
        String words = TextNormaliser.words(rawSurname);
        if (words == null || !words.contains(" ")) {
            return null;
        }
        return suffixes.get(words.substring(words.lastIndexOf(' ') + 1));
    }

    /**
     * The canonical names a given name may stand for, itself first: "BILL" gives [BILL, WILLIAM].
     * A name that is itself canonical gives only itself.
     */
    public List<String> givenNameForms(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> canonical = nicknames.get(name);
        if (canonical == null) {
            return List.of(name);
        }
        List<String> forms = new ArrayList<>(canonical.size() + 1);
        forms.add(name);
        for (String c : canonical) {
            if (!forms.contains(c)) {
                forms.add(c);
            }
        }
        return List.copyOf(forms);
    }

    /** Double Metaphone primary code; a new encoder each call keeps this class free of shared state. */
    public String metaphone(String name) {
        if (name == null) {
            return null;
        }
        String code = new DoubleMetaphone().doubleMetaphone(name);
        return code == null || code.isEmpty() ? null : code;
    }
}
