package org.steward.privacy.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.mpi.core.standardise.AddressStandardiser;
import org.steward.mpi.core.standardise.NameStandardiser;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.core.standardise.TextNormaliser;

/**
 * Who may be family: a patient registration whose surname and address line, standardised exactly as the MPI
 * standardises them (letters only, a suffix typed into the surname taken out; street words abbreviated), equal a
 * user's, and whose 5-digit ZIP does not differ when both have one. Plain Java over the MPI's own standardisers.
 *
 * <p>Standardising every registration is the costly part, so an engine first keeps only the registrations whose
 * {@link #prefilterKey} is one of {@link #prefilterKeys}: a necessary condition, never a decision.
 */
public final class FamilyKeys {

    /** Stands for every surname the prefilter cannot fold as the standardiser would (a character outside printable ASCII). */
    public static final String ANY_SURNAME = "*";

    /** A user's (or a registration's) name and address as recorded. */
    public record Person(String id, String lastName, String addressLine, String zip) {
    }

    /** A registration that may be family of a user. */
    public record Match(String facilityId, String mrn, String userId) {
    }

    /**
     * What the engine compares before standardising: the surname's ASCII letters upper-cased ({@link #ANY_SURNAME} when
     * it holds a character outside printable ASCII) and the address line's ASCII digits ("" when standardisation may
     * change digits, see {@link #digitsSurviveStandardisation}).
     */
    public record Prefilter(String surname, String digits) {
    }

    private final NameStandardiser names;
    private final AddressStandardiser addresses;
    private final Set<String> suffixLetters = new LinkedHashSet<>();
    private final Map<String, List<String[]>> users = new HashMap<>();
    private final Set<Prefilter> prefilterKeys = new LinkedHashSet<>();
    private final boolean digitsSurvive;

    /** @param users each user's name and address ({@code id} the user id; a user with rows at two facilities may appear twice) */
    public FamilyKeys(ReferenceTables tables, List<Person> users) {
        this.names = new NameStandardiser(tables);
        this.addresses = new AddressStandardiser(tables.addressWords());
        this.digitsSurvive = tables.addressWords().entrySet().stream()
                .allMatch(e -> addressDigits(e.getKey()).equals(addressDigits(e.getValue())));
        for (String suffix : tables.nameSuffixes().keySet()) {
            String letters = TextNormaliser.letters(suffix);
            suffixLetters.add(letters == null ? "" : letters);
        }
        for (Person user : users) {
            String key = key(user);
            if (key != null) {
                this.users.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {user.id(), zip5(user.zip())});
                addPrefilterKeys(user);
            }
        }
    }

    /** The users {@code registration} (id = facility|mrn, split by the caller) may be family of, each once. */
    public List<String> usersSharing(Person registration) {
        if (users.isEmpty()) {
            return List.of();
        }
        String key = key(registration);
        List<String[]> candidates = key == null ? null : users.get(key);
        if (candidates == null) {
            return List.of();
        }
        String zip = zip5(registration.zip());
        List<String> ids = new ArrayList<>();
        for (String[] user : candidates) {
            boolean zipAgrees = zip == null || user[1] == null || zip.equals(user[1]);
            if (zipAgrees && !ids.contains(user[0])) {
                ids.add(user[0]);
            }
        }
        return ids;
    }

    /**
     * True when standardising an address never adds or drops a digit (no address word of the table maps to a word
     * with other digits): then a registration whose address digits are no user's cannot be family.
     */
    public boolean digitsSurviveStandardisation() {
        return digitsSurvive;
    }

    /**
     * Every prefilter key a registration that may be family of some user can have. A registration's standardised
     * surname is the letters of its words but a last suffix word; for printable ASCII those letters are the line's
     * letters upper-cased, so a user's family has either the user's standardised surname or it followed by the
     * letters of a suffix word ("SMITH JR" is SMITH, its letters SMITHJR). Any other surname is {@link #ANY_SURNAME},
     * kept for whatever its letters. Digits as {@link #prefilterKey} gives them.
     */
    public Set<Prefilter> prefilterKeys() {
        return prefilterKeys;
    }

    /**
     * A registration's prefilter key: what the engine computes in SQL (upper-cased ASCII letters of a printable ASCII
     * surname, else {@link #ANY_SURNAME}; the address line's ASCII digits); null without a surname or an address line
     * (never family). Here to state and test the rule.
     */
    public Prefilter prefilterKey(Person registration) {
        String surname = registration.lastName();
        if (surname == null || registration.addressLine() == null) {
            return null;
        }
        boolean printable = surname.chars().allMatch(c -> c >= ' ' && c <= '~');
        return new Prefilter(printable ? asciiLetters(surname) : ANY_SURNAME, digitsKey(registration.addressLine()));
    }

    /** An address line's ASCII digits in order, as SQL's regexp_replace(line, '[^0-9]+', '') gives them. */
    public static String addressDigits(String line) {
        String digits = TextNormaliser.digits(line);
        return digits == null ? "" : digits;
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    private void addPrefilterKeys(Person user) {
        String surname = names.surname(user.lastName());
        String digits = digitsKey(user.addressLine());
        for (String suffix : suffixLetters) {
            prefilterKeys.add(new Prefilter(surname + suffix, digits));
        }
        prefilterKeys.add(new Prefilter(surname, digits));
        prefilterKeys.add(new Prefilter(ANY_SURNAME, digits));
    }

    private String digitsKey(String addressLine) {
        return digitsSurvive ? addressDigits(addressLine) : "";
    }

    private static String asciiLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String key(Person person) {
        String surname = names.surname(person.lastName());
        String address = addresses.standardise(person.addressLine());
        return surname == null || address == null ? null : surname + "|" + address;
    }

    private static String zip5(String zip) {
        String digits = TextNormaliser.digits(zip);
        return digits == null || digits.length() < 5 ? null : digits.substring(0, 5);
    }
}
