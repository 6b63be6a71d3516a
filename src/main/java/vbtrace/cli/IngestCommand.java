package vbtrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Not built yet (see the open issues).")
public final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("ingest: not available yet in this version");
    }
}
