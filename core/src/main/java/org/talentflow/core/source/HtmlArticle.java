package org.talentflow.core.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.talentflow.core.domain.Document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved web page to an article: title, canonical URL, publication date (meta tags, JSON-LD, {@code <time>}) and
 * the main text. The main text is the container with the most paragraph text once navigation, sidebars, related
 * stories, comments and banners are gone (the content-scoring idea of Readability, kept small).
 */
public final class HtmlArticle {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");
    private static final Pattern JUNK = Pattern.compile("(?i)(^|[\\s_-])(sidebar|related|recommend|comment|share|social"
            + "|newsletter|cookie|subscribe|advert|ads?|promo|breadcrumb|menu|nav|footer|header|popup|modal|banner"
            + "|most-?read|trending|outbrain|taboola)([\\s_-]|$)");
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "date", "DC.date", "DC.date.issued", "parsely-pub-date", "sailthru.date"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlArticle() {
    }

    public static Document parse(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher charset = META_CHARSET.matcher(head);
        String html = EncodingDetector.decode(bytes, charset.find() ? charset.group(1) : null);
        return parse(name, html);
    }

    public static Document parse(String name, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = firstNonBlank(meta(page, "og:title"), page.title(), text(page.selectFirst("h1")));
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url"));
        LocalDate published = published(page);
        page.select("script, style, noscript, template, iframe, svg, form, nav, header, footer, aside, button, "
                + "figcaption, [hidden], [aria-hidden=true]").remove();
        for (Element e : new ArrayList<>(page.body() == null ? List.of() : page.body().getAllElements())) {
            String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
            if (e != page.body() && e.parent() != null && JUNK.matcher(marks).find() && !isMain(e)) {
                e.remove();
            }
        }
        String text = ArticleCleaner.clean(mainText(page));
        return new Document(name, blankToNull(url), blankToNull(title), published, text);
    }

    /** An element that marks itself as the article is never junk, whatever its classes say. */
    private static boolean isMain(Element e) {
        return e.tagName().equals("article") || e.tagName().equals("main") || "main".equals(e.attr("role"));
    }

    private static String mainText(org.jsoup.nodes.Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        Element best = null;
        int bestScore = 0;
        for (Element candidate : body.select("article, main, [role=main], div, section, td")) {
            int score = 0;
            for (Element p : candidate.select("> p, > div > p, > section > p")) {
                score += p.text().length();
            }
            if (candidate.tagName().equals("article")) {
                score = score * 3 / 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        Element root = best != null && bestScore >= 200 ? best : body;
        List<String> blocks = new ArrayList<>();
        Elements parts = root.select("h1, h2, h3, h4, p, li, blockquote, pre");
        if (parts.isEmpty()) {
            return root.wholeText().replaceAll("[ \t]+", " ");
        }
        for (Element part : parts) {
            if (part.parents().stream().anyMatch(parent -> parts.contains(parent) && parent != part)) {
                continue; // a <p> inside a <blockquote> or <li> is already in its parent's text
            }
            String text = part.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return String.join("\n\n", blocks);
    }

    private static LocalDate published(org.jsoup.nodes.Document page) {
        for (String key : DATE_META) {
            LocalDate d = DatelineFinder.parseField(meta(page, key));
            if (d != null) {
                return d;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            LocalDate d = jsonLdDate(script.data());
            if (d != null) {
                return d;
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : DatelineFinder.parseField(time.attr("datetime"));
    }

    private static LocalDate jsonLdDate(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            for (JsonNode found : node.findValues("datePublished")) {
                LocalDate d = DatelineFinder.parseField(found.asText());
                if (d != null) {
                    return d;
                }
            }
        } catch (Exception e) {
            // Broken JSON-LD is common on real pages; the other date sources still apply.
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String key) {
        Element e = page.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\"" + key + "\"]");
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
