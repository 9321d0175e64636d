package org.steward.mpi.core.golden;

import java.util.List;
import org.steward.mpi.core.PatientRecord;

/**
 * What one survivorship rule chooses: a single field, or fields that must come from the same
 * registration. The address is one group because a street from one registration and a ZIP from
 * another make an address where the patient never lived.
 */
enum FieldGroup {
    FIRST_NAME("first_name", "first_name"),
    MIDDLE_NAME("middle_name", "middle_name"),
    LAST_NAME("last_name", "last_name"),
    NAME_SUFFIX("name_suffix", "name_suffix"),
    SEX("sex", "sex"),
    BIRTH_DATE("birth_date", "birth_date"),
    SSN("ssn", "ssn"),
    ADDRESS("address", "address_line", "city", "state", "zip"),
    PHONE("phone", "phone"),
    EMAIL("email", "email");

    private final String configName;
    private final List<String> columns;

    FieldGroup(String configName, String... columns) {
        this.configName = configName;
        this.columns = List.of(columns);
    }

    String configName() {
        return configName;
    }

    /** The golden-record columns this group fills, in the order of {@link #valuesOf}. */
    List<String> columns() {
        return columns;
    }

    /**
     * The group's values on one registration (text stripped of surrounding spaces, blank parts
     * null), or null when the registration does not supply the group.
     */
    Object[] valuesOf(PatientRecord r) {
        return switch (this) {
            case FIRST_NAME -> single(r.firstName());
            case MIDDLE_NAME -> single(r.middleName());
            case LAST_NAME -> single(r.lastName());
            case NAME_SUFFIX -> single(r.nameSuffix());
            case SEX -> single(r.sex());
            // birthDateRaw alone is text that was not a calendar date: evidence for matching, not a value to publish.
            case BIRTH_DATE -> r.birthDate() == null ? null : new Object[] {r.birthDate()};
            case SSN -> single(r.ssn());
            // Without a street line, a city or ZIP says where the desk guessed, not where the patient lives.
            case ADDRESS -> isEmpty(r.addressLine()) ? null
                    : new Object[] {orNull(r.addressLine()), orNull(r.city()), orNull(r.state()), orNull(r.zip())};
            case PHONE -> single(r.phone());
            case EMAIL -> single(r.email());
        };
    }

    static FieldGroup named(String configName) {
        for (FieldGroup g : values()) {
            if (g.configName.equals(configName)) {
                return g;
            }
        }
        throw new IllegalArgumentException("golden.rules." + configName + ": not a golden-record field");
    }

    private static Object[] single(String value) {
        return isEmpty(value) ? null : new Object[] {value.strip()};
    }

    private static String orNull(String value) {
        return isEmpty(value) ? null : value.strip();
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }
}
