package org.talentflow.app.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Syndicated copies and restarts as a user meets them on the command line. */
class SyndicationCommandTest {

    static final String STORY = """
            Maria Gonzalez, head of Acme's speech team, has joined Globex as chief scientist. She left Acme in \
            February after six years. At Globex she will build a research group on spoken language models, the \
            company said, and will report to its chief executive. Acme said her deputy would lead the team for now.""";

    @TempDir
    static Path articles;

    @BeforeAll
    static void writeArticles() throws IOException {
        Files.writeString(articles.resolve("01-story.txt"), """
                url: https://wire.example/maria-gonzalez
                date: 2025-03-04
                title: Globex hires Acme's speech chief

                """ + STORY);
        Files.writeString(articles.resolve("02-copy.txt"), """
                url: https://www.daily.example/tech/globex-poaches
                date: 2025-03-05
                title: Globex poaches a star researcher

                By Jane Smith, Wire Services

                """ + STORY.replace("for now", "in the interim") + "\n\nCopyright 2025 Wire Services. All rights reserved.\n");
        Files.writeString(articles.resolve("03-own-report.txt"), """
                url: https://other.example/a
                date: 2025-03-06

                Globex confirmed on Wednesday that Maria Gonzalez left Acme for Globex.
                """);
    }

    @Test
    void aSyndicatedCopyIsOneMoveWhoseSourcesAreShown(@TempDir Path store) {
        CommandRun ingest = CommandRun.of("ingest", articles.toString(), "--db", store.toString());

        assertThat(ingest.out()).contains("near-duplicates: 1").contains("moves new: 1");
        CommandRun table = CommandRun.of("moves", "--db", store.toString());
        assertThat(table.out()).containsPattern("sources\\s+docs").containsPattern("Maria Gonzalez.*\\s2\\s+3\\s+");
        CommandRun json = CommandRun.of("moves", "--json", "--db", store.toString());
        assertThat(json.out()).contains("\"sources\" : 2").contains("\"documents\" : 3")
                .contains("\"copyOf\" : \"01-story.txt\"").contains("\"site\" : \"daily.example\"");
        CommandRun person = CommandRun.of("person", "Maria Gonzalez", "--db", store.toString());
        assertThat(person.out()).contains("2 sources, 3 articles").contains("copy of 01-story.txt");
        CommandRun org = CommandRun.of("org", "Globex", "--json", "--db", store.toString());
        assertThat(org.out()).contains("\"sources\" : 2");
    }

    @Test
    void aRestartSkipsFinishedFilesAndReadsAChangedOneAgain(@TempDir Path store) throws IOException {
        CommandRun.of("ingest", articles.toString(), "--db", store.toString());

        CommandRun again = CommandRun.of("ingest", articles.toString(), "--db", store.toString());
        Path copy = articles.resolve("02-copy.txt");
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 60_000));
        CommandRun afterTouch = CommandRun.of("ingest", articles.toString(), "--db", store.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("documents read: 0").contains("skipped: 3");
        assertThat(afterTouch.out()).contains("documents read: 1").contains("duplicates: 1").contains("skipped: 2");
    }
}
