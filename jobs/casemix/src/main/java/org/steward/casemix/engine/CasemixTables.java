package org.steward.casemix.engine;

import static org.steward.platform.engine.SqlType.BOOLEAN;
import static org.steward.platform.engine.SqlType.DOUBLE;
import static org.steward.platform.engine.SqlType.INTEGER;
import static org.steward.platform.engine.SqlType.STRING;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.steward.casemix.config.CasemixConfig;
import org.steward.casemix.reference.DrgReference;
import org.steward.core.contract.InputContract;
import org.steward.platform.engine.SqlColumn;
import org.steward.platform.engine.SqlEngine;
import org.steward.platform.engine.StagedTables;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.reference.ReferenceFiles;
import org.steward.platform.settings.ConfigException;

/** Registers what the case-mix SQL reads: the staged encounters and CDI queries, the DRG reference and the settings' code lists. */
final class CasemixTables {

    private CasemixTables() {
    }

    static void register(SqlEngine engine, OutputLayout output, DrgReference reference, CasemixConfig config) {
        StagedTables.registerAll(engine, output, List.of(InputContract.ENCOUNTERS, InputContract.CDI_QUERIES));
        engine.registerRows("ref_drg", List.of(new SqlColumn("fiscal_year", INTEGER), new SqlColumn("ms_drg", STRING),
                new SqlColumn("mdc", STRING), new SqlColumn("surgical", BOOLEAN), new SqlColumn("weight", DOUBLE),
                new SqlColumn("gmlos", DOUBLE), new SqlColumn("family", STRING), new SqlColumn("severity", STRING),
                new SqlColumn("severity_level", INTEGER), new SqlColumn("splits", BOOLEAN)), reference.drgRows());
        engine.registerRows("ref_drg_year", List.of(new SqlColumn("fiscal_year", INTEGER),
                new SqlColumn("grouper_version", STRING), new SqlColumn("cc_mcc_list_year", INTEGER),
                new SqlColumn("cc_mcc_list", STRING)), reference.yearRows());
        engine.registerRows("ref_cc_mcc", List.of(new SqlColumn("list_year", INTEGER), new SqlColumn("code", STRING),
                new SqlColumn("severity", STRING), new SqlColumn("mcc_only_if_alive", BOOLEAN)), reference.ccMccRows());
        List<Object[]> transfers = new ArrayList<>();
        distinct(config.acuteTransferDispositions()).forEach(d -> transfers.add(new Object[] {d, "acute"}));
        distinct(config.postAcuteDispositions()).forEach(d -> transfers.add(new Object[] {d, "post_acute"}));
        engine.registerRows("ref_transfer", List.of(new SqlColumn("disposition", STRING), new SqlColumn("kind", STRING)),
                transfers);
        engine.registerRows("ref_post_acute_drg", List.of(new SqlColumn("ms_drg", STRING)),
                config.postAcuteDrgs().map(CasemixTables::postAcuteDrgs).orElse(List.of()));
        engine.registerRows("ref_medicare_payer", List.of(new SqlColumn("payer_id", STRING)),
                distinct(config.medicarePayers()).stream().map(p -> new Object[] {p}).toList());
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<Object[]> postAcuteDrgs(Path file) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        ReferenceFiles.read(file, row -> {
            String code = row.getField("ms_drg").strip();
            if (!code.matches("\\d{1,3}")) {
                throw new ConfigException(file + ":" + row.getStartingLineNumber() + ": ms_drg '" + code
                        + "' is not an MS-DRG");
            }
            codes.add("000".substring(code.length()) + code);
        });
        return codes.stream().map(c -> new Object[] {c}).toList();
    }
}
