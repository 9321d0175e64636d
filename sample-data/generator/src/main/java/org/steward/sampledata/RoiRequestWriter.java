package org.steward.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * roi_requests.csv, authorizations.csv and their truth (truth/privacy_roi_findings.csv, the findings as of the
 * last day generated; truth/privacy_accounting.csv, the disclosures owed in an accounting). Everyday requests break
 * no rule: access requests acted on within 25 days (or within 60 after an extension noticed in time), TPO without
 * authorization, public health and law enforcement without one (permitted, but accountable), others under a valid
 * authorization for the same patient. Planted: each finding kind, each breaking exactly one rule.
 */
final class RoiRequestWriter {

    static final String[] HEADER = {"facility_id", "request_id", "mrn", "requester_type", "purpose", "received_date",
        "authorization_id", "extension_notice_date", "fulfilled_date", "status"};
    static final String[] AUTHORIZATION_HEADER = {"facility_id", "authorization_id", "mrn", "information_described",
        "recipient", "purpose", "expiration_date", "expiration_event", "signed_date", "signature_present",
        "revocation_notice_present", "revoked_date"};
    static final String[] TRUTH_HEADER = {"facility_id", "request_id", "finding"};
    static final String[] ACCOUNTING_HEADER = {"facility_id", "request_id"};
    /** Purposes config/privacy.yml ships as permitted without an authorization (accountable all the same). */
    private static final Set<String> PERMITTED = Set.of("public_health", "law_enforcement");
    /** requester type, purpose, and the weight of each in everyday requests. */
    private static final String[][] KINDS = {
        {"patient", "patient_access", "30"}, {"personal_representative", "patient_access", "5"},
        {"provider", "treatment", "20"}, {"health_plan", "payment", "10"}, {"attorney", "legal", "10"},
        {"insurer", "underwriting", "5"}, {"employer", "disability", "3"}, {"researcher", "research", "4"},
        {"government", "public_health", "5"}, {"government", "law_enforcement", "3"}, {"other", "operations", "5"}};

    private record Request(String facilityId, String requestId, String mrn, String requesterType, String purpose,
                           int received, String authorizationId, Integer extensionNotice, Integer fulfilled, String status) {
    }

    private record Authorization(String facilityId, String id, String mrn, String information, String recipient,
                                 String purpose, Integer expiration, String expirationEvent, Integer signed,
                                 String signature, String revocationNotice, Integer revoked) {
    }

    private record Truth(String facilityId, String requestId, String finding) {
    }

    private final GeneratorSettings settings;
    private final RecordsOnFile records;
    private final SplittableRandom random;
    private final List<Request> requests = new ArrayList<>();
    private final List<Authorization> authorizations = new ArrayList<>();
    private final List<Truth> truth = new ArrayList<>();
    private final List<Truth> accounting = new ArrayList<>();
    private int sequence;

    RoiRequestWriter(GeneratorSettings settings, RecordsOnFile records, SplittableRandom random) {
        this.settings = settings;
        this.records = records;
        this.random = random;
        for (String facility : records.facilities) {
            if (records.registrations(facility).size() < 2) {
                continue;
            }
            int everyday = Math.max(40, settings.persons() / (settings.facilities() * 25));
            for (int i = 0; i < everyday; i++) {
                everyday(facility);
            }
            plant(facility);
        }
    }

    private void everyday(String facility) {
        int total = 0;
        for (String[] kind : KINDS) {
            total += Integer.parseInt(kind[2]);
        }
        int pick = random.nextInt(total);
        String[] kind = KINDS[0];
        for (String[] k : KINDS) {
            pick -= Integer.parseInt(k[2]);
            if (pick < 0) {
                kind = k;
                break;
            }
        }
        String mrn = mrn(facility);
        int last = settings.lastDay();
        int status = random.nextInt(20);
        if (status == 0) {
            // pending, received in the last ten days: not yet due
            add(facility, mrn, kind, last - random.nextInt(10), null, null, "pending", false);
            return;
        }
        int received = settings.firstDay() + random.nextInt(Math.max(1, last - settings.firstDay() - 70));
        if (status == 1) {
            add(facility, mrn, kind, received, null, null, "withdrawn", false);
            return;
        }
        if (status == 2) {
            add(facility, mrn, kind, received, null, received + 3 + random.nextInt(10), "denied", false);
            return;
        }
        boolean access = kind[1].equals("patient_access");
        if (access && status == 3) {
            // an extension noticed in time, acted on within 60 days: on time
            add(facility, mrn, kind, received, received + 10 + random.nextInt(15), received + 35 + random.nextInt(20),
                    "fulfilled", false);
            return;
        }
        add(facility, mrn, kind, received, null, received + 1 + random.nextInt(25), "fulfilled", false);
    }

