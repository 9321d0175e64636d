package org.steward.mpi.core.golden;

import java.time.LocalDate;
import org.steward.mpi.core.PatientRecord;

/** Builds a registration for survivorship tests: only the fields a test cares about. */
final class Registration {

    private final String facility;
    private final String mrn;
    private String first;
    private String middle;
    private String last;
    private String suffix;
    private String sex;
    private LocalDate birthDate;
    private String birthDateRaw;
    private String ssn;
    private String addressLine;
    private String city;
    private String state;
    private String zip;
    private String phone;
    private String email;

    private Registration(String facility, String mrn) {
        this.facility = facility;
        this.mrn = mrn;
    }

    static Registration at(String facility, String mrn) {
        return new Registration(facility, mrn);
    }

    Registration first(String value) {
        first = value;
        return this;
    }

    Registration middle(String value) {
        middle = value;
        return this;
    }

    Registration last(String value) {
        last = value;
        return this;
    }

    Registration suffix(String value) {
        suffix = value;
        return this;
    }

    Registration sex(String value) {
        sex = value;
        return this;
    }

    Registration born(String isoDate) {
        birthDate = LocalDate.parse(isoDate);
        birthDateRaw = isoDate;
        return this;
    }

    /** A birth date that was not a calendar date: staging keeps only the text. */
    Registration bornRaw(String text) {
        birthDate = null;
        birthDateRaw = text;
        return this;
    }

    Registration ssn(String value) {
        ssn = value;
        return this;
    }

    Registration address(String line, String city, String state, String zip) {
        this.addressLine = line;
        this.city = city;
        this.state = state;
        this.zip = zip;
        return this;
    }

    Registration phone(String value) {
        phone = value;
        return this;
    }

    Registration email(String value) {
        email = value;
        return this;
    }

    /** @param lastActivity ISO date of the latest encounter, or null for none */
    GoldenMember active(String lastActivity) {
        return new GoldenMember(new PatientRecord(facility, mrn, first, middle, last, suffix, sex, birthDate,
                birthDateRaw, ssn, addressLine, city, state, zip, phone, email),
                lastActivity == null ? null : LocalDate.parse(lastActivity));
    }
}
