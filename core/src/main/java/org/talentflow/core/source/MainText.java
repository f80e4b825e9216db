package org.talentflow.core.source;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The main text of a page with its furniture gone: the container whose paragraphs hold the most text that is not
 * link text (Readability's content score, kept small), read block by block.
 */
final class MainText {

    /** Below this a page has no container worth choosing and the whole body is read. */
    private static final int MIN_SCORE = 200;
    private static final Set<String> ALWAYS_BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li",
            "blockquote", "pre", "dt", "dd");
    /** Containers that are a block when they hold text of their own (pages written as div and br, table layouts). */
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main", "td", "span", "font");

    private MainText() {
    }

    static String of(org.jsoup.nodes.Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        // A page that marks its story (article, main, articleBody) is scored inside it only: a long cookie notice
        // or comment beside a short story must not win.
        Element story = PageFurniture.storyElement(body);
        Element scope = story != null ? story : body;
        Element best = story;
        int bestScore = 0;
        for (Element candidate : scope.select("article, main, [role=main], [itemprop=articleBody], div, section, td")) {
            int score = 0;
            for (Element p : candidate.select("> p, > div > p, > section > p")) {
                score += p.text().length() - linkChars(p);
            }
            if (candidate.tagName().equals("article") || candidate.hasAttr("itemprop")) {
                score = score * 3 / 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return blocks(best != null && (bestScore >= MIN_SCORE || best == story) ? best : scope);
    }

    /** Each block's text, blank-line separated; a block inside another (a p in a blockquote) is read once. */
    static String blocks(Element root) {
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> texts = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || !isBlock(e) || hasChosenAncestor(e, root, chosen)) {
                continue;
            }
            chosen.add(e);
            String text = e.text().strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        if (texts.isEmpty()) {
            return root.wholeText().replaceAll("[ \t]+", " ");
        }
        return String.join("\n\n", texts);
    }

    private static boolean isBlock(Element e) {
        String tag = e.tagName();
        return ALWAYS_BLOCKS.contains(tag)
                || (TEXT_CONTAINERS.contains(tag) && !e.ownText().replace('\u00A0', ' ').isBlank());
    }

    private static boolean hasChosenAncestor(Element e, Element root, Set<Element> chosen) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (chosen.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static int linkChars(Element e) {
        int chars = 0;
        for (Element a : e.select("a")) {
            chars += a.text().length();
        }
        return chars;
    }
}
