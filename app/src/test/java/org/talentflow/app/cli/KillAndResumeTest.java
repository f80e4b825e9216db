package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long ingest killed with SIGKILL midway, more than once, then run to the end, holds exactly the store one clean run
 * makes. The runs are real child JVMs (the CLI as a user starts it), killed once their progress lines show documents
 * being stored; the clean run is the same command in this JVM.
 */
class KillAndResumeTest {

    private static final Pattern DOCUMENTS = Pattern.compile("([\\d,]+) documents");
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
            ChildRun child = ChildRun.of("ingest", articles.toString(), "--db", resumed);
            child.killAfter(DOCUMENTS, killAfter);
            try (MoveStore store = MoveStore.open(resumed)) {
                assertThat(store.counts().documents()).as("stored when killed; the run said:%n%s", child.err()).isPositive();
                storedAtKill.add(store.counts().documents());
            }
        }
        ChildRun last = ChildRun.of("ingest", articles.toString(), "--db", resumed);
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
}
