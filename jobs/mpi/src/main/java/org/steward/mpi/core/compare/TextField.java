package org.steward.mpi.core.compare;

import org.steward.mpi.core.StandardPatient;

/** Fields compared as plain text (exact, then optional Jaro-Winkler bands). */
enum TextField {
    SUFFIX("suffix"), SEX("sex"), ADDRESS("address"), CITY("city"), STATE("state"), ZIP("zip"), PHONE("phone"), EMAIL("email");

    final String configName;

    TextField(String configName) {
        this.configName = configName;
    }

    String of(StandardPatient p) {
        return switch (this) {
            case SUFFIX -> p.suffix();
            case SEX -> p.sex();
            case ADDRESS -> p.address();
            case CITY -> p.city();
            case STATE -> p.state();
            case ZIP -> p.zip();
            case PHONE -> p.phone();
            case EMAIL -> p.email();
        };
    }

    static TextField named(String name) {
        for (TextField f : values()) {
            if (f.configName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no text comparator for field " + name);
    }
}
