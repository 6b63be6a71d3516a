package vbtrace.index;

import java.nio.file.Path;

/** Where the index lives: {@code --index DIR}, else {@code $VBTRACE_INDEX}, else {@code ./data/index}. */
public final class IndexLocation {
    private IndexLocation() {}

    public static final String ENV = "VBTRACE_INDEX";
    public static final Path DEFAULT = Path.of("data", "index");

    public static Path resolve(Path option) {
        if (option != null) return option;
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT;
    }

    /** The trace graph saved beside the index, updated with it. */
    public static Path graph(Path indexDir) {
        return indexDir.resolve("graph.json");
    }
}
