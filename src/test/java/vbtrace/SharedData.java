package vbtrace;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared}; tests that need it skip cleanly when it is absent (a clean clone). */
public final class SharedData {
    private SharedData() {}

    public static final Path ROOT = Path.of("..", "shared").toAbsolutePath().normalize();

    /** {@code ../shared/<relative>}, or skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path p = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "../shared/" + relative + " is absent; skipped");
        return p;
    }

    public static final Path SEEDS = Path.of("corpus", "seeds");
}
