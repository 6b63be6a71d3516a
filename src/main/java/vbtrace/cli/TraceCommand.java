package vbtrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "trace", mixinStandardHelpOptions = true, description = "Not built yet (see the open issues).")
public final class TraceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("trace: not available yet in this version");
    }
}
