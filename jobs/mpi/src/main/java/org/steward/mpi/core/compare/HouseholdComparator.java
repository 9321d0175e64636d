package org.steward.mpi.core.compare;

import java.util.List;
import org.steward.mpi.core.StandardPatient;

/**
 * Address line, city, ZIP and phone as one comparison. They are one household's contact details:
 * a move changes them together and a family shares all of them, so counted as four independent
 * fields they would give "same household" four times the weight and link parents, children and
 * twins. Levels, best first: same address and phone, same address, same phone, similar address
 * (Jaro-Winkler second band), same ZIP and city, same ZIP or city, the same or a similar address line
 * in another town, different. Missing when either side has none of the four.
 *
 * <p>An address line names a home only within its town: lines such as 1 MAIN ST recur from town to
 * town, so the address levels (same or similar address) also need the ZIP or the city to agree, when
 * either can be compared. Without that, u for "same address" counted every namesake street in the
 * country (at a million persons about 0.00012 of random pairs against 0.000004 once the town must agree)
 * and took 5 to 7 bits from every household pair's weight. The same or a similar line in another town
 * has its own level, address_in_other_town, so EM weighs it on each data set: it is a coincidence where
 * lines repeat across towns, and a duplicate whose ZIP and city were both mistyped where they do not.
 */
public final class HouseholdComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("missing", "same_address_and_phone", "same_address",
            "same_phone", "similar_address", "same_zip_and_city", "same_zip_or_city", "address_in_other_town",
            "different");

    private final JaroWinklerBands bands;

    /** @param bands address-line similarity: the first band counts as the same address, the second as similar */
    public HouseholdComparator(List<Double> bands) {
        if (bands.size() != 2) {
            throw new IllegalArgumentException("household needs two jaro_winkler_bands (same, similar address)");
        }
        this.bands = new JaroWinklerBands(bands);
    }

    @Override
    public String field() {
        return "household";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(StandardPatient a, StandardPatient b) {
        if (empty(a) || empty(b)) {
            return MISSING;
        }
        int line = -1;
        if (a.address() != null && b.address() != null) {
            line = a.address().equals(b.address()) ? 0 : bands.band(a.address(), b.address());
        }
        int address = sameTown(a, b) ? line : -1;
        boolean phone = a.phone() != null && a.phone().equals(b.phone());
        if (address == 0 && phone) {
            return 1;
        }
        if (address == 0) {
            return 2;
        }
        if (phone) {
            return 3;
        }
        if (address == 1) {
            return 4;
        }
        boolean zip = a.zip() != null && a.zip().equals(b.zip());
        boolean city = a.city() != null && a.city().equals(b.city());
        if (zip && city) {
            return 5;
        }
        if (zip || city) {
            return 6;
        }
        return line >= 0 ? 7 : 8;
    }

    /** Levels at which the two records share a home (address or phone): the household context. */
    public static boolean sameHousehold(int level) {
        return level >= 1 && level <= 3;
    }

    /** True when the ZIP or the city agrees, or when neither can be compared (one side lacks it). */
    private static boolean sameTown(StandardPatient a, StandardPatient b) {
        boolean zips = a.zip() != null && b.zip() != null;
        boolean cities = a.city() != null && b.city() != null;
        return (zips && a.zip().equals(b.zip())) || (cities && a.city().equals(b.city())) || (!zips && !cities);
    }

    private static boolean empty(StandardPatient p) {
        return p.address() == null && p.city() == null && p.zip() == null && p.phone() == null;
    }
}
