package vbtrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Not built yet (see the open issues).")
public final class ExtractBenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("bench extract: not available yet in this version");
    }
}
