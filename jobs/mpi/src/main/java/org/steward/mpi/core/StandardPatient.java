package org.steward.mpi.core;

import java.io.Serializable;
import java.util.List;

/**
 * A registration after standardisation: every field upper-case ASCII without punctuation, or
 * null when missing or unusable (a placeholder SSN, a future birth date). Comparators and
 * blocking keys read only this, so each is a pure function of two of these records.
 *
 * @param firstNames canonical given names the first name may stand for (itself plus nickname
 *                   expansions), so "BILL" and "WILLIAM" share "WILLIAM"
 * @param birthDigits the birth date as YYYYMMDD digits, also when it was not a calendar date
 *                    (kept so that a one-digit keying error is still recognised)
 */
public record StandardPatient(
        int index,
        String facilityId,
        String mrn,
        String firstName,
        List<String> firstNames,
        String firstMetaphone,
        String middleName,
        String lastName,
        String lastMetaphone,
        String suffix,
        String sex,
        String birthDigits,
        String ssn,
        String address,
        String city,
        String state,
        String zip,
        String phone,
        String email) implements Serializable {

    public String key() {
        return facilityId + "|" + mrn;
    }

    /** The index, the facility and which fields are filled, never a value (see {@link PatientRecord#toString()}). */
    @Override
    public String toString() {
        return "StandardPatient[" + index + ", facility " + facilityId + ", identifiers withheld; filled: " + Filled.of(
                "first_name", firstName, "middle_name", middleName, "last_name", lastName, "suffix", suffix, "sex", sex,
                "birth_date", birthDigits, "ssn", ssn, "address", address, "city", city, "state", state, "zip", zip,
                "phone", phone, "email", email) + "]";
    }
}
