package org.steward.platform.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.platform.settings.StewardSettings.CasemixSettings;
import org.steward.platform.settings.StewardSettings.DenialsSettings;
import org.steward.platform.settings.StewardSettings.JobRepositorySettings;
import org.steward.platform.settings.StewardSettings.MpiSettings;
import org.steward.platform.settings.StewardSettings.QualitySettings;
import org.steward.platform.settings.StewardSettings.SparkSettings;
import org.steward.platform.settings.StewardSettings.StageSettings;

/**
 * Finds and validates the settings file: --config if given, else {@code <home>/config/steward.yml}, else
 * the copy built into the jar. Every key is required and unknown keys are errors, so the file a user
 * reads is the whole truth about a run's behaviour.
 */
public final class SettingsLoader {

    public static final String DEFAULT_FILE = "config/steward.yml";
    private static final String BUILT_IN = "/steward.yml";
    private static final Set<String> COMPRESSIONS = Set.of("snappy", "zstd", "gzip", "uncompressed");

    private SettingsLoader() {
    }

    public static StewardSettings load(Path home, Optional<Path> configFile) {
        Map<String, String> variables = Map.of("STEWARD_HOME", home.toAbsolutePath().normalize().toString());
        if (configFile.isPresent()) {
            return bind(home, YamlFile.read(configFile.get(), variables));
        }
        Path standard = home.resolve(DEFAULT_FILE);
        if (Files.isRegularFile(standard)) {
            return bind(home, YamlFile.read(standard, variables));
        }
        return bind(home, YamlFile.parse("built-in steward.yml", builtIn(), variables));
    }

    static StewardSettings bind(Path home, YamlNode root) {
        String engineKey = root.text("engine");
        StewardSettings.Engine engine = StewardSettings.Engine.of(engineKey)
                .orElseThrow(() -> root.error("engine", "must be one of " + StewardSettings.Engine.keys()));
        YamlNode repository = root.child("job-repository");
        JobRepositorySettings jobRepository = new JobRepositorySettings(
                repository.text("url"), repository.text("username"), repository.text("password"));
        if (!jobRepository.url().startsWith("jdbc:h2:") && !jobRepository.isPostgres()) {
            throw repository.error("url", "must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        YamlNode sparkNode = root.child("spark");
        SparkSettings spark = new SparkSettings(sparkNode.text("master"), sparkNode.text("app-name"),
                Path.of(sparkNode.text("executor-jar")), sparkNode.textMap("options"));
        YamlNode stageNode = root.child("stage");
        int processors = Runtime.getRuntime().availableProcessors();
        String threads = stageNode.text("threads");
        StageSettings stage = new StageSettings(
                threads.equals("auto") ? processors : stageNode.integer("threads", processors, 1, 256),
                stageNode.integer("chunk-megabytes", 0, 1, 4096),
                stageNode.integer("row-group-megabytes", 0, 1, 1024),
                stageNode.text("compression"));
        if (!COMPRESSIONS.contains(stage.compression())) {
            throw stageNode.error("compression", "must be one of " + COMPRESSIONS);
        }
        YamlNode qualityNode = root.child("quality");
        YamlNode regression = qualityNode.child("regression");
        QualitySettings quality = new QualitySettings(
                Path.of(qualityNode.text("rules")), Path.of(qualityNode.text("reference")),
                qualityNode.integer("failure-sample", 0, 0, 100_000),
                regression.integer("trailing-periods", 0, 1, 120),
                regression.integer("min-history", 0, 1, 120),
                regression.decimal("sigmas", 0, 0, 100),
                regression.decimal("min-increase", 0, 0, 1));
        YamlNode mpiNode = root.child("mpi");
        MpiSettings mpi = new MpiSettings(Path.of(mpiNode.text("settings")), Path.of(mpiNode.text("decisions")));
        YamlNode casemixNode = root.child("casemix");
        CasemixSettings casemix = new CasemixSettings(Path.of(casemixNode.text("settings")),
                Path.of(casemixNode.text("reference")));
        YamlNode denialsNode = root.child("denials");
        DenialsSettings denials = new DenialsSettings(Path.of(denialsNode.text("settings")),
                Path.of(denialsNode.text("reference")));
        YamlNode operationsNode = root.child("operations");
        StewardSettings.OperationsSettings operations = new StewardSettings.OperationsSettings(
                Path.of(operationsNode.text("schedule")), Path.of(operationsNode.text("output")),
                operationsNode.integer("lock-expiry-seconds", 0, 10, 86_400));
        YamlNode lifecycleNode = root.child("lifecycle");
        StewardSettings.LifecycleSettings lifecycle = new StewardSettings.LifecycleSettings(
                Path.of(lifecycleNode.text("retention")), Path.of(lifecycleNode.text("agreements")));
        StewardSettings.PrivacySettings privacy = new StewardSettings.PrivacySettings(
                Path.of(root.child("privacy").text("settings")));
        YamlNode reportNode = root.child("report");
        StewardSettings.ReportSettings report = new StewardSettings.ReportSettings(
                Path.of(reportNode.text("settings")), Path.of(reportNode.text("templates")), Path.of(reportNode.text("sql")));
        root.rejectUnread();
        return new StewardSettings(home, root.file(), engine, jobRepository, spark, stage, quality, mpi, casemix,
                denials, operations, lifecycle, privacy, report);
    }

    private static String builtIn() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new ConfigException("no settings: neither " + DEFAULT_FILE + " nor the built-in copy was found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("built-in settings cannot be read", e);
        }
    }
}
