package org.steward.denials.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.steward.platform.reference.ReferenceFiles;
import org.steward.platform.settings.ConfigException;

/**
 * The X12 code lists the denials mapping is checked against, from {@code config/reference/remittance/}:
 * claim adjustment reason codes (CARC), remittance advice remark codes (RARC) and group codes.
 */
public record RemittanceCodes(Set<String> carcs, Set<String> rarcs, Set<String> groups) {

    static final String CARC_FILE = "carc_claim_adjustment_reason_codes.csv";
    static final String RARC_FILE = "rarc_remittance_advice_remark_codes.csv";
    static final String GROUP_FILE = "claim_adjustment_group_codes.csv";

    public static RemittanceCodes load(Path folder) {
        return new RemittanceCodes(codes(folder.resolve(CARC_FILE), "code"), codes(folder.resolve(RARC_FILE), "code"),
                codes(folder.resolve(GROUP_FILE), "group_code"));
    }

    private static Set<String> codes(Path file, String column) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": the remittance code list is missing");
        }
        Set<String> codes = new LinkedHashSet<>();
        ReferenceFiles.read(file, row -> {
            String code = row.getField(column).strip();
            if (code.isEmpty()) {
                throw new ConfigException(file + ":" + row.getStartingLineNumber() + ": empty " + column);
            }
            codes.add(code);
        });
        if (codes.isEmpty()) {
            throw new ConfigException(file + ": no codes");
        }
        return Set.copyOf(codes);
    }
}
