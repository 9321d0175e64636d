package org.steward.mpi.core;

import java.util.List;

/** Builds standardised records for tests: only the fields a test cares about. */
public final class TestPatients {

    private TestPatients() {
    }

    public static StandardPatient person(int index, String first, String last, String dob, String ssn) {
        return full(index, first, null, last, dob, ssn, null, null, null);
    }

    public static StandardPatient full(int index, String first, String middle, String last, String dob, String ssn,
                                       String address, String zip, String phone) {
        return new StandardPatient(index, "F1", "M" + index, first, first == null ? List.of() : List.of(first),
                first == null ? null : first.substring(0, 1), middle, last, last == null ? null : last.substring(0, Math.min(2, last.length())),
                null, null, dob, ssn, address, null, null, zip, phone, null);
    }

    public static StandardPatient withForms(StandardPatient p, List<String> forms) {
        return new StandardPatient(p.index(), p.facilityId(), p.mrn(), p.firstName(), forms, p.firstMetaphone(),
                p.middleName(), p.lastName(), p.lastMetaphone(), p.suffix(), p.sex(), p.birthDigits(), p.ssn(),
                p.address(), p.city(), p.state(), p.zip(), p.phone(), p.email());
    }
}
