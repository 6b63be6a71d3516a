package vbtrace.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM running {@link ChildParserMain}, reused file after file. A parse that exceeds
 * its time limit is stopped by killing the process; a process that died (timeout, heap
 * exhausted, crash) is started afresh for the next file. Not thread-safe: one file at a time.
 */
final class ParserProcess implements AutoCloseable {
    /** Exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vbtrace-parser-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final String heap;
    private final Path tesseractDir;
    private Process process;
    private DataOutputStream requests;
    private DataInputStream replies;
    private volatile boolean timedOut;

    /**
     * @param heap         the child's {@code -Xmx} ("512m")
     * @param tesseractDir folder holding the tesseract executable, put first on the child's PATH; null for PATH as is
     */
    ParserProcess(String heap, Path tesseractDir) {
        this.heap = heap;
        this.tesseractDir = tesseractDir;
    }

    ParsedDocument parse(ParseRequest request, Duration timeout) throws IngestException {
        start();
        timedOut = false;
        Process running = process;
        ScheduledFuture<?> stop = WATCHDOG.schedule(() -> {
            timedOut = true;
            kill(running);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            request.writeTo(requests);
            requests.flush();
            byte status = replies.readByte();
            if (status == ChildParserMain.OK) return ParsedDocument.readFrom(replies);
            if (status == ChildParserMain.FAILED) throw new IngestException(Wire.readString(replies));
            // the JVM itself wrote on stdout (it does so when it dies of an OutOfMemoryError)
            throw new IOException("unexpected output from the parser process");
        } catch (IOException e) {
            throw new IngestException(died(timeout), e);
        } finally {
            stop.cancel(false);
        }
    }

    /** Why the process stopped answering; it is discarded so the next file gets a fresh one. */
    private String died(Duration timeout) {
        Process dead = process;
        stop();
        int code;
        try {
            code = dead.waitFor(10, TimeUnit.SECONDS) ? dead.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = -1;
        }
        if (timedOut) return "parsing took longer than " + seconds(timeout) + " and was stopped";
        if (code == OUT_OF_MEMORY_EXIT) return "parsing ran out of memory (parser heap " + heap + ") and was stopped";
        return "the parser process crashed (exit code " + code + ")";
    }

    private void start() throws IngestException {
        if (process != null && process.isAlive()) return;
        stop();
        List<String> command = List.of(javaExecutable(), "-Xmx" + heap, "-Xss4m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ChildParserMain.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        // Tesseract's own threads only compete with the other parsers for the same cores
        env.put("OMP_THREAD_LIMIT", "1");
        if (tesseractDir != null) env.put("PATH", tesseractDir + File.pathSeparator + env.getOrDefault("PATH", ""));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IngestException("cannot start the parser process: " + e.getMessage(), e);
        }
        requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /** The process and what it started (a tesseract run would otherwise finish its page orphaned). */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.3f s", d.toMillis() / 1000.0);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void stop() {
        if (process == null) return;
        try {
            requests.close(); // the child ends when its stdin closes
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) kill(process);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }
}
