package org.steward.lifecycle.config;

import java.nio.file.Path;
import java.util.Map;
import org.steward.platform.settings.YamlFile;
import org.steward.platform.settings.YamlNode;

/** The agreements job's settings: {@code config/agreements.yml}, read strictly (unknown or missing keys fail at start-up). */
public record AgreementsConfig(int expiringWithinDays) {

    public static AgreementsConfig load(Path file, Path home) {
        YamlNode root = YamlFile.read(file, Map.of("STEWARD_HOME", home.toAbsolutePath().normalize().toString()));
        if (!root.has("expiring-within-days")) {
            throw root.error("expiring-within-days", "is missing");
        }
        int days = root.integer("expiring-within-days", 0, 0, 3650);
        root.rejectUnread();
        return new AgreementsConfig(days);
    }
}
