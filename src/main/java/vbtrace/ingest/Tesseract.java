package vbtrace.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where Tesseract is and whether it can read Vietnamese. Looked up on the PATH unless the system
 * property {@value #PROPERTY} or the environment variable {@value #ENV} names the executable or
 * its folder (a path with no tesseract in it means "not installed", which tests use).
 *
 * @param executable the tesseract executable, null when not found
 * @param vietnamese its language data includes {@code vie}
 */
public record Tesseract(Path executable, boolean vietnamese) {
    public static final String PROPERTY = "vbtrace.tesseract.path";
    public static final String ENV = "VBTRACE_TESSERACT_PATH";
    private static final String NAME = "tesseract";

    /** Tesseract as configured for this process (property, environment, else PATH). */
    public static Tesseract locate() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENV));
        if (configured != null && !configured.isBlank()) return at(Path.of(configured));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path candidate = Path.of(dir, NAME);
                if (Files.isExecutable(candidate)) return at(candidate);
            }
        }
        return new Tesseract(null, false);
    }

    /** Tesseract at this executable, or in this folder. */
    public static Tesseract at(Path location) {
        Path exe = Files.isDirectory(location) ? location.resolve(NAME) : location;
        if (!Files.isExecutable(exe)) return new Tesseract(null, false);
        return new Tesseract(exe.toAbsolutePath(), listsVietnamese(exe));
    }

    public boolean usable() {
        return executable != null && vietnamese;
    }

    /** What to install, for the error of a file that needs OCR. */
    public String missing() {
        return executable == null ? "install tesseract-ocr and tesseract-ocr-vie" : "install tesseract-ocr-vie";
    }

    /** The folder to put first on the parser process's PATH. */
    Path directory() {
        return executable == null ? null : executable.getParent();
    }

    private static boolean listsVietnamese(Path exe) {
        try {
            Process p = new ProcessBuilder(exe.toString(), "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
            return out.lines().anyMatch(line -> line.strip().equals("vie"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
