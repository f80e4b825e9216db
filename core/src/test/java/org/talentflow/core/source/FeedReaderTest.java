package org.talentflow.core.source;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

    private static final URI BASE = URI.create("https://news.example.com/feeds/tech.xml");
    private static final String FULL = ("Anna Berg, formerly head of research at Acme, has joined Globex as chief scientist. "
            + "She will lead forty researchers in Zurich, the company said in a statement on Tuesday. ").repeat(5);

    private static List<FeedEntry> read(String xml) throws UnreadableInput {
        return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE);
    }

    @Test
    void rssEntriesWithFullContentAreArticlesAsTheyAre() throws UnreadableInput {
        List<FeedEntry> entries = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tech</title>
                <item><title>Globex hires Anna Berg</title><link>/2025/04/globex-hires-berg</link>
                  <guid isPermaLink="false">tech-1001</guid><pubDate>Tue, 01 Apr 2025 09:30:00 GMT</pubDate>
                  <description>Globex has a new chief scientist.</description>
                  <content:encoded><![CDATA[<p>%s</p><p>The post Globex hires Anna Berg appeared first on Tech.</p>]]></content:encoded>
                </item></channel></rss>""".formatted(FULL));

        FeedEntry e = entries.get(0);
        assertThat(e.id()).isEqualTo("tech-1001");
        assertThat(e.link()).isEqualTo("https://news.example.com/2025/04/globex-hires-berg");
        assertThat(e.title()).isEqualTo("Globex hires Anna Berg");
        assertThat(e.published()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(e.text()).isEqualTo(FULL.strip());
        assertThat(e.summaryOnly()).isFalse();
        assertThat(e.document().name()).isEqualTo(e.link());
    }

    @Test
    void whatTheCapCutOfAnEntryOrItsPageTravelsWithItsDocument() throws UnreadableInput {
        List<FeedEntry> entries = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tech</title>
                <item><title>Globex hires Anna Berg</title><link>https://news.example.com/a</link>
                  <content:encoded><![CDATA[%s<p>%s</p>%s]]></content:encoded>
                </item></channel></rss>""".formatted("<div>".repeat(1_000), FULL, "</div>".repeat(1_000)));

        FeedEntry e = entries.get(0);
        assertThat(e.text()).isEqualTo(FULL.strip());
        assertThat(e.document().notes()).singleElement().satisfies(note ->
                assertThat(note).startsWith("HTML nested deeper than 256 levels read as plain text"));
        Document page = HtmlArticle.parse("page.html", "<html><body>" + "<div>".repeat(1_000) + "<p>" + FULL + "</p>"
                + "</div>".repeat(1_000) + "</body></html>");
        assertThat(e.withPage(page).notes()).isEqualTo(page.notes()).hasSize(1);
    }

    @Test
    void shortOrCutOffEntriesAreSummariesToFetch() throws UnreadableInput {
        List<FeedEntry> entries = read("""
                <rss version="2.0"><channel><title>Tech</title>
                <item><title>Short</title><link>https://news.example.com/a</link><description>Globex has hired a chief scientist.</description></item>
                <item><title>Cut</title><link>https://news.example.com/b</link><description>%s Read more</description></item>
                <item><title>Ellipsis</title><link>https://news.example.com/c</link><description>%s [&#8230;]</description></item>
                </channel></rss>""".formatted(FULL, FULL));

        assertThat(entries).extracting(FeedEntry::summaryOnly).containsExactly(true, true, true);
        assertThat(entries).extracting(FeedEntry::id).as("without a guid the link identifies the entry")
                .containsExactly("https://news.example.com/a", "https://news.example.com/b", "https://news.example.com/c");
    }

    @Test
    void atomEntriesUseTheirIdAndContentOrSummary() throws UnreadableInput {
        List<FeedEntry> entries = read("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Tech</title><id>urn:tech</id><updated>2025-04-02T00:00:00Z</updated>
                <entry><id>urn:uuid:42</id><title>Globex hires</title><link rel="alternate" href="https://news.example.com/x"/>
                  <updated>2025-04-02T08:00:00Z</updated><content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
                <entry><id>urn:uuid:43</id><title>Teaser</title><link href="https://news.example.com/y"/>
                  <published>2025-03-30T08:00:00Z</published><summary type="text">Acme loses its research head.</summary></entry>
                </feed>""".formatted(FULL));

        assertThat(entries).extracting(FeedEntry::id).containsExactly("urn:uuid:42", "urn:uuid:43");
        assertThat(entries.get(0).summaryOnly()).isFalse();
        assertThat(entries.get(0).published()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(entries.get(1).summaryOnly()).isTrue();
        assertThat(entries.get(1).published()).isEqualTo(LocalDate.of(2025, 3, 30));
    }

    @Test
    void theXmlPrologDeclaresALegacyEncoding() throws UnreadableInput {
        String xml = "<?xml version=\"1.0\" encoding=\"GB2312\"?><rss version=\"2.0\"><channel><title>科技</title>"
                + "<item><guid isPermaLink=\"false\">zh-1</guid><title>阿里巴巴研究员加入京东</title><description>阿里巴巴通义实验室的负责人离职。</description></item>"
                + "</channel></rss>";

        List<FeedEntry> entries = FeedReader.read(xml.getBytes(Charset.forName("GB2312")), "text/xml", BASE);

        assertThat(entries.get(0).title()).isEqualTo("阿里巴巴研究员加入京东");
        assertThat(entries.get(0).text()).isEqualTo("阿里巴巴通义实验室的负责人离职。");
        assertThat(entries.get(0).link()).isNull();
    }

    @Test
    void malformedEmptyAndNonFeedDocumentsAreRefusedWithAReason() {
        assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel><item><title>Cut")).isInstanceOf(UnreadableInput.class)
                .hasMessageStartingWith("malformed feed");
        assertThatThrownBy(() -> read("<html><body>Not a feed</body></html>")).hasMessageStartingWith("malformed feed");
        assertThatThrownBy(() -> FeedReader.read(new byte[0], null, BASE)).hasMessage("empty feed");
    }

    @Test
    void aDoctypeIsRefusedSoTheFeedCannotReachForLocalFiles() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><description>&x;</description></item></channel></rss>";

        assertThatThrownBy(() -> read(xxe)).isInstanceOf(UnreadableInput.class).hasMessageStartingWith("malformed feed");
    }

    @Test
    void anEntryRepeatedInOneFeedIsReadOnce() throws UnreadableInput {
        List<FeedEntry> entries = read("<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><guid>same</guid><description>One.</description></item>"
                + "<item><guid>same</guid><description>One again.</description></item></channel></rss>");

        assertThat(entries).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo("One."));
    }
}
