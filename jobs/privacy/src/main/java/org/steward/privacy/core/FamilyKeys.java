package org.steward.privacy.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.mpi.core.standardise.AddressStandardiser;
import org.steward.mpi.core.standardise.NameStandardiser;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.core.standardise.TextNormaliser;

/**
 * Who may be family: a patient registration whose surname and address line, standardised exactly as the MPI
 * standardises them (letters only, a suffix typed into the surname taken out; street words abbreviated), equal a
 * user's, and whose 5-digit ZIP does not differ when both have one. Plain Java over the MPI's own standardisers.
 */
public final class FamilyKeys {

    /** A user's (or a registration's) name and address as recorded. */
    public record Person(String id, String lastName, String addressLine, String zip) {
    }

    /** A registration that may be family of a user. */
    public record Match(String facilityId, String mrn, String userId) {
    }

    private final NameStandardiser names;
    private final AddressStandardiser addresses;
    private final Map<String, List<String[]>> users = new HashMap<>();
    private final java.util.Set<String> userAddressDigits = new java.util.TreeSet<>();
    private final boolean digitsSurvive;

    /** @param users each user's name and address ({@code id} the user id; a user with rows at two facilities may appear twice) */
    public FamilyKeys(ReferenceTables tables, List<Person> users) {
        this.names = new NameStandardiser(tables);
        this.addresses = new AddressStandardiser(tables.addressWords());
        this.digitsSurvive = tables.addressWords().entrySet().stream()
                .allMatch(e -> addressDigits(e.getKey()).equals(addressDigits(e.getValue())));
        for (Person user : users) {
            if (user.addressLine() != null) {
                userAddressDigits.add(addressDigits(user.addressLine()));
            }
            String key = key(user);
            if (key != null) {
                this.users.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {user.id(), zip5(user.zip())});
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
     * with other digits): then registrations whose address digits are no user's cannot be family.
     */
    public boolean digitsSurviveStandardisation() {
        return digitsSurvive;
    }

    /** The ASCII digits of the users' address lines, in order ("" for a line without any). */
    public java.util.Set<String> userAddressDigits() {
        return userAddressDigits;
    }

    /** An address line's ASCII digits in order, as SQL's regexp_replace(line, '[^0-9]', '') gives them. */
    public static String addressDigits(String line) {
        String digits = TextNormaliser.digits(line);
        return digits == null ? "" : digits;
    }

    public boolean isEmpty() {
        return users.isEmpty();
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
