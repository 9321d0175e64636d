package org.steward.mpi.core;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One staged registration: a person as one facility registered them under one MRN. Mirrors the
 * staged patients contract; {@code birthDateRaw} holds the text when the birth date was not a
 * calendar date, so a mistyped date can still be compared digit by digit.
 */
public record PatientRecord(
        String facilityId,
        String mrn,
        String firstName,
        String middleName,
        String lastName,
        String nameSuffix,
        String sex,
        LocalDate birthDate,
        String birthDateRaw,
        String ssn,
        String addressLine,
        String city,
        String state,
        String zip,
        String phone,
        String email) implements Serializable {

    /**
     * The order records are matched in: by facility, then MRN. Every run sorts its records this way,
     * so indexes, window sorts and tie-breaks are the same whichever way the records arrived.
     */
    public static final Comparator<PatientRecord> ORDER =
            Comparator.comparing(PatientRecord::facilityId).thenComparing(PatientRecord::mrn);

    /** The registration's key: MRNs are only unique within a facility. */
    public String key() {
        return facilityId + "|" + mrn;
    }

    /**
     * The facility and which fields are filled, never a value: a record that reaches a log line, an exception
     * message or a debugger's watch must not carry a name, MRN, SSN or birth date there.
     */
    @Override
    public String toString() {
        return "PatientRecord[facility " + facilityId + ", identifiers withheld; filled: " + Filled.of(
                "first_name", firstName, "middle_name", middleName, "last_name", lastName, "name_suffix", nameSuffix,
                "sex", sex, "birth_date", birthDate != null ? birthDate : birthDateRaw, "ssn", ssn,
                "address_line", addressLine, "city", city, "state", state, "zip", zip, "phone", phone, "email", email)
                + "]";
    }
}
