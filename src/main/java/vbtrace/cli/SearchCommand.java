package vbtrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Not built yet (see the open issues).")
public final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("search: not available yet in this version");
    }
}
