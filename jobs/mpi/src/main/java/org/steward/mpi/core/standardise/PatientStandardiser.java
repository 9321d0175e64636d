package org.steward.mpi.core.standardise;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
    private transient volatile Memo memo;

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
        Memo memo = memo();
        GivenName given = memo.given(r.firstName());
        Surname surname = memo.surname(r.lastName());
        String suffix = TextNormaliser.words(r.nameSuffix()) != null ? names.suffix(r.nameSuffix(), r.lastName())
                : surname.suffix();
        String birthDigits = r.birthDate() != null
                ? memo.birthDigits.computeIfAbsent(r.birthDate(), d -> birthDates.standardise(d, null))
                : birthDates.standardise(null, r.birthDateRaw());
        return new StandardPatient(index, r.facilityId(), r.mrn(), given.name(), given.forms(), given.metaphone(),
                memo.value(memo.middleNames, r.middleName(), names::name), surname.name(), surname.metaphone(), suffix,
                memo.value(memo.sexes, r.sex(), PatientStandardiser::sex), birthDigits, ssns.standardise(r.ssn()),
                addresses.standardise(r.addressLine()), memo.value(memo.cities, r.city(), TextNormaliser::letters),
                memo.value(memo.states, r.state(), TextNormaliser::letters), memo.value(memo.zips, r.zip(), this::zip),
                phone(r.phone()), email(r.email()));
    }

    private GivenName given(String raw) {
        String first = names.name(raw);
        List<String> forms = names.givenNameForms(first);
        // Block on the canonical name so BILL and WILLIAM share a key.
        String canonical = forms.size() > 1 ? forms.get(1) : first;
        return new GivenName(first, forms, names.metaphone(canonical));
    }

    private Surname surname(String raw) {
        String last = names.surname(raw);
        return new Surname(last, names.metaphone(last), names.suffix(null, raw));
    }

    /** A first name standardised: letters only, the canonical names it may stand for, the Metaphone to block on. */
    private record GivenName(String name, List<String> forms, String metaphone) {
    }

    /** A surname standardised, its Metaphone, and the suffix typed into it (used when the suffix field is empty). */
    private record Surname(String name, String metaphone, String suffix) {
    }

    /**
     * Standardised values by raw value, for the fields whose values repeat (names, sex, birth date, city, state,
     * ZIP): each is worked out once, and the registrations share one standardised instance (fewer live objects for
     * the garbage collector to copy). Pure functions of the raw value, so the same records either way.
     */
    private final class Memo {
        private final Map<String, GivenName> givenNames = new ConcurrentHashMap<>();
        private final Map<String, Surname> surnames = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> middleNames = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> sexes = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> cities = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> states = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> zips = new ConcurrentHashMap<>();
        private final Map<LocalDate, String> birthDigits = new ConcurrentHashMap<>();

        GivenName given(String raw) {
            return raw == null ? PatientStandardiser.this.given(null) : cached(givenNames, raw, PatientStandardiser.this::given);
        }

        Surname surname(String raw) {
            return raw == null ? PatientStandardiser.this.surname(null)
                    : cached(surnames, raw, PatientStandardiser.this::surname);
        }

        /** A standardised value that may be null (kept as an empty Optional). */
        String value(Map<String, Optional<String>> cache, String raw, UnaryOperator<String> standardise) {
            return raw == null ? standardise.apply(null)
                    : cached(cache, raw, v -> Optional.ofNullable(standardise.apply(v))).orElse(null);
        }

        private static <T> T cached(Map<String, T> cache, String raw, Function<String, T> standardise) {
            T known = cache.get(raw);
            return known != null ? known : cache.computeIfAbsent(raw, standardise);
        }
    }

    /** This standardiser's memo, made on first use (also after the standardiser was shipped to a Spark executor). */
    private Memo memo() {
        Memo m = memo;
        if (m == null) {
            synchronized (this) {
                if (memo == null) {
                    memo = new Memo();
                }
                m = memo;
            }
        }
        return m;
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
