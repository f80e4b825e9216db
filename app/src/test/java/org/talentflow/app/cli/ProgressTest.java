package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.storage.MoveStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    static final SaveResult NEW_MOVE = new SaveResult(false, 1, 0, null);
    static final SaveResult COPY = new SaveResult(false, 0, 1, "story.txt");
    static final SaveResult DUPLICATE = new SaveResult(true, 0, 0, null);

    @Test
    void theLineShowsTheBarDocumentsMovesRateAndTimeLeft() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false, 4, Duration.ofHours(1));
        p.saved(NEW_MOVE);
        p.saved(COPY);
        p.saved(DUPLICATE);
        p.saved(NEW_MOVE);
        p.fileDone();

        String line = p.line(2_000_000_000L);

        assertThat(line).startsWith("[######------------------]  25% 1/4 files")
                .contains("4 documents (1 duplicates, 1 near-duplicates)").contains("2 new moves")
                .contains("2.0 docs/s").endsWith("~0m06s left");
    }

    @Test
    void oneInputHasNoBar() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false, 1, null);

        assertThat(p.line(1_000_000_000L)).startsWith("0 documents");
    }

    @Test
    void withoutATerminalALineComesAtEachIntervalAndTheEndAddsNoRepeat() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), false, 2, Duration.ZERO);
        p.saved(NEW_MOVE);
        p.saved(NEW_MOVE);
        p.done();

        assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(2)
                .satisfies(lines -> assertThat(lines[1]).contains("2 documents"));
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void withoutATerminalALongRunShowsItsLastStateAtTheEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), false, 2, Duration.ofHours(1));
        p.saved(NEW_MOVE);
        p.saved(COPY);
        p.done();

        assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).singleElement()
                .satisfies(line -> assertThat(line).contains("2 documents (0 duplicates, 1 near-duplicates)"));
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlace() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), true, 2, null);
        p.saved(NEW_MOVE);
        p.done();

        String shown = out.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r").endsWith("\n");
        assertThat(shown.strip().lines()).hasSize(1);
    }

    @Test
    void aDocumentExtractedLongIsNamedOnTheLine() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false, 2, Duration.ofHours(1));
        p.watch(() -> Optional.of(new BatchExtractor.Running("feeds/big.html", Duration.ofSeconds(25))));

        assertThat(p.line(1_000_000_000L)).endsWith("  slow: feeds/big.html (25 s so far)");
        p.done();
    }

    @Test
    void aDocumentWithinTheUsualTimeIsNotNamed() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), false, 2, Duration.ofHours(1));
        p.watch(() -> Optional.of(new BatchExtractor.Running("a.html", Duration.ofSeconds(2))));

        assertThat(p.line(1_000_000_000L)).doesNotContain("a.html");
        p.done();
    }

    @Test
    void aSlowDocumentKeepsTheLinesComingWhileNothingElseHappens() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), false, 1, Duration.ofMillis(10));
        p.watch(() -> Optional.of(new BatchExtractor.Running("stuck.html", Duration.ofSeconds(40))));

        long until = System.nanoTime() + 20_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains("slow: stuck.html") && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        p.done();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("slow: stuck.html (40 s so far)");
    }
}
