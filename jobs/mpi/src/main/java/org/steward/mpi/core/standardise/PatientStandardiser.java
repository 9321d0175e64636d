package org.steward.mpi.core.standardise;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.steward.mpi.core.PatientRecord;
import org.steward.mpi.core.StandardPatient;
import org.steward.mpi.core.settings.MatchSettings;

/** Turns a staged registration into a {@link StandardPatient}; pure, so it can run on any executor. */
public final class PatientStandardiser implements Serializable {

    private final NameStandardiser names;
    private final SsnStandardiser ssns;
    private final BirthDateStandardiser birthDates;
    private final AddressStandardiser addresses;
    private final int phoneDigits;
    private final int zipDigits;

    public PatientStandardiser(ReferenceTables tables, MatchSettings.Standardise settings, LocalDate asOf) {
        this.names = new NameStandardiser(tables);
        this.ssns = new SsnStandardiser(tables.placeholderSsns(), settings.ssnMinDigits(), settings.ssnMaxDigits(),
                settings.ssnSsaStructureCheck());
        this.birthDates = new BirthDateStandardiser(asOf, settings.minimumBirthYear());
        this.addresses = new AddressStandardiser(tables.addressWords());
        this.phoneDigits = settings.phoneDigits();
        this.zipDigits = settings.zipDigits();
    }

    public NameStandardiser names() {
        return names;
    }

    public StandardPatient standardise(int index, PatientRecord r) {
        String first = names.name(r.firstName());
        List<String> forms = names.givenNameForms(first);
        // Block on the canonical name so BILL and WILLIAM share a key.
        String canonical = forms.size() > 1 ? forms.get(1) : first;
        String last = names.surname(r.lastName());
        return new StandardPatient(index, r.facilityId(), r.mrn(), first, forms, names.metaphone(canonical),
                names.name(r.middleName()), last, names.metaphone(last), names.suffix(r.nameSuffix(), r.lastName()),
                sex(r.sex()), birthDates.standardise(r.birthDate(), r.birthDateRaw()), ssns.standardise(r.ssn()),
                addresses.standardise(r.addressLine()), TextNormaliser.letters(r.city()),
                TextNormaliser.letters(r.state()), zip(r.zip()), phone(r.phone()), email(r.email()));
    }

    /** F or M; unknown says nothing. */
    static String sex(String raw) {
        String s = TextNormaliser.letters(raw);
        if (s == null) {
            return null;
        }
        return switch (s.charAt(0)) {
            case 'F' -> "F";
            case 'M' -> "M";
            default -> null;
        };
    }

    /** The first digits of a ZIP (ZIP+4 loses its extension); fewer digits are kept as they are. */
    String zip(String raw) {
        String d = TextNormaliser.digits(raw);
        if (d == null || TextNormaliser.repeated(d)) {
            return null;
        }
        return d.length() > zipDigits ? d.substring(0, zipDigits) : d;
    }

    /** The last digits of a phone number, so a country code or a leading 1 does not matter. */
    String phone(String raw) {
        String d = TextNormaliser.digits(raw);
        if (d == null || d.length() < phoneDigits || TextNormaliser.repeated(d.substring(d.length() - 7))) {
            return null;
        }
        return d.substring(d.length() - phoneDigits);
    }

    static String email(String raw) {
        if (raw == null || raw.isBlank() || !raw.contains("@")) {
            return null;
        }
        return raw.trim().toLowerCase(Locale.ROOT);
    }
}
