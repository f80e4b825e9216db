package org.talentflow.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture that is not the article: share prompts, cookie and newsletter notices, image credits,
 * comment-section headers. Only short lines that consist of nothing else are removed; a line that reads as a
 * sentence stays, because a sidebar that names a real move is still text a reader sees. Every reader of files and
 * feeds passes its text through here, so punctuation decoded in the wrong code page is put back here too
 * ({@link MisdecodedPunctuation}).
 */
public final class ArticleCleaner {

    /** Furniture lines are short; anything longer is treated as prose and kept. */
    private static final int MAX_FURNITURE_CHARS = 120;

    private static final Pattern FURNITURE = Pattern.compile("(?i)^\\s*(?:"
            + "share(?: this)?(?: article| story| post)?(?: on \\w+)?|share on (?:twitter|facebook|linkedin|x|whatsapp|email).*"
            + "|click to share.*|tweet this|email this|print this(?: article)?|copy link|copied!?"
            + "|all copyrighted images used with permission.*|image(?:s)? (?:credit|source|courtesy)s?:.*|photo(?: credit)?:.*"
            + "|(?:we|this (?:site|website)) uses? cookies.*|accept(?: all)? cookies|cookie (?:settings|policy|preferences)"
            + "|sign up for (?:our|the) .*newsletter.*|subscribe(?: now| to (?:our|the) newsletter.*)?|newsletter sign[- ]?up"
            + "|advertisement|sponsored(?: content)?|skip to (?:main )?content|back to top"
            + "|comments?|\\d+ comments?|leave a (?:comment|reply)|add a comment|view comments|show comments"
            + "|follow us on .*|read more:?|see also:?|continue reading.*"
            + "|(?:related|more|latest|top) (?:stories|articles|news|coverage|content|reading)(?: from .*)?|related:?"
            + "|you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|most (?:read|popular|viewed)"
            + "|more from .*|trending(?: now)?|(?:topics|tags):.*|the post .{1,200} appeared first on .*"
            + ")\\s*[.!]?\\s*$");
    private static final String NAME = "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}";
    /**
     * A byline: "By Jane Doe", "By Jane Doe, Staff Writer", "By Jane Doe and Li Wei | Reuters". Capitalized names only
     * and no closing period, so "By March, Anna Berg had left Acme." stays.
     */
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:[Bb]y|BY)\\s+" + NAME
            + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*(?:\\s*[|\u2022\u00B7\u2013\u2014-]\\s*[^.!?]{0,60})?\\s*$");
    /** Cookie notices run longer than other furniture but start the same way. */
    private static final Pattern COOKIE_NOTICE = Pattern.compile("(?i)^\\s*(?:we use cookies|we and our partners use cookies"
            + "|this (?:site|website) uses cookies|by (?:continuing to|using) (?:use |browse )?(?:this|our) (?:site|website)"
            + "|we value your privacy).{0,600}$");

    private ArticleCleaner() {
    }

    public static String clean(String raw) {
        String text = MisdecodedPunctuation.repair(raw).replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.length() <= MAX_FURNITURE_CHARS && FURNITURE.matcher(line).matches()
                    || line.length() <= MAX_FURNITURE_CHARS && BYLINE.matcher(line).matches()
                    || COOKIE_NOTICE.matcher(line).matches()) {
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }
}
