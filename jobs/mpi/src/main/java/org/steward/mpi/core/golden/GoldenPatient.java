package org.steward.mpi.core.golden;

import java.time.LocalDate;
import java.util.List;

/**
 * The golden record of one enterprise id: the surviving value of each field (null when no
 * registration holds one), and how much stands behind it: how many registrations, at how many
 * facilities, and the latest activity among them (null when none has an encounter).
 */
public record GoldenPatient(
        String enterpriseId,
        String firstName,
        String middleName,
        String lastName,
        String nameSuffix,
        String sex,
        LocalDate birthDate,
        String ssn,
        String addressLine,
        String city,
        String state,
        String zip,
        String phone,
        String email,
        long registrations,
        long facilities,
        LocalDate lastActivity) {

    /** The columns of mpi/golden_patient, in the order of {@link #values()}. */
    public static final List<GoldenColumn> COLUMNS = List.of(text("enterprise_id"), text("first_name"),
            text("middle_name"), text("last_name"), text("name_suffix"), text("sex"), date("birth_date"), text("ssn"),
            text("address_line"), text("city"), text("state"), text("zip"), text("phone"), text("email"),
            count("registrations"), count("facilities"), date("last_activity"));

    /** One output row, in the order of {@link #COLUMNS}, so a writer needs no knowledge of the fields. */
    public Object[] values() {
        return new Object[] {enterpriseId, firstName, middleName, lastName, nameSuffix, sex, birthDate, ssn,
            addressLine, city, state, zip, phone, email, registrations, facilities, lastActivity};
    }

    /** The enterprise id and its counts, never a surviving value: names, SSNs and birth dates stay out of logs. */
    @Override
    public String toString() {
        return "GoldenPatient[" + enterpriseId + ", " + registrations + " registrations at " + facilities
                + " facilities, identifiers withheld]";
    }

    private static GoldenColumn text(String name) {
        return new GoldenColumn(name, String.class);
    }

    private static GoldenColumn date(String name) {
        return new GoldenColumn(name, LocalDate.class);
    }

    private static GoldenColumn count(String name) {
        return new GoldenColumn(name, Long.class);
    }
}
