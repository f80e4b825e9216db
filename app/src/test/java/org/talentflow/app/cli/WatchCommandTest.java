package org.talentflow.app.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.app.feed.FixtureServer;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `watch` against a web server on loopback serving fixture feeds and pages, as a user or cron runs it. */
class WatchCommandTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    /** Padding so that an entry counts as full content, not a teaser: news-style sentences without a move. */
    private static final String BACKGROUND = " The announcement came as companies across the industry compete for a "
            + "small pool of experienced researchers. Analysts said the hire would strengthen the company's work on "
            + "speech and vision models. Financial terms were not disclosed, and neither company commented further. "
            + "The company plans to open a second research office next year and to double its staff by the end of it. "
            + "Its shares closed slightly higher on the day, in a market that has rewarded spending on research.";


    @TempDir
    Path store;

    private FixtureServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new FixtureServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Entries link to the loopback server, where nothing answers: a full-content entry must not be fetched. */
    private String berg() {
        return item("tech-1", "Globex hires Acme's research head", server.url("/news/berg"),
                "Anna Berg, formerly head of research at Acme, has joined Globex as chief scientist, the company said on Tuesday." + BACKGROUND);
    }

    private String quiet() {
        return item("tech-2", "Globex opens an office in Lisbon", server.url("/news/lisbon"),
                "Globex opened an office in Lisbon on Monday, its fourth in Europe, with room for two hundred staff." + BACKGROUND);
    }

    private String baker() {
        return item("tech-3", "Initech cloud chief leaves for Hooli", server.url("/news/baker"),
                "Tom Baker, who ran the cloud unit at Initech for five years, has left the company for Hooli, where he "
                        + "becomes chief operating officer." + BACKGROUND);
    }

    static String item(String guid, String title, String link, String content) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + guid + "</guid>"
                + "<pubDate>Tue, 01 Apr 2025 09:30:00 GMT</pubDate><description><![CDATA[" + content + "]]></description></item>";
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Tech news</title>"
                + "<link>https://news.example.com/</link><description>Fixture</description>" + String.join("", items)
                + "</channel></rss>";
    }

    /** One poll; the fixture server is on loopback, so it is allowed here (the refusal has tests of its own). */
    private CommandRun watch(String... feeds) {
        return watchFrom(true, feeds);
    }

    private CommandRun watchFrom(boolean allowPrivateHosts, String... feeds) {
        List<String> args = new java.util.ArrayList<>(List.of("watch"));
        args.addAll(List.of(feeds));
        args.addAll(List.of("--once", "--timeout", "1s", "--db", store.toString()));
        if (allowPrivateHosts) {
            args.add("--allow-private-hosts");
        }
        return CommandRun.of(args.toArray(String[]::new));
    }

    private List<StoredMove> moves() {
        try (MoveStore moves = MoveStore.open(store.toString())) {
            return moves.moves(MoveStore.MoveQuery.all());
        }
    }

    private int documents() {
        try (MoveStore moves = MoveStore.open(store.toString())) {
            return moves.counts().documents();
        }
    }

    @Test
    void aFeedThatChangesBetweenPollsIngestsItsNewEntryAndNotTheOldOnesAgain() {
        server.serve("/tech.xml", RSS, rss(berg(), quiet()), "\"v1\"", null);
        CommandRun first = watch(server.url("/tech.xml"));
        server.serve("/tech.xml", RSS, rss(baker(), berg(), quiet()), "\"v2\"", null);
        CommandRun second = watch(server.url("/tech.xml"));

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("2 entries, 2 new (0 pages fetched), 2 stored, moves new: 1");
        assertThat(second.out()).contains("3 entries, 1 new (0 pages fetched), 1 stored, moves new: 1");
        assertThat(documents()).isEqualTo(3);
        assertThat(moves()).extracting(StoredMove::person).containsExactlyInAnyOrder("Anna Berg", "Tom Baker");
        assertThat(moves()).filteredOn(m -> m.person().equals("Anna Berg")).singleElement().satisfies(m -> {
            assertThat(m.fromOrganization()).isEqualTo("Acme");
            assertThat(m.toOrganization()).isEqualTo("Globex");
            assertThat(m.evidence()).singleElement().satisfies(e -> assertThat(e.sentence()).startsWith("Anna Berg, formerly head of research"));
        });
    }

    @Test
    void anUnchangedFeedAnswers304ToTheConditionalGetAndNothingChanges() {
        server.serve("/tech.xml", RSS, rss(berg()), "\"v1\"", "Tue, 01 Apr 2025 10:00:00 GMT");
        watch(server.url("/tech.xml"));
        String digest;
        try (MoveStore moves = MoveStore.open(store.toString())) {
            digest = moves.contentDigest();
        }

        CommandRun second = watch(server.url("/tech.xml"));

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains(server.url("/tech.xml") + ": not modified");
        FixtureServer.Request conditional = server.requests("/tech.xml").get(1);
        assertThat(conditional.headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(conditional.headers().getFirst("If-Modified-Since")).isEqualTo("Tue, 01 Apr 2025 10:00:00 GMT");
        try (MoveStore moves = MoveStore.open(store.toString())) {
            assertThat(moves.contentDigest()).isEqualTo(digest);
        }
    }

    @Test
    void anEntryWithOnlyASummaryIsFetchedFromItsLinkOnceEvenAcrossRestarts() {
        String link = server.url("/articles/hooli-cfo.html");
        server.serve("/biz.xml", RSS, rss(item("biz-1", "Hooli hires a finance chief", link,
                "Hooli has found a new finance chief at a rival. Read more")), null, null);
        server.serve("/articles/hooli-cfo.html", "text/html; charset=utf-8", """
                <html><head><title>Hooli hires Initech's finance director | Business Daily</title>
                <meta property="article:published_time" content="2025-03-28T07:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
                <article><h1>Hooli hires Initech's finance director</h1><p class="byline">By Jane Doe</p>
                <p>Chen Wei, formerly finance director at Initech, has joined Hooli as chief financial officer.</p>
                <p>Chen will oversee the company's planned listing and report to the chief executive.</p></article>
                <aside><h3>Most read</h3><p>Ben Ode left Pied Piper for Raviga last spring.</p></aside>
                <section id="comments"><p>Dan Roe joined Initech yesterday, says a reader who claims to know.</p></section>
                </body></html>""", null, null);

        CommandRun first = watch(server.url("/biz.xml"));
        CommandRun afterRestart = watch(server.url("/biz.xml"));

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("1 entries, 1 new (1 page fetched), 1 stored, moves new: 1");
        assertThat(afterRestart.out()).contains("1 entries, 0 new (0 pages fetched), 0 stored");
        assertThat(server.hits("/articles/hooli-cfo.html")).isEqualTo(1);
        assertThat(moves()).singleElement().satisfies(m -> {
            assertThat(m.person()).isEqualTo("Chen Wei");
            assertThat(m.toOrganization()).isEqualTo("Hooli");
            assertThat(m.evidence()).singleElement().satisfies(e -> {
                assertThat(e.published()).isEqualTo(java.time.LocalDate.of(2025, 3, 28));
                assertThat(e.sentence()).startsWith("Chen Wei, formerly finance director at Initech");
            });
        });
    }

    @Test
    void failingFeedsAreReportedByNameAndTheOthersGoOnAndAreTriedAgainNextPoll() {
        server.fail("/broken.xml", 500);
        server.hang("/slow.xml");
        server.serve("/malformed.xml", RSS, "<rss version=\"2.0\"><channel><item><title>Cut off", null, null);
        server.serve("/tech.xml", RSS, rss(berg()), null, null);

        CommandRun run = watch(server.url("/broken.xml"), server.url("/slow.xml"), server.url("/malformed.xml"), server.url("/tech.xml"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("feed " + server.url("/broken.xml") + ": HTTP 500")
                .contains("feed " + server.url("/slow.xml") + ": timed out after 1 s")
                .contains("feed " + server.url("/malformed.xml") + ": malformed feed");
        assertThat(run.out()).contains(server.url("/tech.xml") + ": 1 entries, 1 new");
        assertThat(moves()).extracting(StoredMove::person).containsExactly("Anna Berg");

        server.serve("/broken.xml", RSS, rss(baker()), null, null);
        CommandRun next = watch(server.url("/broken.xml"), server.url("/tech.xml"));

        assertThat(next.exitCode()).isZero();
        assertThat(moves()).extracting(StoredMove::person).containsExactlyInAnyOrder("Anna Berg", "Tom Baker");
    }

    @Test
    void aLinkedPageThatFailsIsReportedAndRetriedWithAFullFetchNextTime() {
        String link = server.url("/articles/late.html");
        server.serve("/biz.xml", RSS, rss(item("biz-2", "Teaser", link, "Initech loses its cloud chief...")), "\"b1\"", null);
        server.fail("/articles/late.html", 404);

        CommandRun first = watch(server.url("/biz.xml"));
        server.serve("/articles/late.html", "text/html", "<html><body><article><p>Tom Baker, who ran the cloud unit at "
                + "Initech, has left the company for Hooli, where he becomes chief operating officer.</p></article></body></html>", null, null);
        CommandRun second = watch(server.url("/biz.xml"));

        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.err()).contains("entry " + link + ": HTTP 404");
        assertThat(server.requests("/biz.xml").get(1).headers().getFirst("If-None-Match"))
                .as("validators are kept only once every entry is in").isNull();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("1 new (1 page fetched), 1 stored");
        assertThat(moves()).extracting(StoredMove::person).containsExactly("Tom Baker");
    }

    private static final String CFO_PAGE = "<html><body><article><p>Chen Wei, formerly finance director at Initech, "
            + "has joined Hooli as chief financial officer.</p></article></body></html>";

    /** A feed from outside (here a file) whose teaser links to this machine: the page is never fetched nor stored. */
    @Test
    void anEntryLinkingInsideIsRefusedByNameCountedAsFailedAndNotStored(@TempDir Path feeds) throws IOException {
        String link = server.url("/internal/cfo.html");
        server.serve("/internal/cfo.html", "text/html", CFO_PAGE, null, null);
        Path feed = Files.writeString(feeds.resolve("biz.rss"), rss(item("biz-9", "Hooli hires", link, "Hooli hires... Read more")));

        CommandRun refused = watchFrom(false, feed.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("feed " + feed + ": entry " + link
                + ": refused: 127.0.0.1 is a loopback address; pass --allow-private-hosts to fetch from it");
        assertThat(refused.out()).contains("1 entries, 1 new (0 pages fetched), 0 stored, moves new: 0, 1 failed");
        assertThat(server.hits("/internal/cfo.html")).isZero();
        assertThat(documents()).isZero();

        CommandRun allowed = watchFrom(true, feed.toString());

        assertThat(allowed.exitCode()).isZero();
        assertThat(server.hits("/internal/cfo.html")).isEqualTo(1);
        assertThat(moves()).extracting(StoredMove::person).containsExactly("Chen Wei");
    }

    /**
     * A teaser is not the article: when its link cannot be fetched (a file: link, a link relative to a feed file, a
     * page that answers 404) the entry is reported by name, counted as failed and not stored as its summary.
     */
    @Test
    void aTeaserWhoseLinkCannotBeFetchedIsReportedCountedAsFailedAndNotStoredAsItsSummary(@TempDir Path feeds) throws IOException {
        String gone = server.url("/articles/gone.html");
        server.fail("/articles/gone.html", 404);
        Path feed = Files.writeString(feeds.resolve("biz.rss"), rss(
                item("biz-file", "Hooli hires", "file:///srv/news/cfo.html",
                        "Chen Wei, formerly finance director at Initech, has joined Hooli as chief financial officer. Read more"),
                item("biz-relative", "Globex hires", "articles/berg.html",
                        "Anna Berg, formerly head of research at Acme, has joined Globex as chief scientist. Read more"),
                item("biz-gone", "Initech loses", gone,
                        "Tom Baker, who ran the cloud unit at Initech, has left the company for Hooli. Read more")));

        CommandRun run = watch(feed.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("feed " + feed + ": entry biz-file: only a summary, and its link is not an "
                        + "http(s) address to fetch the article from: file:///srv/news/cfo.html")
                .contains("feed " + feed + ": entry biz-relative: only a summary, and its link is not an http(s) address")
                .contains("feed " + feed + ": entry " + gone + ": HTTP 404");
        assertThat(run.out()).contains("3 entries, 3 new (0 pages fetched), 0 stored, moves new: 0, 3 failed");
        assertThat(documents()).isZero();
    }

    @Test
    void aFeedUrlInsideIsRefusedUnlessAllowed() {
        server.serve("/tech.xml", RSS, rss(berg()), null, null);

        CommandRun refused = watchFrom(false, server.url("/tech.xml"));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("feed " + server.url("/tech.xml") + ": refused: 127.0.0.1 is a loopback address");
        assertThat(server.hits("/tech.xml")).isZero();
        assertThat(documents()).isZero();
        assertThat(watchFrom(true, server.url("/tech.xml")).exitCode()).isZero();
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void whatACapCutOfAnEntryIsPrintedWithItsName(@TempDir Path feeds) throws IOException {
        String deep = "<div>".repeat(1_000) + "<p>Anna Berg, formerly head of research at Acme, has joined Globex as chief "
                + "scientist, the company said on Tuesday." + BACKGROUND + "</p>" + "</div>".repeat(1_000);
        Path feed = Files.writeString(feeds.resolve("deep.rss"), rss(item("deep-1", "Globex hires", server.url("/news/deep"), deep)));

        CommandRun run = watch(feed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("read with notes: " + server.url("/news/deep")
                + ": HTML nested deeper than 256 levels read as plain text");
        assertThat(moves()).extracting(StoredMove::person).containsExactly("Anna Berg");
    }

    @Test
    void aFeedFileIsReadAgainOnlyWhenItChanges(@TempDir Path feeds) throws IOException {
        Path feed = Files.writeString(feeds.resolve("tech.rss"), rss(berg()));
        Files.setLastModifiedTime(feed, FileTime.from(Instant.parse("2025-04-01T10:00:00Z")));

        CommandRun first = watch(feed.toString());
        CommandRun unchanged = watch(feed.toString());
        Files.writeString(feed, rss(baker(), berg()));
        CommandRun changed = CommandRun.of("watch", feed.toString(), "--once", "--json", "--db", store.toString());

        assertThat(first.out()).contains("1 entries, 1 new");
        assertThat(unchanged.out()).contains(feed + ": not modified");
        assertThat(changed.exitCode()).isZero();
        assertThat(changed.out()).contains("\"status\" : \"updated\"").contains("\"newEntries\" : 1");
        assertThat(moves()).extracting(StoredMove::person).containsExactlyInAnyOrder("Anna Berg", "Tom Baker");
    }

    @Test
    void withoutOnceItPollsOnItsIntervalUntilStopped() throws InterruptedException {
        server.serve("/tech.xml", RSS, rss(berg()), "\"v1\"", null);
        CommandRun[] run = new CommandRun[1];
        Thread watcher = new Thread(() -> run[0] = CommandRun.of("watch", server.url("/tech.xml"), "--interval", "200ms",
                "--db", store.toString(), "--allow-private-hosts"));
        watcher.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (server.hits("/tech.xml") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        server.serve("/tech.xml", RSS, rss(baker(), berg()), "\"v2\"", null);
        int before = server.hits("/tech.xml");
        while (server.hits("/tech.xml") < before + 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        watcher.interrupt();
        watcher.join(30_000);

        assertThat(watcher.isAlive()).isFalse();
        assertThat(run[0].exitCode()).isZero();
        assertThat(run[0].out()).contains("poll at").contains(": not modified").contains("2 entries, 1 new");
        assertThat(moves()).extracting(StoredMove::person).containsExactlyInAnyOrder("Anna Berg", "Tom Baker");
    }

    @Test
    void aMissingFeedFileAndABadIntervalAreClearErrors() {
        CommandRun missing = watch("/no/such/feed.xml");
        CommandRun badInterval = CommandRun.of("watch", "feed.xml", "--interval", "soon", "--db", store.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("feed /no/such/feed.xml: no such file");
        assertThat(badInterval.exitCode()).isEqualTo(2);
        assertThat(badInterval.err()).contains("'soon' is not a duration");
    }
}