    /** Adds a request; one that needs an authorization gets a valid one for the same patient unless {@code noAuthorization}. */
    private Request add(String facility, String mrn, String[] kind, int received, Integer extension, Integer fulfilled,
                        String status, boolean noAuthorization) {
        String authorizationId = null;
        if (needsAuthorization(kind[1]) && !noAuthorization) {
            Authorization a = validAuthorization(facility, mrn, kind[1], received);
            authorizations.add(a);
            authorizationId = a.id();
        }
        Request r = new Request(facility, String.format("R%s%06d", facility, ++sequence), mrn, kind[0], kind[1], received,
                authorizationId, extension, fulfilled, status);
        requests.add(r);
        boolean accountable = status.equals("fulfilled") && !kind[1].equals("patient_access")
                && !Set.of("treatment", "payment", "operations").contains(kind[1])
                && PERMITTED.contains(kind[1]);
        if (accountable) {
            accounting.add(new Truth(facility, r.requestId(), ""));
        }
        return r;
    }

    private Authorization validAuthorization(String facility, String mrn, String purpose, int received) {
        return new Authorization(facility, String.format("A%s%06d", facility, ++sequence), mrn,
                "records of the stay, discharge summary and results", "the requester named on the request", purpose,
                received + 365, null, received - 1 - random.nextInt(30), "Y", "Y", null);
    }

    private void plant(String facility) {
        int first = settings.firstDay();
        int last = settings.lastDay();
        String[] legal = {"attorney", "legal"};
        String[] research = {"researcher", "research"};
        String[] access = {"patient", "patient_access"};
        int received = first + random.nextInt(Math.max(1, last - first - 120));
        // missing: none given; one given that is not on file
        plantOne(add(facility, mrn(facility), legal, received, null, received + 5, "fulfilled", true), "missing_authorization");
        Request unknown = add(facility, mrn(facility), research, received + 1, null, received + 6, "fulfilled", true);
        requests.set(requests.size() - 1, withAuthorization(unknown, String.format("A%sX%05d", facility, ++sequence)));
        plantOne(unknown, "missing_authorization");
        // invalid: one element missing in each, then several at once
        for (int element = 0; element < 6; element++) {
            Request r = add(facility, mrn(facility), element % 2 == 0 ? legal : research, received + 2 + element, null,
                    received + 10 + element, "fulfilled", false);
            authorizations.set(authorizations.size() - 1, withoutElement(authorizations.get(authorizations.size() - 1), element));
            plantOne(r, "invalid_authorization");
        }
        // expired: the authorization ran out before the disclosure
        Request expired = add(facility, mrn(facility), legal, received + 20, null, received + 40, "fulfilled", false);
        Authorization ea = authorizations.get(authorizations.size() - 1);
        authorizations.set(authorizations.size() - 1, new Authorization(ea.facilityId(), ea.id(), ea.mrn(), ea.information(),
                ea.recipient(), ea.purpose(), received + 30, null, ea.signed(), "Y", "Y", null));
        plantOne(expired, "expired_authorization");
        // revoked before the disclosure
        Request revoked = add(facility, mrn(facility), research, received + 21, null, received + 41, "fulfilled", false);
        Authorization ra = authorizations.get(authorizations.size() - 1);
        authorizations.set(authorizations.size() - 1, new Authorization(ra.facilityId(), ra.id(), ra.mrn(), ra.information(),
                ra.recipient(), ra.purpose(), ra.expiration(), null, ra.signed(), "Y", "Y", received + 30));
        plantOne(revoked, "revoked_authorization");
        // the authorization is another patient's
        Request other = add(facility, mrn(facility), legal, received + 22, null, received + 30, "fulfilled", false);
        Authorization oa = authorizations.get(authorizations.size() - 1);
        String otherMrn = mrn(facility);
        while (otherMrn.equals(other.mrn())) {
            otherMrn = mrn(facility);
        }
        authorizations.set(authorizations.size() - 1, new Authorization(oa.facilityId(), oa.id(), otherMrn, oa.information(),
                oa.recipient(), oa.purpose(), oa.expiration(), null, oa.signed(), "Y", "Y", null));
        plantOne(other, "authorization_other_patient");
        // late access: 40 days without an extension; 50 days with a notice sent after the first 30; pending past due
        plantOne(add(facility, mrn(facility), access, received + 3, null, received + 43, "fulfilled", false),
                "late_patient_access");
        plantOne(add(facility, mrn(facility), access, received + 4, received + 40, received + 54, "fulfilled", false),
                "late_patient_access");
        plantOne(add(facility, mrn(facility), new String[] {"personal_representative", "patient_access"}, last - 45, null,
                null, "pending", false), "late_patient_access");
    }

