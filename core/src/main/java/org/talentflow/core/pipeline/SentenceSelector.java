package org.talentflow.core.pipeline;

import java.util.regex.Pattern;

import org.talentflow.core.lexicon.Lexicon;

/**
 * The cheap first stage of the cascade: a sentence can only report a move if it has a trigger of the lexicon (the
 * list the frame patterns read) and a capitalized word that may be a name. Only the sentences that pass get the
 * expensive parse; the second cut (SelectContext) adds the sentences that say more of the people found.
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

    /** The marks that open an item of a bulleted list, for a character class: bullets, middle dots, squares, "*". */
    public static final String BULLET_MARKS = "\u2022\u00b7\u25aa\u25cf\u25e6\u2023*";

    /** A line of a bulleted list. */
    public boolean isListItem(String sentence) {
        String s = sentence.stripLeading();
        return s.startsWith("- ") || s.startsWith("\u2022") || s.startsWith("* ");
    }

    /** Sentences opening on a pronoun or a bare surname lean on the sentence before for who is meant. */
    public boolean leansOnPrevious(String sentence) {
        String s = sentence.stripLeading();
        return s.startsWith("The ") || PRONOUN_OPENING.matcher(s).find();
    }

    /** A pronoun that opens a sentence, after a short opener at most: "She left", "In March she left". */
    private static final java.util.regex.Pattern PRONOUN_OPENING = java.util.regex.Pattern.compile(
            "^(?:\\p{Lu}\\p{Ll}*(?: \\p{L}+){0,2},? )?(?:He|She|His|Her|They|he|she|his|her|they) ");
}
