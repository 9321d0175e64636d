package org.steward.sampledata;

/** A claim and its 835 remittance (reused from row to row). Amounts in cents. */
final class Claim {

    int facility;
    String id;
    String encounterId;
    int payer;
    int submittedDay;
    int lagDays;
    long billedCents;
    /** True when an exact truth count depends on this claim. */
    boolean counted;
    boolean remitted;
    int remitDay;
    long paidCents;
    int lines;
    final String[] group = new String[6];
    final String[] carc = new String[6];
    final String[] rarc = new String[6];
    final long[] amount = new long[6];

    void resetRemit() {
        remitted = false;
        paidCents = 0;
        lines = 0;
        counted = false;
    }

    void addLine(DenialPatterns.Reason reason, long cents) {
        group[lines] = reason.group();
        carc[lines] = reason.carc();
        rarc[lines] = reason.rarc();
        amount[lines] = cents;
        lines++;
    }
}
