package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.talentflow.app.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
                .containsPattern("Alibaba Group\\s+ByteDance\\s+1\\s+周畅 \\(Zhou Chang\\)")
                .contains("Latest moves");
    }

    @Test
    void aChineseRetellingOfAnEnglishItemCorroboratesItsMove(@TempDir Path store) {
        CommandRun.of("demo", "--no-serve", "--samples", SAMPLES.toString(), "--db", store.toString());

        CommandRun moves = CommandRun.of("moves", "--person", "Zhou Chang", "--json", "--db", store.toString());

        assertThat(moves.exitCode()).isZero();
        assertThat(moves.out()).containsPattern("\"person\" ?: ?\"周畅\"").containsPattern("\"personPinyin\" ?: ?\"Zhou Chang\"")
                .containsPattern("\"documents\" ?: ?2,").contains("03-zhou-chang-bytedance.txt", "21-zhou-chang-bytedance-zh.txt");
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

    @Test
    void demoServesTheDashboardAtTheAddressItPrintsUntilStopped(@TempDir Path store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        Thread demo = new Thread(() -> Main.run("demo", "--port", "0", "--samples", SAMPLES.toString(), "--db", store.toString()));
        HttpClient http = HttpClient.newHttpClient();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            demo.start();
            String url = awaitDashboardUrl(out);

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> flows = http.send(HttpRequest.newBuilder(URI.create(url + "api/flows")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(url).startsWith("http://127.0.0.1:");
            assertThat(page.body()).contains("<title>TalentFlow</title>");
            assertThat(flows.body()).contains("Yan Zhijie");
        } finally {
            demo.interrupt(); // as Ctrl-C would: the server stops and the store closes
            demo.join(30_000);
            System.setOut(console);
        }
        assertThat(demo.isAlive()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Alibaba Group").contains("Ctrl-C stops the server");
    }

    private static String awaitDashboardUrl(ByteArrayOutputStream out) throws InterruptedException {
        Pattern dashboard = Pattern.compile("Dashboard: (http://\\S+/)");
        for (int i = 0; i < 1200; i++) {
            Matcher m = dashboard.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the demo printed no dashboard address in 2 minutes:\n" + out.toString(StandardCharsets.UTF_8));
    }
}
