package org.talentflow.core.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a page was published: meta tags (Open Graph {@code article:published_time} and the other publishers' names),
 * then JSON-LD {@code datePublished} (an article's before any other node's, {@code @graph} arrays included), then
 * microdata and {@code <time>} elements. Modification dates are never used: a page edited today was not published
 * today.
 */
final class PublicationDate {

    private static final String[] DATE_META = {"article:published_time", "og:published_time", "article.published",
            "datePublished", "pubdate", "publishdate", "publish-date", "published_time", "date", "DC.date.issued",
            "DC.date", "dcterms.date", "dcterms.issued", "parsely-pub-date", "sailthru.date", "citation_publication_date"};
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "report", "scholarlyarticle", "techarticle");
    /** Real JSON-LD often carries raw newlines in strings, comments or trailing commas: read it as browsers do. */
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private PublicationDate() {
    }

    static LocalDate of(org.jsoup.nodes.Document page) {
        for (String key : DATE_META) {
            LocalDate d = DatelineFinder.parseField(meta(page, key));
            if (d != null) {
                return d;
            }
        }
        LocalDate fromJsonLd = jsonLd(page);
        if (fromJsonLd != null) {
            return fromJsonLd;
        }
        for (Element e : page.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            LocalDate d = DatelineFinder.parseField(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A meta tag's content by property, name or itemprop (matched case-insensitively). */
    static String meta(org.jsoup.nodes.Document page, String key) {
        Element e = page.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]");
        return e == null ? null : e.attr("content");
    }

    private static LocalDate jsonLd(org.jsoup.nodes.Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(LENIENT_JSON.readTree(stripWrapping(script.data())), nodes);
            } catch (Exception e) {
                // Broken JSON-LD is common on real pages; the other scripts and date sources still apply.
            }
        }
        LocalDate anyNode = null;
        for (JsonNode node : nodes) {
            LocalDate d = DatelineFinder.parseField(text(node.get("datePublished")));
            if (d != null && isArticle(node)) {
                return d;
            }
            if (anyNode == null) {
                anyNode = d;
            }
        }
        return anyNode;
    }

    /** Every object of a JSON-LD tree: top-level arrays, {@code @graph} lists and nested objects alike. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            into.add(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, into));
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(t.asText().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Some sites wrap JSON-LD in an HTML comment or CDATA section. */
    private static String stripWrapping(String json) {
        return json.strip().replaceFirst("^(<!--|/\\*<!\\[CDATA\\[\\*/|<!\\[CDATA\\[)", "")
                .replaceFirst("(-->|/\\*]]>\\*/|]]>)$", "");
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isArray() ? (value.isEmpty() ? null : value.get(0).asText()) : value.asText();
    }

    private static String firstNonBlank(String... values) {
        return HtmlArticle.firstNonBlank(values);
    }
}
