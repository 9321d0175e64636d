package org.steward.mpi.job;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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

/**
 * config/mpi.yml and the reference files it names, read and validated before a run starts.
 *
 * @param fingerprint SHA-256 over mpi.yml and its reference files: a stored model estimated under
 *                    another fingerprint is not reused
 */
public record MpiConfiguration(MatchSettings settings, ReferenceTables tables, String fingerprint) {

    public static MpiConfiguration load(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Map<String, Object> tree = new Yaml(options).load(in);
            MatchSettings settings = MatchSettingsLoader.load(tree);
            return new MpiConfiguration(settings, ReferenceTablesLoader.load(file.getParent(), settings.references()),
                    fingerprint(file, settings.references()));
        } catch (NoSuchFileException e) {
            throw notFound(file, e);
        } catch (UncheckedIOException e) {
            // A reference file that is missing or cannot be read: name it, and the settings file that names it.
            if (e.getCause() instanceof NoSuchFileException missing) {
                throw notFound(file, missing);
            }
            throw new ConfigException(e.getMessage() + " (named in " + file + "): " + e.getCause().getMessage(), e);
        } catch (IOException | YAMLException | IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    private static ConfigException notFound(Path file, NoSuchFileException e) {
        if (!e.getFile().equals(file.toString())) {
            return new ConfigException(e.getFile() + ": file not found (named in " + file + ")");
        }
        return new ConfigException(file + ": file not found");
    }

    private static String fingerprint(Path file, MatchSettings.References references) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(file));
            for (String reference : java.util.List.of(references.nicknames(), references.nameSuffixes(),
                    references.placeholderSsns(), references.addressAbbreviations())) {
                digest.update(Files.readAllBytes(file.getParent().resolve(reference)));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
