package org.steward.sampledata;

import java.util.SplittableRandom;

/** Single keying errors: substitution by a keyboard neighbour, transposition, deletion or doubling. */
final class Typos {

    private static final String[] NEIGHBOURS = {
        "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn",
        "jiolm", "kop", "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb",
        "qase", "zsdc", "tghu", "asx",
    };

    private Typos() {
    }

    /** A different string one keystroke away, or the input when it is too short to damage. */
    static String apply(String value, SplittableRandom r) {
        if (value == null || value.length() < 3) {
            return value;
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            String typo = once(value, r);
            if (!typo.equalsIgnoreCase(value)) {
                return typo;
            }
        }
        return value;
    }

    private static String once(String s, SplittableRandom r) {
        // Errors hit the first letter rarely, which is also what keeps first-letter blocking usable.
        int i = r.nextDouble() < 0.1 ? 0 : 1 + r.nextInt(s.length() - 1);
        StringBuilder sb = new StringBuilder(s);
        double op = r.nextDouble();
        if (op < 0.4) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower < 'a' || lower > 'z') {
                return s;
            }
            String near = NEIGHBOURS[lower - 'a'];
            char replacement = near.charAt(r.nextInt(near.length()));
            sb.setCharAt(i, Character.isUpperCase(c) ? Character.toUpperCase(replacement) : replacement);
        } else if (op < 0.7) {
            int j = Math.min(Math.max(i, 1), s.length() - 2);
            char a = sb.charAt(j);
            char b = sb.charAt(j + 1);
            if (Character.isUpperCase(a) || Character.isUpperCase(b)) {
                return s;
            }
            sb.setCharAt(j, b);
            sb.setCharAt(j + 1, a);
        } else if (op < 0.9) {
            sb.deleteCharAt(Math.max(i, 1));
        } else {
            int k = Math.max(i, 1);
            sb.insert(k, Character.toLowerCase(s.charAt(k)));
        }
        return sb.toString();
    }
}
