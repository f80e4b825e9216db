package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `ingest` on WARC.gz archives: pages become stored articles, the rest is counted, a cut archive keeps its front. */
class ArchiveIngestTest {

    @TempDir
    Path dir;

    private static WarcResponse page(String url, String paragraph) throws IOException {
        String html = "<html><head><title>News</title><meta property=\"article:published_time\" content=\"2025-04-01\"></head>"
                + "<body><nav>Home | World | Business</nav><article><p>" + paragraph + "</p></article>"
                + "<div class=\"related\"><p>Ben Ode left Initech for Raviga.</p></div></body></html>";
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-04-02T00:00:00Z"))
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                        html.getBytes(StandardCharsets.UTF_8)).build()).build();
    }

    private static WarcResponse image(String url) throws IOException {
        return new WarcResponse.Builder(URI.create(url))
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'}).build())
                .build();
    }

    private static WarcRequest request(String url) throws IOException {
        return new WarcRequest.Builder(URI.create(url)).body(new HttpRequest.Builder("GET", URI.create(url).getPath()).build()).build();
    }

    private Path archive(String name, List<WarcRecord> records) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return file;
    }

    private List<WarcRecord> crawl() throws IOException {
        return List.of(
                request("https://news.example.com/berg"),
                page("https://news.example.com/berg", "Anna Berg, formerly head of research at Acme, has joined Globex as chief scientist."),
                image("https://news.example.com/logo.png"),
                request("https://news.example.com/baker"),
                page("https://news.example.com/baker", "Tom Baker, who ran the cloud unit at Initech, has left the company for Hooli."));
    }

    @Test
    void htmlRecordsAreStoredAndTheOthersCountedInTheSummaryAndItsJson() throws IOException {
        Path warc = archive("crawl.warc.gz", crawl());
        Path db = dir.resolve("db");

        CommandRun run = CommandRun.of("ingest", warc.toString(), "--db", db.toString());
        CommandRun again = CommandRun.of("ingest", warc.toString(), "--json", "--db", db.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("documents read: 2, failed: 0, duplicates: 0, near-duplicates: 0; moves new: 2")
                .contains("archive records skipped: 3 (not HTML: image/png: 1, request record: 2)");
        // The second run finds the archive finished by the first and does not read it again.
        assertThat(again.out()).contains("\"skippedInputs\" : 1").contains("\"read\" : 0");
        try (MoveStore moves = MoveStore.open(db.toString())) {
            assertThat(moves.moves(MoveStore.MoveQuery.all())).extracting(StoredMove::person)
                    .containsExactlyInAnyOrder("Anna Berg", "Tom Baker");
            assertThat(moves.person("Anna Berg")).hasValueSatisfying(p -> assertThat(p.moves().get(0).evidence().get(0).url())
                    .isEqualTo("https://news.example.com/berg"));
        }
    }

    @Test
    void aCutArchiveStoresWhatCameBeforeTheCutAndFailsWithTheReason() throws IOException {
        Path whole = archive("whole.warc.gz", crawl());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));
        Path db = dir.resolve("db");

        CommandRun run = CommandRun.of("ingest", cut.toString(), "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(cut + ": truncated or corrupt after 4 complete records");
        try (MoveStore moves = MoveStore.open(db.toString())) {
            assertThat(moves.moves(MoveStore.MoveQuery.all())).extracting(StoredMove::person).containsExactly("Anna Berg");
        }
    }
}
