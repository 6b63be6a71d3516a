package vbtrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "index", mixinStandardHelpOptions = true, description = "Not built yet (see the open issues).")
public final class IndexBenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("bench index: not available yet in this version");
    }
}
