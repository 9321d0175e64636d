package org.steward.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.contract.InputContract;
import org.steward.core.contract.MissingColumnsException;
import org.steward.core.contract.RowParser;
import org.steward.core.contract.TableContract;
import org.steward.platform.settings.ConfigException;
import org.steward.stage.csv.CsvRecords;

/**
 * Checks an input folder before a run starts: it exists, holds at least one contract file, and every
 * file present has the contract's columns. Problems here are usage errors (exit 2), found in
 * milliseconds instead of after minutes of work.
 */
public final class StageInput {

    private StageInput() {
    }

    /** Returns the contract tables present in {@code input}. */
    public static List<TableContract> check(Path input) {
        if (!Files.isDirectory(input)) {
            throw new ConfigException(input + ": input folder not found");
        }
        List<TableContract> present = new ArrayList<>();
        for (TableContract contract : InputContract.TABLES) {
            Path file = input.resolve(contract.fileName());
            if (!Files.exists(file)) {
                continue;
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ConfigException(file + ": not a readable file");
            }
            try {
                RowParser.forHeader(contract, file.toString(), CsvRecords.header(file));
            } catch (MissingColumnsException e) {
                throw new ConfigException(e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw new ConfigException(file + ": cannot be read as CSV (" + e.getMessage() + ")");
            }
            present.add(contract);
        }
        if (present.isEmpty()) {
            throw new ConfigException(input + ": no input files; expected one or more of "
                    + InputContract.TABLES.stream().map(TableContract::fileName).toList());
        }
        return present;
    }
}
