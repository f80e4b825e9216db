package org.talentflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.storage.MoveStore;

class ExportCommandTest {

    private static final String SENTENCE = "Maria Gonzalez left Acme for Globex, where she will lead research.";

    @TempDir
    Path db;

    @TempDir
    Path out;

    @BeforeEach
    void storeOneMove() {
        Document d = new Document("a.txt", "https://example.com/a", "Acme loses its lead", LocalDate.of(2025, 3, 4), SENTENCE);
        try (MoveStore store = MoveStore.open(db.toString())) {
            store.save(d, List.of(new Move("Maria Gonzalez", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"),
                    "head of research", "2025-02", 0.9, new Evidence(d.name(), SENTENCE, 0, SENTENCE.length()))));
        }
    }

    @Test
    void csvExportWritesOneFilePerTableAndSaysSoOnStderr() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out.toString(), "--format", "csv", "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("people.csv", "organizations.csv", "documents.csv", "moves.csv", "evidence.csv");
        }
        List<String> moves = Files.readAllLines(out.resolve("moves.csv"));
        assertThat(moves).hasSize(2);
        assertThat(moves.get(0)).startsWith("id,person_id,person,kind,from_org_id,from_organization,");
        assertThat(moves.get(1)).contains(",Maria Gonzalez,move,").contains(",Acme,").contains(",Globex,")
                .contains(",head of research,2025-02,2025-02-01,2025-03-04,");
        assertThat(Files.readAllLines(out.resolve("evidence.csv")).get(1)).contains("\"" + SENTENCE + "\"");
        assertThat(Files.readAllLines(out.resolve("documents.csv")).get(0)).doesNotContain("text");
        assertThat(run.err()).contains("moves").contains("1 rows").contains("moves.csv")
                .contains("exported 5 tables to " + out);
    }

    @Test
    void parquetIsTheDefault() {
        CommandRun run = CommandRun.of("export", "--out", out.resolve("new").toString(), "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("new").resolve("moves.parquet")).isNotEmptyFile();
    }

    @Test
    void aStoreThatIsNotThereOrAnOutThatIsAFileIsAUsageError(@TempDir Path empty) throws IOException {
        CommandRun noStore = CommandRun.of("export", "--out", out.toString(), "--db", empty.toString());
        Path file = Files.writeString(out.resolve("notes.txt"), "mine");
        CommandRun outIsAFile = CommandRun.of("export", "--out", file.toString(), "--db", db.toString());
        CommandRun noOut = CommandRun.of("export", "--db", db.toString());

        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("no store at " + empty);
        assertThat(outIsAFile.exitCode()).isEqualTo(2);
        assertThat(outIsAFile.err()).contains("is a file; name a folder");
        assertThat(file).hasContent("mine");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
    }

    @Test
    void helpNamesTheTablesAndFormats() {
        CommandRun help = CommandRun.of("export", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("--out=DIR").contains("--format=FORMAT")
                .contains("parquet (default").contains("csv").contains("moves, people, organizations, evidence and documents");
    }
}
