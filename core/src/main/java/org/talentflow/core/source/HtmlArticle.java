package org.talentflow.core.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A web page to an article: title, canonical URL, publication date and main text. The stages, each in a class of
 * its own: the charset ({@link HtmlCharset}), nesting capped ({@link DeepNesting}), the date
 * ({@link PublicationDate}, read before scripts go), page furniture removed ({@link PageFurniture}), the main text chosen by content scoring ({@link MainText}), and
 * leftover furniture lines dropped ({@link ArticleCleaner}).
 */
public final class HtmlArticle {

    private HtmlArticle() {
    }

    /** A saved page: the charset comes from the page itself (byte-order mark, meta tag, XML prolog) or detection. */
    public static Document parse(String name, byte[] bytes) {
        return parse(name, bytes, null);
    }

    /**
     * A fetched page.
     *
     * @param httpCharset the charset of the HTTP {@code Content-Type} header, or null; it outranks the page's own
     *                    declaration, as in browsers
     */
    public static Document parse(String name, byte[] bytes, String httpCharset) {
        return parse(name, HtmlCharset.decode(bytes, httpCharset));
    }

    public static Document parse(String name, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        List<String> notes = new ArrayList<>();
        nestingNote(DeepNesting.flatten(page, Limits.DEFAULT.htmlDepth()), notes);
        String title = title(page);
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), PublicationDate.meta(page, "og:url"));
        LocalDate published = PublicationDate.of(page);
        PageFurniture.remove(page);
        String text = ArticleCleaner.clean(MainText.of(page));
        if (published == null) {
            published = DatelineFinder.find(text).orElse(null);
        }
        return new Document(name, url, title, published, text, notes);
    }

    /** A fragment's text, and what reading it left out. */
    public record Fragment(String text, List<String> notes) {
    }

    /** The text of an HTML fragment (a feed entry's content): every block, no content scoring, furniture dropped. */
    public static Fragment fragment(String html) {
        org.jsoup.nodes.Document page = Jsoup.parseBodyFragment(html);
        List<String> notes = new ArrayList<>();
        nestingNote(DeepNesting.flatten(page, Limits.DEFAULT.htmlDepth()), notes);
        PageFurniture.remove(page);
        return new Fragment(ArticleCleaner.clean(MainText.blocks(page.body())), notes);
    }

    private static void nestingNote(int nested, List<String> notes) {
        if (nested > 0) {
            notes.add("HTML nested deeper than " + Limits.count(Limits.DEFAULT.htmlDepth())
                    + " levels read as plain text (the page nests " + Limits.count(nested) + ")");
        }
    }

    /**
     * The headline: Open Graph or Twitter title, else the page title unless it is the headline with the site name
     * appended ("Globex hires Anna Berg | Example News"), in which case the {@code <h1>}.
     */
    private static String title(org.jsoup.nodes.Document page) {
        String social = firstNonBlank(PublicationDate.meta(page, "og:title"), PublicationDate.meta(page, "twitter:title"));
        if (social != null) {
            return social;
        }
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? null : firstNonBlank(h1.text());
        String pageTitle = firstNonBlank(page.title());
        if (heading != null && (pageTitle == null || pageTitle.contains(heading))) {
            return heading;
        }
        return pageTitle;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
