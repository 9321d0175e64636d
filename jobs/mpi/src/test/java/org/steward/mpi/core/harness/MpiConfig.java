package org.steward.mpi.core.harness;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.settings.MatchSettingsLoader;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.core.standardise.ReferenceTablesLoader;
import org.yaml.snakeyaml.Yaml;

/** The repository's config/mpi.yml and its reference files, read for tests (the job binds it its own way). */
public record MpiConfig(MatchSettings settings, ReferenceTables tables) {

    /** From the module directory (where Maven runs tests) the config folder is two levels up. */
    public static final Path CONFIG_DIR = Path.of("../../config");

    public static MpiConfig load() {
        return load(CONFIG_DIR);
    }

    public static MpiConfig load(Path configDir) {
        try (Reader in = Files.newBufferedReader(configDir.resolve("mpi.yml"))) {
            Map<String, Object> tree = new Yaml().load(in);
            MatchSettings settings = MatchSettingsLoader.load(tree);
            return new MpiConfig(settings, ReferenceTablesLoader.load(configDir, settings.references()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + configDir.resolve("mpi.yml"), e);
        }
    }
}
