package vbtrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the paths a user gives into the files to read, in a stable order. Folders are walked
 * (symlinks followed, loops reported, hidden files skipped); a path that cannot be used becomes an
 * input with an error so the caller reports it and goes on.
 */
public final class InputFiles {
    private InputFiles() {}

    /** A file to read, or a path that cannot be read and why. */
    public record Input(Path path, String error) {}

    public static List<Input> expand(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                out.add(new Input(p, Files.isSymbolicLink(p) ? "broken symbolic link" : "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                walk(p, out);
            } else {
                out.add(new Input(p, null));
            }
        }
        return out;
    }

    private static void walk(Path root, List<Input> out) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!hidden(file) && attrs.isRegularFile()) found.add(new Input(file, null));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            found.add(new Input(file, e instanceof FileSystemLoopException
                                    ? "symbolic link loop" : "cannot read: " + e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            found.add(new Input(root, "cannot read folder: " + e.getMessage()));
        }
        found.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        out.addAll(found);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
