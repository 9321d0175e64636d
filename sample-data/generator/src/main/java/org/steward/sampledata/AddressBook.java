package org.steward.sampledata;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Turns stored address parts into text, and knows where a person lived before or after (the
 * address used by address_move and married_name registrations). The other address is derived
 * from the person alone, so every registration showing a move shows the same other address.
 */
final class AddressBook {

    private final NameLists names;
    private final ZipDirectory zips;
    private final long seed;

    AddressBook(NameLists names, ZipDirectory zips, long seed) {
        this.names = names;
        this.zips = zips;
        this.seed = seed;
    }

    void fillTrue(Population pop, int person, RecordedPatient out) {
        out.addressLine = line(pop.streetNumber[person], pop.street[person], pop.streetSuffix[person],
                pop.unit[person], false);
        fillZip(pop.zip[person], pop.place[person], out);
    }

    void fillMoved(Population pop, int person, RecordedPatient out) {
        SplittableRandom r = SeedStreams.of(seed, SeedStreams.Concern.PERSON_ALTERNATES, person);
        int zip = Math.floorMod(pop.zip[person] + r.nextInt(121) - 60, zips.size());
        int place = r.nextInt(zips.placeCount(zip));
        int number = 1 + r.nextInt(9999);
        int street = r.nextInt(names.streets.size());
        int suffix = names.pickStreetSuffix(r);
        int unit = r.nextDouble() < 0.2 ? 1 + r.nextInt(400) : 0;
        out.addressLine = line(number, street, suffix, unit, false);
        fillZip(zip, place, out);
    }

    /** The same address spelled differently: suffix written out, unit as '#'. */
    void respell(Population pop, int person, RecordedPatient out) {
        out.addressLine = line(pop.streetNumber[person], pop.street[person], pop.streetSuffix[person],
                pop.unit[person], true);
    }

    static String email(String first, String last, int style, int number, int birthYear) {
        String f = letters(first);
        String l = letters(last);
        String domain = switch (number % 4) {
            case 0 -> "example.com";
            case 1 -> "example.net";
            case 2 -> "example.org";
            default -> "mail.example.com";
        };
        String local = switch (style) {
            case 1 -> f + "." + l;
            case 2 -> f + l + number;
            case 3 -> f.charAt(0) + l + number;
            default -> f + String.format("%02d", birthYear % 100);
        };
        return local + "@" + domain;
    }

    private void fillZip(int zip, int place, RecordedPatient out) {
        out.zip = zips.zip(zip);
        out.state = zips.state(zip);
        out.city = zips.place(zip, place);
    }

    private String line(int number, int street, int suffix, int unit, boolean respelled) {
        StringBuilder sb = new StringBuilder(32);
        sb.append(number).append(' ').append(names.streets.get(street)).append(' ');
        sb.append(respelled ? names.suffixWords.get(suffix) : names.suffixAbbreviations.get(suffix));
        if (unit > 0) {
            sb.append(respelled ? " #" : " Apt ").append(unit);
        }
        return sb.toString();
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.length() == 0 ? "x" : sb.toString().toLowerCase(Locale.ROOT);
    }
}
