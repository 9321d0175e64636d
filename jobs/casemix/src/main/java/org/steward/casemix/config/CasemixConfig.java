package org.steward.casemix.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;

/**
 * The case-mix job's behaviour as data ({@code config/casemix.yml}): which stays are discharges, which
 * discharge statuses are transfers, which payers are Medicare, and the CDI targets. Read strictly: an
 * unknown or missing key stops the run at start-up with its file and line.
 */
public record CasemixConfig(List<String> inpatientClasses, List<String> medicarePayers,
                            List<String> acuteTransferDispositions, List<String> postAcuteDispositions,
                            Optional<Path> postAcuteDrgs, int worklistSize, int controlChartMonths,
                            int responseWindowDays, double responseRateTarget, double agreementRateTarget,
                            BigDecimal baseRate, int minQueriesForRanking) {

    public static CasemixConfig load(Path file, Path home) {
        YamlNode root = YamlFile.read(file, Map.of("STEWARD_HOME", home.toAbsolutePath().normalize().toString()));
        YamlNode caseMix = root.child("case-mix");
        YamlNode transfers = caseMix.child("transfers");
        YamlNode cdi = root.child("cdi");
        YamlNode targets = cdi.child("targets");
        String drgList = transfers.text("post-acute-drgs");
        Optional<Path> postAcute = drgList.equals("none") ? Optional.empty() : Optional.of(Path.of(drgList));
        if (postAcute.isPresent() && !Files.isRegularFile(postAcute.get())) {
            throw transfers.error("post-acute-drgs", "names a file that does not exist: " + postAcute.get());
        }
        CasemixConfig config = new CasemixConfig(nonEmpty(caseMix, "inpatient-classes"), caseMix.list("medicare-payers"),
                transfers.list("acute-dispositions"), transfers.list("post-acute-dispositions"), postAcute,
                required(caseMix, "worklist-size", 0, 1_000_000), required(caseMix, "control-chart-months", 2, 240),
                required(cdi, "response-window-days", 0, 3650), rate(targets, "response-rate"),
                rate(targets, "agreement-rate"), baseRate(cdi), required(cdi, "min-queries-for-ranking", 1, 1_000_000));
        root.rejectUnread();
        return config;
    }

    private static List<String> nonEmpty(YamlNode node, String key) {
        List<String> values = node.list(key);
        if (values.isEmpty()) {
            throw node.error(key, "must name at least one value");
        }
        return values;
    }

    private static int required(YamlNode node, String key, int min, int max) {
        node.text(key);
        return node.integer(key, 0, min, max);
    }

    private static double rate(YamlNode node, String key) {
        node.text(key);
        return node.decimal(key, 0, 0, 1);
    }

    private static BigDecimal baseRate(YamlNode cdi) {
        String text = cdi.text("base-rate");
        try {
            BigDecimal rate = new BigDecimal(text.strip());
            if (rate.signum() < 0) {
                throw cdi.error("base-rate", "must not be negative, got " + text);
            }
            return rate;
        } catch (NumberFormatException e) {
            throw cdi.error("base-rate", "must be an amount in dollars, got '" + text + "'");
        }
    }
}
