package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reextract} after the extractor changed: here the user's gazetteer makes two companies units of a third, so
 * the same sentences now name other organizations. The store must end as a fresh ingest with the changed extractor
 * would make it, once, however often the run is killed on the way.
 */
class ReextractCommandTest {

    /**
     * Kuaishou and NetEase become ByteDance's: their people now leave or join ByteDance, at unit level. The entries
     * keep the shipped aliases, because syncing a gazetteer adds aliases and never drops one, and the store is to
     * equal one that only ever knew these entries.
     */
    private static final String UNITS = """
            Kuaishou\tunit\tByteDance\t\tBeijing\tKuaishou Technology|快手|快手科技
            NetEase\tunit\tByteDance\t\tHangzhou\tNetEase Inc|网易|網易
            """;
    /** The count of documents handled on a progress line ("[##--]  40% 48/120 documents  48 documents (...)"). */
    private static final Pattern DOCUMENTS = Pattern.compile("([\\d,]+) documents \\(");
    private static final int[] KILL_AFTER = {15, 30};

    @TempDir
    Path work;

    @Test
    void theStoreFollowsAChangedExtractorAsAFreshIngestWouldAndASecondRunChangesNothing() throws IOException {
        Path articles = Files.createDirectory(work.resolve("articles"));
        GeneratedNews.write(articles, 24, 11);
        Path units = Files.writeString(work.resolve("units.tsv"), UNITS);
        String db = work.resolve("db").toString();
        String fresh = work.resolve("fresh").toString();
        assertThat(CommandRun.of("ingest", articles.toString(), "--db", db).exitCode()).isZero();
        String before = digest(db);

        CommandRun run = CommandRun.of("reextract", "--db", db, "--gazetteer", units.toString());
        CommandRun ingested = CommandRun.of("ingest", articles.toString(), "--db", fresh, "--gazetteer", units.toString());
        CommandRun again = CommandRun.of("reextract", "--db", db, "--gazetteer", units.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ingested.exitCode()).as(ingested.err()).isZero();
        assertThat(run.out()).containsPattern("documents re-extracted: (\\d+) of \\1, failed: 0; moves added: [1-9]\\d*, "
                + "removed: [1-9]\\d*, changed: \\d+");
        try (MoveStore store = MoveStore.open(db); MoveStore expected = MoveStore.open(fresh)) {
            assertThat(store.contentDigest()).isNotEqualTo(before).isEqualTo(expected.contentDigest());
            assertThat(store.counts()).isEqualTo(expected.counts());
            assertThat(store.moves(MoveStore.MoveQuery.all())).extracting(StoredMove::fromOrganization)
                    .doesNotContain("Kuaishou", "NetEase").contains("ByteDance");
        }
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("documents re-extracted: 0 of 0, failed: 0; moves added: 0, removed: 0, changed: 0");
        assertThat(digest(db)).isEqualTo(digest(fresh));
    }

    @Test
    void aRunKilledMidwayAndStartedAgainEndsWithTheStoreOfOneCleanRun() throws Exception {
        Path articles = Files.createDirectory(work.resolve("articles"));
        GeneratedNews.write(articles, 80, 13);
        Path units = Files.writeString(work.resolve("units.tsv"), UNITS);
        Path clean = work.resolve("clean");
        Path resumed = work.resolve("resumed");
        assertThat(CommandRun.of("ingest", articles.toString(), "--db", clean.toString()).exitCode()).isZero();
        copy(clean, resumed);
        int documents = counts(clean.toString()).documents();

        CommandRun cleanRun = CommandRun.of("reextract", "--db", clean.toString(), "--gazetteer", units.toString());
        assertThat(cleanRun.exitCode()).as(cleanRun.err()).isZero();

        List<Integer> leftAtKill = new ArrayList<>();
        for (int killAfter : KILL_AFTER) {
            ChildRun child = ChildRun.of("reextract", "--db", resumed.toString(), "--gazetteer", units.toString());
            child.killAfter(DOCUMENTS, killAfter);
            try (MoveStore store = MoveStore.open(resumed.toString())) {
                leftAtKill.add(store.countExtractedOtherwise(versionOf(clean.toString())));
            }
        }
        ChildRun last = ChildRun.of("reextract", "--db", resumed.toString(), "--gazetteer", units.toString());
        int exit = last.runToEnd();

        assertThat(exit).as(last.err()).isZero();
        // Each kill landed midway, and the next run went on from there rather than from the start.
        assertThat(leftAtKill).isSortedAccordingTo((a, b) -> b - a)
                .allSatisfy(n -> assertThat(n).isPositive().isLessThan(documents));
        assertThat(last.out()).containsPattern("documents re-extracted: (\\d+) of \\1,")
                .doesNotContain("re-extracted: " + documents + " of");
        assertThat(counts(resumed.toString())).isEqualTo(counts(clean.toString()));
        assertThat(digest(resumed.toString())).isEqualTo(digest(clean.toString()));
    }

    @Test
    void reextractNeedsAStore() {
        CommandRun run = CommandRun.of("reextract", "--db", work.resolve("none").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no store at");
    }

    /** The version the clean run's documents carry: the one the killed runs work towards. */
    private static String versionOf(String db) {
        try (MoveStore store = MoveStore.open(db)) {
            return store.read(s -> s.sql().queryString("SELECT MIN(extractor_version) FROM documents"));
        }
    }

    private static String digest(String db) {
        try (MoveStore store = MoveStore.open(db)) {
            return store.contentDigest();
        }
    }

    private static MoveStore.Counts counts(String db) {
        try (MoveStore store = MoveStore.open(db)) {
            return store.counts();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
    }
}
