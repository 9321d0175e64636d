package org.steward.sampledata;

/** One encounter being generated (reused from row to row). Codes are held without dots. */
final class Encounter {

    int facility;
    String id;
    String mrn;
    EncounterClass type;
    int admitDay;
    int dischargeDay;
    /** The real discharge date, kept for billing when a date defect is planted on the row. */
    int serviceDischargeDay;
    int monthIndex;
    String disposition;
    int payer;
    String npi;
    /** Three digits, or "" for non-inpatient classes (and for the missing_drg defect). */
    String drg;
    DrgWeightTable.Drg drgRow;
    DrgFamily family;
    String principal;
    final String[] secondary = new String[12];
    int secondaryCount;
    final String[] procedures = new String[4];
    int procedureCount;
    long chargesCents;
    DqDefect defect;
    boolean queried;

    void reset() {
        drg = "";
        drgRow = null;
        family = null;
        principal = null;
        secondaryCount = 0;
        procedureCount = 0;
        defect = null;
        queried = false;
        disposition = "01";
    }

    boolean hasCode(String code) {
        if (code.equals(principal)) {
            return true;
        }
        for (int i = 0; i < secondaryCount; i++) {
            if (secondary[i].equals(code)) {
                return true;
            }
        }
        return false;
    }

    void addSecondary(String code) {
        if (secondaryCount < secondary.length) {
            secondary[secondaryCount++] = code;
        } else {
            secondary[secondary.length - 1] = code;
        }
    }
}
