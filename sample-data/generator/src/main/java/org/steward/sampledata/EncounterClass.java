package org.steward.sampledata;

enum EncounterClass {
    INPATIENT("inpatient"),
    OUTPATIENT("outpatient"),
    EMERGENCY("emergency"),
    OBSERVATION("observation");

    final String label;

    EncounterClass(String label) {
        this.label = label;
    }
}
