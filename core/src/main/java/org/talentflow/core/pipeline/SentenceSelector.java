package org.talentflow.core.pipeline;

import java.util.regex.Pattern;

import org.talentflow.core.lexicon.Lexicon;

/**
 * The cheap first stage of the cascade: a sentence can only report a move if it has a word of moving
 * (or of a past post, which later sentences rely on) and a capitalized word that may be a name. Only the
 * sentences that pass get the expensive tagging.
 */
public final class SentenceSelector {

    /** The move triggers of the lexicon (the same list the frame patterns read). */
    private final Lexicon lexicon;

    public SentenceSelector() {
        this(Lexicon.english());
    }

    public SentenceSelector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

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
        return lexicon.hasMoveWord(sentence) && (SOMEONE.matcher(sentence).find() || sentence.strip().endsWith(":"));
    }

    /**
     * The cut before any NLP: a document without a single move word reports no move, and is not even split into
     * sentences (most news is of this kind).
     */
    public boolean mayReportMoves(String document) {
        return lexicon.hasMoveWord(document);
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
