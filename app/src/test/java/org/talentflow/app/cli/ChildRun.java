package org.talentflow.app.cli;

import org.talentflow.app.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command in a JVM of its own, on the test classpath (which holds the models), as a user starts it: to be killed
 * with SIGKILL once its progress lines show it at work, or run to its end.
 */
final class ChildRun {

    private static final long LIMIT_SECONDS = 300;

    private final Process process;
    private final Path out;
    private final StringBuilder err = new StringBuilder();
    /** Reads the rest of stderr once {@link #awaitLine} has seen what it waited for; null before. */
    private Thread drain;

    private ChildRun(Process process, Path out) {
        this.process = process;
        this.out = out;
    }

    /** Starts the command line with these arguments and progress lines every 50 ms. */
    static ChildRun of(String... args) throws IOException {
        List<String> withProgress = new ArrayList<>(List.of(args));
        withProgress.addAll(List.of("--progress-interval", "0.05"));
        return start(withProgress);
    }

    /** Starts a command that takes no progress option (serve, watch, the queries). */
    static ChildRun command(String... args) throws IOException {
        return start(List.of(args));
    }

    private static ChildRun start(List<String> args) throws IOException {
        Path out = Files.createTempFile("child-run", ".out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-Xss4m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("TALENTFLOW_DB");
        pb.redirectOutput(out.toFile());
        Process process = pb.start();
        // A child that hangs must not hang the build: it is killed after a generous limit, and the test fails.
        CompletableFuture.delayedExecutor(LIMIT_SECONDS, TimeUnit.SECONDS).execute(process::destroyForcibly);
        return new ChildRun(process, out);
    }

    /**
     * Reads the progress lines and kills the run (SIGKILL) once the count the pattern's first group finds on a line
     * reaches the given number.
     */
    void killAfter(Pattern count, int documents) throws Exception {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                err.append(line).append('\n');
                Matcher m = count.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1).replace(",", "")) >= documents) {
                    process.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)).as("killed run ends").isTrue();
        assertThat(process.exitValue()).as("the run was killed before it ended: " + err).isNotZero();
    }

    /** Reads stderr until a line matches (true), or the run ends first (false); the rest is read on the side. */
    boolean awaitLine(Pattern wanted) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        boolean found = false;
        while (!found && (line = lines.readLine()) != null) {
            synchronized (err) {
                err.append(line).append('\n');
            }
            found = wanted.matcher(line).find();
        }
        drain = new Thread(() -> lines.lines().forEach(l -> {
            synchronized (err) {
                err.append(l).append('\n');
            }
        }));
        drain.setDaemon(true);
        drain.start();
        return found;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the run as Ctrl-C would (SIGTERM: the shutdown hooks run) and waits for it to end. */
    void stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    int runToEnd() throws Exception {
        if (drain != null) {
            assertThat(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)).as("run ends").isTrue();
            drain.join(10_000);
            return process.exitValue();
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            lines.lines().forEach(l -> err.append(l).append('\n'));
        }
        assertThat(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)).as("last run ends").isTrue();
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(out);
    }

    String err() {
        synchronized (err) {
            return err.toString();
        }
    }
}
