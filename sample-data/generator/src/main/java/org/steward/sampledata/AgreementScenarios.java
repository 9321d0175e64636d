package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * agreements.csv and vendor_access.csv: counterparties in scenarios chosen so each kind of agreement finding is
 * planted (and near misses that must not be found), each scenario twice with its own dates, and the findings they
 * must give in truth/agreement_findings.csv. Dates are offsets from the truth's run date.
 */
final class AgreementScenarios {

    static final String[] AGREEMENTS_HEADER = {"agreement_id", "counterparty", "agreement_type", "effective_date",
        "expiration_date", "terminated_date", "permitted_uses", "safeguards", "breach_notification", "return_or_destroy",
        "destruction_certified"};
    static final String[] ACCESS_HEADER = {"counterparty", "facility_id", "system", "granted_date", "revoked_date"};
    static final String[] FINDINGS_HEADER = {"agreement_id", "counterparty", "finding", "facility_id", "system", "clause"};
    private static final String[] SYSTEMS = {"EHR", "BILLING", "HIE_GATEWAY", "CODING", "IMAGING"};

    private final int facilities;
    private final LocalDate asOf;
    private final SplittableRandom random;
    private final List<String[]> agreements = new ArrayList<>();
    private final List<String[]> access = new ArrayList<>();
    private final List<String[]> findings = new ArrayList<>();
    private int agreementCount;
    private int partyCount;

    AgreementScenarios(int facilities, LocalDate asOf, SplittableRandom random) {
        this.facilities = facilities;
        this.asOf = asOf;
        this.random = random;
    }

    void write(Path outDir, OutputFiles out) throws IOException {
        for (int round = 0; round < 2; round++) {
            plant(round);
        }
        out.count("agreements.csv", writeAll(outDir.resolve("agreements.csv"), AGREEMENTS_HEADER, agreements));
        out.count("vendor_access.csv", writeAll(outDir.resolve("vendor_access.csv"), ACCESS_HEADER, access));
        out.count("truth/agreement_findings.csv",
                writeAll(outDir.resolve("truth/agreement_findings.csv"), FINDINGS_HEADER, findings));
    }

