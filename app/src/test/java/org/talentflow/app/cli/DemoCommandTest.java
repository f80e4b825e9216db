package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user sees first: the bundled samples give Alibaba's departures with their people. */
class DemoCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples", "news").toAbsolutePath().normalize();

    @Test
    void demoShowsAlibabasDeparturesToJdTencentAndByteDance(@TempDir Path store) {
        assertThat(Files.isDirectory(SAMPLES)).as("bundled samples at " + SAMPLES).isTrue();

        CommandRun run = CommandRun.of("demo", "--no-serve", "--samples", SAMPLES.toString(), "--db", store.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("Alibaba Group\\s+JD\\.com\\s+1\\s+Yan Zhijie")
                .containsPattern("Alibaba Group\\s+Tencent\\s+1\\s+Bo Liefeng")
                .containsPattern("Alibaba Group\\s+ByteDance\\s+1\\s+Zhou Chang")
                .contains("Latest moves");
    }

    @Test
    void demoTwiceStartsFromAFreshStore(@TempDir Path store) {
        CommandRun.of("demo", "--no-serve", "--samples", SAMPLES.toString(), "--db", store.toString());

        CommandRun second = CommandRun.of("demo", "--no-serve", "--samples", SAMPLES.toString(), "--db", store.toString());

        assertThat(second.out()).contains("duplicates: 0");
    }

    @Test
    void noneOfTheTrapArticlesBecomesAMove(@TempDir Path store) {
        CommandRun.of("demo", "--no-serve", "--samples", SAMPLES.toString(), "--db", store.toString());

        CommandRun moves = CommandRun.of("moves", "--limit", "100", "--db", store.toString());

        assertThat(moves.out()).doesNotContain("Priya Raman").doesNotContain("Helen Cho")
                .doesNotContain("Marc Benioff").doesNotContain("Martin Lau");
    }

    @Test
    void anOrganizationPageShowsWhereItsPeopleWentAndTheirStartups(@TempDir Path store) {
        CommandRun.of("demo", "--no-serve", "--samples", SAMPLES.toString(), "--db", store.toString());

        CommandRun org = CommandRun.of("org", "OpenAI", "--db", store.toString());

        assertThat(org.exitCode()).isZero();
        assertThat(org.out()).contains("Where its people went").containsPattern("Anthropic\\s+2\\s+Jan Leike, John Schulman")
                .contains("Alumni startups").contains("Eureka Labs");
    }
}
