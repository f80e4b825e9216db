package org.talentflow.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * RSS and Atom feeds: valid ones mutated, XML that is not well formed, entities defined and undefined, document type
 * declarations that reach for a local file or expand without end (none may be resolved: {@link #SECRET_MARKER} must
 * never reach an article), huge fields and thousands of items, dates and encodings no one can mean.
 */
final class HostileFeeds {

    /** The content of the file the XXE attempts point at; an article holding it means an entity was resolved. */
    static final String SECRET_MARKER = "XXE-SECRET-a7c14e";

    static final List<String> TOKENS = List.of("<", ">", "</", "/>", "&", "&amp;", "&nbsp;", "&xxe;", "&#0;", "&#xD800;",
            "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>", "<!DOCTYPE rss>", "\"", "'", "<item>",
            "</item>", "<entry>", "</entry>", "<channel>", "</channel>", "<description>", "</description>",
            "<pubDate>Fri, 99 Foo 2025 99:99:99 XYZ</pubDate>", "<link>javascript:alert(1)</link>", "<guid>",
            "xmlns=\"\"", "xmlns:a=\"urn:x\"", "\u0000", "\uFFFE", "\uFEFF", "\r", "\u2028");
    private static final String[] CONTENT_TYPES = {null, "application/rss+xml; charset=utf-8", "text/xml",
            "application/atom+xml; charset=\"utf-16\"", "text/html; charset=nonsense", "application/xml; charset=",
            "text/xml; charset=ebcdic-cp-us", "application/octet-stream", ";;;", "text/plain; charset=utf-32"};
    private static final String TEASER_LINK = "http://192.0.2.10/news/";

    private final Random random;
    private final Mutations mutations;
    private final String secretFile;

    /** @param secretFile a file URI whose content is {@link #SECRET_MARKER}, for the XXE attempts to point at */
    HostileFeeds(Random random, String secretFile) {
        this.random = random;
        this.mutations = new Mutations(random);
        this.secretFile = secretFile;
    }

    FuzzCase next(int index) {
        int shape = random.nextInt(6);
        String name = switch (shape) {
            case 0 -> "mutated feed";
            case 1 -> "external entity";
            case 2 -> "malformed XML";
            case 3 -> "huge fields";
            case 4 -> "bad dates and links";
            default -> "declared encoding";
        };
        byte[] bytes = switch (shape) {
            case 0 -> seed().getBytes(StandardCharsets.UTF_8);
            case 1 -> externalEntity().getBytes(StandardCharsets.UTF_8);
            case 2 -> malformed().getBytes(StandardCharsets.UTF_8);
            case 3 -> hugeFields().getBytes(StandardCharsets.UTF_8);
            case 4 -> badDatesAndLinks().getBytes(StandardCharsets.UTF_8);
            default -> declaredEncoding();
        };
        if (shape == 0 || random.nextInt(3) == 0) {
            bytes = mutations.mutate(bytes, TOKENS);
            name += " [" + mutations.applied() + "]";
        }
        return new FuzzCase(index, FuzzCase.Kind.FEED, name, "feed-" + index + ".xml",
                CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)], bytes);
    }

    private String seed() {
        return switch (random.nextInt(3)) {
            case 0 -> rss(fullItem("wire-1") + teaserItem("wire-2") + quietItem("wire-3"));
            case 1 -> atom(fullEntry("tag:wire,2025:1") + teaserEntry("tag:wire,2025:2"));
            default -> rdf();
        };
    }

    static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Harbour Tech Wire</title>"
                + "<link>https://wire.example.org/</link><description>Ports and sensors</description>\n" + items
                + "</channel></rss>\n";
    }

    static String fullItem(String guid) {
        return "<item><title>" + SeedStory.HEADLINE + "</title><link>" + TEASER_LINK + guid + "</link>"
                + "<guid isPermaLink=\"false\">" + guid + "</guid><pubDate>Mon, 12 May 2025 08:15:00 GMT</pubDate>"
                + "<description><![CDATA[<p>" + String.join("</p><p>", SeedStory.paragraphs()) + "</p>]]></description>"
                + "</item>\n";
    }

    /** A summary only: the poller would fetch its link, which the fuzz test's address policy refuses. */
    private static String teaserItem(String guid) {
        return "<item><title>Orbix names a new sensor lead</title><link>" + TEASER_LINK + guid + "</link>"
                + "<guid>" + guid + "</guid><description>Orbix has a new head for its sensor group. Read more</description></item>\n";
    }

    private static String quietItem(String guid) {
        return "<item><title>Ferry timetables</title><guid>" + guid + "</guid><content:encoded><![CDATA["
                + "<p>" + String.join(" ", SeedStory.BACKGROUND) + " " + String.join(" ", SeedStory.BACKGROUND)
                + "</p>]]></content:encoded></item>\n";
    }

    private static String atom(String entries) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Harbour Tech Wire</title><id>tag:wire,2025:feed</id><updated>2025-05-12T08:15:00Z</updated>\n"
                + entries + "</feed>\n";
    }

    private static String fullEntry(String id) {
        return "<entry><title>" + SeedStory.HEADLINE + "</title><id>" + id + "</id><link href=\"" + TEASER_LINK + "1\"/>"
                + "<published>2025-05-12T08:15:00Z</published><content type=\"html\">&lt;p&gt;"
                + String.join(" ", SeedStory.paragraphs()) + "&lt;/p&gt;</content></entry>\n";
    }

    private static String teaserEntry(String id) {
        return "<entry><title type=\"text\">Orbix sensor group</title><id>" + id + "</id><link href=\"/relative/2\"/>"
                + "<updated>2025-05-13T00:00:00+02:00</updated><summary type=\"text\">A short note...</summary></entry>\n";
    }

    private static String rdf() {
        return "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://wire.example.org/\"><title>Wire</title>"
                + "<link>https://wire.example.org/</link><description>Ports</description></channel>"
                + "<item rdf:about=\"" + TEASER_LINK + "9\"><title>" + SeedStory.HEADLINE + "</title><link>" + TEASER_LINK
                + "9</link><description>" + SeedStory.text() + "</description></item></rdf:RDF>\n";
    }

    /** Document type declarations that would read a local file, fetch a URL, or expand to gigabytes. */
    private String externalEntity() {
        String doctype = switch (random.nextInt(5)) {
            case 0 -> "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secretFile + "\">]>";
            case 1 -> "<!DOCTYPE rss [<!ENTITY % ext SYSTEM \"" + secretFile + "\"> %ext;]>";
            case 2 -> "<!DOCTYPE rss SYSTEM \"" + secretFile + "\">";
            case 3 -> "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://192.0.2.10/secret\">]>";
            default -> laughs();
        };
        String item = "<item><title>&xxe; title</title><guid>xxe-1</guid><description>&xxe; " + SeedStory.text()
                + " " + String.join(" ", SeedStory.BACKGROUND) + "</description></item>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>&xxe;</title>"
                + "<link>https://wire.example.org/</link><description>x</description>" + item + "</channel></rss>";
    }

    /** The billion laughs: ten entities each ten times the one before. */
    private static String laughs() {
        StringBuilder s = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            s.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return s.append("<!ENTITY xxe \"&l9;\">]>").toString();
    }

    private String malformed() {
        String seed = seed();
        return switch (random.nextInt(6)) {
            case 0 -> seed.substring(0, random.nextInt(seed.length())); // cut off
            case 1 -> seed.replace("</item>", "").replace("</entry>", "");
            case 2 -> seed.replace("<![CDATA[", "").replace("]]>", ""); // raw markup inside elements
            case 3 -> rss("<item><title>Ports &nbsp; &copy; &undefined;</title><guid>e1</guid><description>"
                    + SeedStory.text() + " &#xFFFF; &#1; </description></item>");
            case 4 -> "<rss version=\"2.0\"><channel>" + "<item>".repeat(1 + random.nextInt(20_000)) + "</channel>";
            default -> "<html><body><p>" + SeedStory.text() + "</p></body></html>"; // a page, not a feed
        };
    }

    private String hugeFields() {
        int size = random.nextInt(8) == 0 ? 1_000_000 + random.nextInt(1_000_000) : 5_000 + random.nextInt(100_000);
        String filler = SeedStory.filler(random, size / 8);
        return switch (random.nextInt(5)) {
            case 0 -> rss("<item><title>" + filler + "</title><guid>big-title</guid><description>" + SeedStory.text()
                    + "</description></item>");
            case 1 -> rss("<item><title>t</title><guid>big-body</guid><description>" + filler + "</description></item>");
            case 2 -> rss("<item><title>t</title><guid>" + "g".repeat(size) + "</guid><description>" + filler.substring(0, 500)
                    + "</description></item>");
            case 3 -> rss(manyItems(500 + random.nextInt(4_000)));
            default -> atom("<entry><id>attrs</id><title>t</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\""
                    + " title=\"" + filler + "\">" + filler.substring(0, 1_000) + "</div></content></entry>");
        };
    }

    private static String manyItems(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("<item><title>Note ").append(i).append("</title><guid>n").append(i % 97).append("</guid>")
                    .append("<description>Ferry ").append(i).append(" runs late.</description></item>");
        }
        return s.toString();
    }

    private String badDatesAndLinks() {
        String[] dates = {"Fri, 99 Foo 2025 99:99:99 XYZ", "", "0000-00-00", "9999-12-31T23:59:59Z", "-1",
                "Mon, 12 May 20250000 08:15:00 GMT", "2025-02-30T00:00:00Z", "yesterday", "1e308", "\u0000"};
        String[] links = {"javascript:alert(1)", "file:///etc/passwd", "http://[::1", "//no-scheme", "http://%zz/",
                " ", "mailto:x@y", "http://192.0.2.10/" + "a".repeat(10_000), "\\\\share\\x", "http://192.0.2.10:99999/"};
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            items.append("<item><title>").append(i).append("</title><link>").append(links[random.nextInt(links.length)])
                    .append("</link>").append(random.nextBoolean() ? "<guid>d" + i + "</guid>" : "")
                    .append("<pubDate>").append(dates[random.nextInt(dates.length)]).append("</pubDate>")
                    .append("<description>").append(random.nextBoolean() ? "Short. Read more" : SeedStory.text())
                    .append("</description></item>");
        }
        return rss(items.toString());
    }

    /** A prolog that names an encoding the bytes are not in, or one that does not exist. */
    private byte[] declaredEncoding() {
        String[] encodings = {"UTF-16", "UTF-32", "ISO-8859-1", "EBCDIC-CP-US", "x-nonsense", "", "UTF-8\" standalone=\"maybe",
                "Shift_JIS", "UTF-7"};
        String feed = seed().replaceFirst("encoding=\"(UTF-8|utf-8)\"", "encoding=\"" + encodings[random.nextInt(encodings.length)] + "\"");
        return switch (random.nextInt(3)) {
            case 0 -> feed.getBytes(StandardCharsets.UTF_16BE);
            case 1 -> Mutations.concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, feed.getBytes(StandardCharsets.UTF_8));
            default -> feed.getBytes(StandardCharsets.UTF_8);
        };
    }
}
