package org.talentflow.app.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Web pages no browser would be proud of: a valid article page mutated, tag soup, nesting deep and unbalanced, huge
 * attributes, broken entities, charsets declared wrong or not at all, and scripts, styles and comments that never
 * end.
 */
final class HostilePages {

    static final List<String> TOKENS = List.of("<", ">", "</", "/>", "&", "&#", "&#x", ";", "\"", "'", "=", "<!--",
            "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>", "<p>", "</p>", "<div>", "</div>",
            "<table>", "<td>", "<plaintext>", "<textarea>", "<template>", "<svg>", "<math>", "<frameset>", "<body>",
            "<html>", "<head>", "<meta charset=\"utf-16\">", "<base href=\"javascript:x\">", "&nbsp;", "&#0;",
            "&#xD800;", "&#1114112;", "\u0000", "\uFEFF", "\u202E", "\r", "\n\n\n");
    private static final String[] CONTAINERS = {"div", "section", "article", "span", "p", "b", "i", "a", "li", "ul",
            "table", "tr", "td", "font", "blockquote", "main", "aside", "nav", "footer", "header", "form", "svg",
            "math", "template", "select", "option", "x-widget", "o:p", "center", "h1", "h2", "em", "strong", "q"};
    private static final String[] ENTITIES = {"&amp", "&#", "&#x;", "&#;", "&#1114112;", "&#xD800;", "&#xDFFF;",
            "&#0;", "&#x0;", "&nosuchentity;", "&&&&", "&#99999999999999999999;", "&#x110000;", "&lt", "&gt;&lt;",
            "&quot", "&#65", "&#x41", "&amp;amp;amp;", "&AElig", "&;", "& ;", "&#-1;", "&#+65;", "&#x-41;"};
    private static final String[] CHARSETS = {"utf-16", "UTF-32", "utf-16le", "x-unknown", "", "\"\"", "utf-8\"\"",
            "../../etc/passwd", "IBM037", "ISO-2022-JP", "x-IBM930", "GB18030", "Big5", "Shift_JIS", "koi8-r",
            "windows-1255", "x-user-defined", "replacement", "utf-7", "ascii", "latin1", "cp1252;", "%00", "utf8mb4"};

    private final Random random;
    private final Mutations mutations;

    HostilePages(Random random) {
        this.random = random;
        this.mutations = new Mutations(random);
    }

    FuzzCase next(int index) {
        int shape = random.nextInt(7);
        String name = switch (shape) {
            case 0 -> "mutated article";
            case 1 -> "tag soup";
            case 2 -> "deep nesting";
            case 3 -> "huge attribute";
            case 4 -> "broken entities";
            case 5 -> "bad charset";
            default -> "scripts";
        };
        byte[] bytes = switch (shape) {
            case 0 -> articleWith(random.nextInt(3) == 0 ? entities(20) : "").getBytes(StandardCharsets.UTF_8);
            case 1 -> tagSoup().getBytes(StandardCharsets.UTF_8);
            case 2 -> deepNesting().getBytes(StandardCharsets.UTF_8);
            case 3 -> hugeAttribute().getBytes(StandardCharsets.UTF_8);
            case 4 -> articleWith(entities(200 + random.nextInt(2_000))).getBytes(StandardCharsets.UTF_8);
            case 5 -> badCharset();
            default -> scripts().getBytes(StandardCharsets.UTF_8);
        };
        if (shape == 0 || random.nextInt(3) == 0) {
            bytes = mutations.mutate(bytes, TOKENS);
            name += " [" + mutations.applied() + "]";
        }
        return new FuzzCase(index, FuzzCase.Kind.HTML, name, "page-" + index + (random.nextBoolean() ? ".html" : ".htm"), null,
                bytes);
    }

