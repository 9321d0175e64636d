package org.steward.sampledata;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every file of a run, opened together and closed in an order that keeps the truth complete. */
final class OutputFiles implements Closeable {

    static final String[] TRUTH_HEADER = {"facility_id", "mrn", "person_id"};
    static final String[] TWINS_HEADER = {"person_id_a", "person_id_b"};
    static final String[] REGISTRATION_ERRORS_HEADER = {"facility_id", "mrn", "person_id", "errors"};

    final Path outDir;
    final CsvOut patients;
    final CsvOut truth;
    final CsvOut registrationErrors;
    final ViolationLog violations;
    final DefectLedger defects;
    final ContractBreaker encounters;
    final ContractBreaker claims;
    final ContractBreaker remittance;
    final ContractBreaker cdiQueries;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    /** @param expectedEncounters a rough row estimate; violations are spread using it */
    OutputFiles(Path outDir, GeneratorSettings settings, long expectedEncounters) throws IOException {
        this.outDir = outDir;
        Path truthDir = outDir.resolve("truth");
        patients = new CsvOut(outDir.resolve("patients.csv"), OutputTables.PATIENTS);
        truth = new CsvOut(truthDir.resolve("truth.csv"), TRUTH_HEADER);
        registrationErrors = new CsvOut(truthDir.resolve("registration_errors.csv"), REGISTRATION_ERRORS_HEADER);
        violations = new ViolationLog(truthDir.resolve("contract_violations.csv"));
        defects = new DefectLedger(truthDir.resolve("dq_defect_rows.csv"), truthDir.resolve("dq_defects.csv"));
        int wanted = settings.contractViolationsPerFile();
        long seed = settings.seed();
        encounters = breaker(OutputTables.ENCOUNTERS, wanted, expectedEncounters, seed);
        claims = breaker(OutputTables.CLAIMS, wanted, expectedEncounters, seed);
        remittance = breaker(OutputTables.REMITTANCE, wanted, expectedEncounters * 3 / 2, seed);
        cdiQueries = breaker(OutputTables.CDI_QUERIES, wanted, expectedEncounters * 3 / 100, seed);
    }

    private ContractBreaker breaker(FileContract contract, int wanted, long expectedRows, long seed)
            throws IOException {
        return new ContractBreaker(contract, new CsvOut(outDir.resolve(contract.fileName()), contract.header()),
                violations, wanted, expectedRows,
                SeedStreams.of(seed, SeedStreams.Concern.VIOLATIONS, contract.fileName().hashCode()));
    }

    void count(String relativePath, long rowCount) {
        rows.put(relativePath, rowCount);
    }

    Map<String, Long> rows() {
        return rows;
    }

    /** Closes the contract files first: their last violations are decided on close. */
    @Override
    public void close() throws IOException {
        encounters.close();
        claims.close();
        remittance.close();
        cdiQueries.close();
        patients.close();
        truth.close();
        registrationErrors.close();
        violations.close();
        defects.close();
        count("patients.csv", patients.rows());
        count("encounters.csv", encounters.rows());
        count("claims.csv", claims.rows());
        count("remittance_adjustments.csv", remittance.rows());
        count("cdi_queries.csv", cdiQueries.rows());
        count("truth/truth.csv", truth.rows());
        count("truth/registration_errors.csv", registrationErrors.rows());
        count("truth/dq_defects.csv", defects.totalsRows());
        count("truth/dq_defect_rows.csv", defects.rows());
        count("truth/contract_violations.csv", violations.rows());
    }
}
