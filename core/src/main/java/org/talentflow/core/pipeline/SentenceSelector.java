package org.talentflow.core.pipeline;

import java.util.regex.Pattern;

/**
 * The cheap first stage of the cascade: a sentence can only report a move if it has a word of moving
 * (or of a past post, which later sentences rely on) and a capitalized word that may be a name. Only the
 * sentences that pass get the expensive tagging.
 */
public final class SentenceSelector {

    /** Words that report someone arriving, leaving, being hired or founding: a sentence without one reports no move. */
    private static final Pattern MOVE_WORD = Pattern.compile("(?i)\\b(?:join(?:s|ed|ing)?|rejoin\\w*|left|leav(?:e|es|ing)"
            + "|depart(?:s|ed|ing|ure|ures)?|hir(?:e|es|ed|ing)|poach\\w*|recruit(?:s|ed|ing)?|lur(?:e|ed|es|ing)"
            + "|(?:co-?)?found(?:ed|ing)|to (?:co-?)?found|cofound(?:ed|ing)|transition\\w*|mov(?:e|ed|es|ing) (?:to|over)"
            + "|switch\\w* to|defect\\w*|return(?:s|ed|ing)? (?:to|as)|resign\\w*|retir(?:e|es|ed|ing|ement)|quit(?:s|ting)?|step(?:s|ped|ping)? down"
            + "|exit(?:ed|ing)|exit (?:from|of)|part(?:ed|ing|s)? ways|tapp(?:ed|ing)|snag\\w*|brought (?:on|in)|set up|sets up|setting up"
            + "|adieu|farewell|(?:take|takes|took|taken|taking) (?:over|charge|the helm|the reins|leadership)|appoint(?:s|ed|ing)?|exodus|been with|welcom\\w* \\p{L}+ back"
            + "|(?:is|was|are|were|be|'s) back|nam(?:e|es|ed|ing)\\b(?=[^.;]{0,80}\\bas\\b|[^.;]{0,110}\\bto (?:lead|head|run)\\b)|(?:been|was|were|is|are) named"
            + "|(?:is|are|was) now|now (?:works?|serves?|leads?|heads?|runs?)|(?:has|have|had|will) become|became|(?:start|land|surface)(?:s|d|ed|ing)? at|(?:put|placed) in charge|fired|ousted|sacked"
            + "|(?:start|launch|establish)\\w*(?=[^.;]{0,40}\\b(?:startup|start-up|company|venture|firm|business|lab)\\b))\\b");
    /** "Alibaba lost its lab head to ByteDance": losing counts when a name or a person follows, not for shares. */
    private static final Pattern LOST_SOMEONE = Pattern.compile("\\b[Ww]elcom(?:e|es|ed|ing)\\s+(?:back\\s+)?\\p{Lu}"
            + "|\\b(?:lost|los(?:e|es|ing))\\s+(?:\\p{Lu}|(?:\\S+\\s+){0,6}?to\\s+\\p{Lu}"
            + "|(?:\\S+\\s+){0,3}?(?:researchers?|engineers?|executives?|scientists?|talent|staff|leaders?|head|chief))");
    /**
     * Words that only matter around a move: past affiliations ("a former Alibaba engineer"), roles, denials.
     * Tagged only in documents that have a move word somewhere, which most news does not.
     */
    private static final Pattern CONTEXT_WORD = Pattern.compile("(?i)\\b(?:former|formerly|ex-\\w+|previously|most recently|c(?:ome|omes|ame) from|alumn\\w*"
            + "|worked|work(?:s|ing)? (?:at|for)|headed|led|heads|head of|leads|(?:co-?)?founders?|start-?ups?|venture"
            + "|talent|den(?:y|ied|ies)|false|rumou?r\\w*|speculat\\w*|bid|bade|including|include|welcom\\w*|helm"
            + "|spent|served|veteran|stint|tenure"
            + "|succeed\\w*|lost|los(?:e|es|ing)|return\\w*|back|exit\\w*)\\b");
    /** A name after the first word, or a pronoun subject: someone the sentence may be about. */
    private static final Pattern SOMEONE = Pattern.compile("(?:\\S\\s+\\p{Lu}[\\p{L}.'\u2019-]+|\\b(?:He|She|he|she)\\b)");

    /** The first, cheap cut: a move word and someone it may be about. */
    public boolean mayMentionMove(String sentence) {
        // A sentence that ends on a colon announces a list of the people it is about.
        return (MOVE_WORD.matcher(sentence).find() || LOST_SOMEONE.matcher(sentence).find()) && (SOMEONE.matcher(sentence).find() || sentence.strip().endsWith(":"));
    }

    /**
     * The cut before any NLP: a document without a single move word reports no move, and is not even split into
     * sentences (most news is of this kind).
     */
    public boolean mayReportMoves(String document) {
        return MOVE_WORD.matcher(document).find() || LOST_SOMEONE.matcher(document).find();
    }

    /** The second cut, for documents that passed the first: sentences that give context to a move. */
    public boolean givesContext(String sentence) {
        return CONTEXT_WORD.matcher(sentence).find() && SOMEONE.matcher(sentence).find();
    }

    /** A line of a bulleted list. */
    public boolean isListItem(String sentence) {
        String s = sentence.stripLeading();
        return s.startsWith("- ") || s.startsWith("\u2022") || s.startsWith("* ");
    }

    /** Sentences opening on a pronoun or a bare surname lean on the sentence before for who is meant. */
    public boolean leansOnPrevious(String sentence) {
        String s = sentence.stripLeading();
        return s.startsWith("He ") || s.startsWith("She ") || s.startsWith("His ") || s.startsWith("Her ")
                || s.startsWith("They ") || s.startsWith("The ");
    }
}
