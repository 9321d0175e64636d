package org.steward.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.contract.HeaderException;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.RowParser;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.ConfigException;
import org.steward.stage.csv.CsvRecords;

/**
 * Checks an input folder before a run starts: it exists, holds at least one contract file, and every
 * file present has the contract's columns, each named once. Problems here are usage errors (exit 2),
 * found in milliseconds instead of after minutes of work.
 */
public final class StageInput {

    /**
     * The file that feeds a table in this input.
     *
     * @param delta true for a delta of a snapshot table (new and changed rows only, {@code patients_delta.csv}),
     *              merged into the table staged before; false for a file that replaces the table (or its periods)
     */
    public record TableFile(Path path, boolean delta) {
    }

    private StageInput() {
    }

    /** Returns the contract tables present in {@code input}. */
    public static List<TableContract> check(Path input) {
        if (!Files.isDirectory(input)) {
            throw new ConfigException(input + ": input folder not found");
        }
        List<TableContract> present = new ArrayList<>();
        for (TableContract contract : InputContract.TABLES) {
            Optional<TableFile> file = fileFor(contract, input);
            if (file.isEmpty()) {
                continue;
            }
            Path path = file.get().path();
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new ConfigException(path + ": not a readable file");
            }
            try {
                RowParser.forHeader(contract, path.toString(), CsvRecords.header(path));
            } catch (HeaderException e) {
                throw new ConfigException(e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw new ConfigException(path + ": cannot be read as CSV (" + e.getMessage() + ")");
            }
            present.add(contract);
        }
        if (present.isEmpty()) {
            throw new ConfigException(input + ": no input files; expected one or more of "
                    + InputContract.TABLES.stream().map(TableContract::fileName).toList() + " (or "
                    + InputContract.TABLES.stream().flatMap(t -> t.deltaFileName().stream()).toList() + ")");
        }
        return present;
    }

    /**
     * The file that feeds {@code contract}'s table, if the input has one: its full file or its delta. Both at
     * once would make the table's content depend on which is read last, so that is a usage error.
     */
    public static Optional<TableFile> fileFor(TableContract contract, Path input) {
        Path full = input.resolve(contract.fileName());
        Optional<Path> delta = contract.deltaFileName().map(input::resolve).filter(Files::exists);
        if (delta.isPresent() && Files.exists(full)) {
            throw new ConfigException(input + ": holds both " + contract.fileName() + " (every row: replaces the "
                    + "staged " + contract.table() + ") and " + delta.get().getFileName() + " (new and changed rows: "
                    + "merged into them); give one");
        }
        if (delta.isPresent()) {
            return Optional.of(new TableFile(delta.get(), true));
        }
        return Files.exists(full) ? Optional.of(new TableFile(full, false)) : Optional.empty();
    }
}