    private void plant(int round) {
        int r = 1 + random.nextInt(150);
        // In force, every clause, access open (the access file spells the name in capitals in one round): nothing.
        String party = party("Clean Health IT");
        agreement(party, "baa", -730, 730 + r, null, "YYYY", "N");
        grant(round == 0 ? party.toUpperCase(Locale.ROOT) : party, -700, null);
        // Expired, certified, no access: expired.
        party = party("Lapsed Transcription");
        String id = agreement(party, "baa", -1100, -r, null, "YYYY", "Y");
        finding(id, party, "expired");
        // Expired the day before the run date, not certified, access still open: four findings.
        party = party("Forgotten Cloud");
        id = agreement(party, "baa", -1000, -1, null, "YYYY", "N");
        String[] grant = grant(party, -900, null);
        finding(id, party, "expired");
        finding(id, party, "destruction_not_certified");
        access(id, party, "access_without_agreement", grant);
        access(id, party, "access_after_termination", grant);
        // Renewed the day after it expired; the old one uncertified; access open: nothing.
        party = party("Renewed Coding Partners");
        agreement(party, "baa", -1500, -365 - r, null, "YYYY", "N");
        agreement(party, "baa", -364 - r, 700, null, "YYYY", "N");
        grant(party, -1400, null);
        // Expiring within 90 days (on the run date itself, on day 90, or between): expiring.
        party = party("Expiring Analytics");
        id = agreement(party, "baa", -700, round == 0 ? 0 : 90, null, "YYYY", "N");
        finding(id, party, "expiring");
        party = party("Soon Expiring Labs");
        id = agreement(party, "baa", -700, 1 + random.nextInt(89), null, "YYYY", "N");
        finding(id, party, "expiring");
        // Expiring on day 91: not yet.
        party = party("Later Expiring Imaging");
        agreement(party, "baa", -700, 91 + (round == 0 ? 0 : r), null, "YYYY", "N");
        // A BAA without safeguards (N) and breach notification (blank): two missing clauses.
        party = party("Thin Contract Billing");
        id = agreement(party, "baa", -400, 700, null, "YN_Y", "N");
        clause(id, party, "safeguards");
        clause(id, party, "breach_notification");
        // A data use agreement holds none of a BAA's clauses: nothing.
        party = party("University Research");
        agreement(party, "data_use", -400, 700, null, "NNNN", "N");
        // Access with no agreement at all: access_without_agreement, no agreement id.
        party = party("Shadow Vendor");
        grant = grant(party, -200 - r, null);
        access("", party, "access_without_agreement", grant);
        // Terminated, access revoked after the termination: access_after_termination only.
        party = party("Late Revocation Staffing");
        id = agreement(party, "baa", -1000, 700, -100 - r, "YYYY", "Y");
        grant = grant(party, -900, -50);
        access(id, party, "access_after_termination", grant);
        // Terminated, access revoked on the day: nothing.
        party = party("Prompt Revocation Couriers");
        agreement(party, "baa", -1000, 700, -120, "YYYY", "Y");
        grant(party, -900, -120);
        // Terminated, access still open: both access findings.
        party = party("Open Door Consulting");
        id = agreement(party, "baa", -1000, 700, -60 - r, "YYYY", "Y");
        grant = grant(party, -800, null);
        access(id, party, "access_without_agreement", grant);
        access(id, party, "access_after_termination", grant);
        // HIE participation terminated without certified destruction: destruction_not_certified.
        party = party("Regional HIE");
        id = agreement(party, "hie_participation", -2000, 1000, -200 - r, "YYYY", "N");
        finding(id, party, "destruction_not_certified");
        // A QHIN agreement with no expiration: nothing.
        party = party("National QHIN");
        agreement(party, "qhin", -365, null, null, "YYYY", "N");
        // A data use agreement expired, not certified: expired and destruction_not_certified.
        party = party("Registry Study");
        id = agreement(party, "data_use", -1200, -30 - r, null, "NNNN", "N");
        finding(id, party, "expired");
        finding(id, party, "destruction_not_certified");
        // Access revoked long ago, never an agreement: nothing (no access open, no BAA that ended).
        party = party("Former Vendor");
        grant(party, -900, -400);
        // In force with a termination date still ahead: nothing.
        party = party("Winding Down Storage");
        agreement(party, "baa", -900, 900, 30, "YYYY", "N");
        grant(party, -800, null);
    }

    private String party(String name) {
        partyCount++;
        return name + " " + (partyCount > 99 ? partyCount : String.format("%02d", partyCount));
    }

    /** clauses: four of Y, N or _ (blank), in the order permitted uses, safeguards, breach notification, return or destroy. */
    private String agreement(String party, String type, int effective, Integer expiration, Integer terminated,
                             String clauses, String certified) {
        String id = String.format("AG-%04d", ++agreementCount);
        String[] row = new String[AGREEMENTS_HEADER.length];
        row[0] = id;
        row[1] = party;
        row[2] = type;
        row[3] = day(effective);
        row[4] = expiration == null ? "" : day(expiration);
        row[5] = terminated == null ? "" : day(terminated);
        for (int i = 0; i < 4; i++) {
            char c = clauses.charAt(i);
            row[6 + i] = c == '_' ? "" : String.valueOf(c);
        }
        row[10] = certified;
        agreements.add(row);
        return id;
    }

    private String[] grant(String party, int granted, Integer revoked) {
        String facility = FacilityLayout.id(random.nextInt(facilities));
        String system = SYSTEMS[random.nextInt(SYSTEMS.length)];
        String[] row = {party, facility, system, day(granted), revoked == null ? "" : day(revoked)};
        access.add(row);
        return row;
    }

    private void finding(String id, String party, String kind) {
        findings.add(new String[] {id, party, kind, "", "", ""});
    }

    private void clause(String id, String party, String clause) {
        findings.add(new String[] {id, party, "missing_clause", "", "", clause});
    }

    private void access(String id, String party, String kind, String[] grant) {
        findings.add(new String[] {id, party, kind, grant[1], grant[2], ""});
    }

    private String day(int offset) {
        return asOf.plusDays(offset).toString();
    }

    private static long writeAll(Path file, String[] header, List<String[]> rows) throws IOException {
        try (CsvOut out = new CsvOut(file, header)) {
            CsvRow row = new CsvRow();
            for (String[] values : rows) {
                row.clear();
                for (String v : values) {
                    row.text(v);
                }
                out.write(row);
            }
            return out.rows();
        }
    }
}
