package vbtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vbtrace}: the command-line entry point (contract: {@code cli.md}). */
@Command(name = "vbtrace", mixinStandardHelpOptions = true, version = "vbtrace 0.1.0",
        description = "Search and trace Vietnamese policy documents.",
        subcommands = {IngestCommand.class, ExtractCommand.class, SearchCommand.class, ShowCommand.class,
                TraceCommand.class, BenchCommand.class, TrainAgenciesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code: 0 ok, 1 some inputs failed, 2 bad usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, a) -> {
            System.err.println("vbtrace: " + ex.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserException) {
                System.err.println("vbtrace: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cli.execute(args);
    }
}
