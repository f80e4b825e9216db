package org.talentflow.core.pipeline;

import java.util.regex.Pattern;

/**
 * The cheap first stage of the cascade: a sentence can only report a move if it has a word of moving
 * (or of a past post, which later sentences rely on) and a capitalized word that may be a name. Only the
 * sentences that pass get the expensive tagging.
 */
public final class SentenceSelector {

    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:join(?:s|ed|ing)?|left|leav(?:e|es|ing)"
            + "|depart\\w*|hir(?:e|es|ed|ing)|poach\\w*|recruit\\w*|lur(?:e|ed|es|ing)|(?:co-?)?found(?:ed|ing|er|ers)?"
            + "|cofound\\w*|transition\\w*|mov(?:e|ed|es|ing) (?:to|over)|switch\\w* to|defect\\w*|return\\w*"
            + "|resign\\w*|quit(?:s|ting)?|step(?:s|ped|ping)? down|exit\\w*|part(?:ed|ing|s)? ways|helm"
            + "|lost|los(?:e|es|ing)|tapp(?:ed|ing)|snag\\w*|brought (?:on|in)|set up|sets up|start-?up|venture"
            + "|former|formerly|ex-\\w+|previously|alumn\\w*|adieu|farewell|succeed\\w*|worked|took (?:over|leadership)"
            + "|exodus|talent|headed|led|heads|head of|leads|back|been with|bid|bade|welcom\\w*"
            + "|den(?:y|ied|ies)|false|rumou?r\\w*|speculat\\w*)\\b");
    private static final Pattern NAME_LIKE = Pattern.compile("\\b\\p{Lu}[\\p{L}.'\u2019-]+");

    public boolean mayMentionMove(String sentence) {
        return TRIGGER.matcher(sentence).find() && NAME_LIKE.matcher(sentence).find();
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