    /** The valid article page the mutations start from, with something of the caller's in its body. */
    static String articleWith(String extra) {
        StringBuilder body = new StringBuilder();
        for (String p : SeedStory.paragraphs()) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%s | Harbour Tech Wire</title>
                <meta property="article:published_time" content="2025-05-12T08:15:00Z">
                <link rel="canonical" href="https://wire.example.org/2025/05/kestrel-hires">
                <script>window.slots = {top: "banner"};</script>
                <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-05-12"}</script>
                <style>body { font-family: serif }</style>
                </head><body>
                <nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/ports">Ports</a></nav>
                <article><h1>%s</h1><p class="byline">By Priya Natarajan</p>
                %s%s</article>
                <aside><h3>Most read</h3><p>Ferry timetables change in the spring.</p></aside>
                <footer>&copy; Harbour Tech Wire</footer></body></html>
                """.formatted(SeedStory.HEADLINE, SeedStory.HEADLINE, body, extra);
    }

    private String tagSoup() {
        int n = 200 + random.nextInt(5_000);
        StringBuilder s = new StringBuilder(n * 8);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(9)) {
                case 0, 1 -> s.append('<').append(container()).append(random.nextBoolean() ? " class=\"x\"" : "").append('>');
                case 2 -> s.append("</").append(container()).append('>');
                case 3 -> s.append(SeedStory.filler(random, 1 + random.nextInt(10)));
                case 4 -> s.append(ENTITIES[random.nextInt(ENTITIES.length)]);
                case 5 -> s.append(TOKENS.get(random.nextInt(TOKENS.size())));
                case 6 -> s.append(random.nextInt(200) == 0 ? SeedStory.MOVE : "<br>");
                case 7 -> s.append("<").append(container()).append(" ").append(container()).append("=");
                default -> s.append((char) random.nextInt(0x3000));
            }
        }
        return s.toString();
    }

    /** Elements opened deeper than any page nests, some closed, some closed twice, some never. */
    private String deepNesting() {
        int depth = random.nextInt(10) == 0 ? 20_000 + random.nextInt(80_000) : 100 + random.nextInt(3_000);
        StringBuilder s = new StringBuilder(depth * 12);
        s.append("<html><body>");
        String[] open = new String[depth];
        for (int i = 0; i < depth; i++) {
            open[i] = random.nextInt(4) == 0 ? container() : "div";
            s.append('<').append(open[i]).append('>');
        }
        s.append("<p>").append(random.nextBoolean() ? SeedStory.MOVE : SeedStory.filler(random, 20)).append("</p>");
        for (int i = depth - 1; i >= 0; i--) {
            int r = random.nextInt(10);
            if (r == 0) {
                continue;
            }
            s.append("</").append(r == 1 ? container() : open[i]).append('>');
        }
        return s.toString();
    }

    private String hugeAttribute() {
        int size = random.nextInt(8) == 0 ? 1_000_000 + random.nextInt(2_000_000) : 10_000 + random.nextInt(200_000);
        String value = random.nextBoolean() ? "x".repeat(size) : SeedStory.filler(random, size / 8);
        return switch (random.nextInt(4)) {
            case 0 -> articleWith("<img src=\"data:image/png;base64," + value + "\">");
            case 1 -> articleWith("<div title=\"" + value); // never closed
            case 2 -> articleWith("<meta property=\"article:published_time\" content=\"" + value + "\">");
            default -> articleWith(manyAttributes(size / 20));
        };
    }

    private String manyAttributes(int n) {
        StringBuilder s = new StringBuilder("<p");
        for (int i = 0; i < n; i++) {
            s.append(" a").append(i).append("=\"").append(i).append('"');
        }
        return s.append(">many</p>").toString();
    }

    private String entities(int n) {
        StringBuilder s = new StringBuilder("<p>");
        for (int i = 0; i < n; i++) {
            s.append(ENTITIES[random.nextInt(ENTITIES.length)]).append(random.nextInt(4) == 0 ? " " : "");
        }
        return s.append("</p>").toString();
    }

    /** A declared charset that is wrong, unknown or nonsense, over bytes in whatever encoding. */
    private byte[] badCharset() {
        String declared = random.nextInt(4) == 0 ? anyJdkCharset() : CHARSETS[random.nextInt(CHARSETS.length)];
        String page = articleWith("").replace("<meta charset=\"utf-8\">", random.nextBoolean()
                ? "<meta charset=\"" + declared + "\">"
                : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared + "\">");
        if (random.nextInt(5) == 0) {
            page = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>" + page;
        }
        Charset written = switch (random.nextInt(5)) {
            case 0 -> StandardCharsets.UTF_16LE;
            case 1 -> StandardCharsets.ISO_8859_1;
            case 2 -> Charset.forName("IBM037");
            default -> StandardCharsets.UTF_8;
        };
        return page.getBytes(written);
    }

    private String anyJdkCharset() {
        List<String> names = List.copyOf(Charset.availableCharsets().keySet());
        return names.get(random.nextInt(names.size()));
    }

    /** Scripts, styles and comments: huge, unterminated, or closing early. */
    private String scripts() {
        String junk = SeedStory.filler(random, 100 + random.nextInt(20_000));
        return switch (random.nextInt(7)) {
            case 0 -> articleWith("<script>var s = \"" + junk + "\";</script>");
            case 1 -> articleWith("<script>" + junk); // never closed
            case 2 -> articleWith("<style>" + junk);
            case 3 -> articleWith("<!--" + junk);
            case 4 -> articleWith("<script>document.write('</scr' + 'ipt><p>" + SeedStory.MOVE + "</p>');</script>");
            case 5 -> articleWith("<script type=\"application/ld+json\">" + "[".repeat(random.nextInt(5_000))
                    + "{\"datePublished\": \"" + junk + "\"}</script>");
            default -> articleWith("<noscript><iframe src=\"javascript:alert(1)\">" + junk + "</noscript>");
        };
    }

    private String container() {
        return CONTAINERS[random.nextInt(CONTAINERS.length)];
    }
}
