package vbtrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Expands the paths a user gives into the files to read, in a stable order. Folders are walked
 * (symlinks followed, loops reported, hidden files and non-regular files skipped). In a folder only
 * documents are taken: files with a document extension ({@code Formats.EXTENSIONS}), and not the
 * folder's README, which describes the folder rather than being one of its documents. A file named
 * explicitly is always taken. A path that cannot be used becomes an input with an error so the caller
 * reports it and goes on.
 */
public final class InputFiles {
    private InputFiles() {}

    /** A file to read, or a path that cannot be read and why. */
    public record Input(Path path, String error) {}

    public static List<Input> expand(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walk(p, out);
            } else if (Files.exists(p)) {
                out.add(new Input(p, null));
            } else {
                out.add(new Input(p, Files.isSymbolicLink(p) ? linkProblem(p) : "no such file or folder"));
            }
        }
        return out;
    }

    /** The readable .txt and .md files under {@code paths}: the text inputs of the benchmarks. */
    public static List<Path> textFiles(List<Path> paths) {
        return expand(paths).stream().filter(i -> i.error() == null).map(Input::path).filter(p -> {
            String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
            return name.endsWith(".txt") || name.endsWith(".md");
        }).toList();
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
                            if (hidden(file)) return FileVisitResult.CONTINUE;
                            // links are followed, so a link seen as a link leads nowhere
                            if (attrs.isSymbolicLink()) found.add(new Input(file, linkProblem(file)));
                            else if (attrs.isRegularFile() && isDocument(file)) found.add(new Input(file, null));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!hidden(file)) found.add(new Input(file, reason(file, e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            found.add(new Input(root, "cannot read folder: " + ParseFailures.summary(e)));
        }
        found.sort(Comparator.comparing(Input::path));
        out.addAll(found);
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) return "symbolic link loop (leads back to a folder above it)";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return Files.isSymbolicLink(file) ? linkProblem(file) : "no such file or folder";
        if (e instanceof FileSystemException && Files.isSymbolicLink(file)) return linkProblem(file);
        return "cannot read: " + ParseFailures.summary(e);
    }

    /** A symbolic link that leads nowhere: a loop of links, or a target that does not exist. */
    private static String linkProblem(Path link) {
        try {
            link.toRealPath();
            return "cannot follow symbolic link";
        } catch (FileSystemException e) {
            String why = String.valueOf(e.getReason()) + e.getMessage();
            return why.contains("levels of symbolic links") ? "symbolic link loop" : "broken symbolic link";
        } catch (IOException e) {
            return "broken symbolic link";
        }
    }

    private static boolean isDocument(Path file) {
        return Formats.hasDocumentExtension(file)
                && !String.valueOf(file.getFileName()).toUpperCase(Locale.ROOT).startsWith("README.");
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