    private void plantOne(Request r, String finding) {
        truth.add(new Truth(r.facilityId(), r.requestId(), finding));
        if (!finding.equals("late_patient_access") && !accounting.contains(new Truth(r.facilityId(), r.requestId(), ""))) {
            // a disclosure without a valid authorization is owed in the accounting
            accounting.add(new Truth(r.facilityId(), r.requestId(), ""));
        }
    }

    private static Request withAuthorization(Request r, String authorizationId) {
        return new Request(r.facilityId(), r.requestId(), r.mrn(), r.requesterType(), r.purpose(), r.received(),
                authorizationId, r.extensionNotice(), r.fulfilled(), r.status());
    }

    private static Authorization withoutElement(Authorization a, int element) {
        return new Authorization(a.facilityId(), a.id(), a.mrn(), element == 0 ? null : a.information(),
                element == 1 ? null : a.recipient(), element == 2 ? null : a.purpose(), element == 3 ? null : a.expiration(),
                null, element == 5 ? null : a.signed(), element == 4 ? "N" : a.signature(),
                element == 5 ? "N" : a.revocationNotice(), null);
    }

    private String mrn(String facility) {
        List<RecordsOnFile.Registration> all = records.registrations(facility);
        return all.get(random.nextInt(all.size())).mrn();
    }

    private boolean needsAuthorization(String purpose) {
        return !Set.of("treatment", "payment", "operations", "patient_access").contains(purpose) && !PERMITTED.contains(purpose);
    }

    long writeRequests(Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, HEADER)) {
            CsvRow row = new CsvRow();
            for (Request r : requests) {
                out.write(row.clear().text(r.facilityId()).text(r.requestId()).text(r.mrn()).text(r.requesterType())
                        .text(r.purpose()).text(date(r.received())).text(r.authorizationId()).text(date(r.extensionNotice()))
                        .text(date(r.fulfilled())).text(r.status()));
            }
            return out.rows();
        }
    }

    long writeAuthorizations(Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, AUTHORIZATION_HEADER)) {
            CsvRow row = new CsvRow();
            for (Authorization a : authorizations) {
                out.write(row.clear().text(a.facilityId()).text(a.id()).text(a.mrn()).text(a.information()).text(a.recipient())
                        .text(a.purpose()).text(date(a.expiration())).text(a.expirationEvent()).text(date(a.signed()))
                        .text(a.signature()).text(a.revocationNotice()).text(date(a.revoked())));
            }
            return out.rows();
        }
    }

    long writeTruth(Path findings, Path accountingFile) throws IOException {
        Comparator<Truth> order = Comparator.comparing(Truth::facilityId).thenComparing(Truth::requestId)
                .thenComparing(Truth::finding);
        truth.sort(order);
        accounting.sort(order);
        try (CsvOut out = new CsvOut(accountingFile, ACCOUNTING_HEADER)) {
            CsvRow row = new CsvRow();
            for (Truth t : accounting) {
                out.write(row.clear().text(t.facilityId()).text(t.requestId()));
            }
        }
        try (CsvOut out = new CsvOut(findings, TRUTH_HEADER)) {
            CsvRow row = new CsvRow();
            for (Truth t : truth) {
                out.write(row.clear().text(t.facilityId()).text(t.requestId()).text(t.finding()));
            }
            return out.rows();
        }
    }

    long accountingRows() {
        return accounting.size();
    }

    private static String date(Integer day) {
        return day == null ? null : LocalDate.ofEpochDay(day).toString();
    }
}
