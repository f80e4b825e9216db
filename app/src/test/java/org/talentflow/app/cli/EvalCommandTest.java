package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** eval prints score.py's figures for a gold folder of the user's own. */
class EvalCommandTest {

    @Test
    void evalScoresAGoldFolderWithScorePyLines(@TempDir Path gold) throws IOException {
        Files.writeString(gold.resolve("a.txt"), "date: 2025-05-01\n\nNora Kim left Baidu for Tencent in April.\n");
        Files.writeString(gold.resolve("b.txt"), "date: 2025-05-01\n\nTencent reported higher profit, Pony Ma said.\n");
        Files.writeString(gold.resolve("docs.txt"), "a.txt\nb.txt\n");
        Files.writeString(gold.resolve("gold.jsonl"),
                "{\"doc\":\"a.txt\",\"person\":\"Nora Kim\",\"kind\":\"move\",\"from\":[\"Baidu\"],\"to\":[\"Tencent\"]}\n");

        CommandRun run = CommandRun.of("eval", gold.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("score: full_f1=1.000 who_f1=1.000 predictions=1 gold=1");
    }

    @Test
    void aFolderWithoutGoldIsAClearError(@TempDir Path empty) {
        CommandRun run = CommandRun.of("eval", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has no gold.jsonl and docs.txt");
    }
}
