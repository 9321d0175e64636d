package org.steward.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import org.steward.app.StewardBoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Continue the latest failed or killed run of a job from where it stopped.",
                "Steps that completed are not run again; the run's input and output are those it started with."})
final class RestartCommand extends SettingsCommand {

    @Parameters(index = "0", paramLabel = "JOB", description = "The job to restart.")
    String job;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "The period the failed run covered (default: all).")
    String period;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Only consider runs into this output folder (default: the latest run of any output).")
    Path output;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Where the job's set-based work runs: duckdb or spark. Default: engine in the settings file.")
    String engine;

    @Override
    public Integer call() throws Exception {
        JobCatalog.get(job);
        String scope = Periods.scope(period).toString();
        try (ConfigurableApplicationContext context = StewardBoot.start(RunCommand.withEngine(settings(), engine))) {
            JobRunner runner = new JobRunner(context, out());
            return runner.restart(job, scope, Optional.ofNullable(output)).exitCode();
        }
    }
}
