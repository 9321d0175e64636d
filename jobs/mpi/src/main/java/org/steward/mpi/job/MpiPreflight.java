package org.steward.mpi.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.steward.platform.output.OutputLayout;
import org.steward.platform.settings.ConfigException;
import org.steward.platform.settings.StewardSettings.MpiSettings;

/**
 * What the mpi job checks before a run starts, so that a configuration problem stops the run with the
 * file and line (exit 2) instead of failing the job (which a restart could not fix): config/mpi.yml and
 * the reference files it names, the stewards' decisions file (including links that contradict a
 * separation), and that the run is not dated before the index it would update.
 */
public final class MpiPreflight {

    private MpiPreflight() {
    }

    /**
     * @param output the run's output folder, or null when not known (then the index is not looked at)
     * @param asOf   the run date asked for; default today
     * @throws ConfigException naming the file (and line) at fault
     */
    public static void check(MpiSettings settings, Path output, Optional<LocalDate> asOf) {
        MpiConfiguration.load(settings.settings());
        DecisionsFile.read(settings.decisions());
        if (output != null) {
            Path index = new OutputLayout(output).root().resolve(MpiJobConfiguration.JOB).resolve(MpiIndex.KIND);
            MpiIndex.asOf(index).ifPresent(indexAsOf ->
                    MpiIndex.requireNotBefore(index, indexAsOf, asOf.orElseGet(LocalDate::now)));
        }
    }
}
