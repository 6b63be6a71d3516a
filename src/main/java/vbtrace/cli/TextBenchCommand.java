package vbtrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "text", mixinStandardHelpOptions = true, description = "Not built yet (see the open issues).")
public final class TextBenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("bench text: not available yet in this version");
    }
}
