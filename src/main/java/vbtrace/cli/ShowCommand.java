package vbtrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Not built yet (see the open issues).")
public final class ShowCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("show: not available yet in this version");
    }
}
