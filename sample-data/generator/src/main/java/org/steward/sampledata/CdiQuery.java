package org.steward.sampledata;

/** A clinical documentation integrity query on an inpatient encounter (reused from row to row). */
final class CdiQuery {

    static final int NOT_ANSWERED = Integer.MIN_VALUE;

    String id;
    String specialist;
    String providerNpi;
    String type;
    int openedDay;
    int answeredDay;
    String outcome;
    String drgBefore;
    String drgAfter;

    boolean answered() {
        return answeredDay != NOT_ANSWERED;
    }
}
