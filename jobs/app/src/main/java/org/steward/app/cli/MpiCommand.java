package org.steward.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Commands that show what the mpi job keeps, for the stewards who answer for it. */
@Command(name = "mpi", mixinStandardHelpOptions = true,
        description = "Look into the master patient index the mpi job keeps.",
        subcommands = {MpiModelCommand.class})
final class MpiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
