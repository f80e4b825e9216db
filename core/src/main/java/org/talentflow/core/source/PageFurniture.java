package org.talentflow.core.source;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a page shows around the story: navigation, sidebars, related stories, comments, bylines, share bars,
 * cookie banners, advertising, and blocks that are mostly links ("More stories", tag lists). Elements are judged by
 * their tag and role, by the words of their class and id ({@code related-stories}, {@code commentList}), and by how
 * much of their text is link text, as Readability does.
 *
 * <p>The story itself is never removed for its names: a layout wrapper such as {@code content-with-sidebar} or an
 * {@code <article class="post has-comments">} that holds the story stays, while the same words on a block beside or
 * inside the story remove that block.
 */
final class PageFurniture {

    private static final String ALWAYS = "script, style, noscript, template, iframe, svg, canvas, form, nav, aside, "
            + "footer, button, select, figcaption, dialog, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=complementary], [role=contentinfo], [role=banner], [role=dialog], [role=alertdialog], "
            + "[rel=author], [itemprop=author], [style~=display:\\s*none], [style~=visibility:\\s*hidden]";
    /** Class and id words that name furniture, matched as whole words. */
    private static final Set<String> JUNK_WORDS = Set.of("sidebar", "related", "recommended", "recommendations",
            "comment", "comments", "commentlist", "disqus", "share", "sharing", "sharebar", "social", "newsletter",
            "subscribe", "cookie", "cookies", "consent", "gdpr", "onetrust", "cmp", "advert", "advertisement", "ad",
            "ads", "adslot", "adsbygoogle", "dfp", "sponsor", "sponsored", "promo", "breadcrumb", "breadcrumbs", "menu",
            "nav", "navbar", "navigation", "footer", "header", "masthead", "toolbar", "popup", "modal", "banner",
            "mostread", "popular", "trending", "outbrain", "taboola", "byline", "author", "authors", "contributor",
            "tags", "widget", "pagination", "pager", "caption", "print", "skip");
    /** Furniture words a story wrapper may carry ("page-with-sidebar"); comments are never the story. */
    private static final Set<String> NEVER_THE_STORY = Set.of("comment", "comments", "commentlist", "disqus",
            "related", "recommended", "recommendations", "outbrain", "taboola");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final double LINK_LIST_DENSITY = 0.5;
    private static final double LINK_PARAGRAPH_DENSITY = 0.7;

    private PageFurniture() {
    }

    static void remove(org.jsoup.nodes.Document page) {
        page.select(ALWAYS).remove();
        Element body = page.body();
        if (body == null) {
            return;
        }
        Element story = storyElement(body);
        for (Element header : body.select("header")) {
            if (story == null || !isInside(header, story)) {
                header.remove();
            }
        }
        int pageText = paragraphChars(body);
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || !isAttached(e, body)) {
                continue;
            }
            List<String> words = words(e);
            if (words.stream().anyMatch(JUNK_WORDS::contains) && !holdsTheStory(e, words, story, pageText)) {
                e.remove();
            }
        }
        removeLinkBlocks(body, story);
    }

    /**
     * The element that marks itself as the story: microdata {@code articleBody}, else the {@code article},
     * {@code main} or {@code role=main} element with the most paragraph text (the deepest one on a tie).
     */
    static Element storyElement(Element body) {
        Element best = null;
        int bestChars = 0;
        List<Element> marked = body.select("[itemprop=articleBody]");
        for (Element e : marked.isEmpty() ? body.select("article, main, [role=main]") : marked) {
            int chars = paragraphChars(e);
            if (chars > bestChars || (chars == bestChars && best != null && isInside(e, best))) {
                best = e;
                bestChars = chars;
            }
        }
        return bestChars > 0 ? best : null;
    }

    private static boolean holdsTheStory(Element e, List<String> words, Element story, int pageText) {
        if (story != null) {
            return e == story || isInside(story, e);
        }
        return words.stream().noneMatch(NEVER_THE_STORY::contains) && paragraphChars(e) * 2 > pageText;
    }

    /** Lists, tables and boxes that are mostly links are navigation whatever their names; so is a paragraph that is one link. */
    private static void removeLinkBlocks(Element body, Element story) {
        for (Element e : new ArrayList<>(body.select("ul, ol, dl, table, div, section, p"))) {
            if (!isAttached(e, body) || e == story || (story != null && isInside(story, e))) {
                continue;
            }
            int chars = e.text().length();
            if (chars == 0) {
                continue;
            }
            int linkChars = 0;
            for (Element a : e.select("a")) {
                linkChars += a.text().length();
            }
            double limit = e.tagName().equals("p") ? LINK_PARAGRAPH_DENSITY : LINK_LIST_DENSITY;
            if ((double) linkChars / chars > limit) {
                e.remove();
            }
        }
    }

    /** The words of an element's class and id: {@code "relatedStories top-ad"} gives related, stories, top, ad. */
    static List<String> words(Element e) {
        String marks = e.className() + " " + e.id();
        if (marks.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(marks)) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    static int paragraphChars(Element e) {
        int chars = 0;
        for (Element p : e.select("p")) {
            chars += p.text().length();
        }
        return chars;
    }

    private static boolean isInside(Element inner, Element outer) {
        for (Element p = inner.parent(); p != null; p = p.parent()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    /** Still in the page, not inside a block removed before it. */
    private static boolean isAttached(Element e, Element body) {
        return e == body || isInside(e, body);
    }
}
