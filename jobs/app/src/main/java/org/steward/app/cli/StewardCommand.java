package org.steward.app.cli;

import java.io.PrintWriter;
import org.steward.app.ExitCodes;
import org.steward.platform.batch.OutputHolds;
import org.steward.platform.settings.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "steward", mixinStandardHelpOptions = true, version = "steward 0.1.0",
        description = "Batch jobs for hospital HIM data governance: staging, MPI, data quality, case mix and CDI, denials, and their plans.",
        subcommands = {RunCommand.class, ScheduleCommand.class, DemoCommand.class, StatusCommand.class, RestartCommand.class,
                QueryCommand.class, EvaluateCommand.class, MpiCommand.class, GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
                "  1  internal error (a bug or the machine; see the log)",
                "  2  usage or configuration error (settings, rules, reference data, decisions),",
                "     or an input file that breaks the contract's header or cannot be parsed",
                "  3  a job ran and failed: `steward restart JOB --period P` continues it",
                "  4  every job completed, but an error-severity data-quality check failed",
                "     its threshold (see quality/results)",
                "  5  another run holds the output folder: nothing was done; run again later"})
public final class StewardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new StewardCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof ConfigException ? ExitCodes.USAGE
                : e instanceof OutputHolds.OutputInUseException ? ExitCodes.OUTPUT_IN_USE : ExitCodes.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("steward: " + e.getMessage());
            e.getCommandLine().getErr().println("Try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException) {
                cmd.getErr().println("steward: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof OutputHolds.OutputInUseException) {
                cmd.getErr().println("steward: " + e.getMessage());
                return ExitCodes.OUTPUT_IN_USE;
            }
            cmd.getErr().println("steward: internal error: " + e);
            e.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine;
    }
}
