package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.app.Main;
import org.talentflow.storage.MoveStore;

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
 * A long ingest killed with SIGKILL midway, more than once, then run to the end, holds exactly the store one clean run
 * makes. The runs are real child JVMs (the CLI as a user starts it), killed once their progress lines show documents
 * being stored; the clean run is the same command in this JVM.
 */
class KillAndResumeTest {

    private static final Pattern DOCUMENTS = Pattern.compile("([\\d,]+) documents");
    private static final long LIMIT_SECONDS = 300;
    /** Where each killed run stops: after this many documents of its own (a restart skips what is stored). */
    private static final int[] KILL_AFTER = {20, 35};

    @TempDir
    Path work;

    @Test
    void aRunKilledMidwayAndStartedAgainEndsWithTheStoreOfOneCleanRun() throws Exception {
        Path articles = Files.createDirectory(work.resolve("articles"));
        int written = GeneratedNews.write(articles, 100, 7);
        String clean = work.resolve("clean").toString();
        String resumed = work.resolve("resumed").toString();

        CommandRun cleanRun = CommandRun.of("ingest", articles.toString(), "--db", clean);
        assertThat(cleanRun.exitCode()).as(cleanRun.err()).isZero();

        List<Integer> storedAtKill = new ArrayList<>();
        for (int killAfter : KILL_AFTER) {
            Child child = Child.ingest(articles, resumed);
            child.killAfter(killAfter);
            try (MoveStore store = MoveStore.open(resumed)) {
                assertThat(store.counts().documents()).as("stored when killed; the run said:%n%s", child.err()).isPositive();
                storedAtKill.add(store.counts().documents());
            }
        }
        Child last = Child.ingest(articles, resumed);
        int exit = last.runToEnd();

        assertThat(exit).as(last.err()).isZero();
        assertThat(last.out()).containsPattern("inputs finished earlier and skipped: [1-9]");
        // Every kill landed midway, each later one further on.
        assertThat(storedAtKill).isSorted().allSatisfy(n -> assertThat(n).isPositive().isLessThan(written));
        try (MoveStore a = MoveStore.open(clean); MoveStore b = MoveStore.open(resumed)) {
            assertThat(a.counts().moves()).isGreaterThan(written / 3);
            assertThat(a.counts().stories()).isLessThan(a.counts().documents());
            assertThat(b.counts()).isEqualTo(a.counts());
            assertThat(b.contentDigest()).isEqualTo(a.contentDigest());
        }
    }

    /** The ingest command in a JVM of its own, on the test classpath (which holds the models). */
    private static final class Child {
        private final Process process;
        private final Path out;
        private final StringBuilder err = new StringBuilder();

        private Child(Process process, Path out) {
            this.process = process;
            this.out = out;
        }

        static Child ingest(Path articles, String db) throws IOException {
            Path out = Files.createTempFile("ingest-child", ".out");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx3g", "-Xss4m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "ingest", articles.toString(), "--db", db, "--progress-interval", "0.05");
            pb.environment().remove("TALENTFLOW_DB");
            pb.redirectOutput(out.toFile());
            Process process = pb.start();
            // A child that hangs must not hang the build: it is killed after a generous limit, and the test fails.
            CompletableFuture.delayedExecutor(LIMIT_SECONDS, TimeUnit.SECONDS).execute(process::destroyForcibly);
            return new Child(process, out);
        }

        /** Reads the progress lines and kills the run (SIGKILL) once it has stored the given number of documents. */
        void killAfter(int documents) throws Exception {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    err.append(line).append('\n');
                    Matcher m = DOCUMENTS.matcher(line);
                    if (m.find() && Integer.parseInt(m.group(1).replace(",", "")) >= documents) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
            assertThat(process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)).as("killed run ends").isTrue();
            assertThat(process.exitValue()).as("the run was killed before it ended: " + err).isNotZero();
        }

        int runToEnd() throws Exception {
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
            return err.toString();
        }
    }
}
