package org.talentflow.app.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands that read the store, as a new user first meets them: a mistake is refused with exit code 2 and a
 * message that names it, as the API refuses it with a 400, and a wrong folder is not made into an empty store.
 */
class QueryCommandMistakesTest {

    @TempDir
    static Path store;

    @BeforeAll
    static void makeAnEmptyStore() {
        MoveStore.open(store.toString()).close();
    }

    private static List<String[]> queries(String db) {
        return List.of(new String[]{"moves", "--db", db}, new String[]{"flows", "--db", db},
                new String[]{"net", "--db", db}, new String[]{"person", "Maria Gonzalez", "--db", db},
                new String[]{"org", "Acme", "--db", db}, new String[]{"watchlist", "--db", db});
    }

    @Test
    void sinceAfterUntilIsAnEmptyWindowAndAUsageError() {
        for (String command : List.of("moves", "flows", "net")) {
            CommandRun run = CommandRun.of(command, "--since", "2025-06", "--until", "2025-01", "--db", store.toString());

            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("--since (2025-06-01) is after --until (2025-01-31)");
        }
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        CommandRun negative = CommandRun.of("moves", "--limit", "-5", "--db", store.toString());
        CommandRun zero = CommandRun.of("net", "--limit=0", "--db", store.toString());

        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--limit").contains("must be at least 1, not -5");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("must be at least 1, not 0");
    }

    @Test
    void aQueryWhereNoFolderIsMakesNoStore(@TempDir Path parent) {
        Path typo = parent.resolve("talentflow-dta");
        for (String[] query : queries(typo.toString())) {
            CommandRun run = CommandRun.of(query);

            assertThat(run.exitCode()).as(query[0]).isEqualTo(2);
            assertThat(run.err()).as(query[0]).contains("no store at " + typo + "; run ingest first");
            assertThat(typo).as(query[0]).doesNotExist();
        }
    }

    @Test
    void aQueryOnAnEmptyFolderLeavesItEmpty(@TempDir Path empty) throws IOException {
        for (String[] query : queries(empty.toString())) {
            CommandRun run = CommandRun.of(query);

            assertThat(run.exitCode()).as(query[0]).isEqualTo(2);
            assertThat(run.err()).as(query[0]).contains("no store at " + empty);
            try (Stream<Path> files = Files.list(empty)) {
                assertThat(files).as(query[0]).isEmpty();
            }
        }
    }

    @Test
    void aQueryOnAStoreAnswersEvenWhenItIsEmpty() {
        CommandRun run = CommandRun.of("flows", "--db", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no flows in the store for this window");
    }

    @Test
    void flowLevelsTakeTheWebUisWordsInAnyCase() {
        for (String level : List.of("parent", "Companies", "company", "UNIT", "units")) {
            assertThat(CommandRun.of("flows", "--level", level, "--db", store.toString()).exitCode()).as(level).isZero();
        }
        CommandRun division = CommandRun.of("flows", "--level", "division", "--db", store.toString());

        assertThat(division.exitCode()).isEqualTo(2);
        assertThat(division.err()).contains("level must be parent (or company, companies) or unit (or units), not 'division'");
    }

    /** Help as one line: picocli wraps it at the terminal's width. */
    private static String help(String command) {
        return CommandRun.of(command, "--help").out().replaceAll("\\s+", " ");
    }

    @Test
    void personAndOrgHelpSayWhatANameMayBe() {
        assertThat(help("person")).contains("NAME The person's name in any order, case or accents")
                .contains("\"Dr. María González\" find the same person");
        assertThat(help("org")).contains("NAME The organization's name or any of its aliases, in any case");
        assertThat(help("flows")).contains("parent (or company, companies)").contains("unit (or units)");
    }
}
