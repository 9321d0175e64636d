package org.steward.mpi.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.steward.mpi.core.settings.MatchSettings;
import org.steward.mpi.core.settings.MatchSettingsLoader;
import org.steward.mpi.core.standardise.ReferenceTables;
import org.steward.mpi.core.standardise.ReferenceTablesLoader;
import org.steward.platform.settings.ConfigException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/** config/mpi.yml and the reference files it names, read and validated before a run starts. */
public record MpiConfiguration(MatchSettings settings, ReferenceTables tables) {

    public static MpiConfiguration load(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Map<String, Object> tree = new Yaml(options).load(in);
            MatchSettings settings = MatchSettingsLoader.load(tree);
            return new MpiConfiguration(settings, ReferenceTablesLoader.load(file.getParent(), settings.references()));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (IOException | YAMLException | IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }
}
