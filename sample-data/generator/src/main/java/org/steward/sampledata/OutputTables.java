package org.steward.sampledata;

/** The five contract files: their columns, and how a generated object becomes a row. */
final class OutputTables {

    static final String[] PATIENTS = {"facility_id", "mrn", "first_name", "middle_name", "last_name", "name_suffix",
        "sex", "birth_date", "ssn", "address_line", "city", "state", "zip", "phone", "email"};

    static final FileContract ENCOUNTERS = new FileContract("encounters.csv",
            new String[] {"facility_id", "encounter_id", "mrn", "encounter_class", "admit_date", "discharge_date",
                "discharge_disposition", "payer_id", "attending_npi", "ms_drg", "principal_dx", "secondary_dx",
                "procedures", "total_charges"},
            new int[] {4, 5}, new int[] {13}, 1, 3);

    static final FileContract CLAIMS = new FileContract("claims.csv",
            new String[] {"facility_id", "claim_id", "encounter_id", "payer_id", "payer_name", "submitted_date",
                "billed_amount"},
            new int[] {5}, new int[] {6}, 1, 4);

    static final FileContract REMITTANCE = new FileContract("remittance_adjustments.csv",
            new String[] {"facility_id", "claim_id", "remit_date", "paid_amount", "group_code", "carc", "rarc",
                "adjustment_amount"},
            new int[] {2}, new int[] {3, 7}, 1, 4);

    static final FileContract CDI_QUERIES = new FileContract("cdi_queries.csv",
            new String[] {"facility_id", "query_id", "encounter_id", "cdi_specialist_id", "provider_npi", "query_type",
                "opened_date", "answered_date", "outcome", "drg_before", "drg_after"},
            new int[] {6, 7}, new int[0], 1, 5);

    private OutputTables() {
    }

    static CsvRow patient(CsvRow row, RecordedPatient p) {
        row.clear().text(FacilityLayout.id(p.facility)).text(p.mrn).text(p.first).text(p.middle).text(p.last)
                .text(p.suffix).text(String.valueOf(p.sex)).date(p.birthDay);
        row.text(p.ssn == 0 ? "" : SsnSpace.format(p.ssn));
        row.text(p.addressLine).text(p.city).text(p.state).text(p.zip);
        row.text(p.phone == 0 ? "" : PhoneNumbers.format(p.phone));
        return row.text(p.email);
    }

    static CsvRow encounter(CsvRow row, Encounter e, boolean dots, StringBuilder scratch) {
        row.clear().text(FacilityLayout.id(e.facility)).text(e.id).text(e.mrn).text(e.type.label)
                .date(e.admitDay).date(e.dischargeDay).text(e.disposition).text(Payers.get(e.payer).id())
                .text(e.npi).text(e.drg).text(diagnosis(e.principal, dots));
        scratch.setLength(0);
        for (int i = 0; i < e.secondaryCount; i++) {
            if (i > 0) {
                scratch.append('|');
            }
            scratch.append(diagnosis(e.secondary[i], dots));
        }
        row.text(scratch.toString());
        scratch.setLength(0);
        for (int i = 0; i < e.procedureCount; i++) {
            if (i > 0) {
                scratch.append('|');
            }
            scratch.append(e.procedures[i]);
        }
        return row.text(scratch.toString()).money(e.chargesCents);
    }

    static CsvRow claim(CsvRow row, Claim c) {
        Payers.Payer payer = Payers.get(c.payer);
        return row.clear().text(FacilityLayout.id(c.facility)).text(c.id).text(c.encounterId).text(payer.id())
                .text(payer.name()).date(c.submittedDay).money(c.billedCents);
    }

    static CsvRow remittanceLine(CsvRow row, Claim c, int line) {
        return row.clear().text(FacilityLayout.id(c.facility)).text(c.id).date(c.remitDay).money(c.paidCents)
                .text(c.group[line]).text(c.carc[line]).text(c.rarc[line]).money(c.amount[line]);
    }

    static CsvRow query(CsvRow row, CdiQuery q, Encounter e) {
        row.clear().text(FacilityLayout.id(e.facility)).text(q.id).text(e.id).text(q.specialist).text(q.providerNpi)
                .text(q.type).date(q.openedDay);
        if (q.answered()) {
            row.date(q.answeredDay);
        } else {
            row.empty();
        }
        return row.text(q.outcome).text(q.drgBefore).text(q.drgAfter);
    }

    /** ICD-10-CM is usually written with a dot after the third character; some systems drop it. */
    static String diagnosis(String code, boolean dots) {
        return dots && code.length() > 3 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }
}
