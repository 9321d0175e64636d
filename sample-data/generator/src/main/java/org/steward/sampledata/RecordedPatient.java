package org.steward.sampledata;

/** One registration as the facility recorded it (reused from row to row). */
final class RecordedPatient {

    int registration;
    int person;
    int facility;
    String mrn;
    String first;
    String middle;
    String last;
    String suffix;
    char sex;
    int birthDay;
    /** 0 when no SSN was recorded. */
    int ssn;
    String addressLine;
    String city;
    String state;
    String zip;
    /** 0 when no phone was recorded. */
    long phone;
    String email;
    /** Bit set of {@link IdentityDeviation}. */
    int deviations;

    boolean has(IdentityDeviation d) {
        return (deviations & d.bit()) != 0;
    }

    boolean hasGroup(IdentityDeviation.Group group) {
        for (IdentityDeviation d : IdentityDeviation.values()) {
            if (d.group == group && has(d)) {
                return true;
            }
        }
        return false;
    }

    void add(IdentityDeviation d) {
        deviations |= d.bit();
    }

    void removeGroup(IdentityDeviation.Group group) {
        for (IdentityDeviation d : IdentityDeviation.values()) {
            if (d.group == group) {
                deviations &= ~d.bit();
            }
        }
    }

    String deviationLabels() {
        StringBuilder sb = new StringBuilder();
        for (IdentityDeviation d : IdentityDeviation.values()) {
            if (has(d)) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(d.label);
            }
        }
        return sb.toString();
    }
}
