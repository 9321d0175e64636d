package org.steward.mpi.core.standardise;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds free text to the one alphabet every comparison works in: upper-case ASCII letters and
 * digits separated by single spaces. Accents are stripped (NFD, then combining marks dropped)
 * because registration systems disagree on whether they keep them.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    /** Upper-case ASCII words, punctuation turned into spaces; null when nothing is left. */
    public static String words(String text) {
        if (text == null) {
            return null;
        }
        // ASCII has nothing to decompose: most text skips the normaliser, which is most of the cost here.
        String decomposed = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char u = Character.toUpperCase(c);
            boolean keep = (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
            // Apostrophes join (O'BRIEN is OBRIEN); everything else separates words.
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (u == '#') {
                // A unit sign is a word of its own ("#12" is "# 12") so it can be standardised.
                out.append(out.length() == 0 || out.charAt(out.length() - 1) == ' ' ? "# " : " # ");
                space = false;
                continue;
            }
            if (keep) {
                if (space && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(u);
                space = false;
            } else {
                space = true;
            }
        }
        String folded = out.toString().trim().toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Letters only, words joined: "Mary-Ann" and "Maryann" compare equal. */
    public static String letters(String text) {
        String w = words(text);
        if (w == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Digits only; null when there are none. */
    public static String digits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** True when every character is the same one (1111111111): a filler, not a value. */
    public static boolean repeated(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
