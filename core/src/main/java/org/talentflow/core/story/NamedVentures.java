package org.talentflow.core.story;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.mention.Mention;

/**
 * "X has left Pinewood to co-found a private-credit fund. The new outfit, Brackwater Partners, expects ...": a founding
 * whose clause names no company, followed within a sentence or two by a new company named in apposition to a word for
 * one ("The new outfit, B,", "the new venture, B,", "the start-up, B,"), founds B.
 */
final class NamedVentures {

    /** How far after a founding's sentence its venture may be named. */
    private static final int REACH = 400;

    private final Pattern naming;

    NamedVentures(Lexicon lexicon) {
        String kinds = String.join("|", lexicon.orgNouns().stream().filter(k -> k.matches("[a-z][a-z -]+"))
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        this.naming = Pattern.compile("\\b[Tt]he (?:(?:new|fledgling|young)\\b(?: [\\p{L}-]+){0,2}? (?:" + kinds
                + ")|(?:[\\p{L}-]+ ){0,2}?(?:startup|start-up|venture)), "
                + "(\\p{Lu}[\\p{L}\\p{N}&'\u2019-]*(?: \\p{Lu}[\\p{L}\\p{N}&'\u2019-]*){0,3})(?=[,(]| (?:is|will|has|was)\\b)");
    }

    /** The new company named in the text within reach after {@code from} (a founding sentence's end), or null. */
    OrgSlot after(String text, int from) {
        if (from < 0 || from >= text.length()) {
            return null;
        }
        Matcher m = naming.matcher(text.substring(from, Math.min(text.length(), from + REACH)));
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        Mention mention = new Mention(Mention.Type.ORG, 0, 0, name, from + m.start(1), from + m.end(1), OrgRef.of(name),
                null, "introduced");
        return new OrgSlot(OrgRef.of(name), mention, "name");
    }
}
