package org.talentflow.core.domain;

import java.time.Duration;
import java.util.Locale;

/**
 * How much of one input the pipeline reads at most: every stage is linear in its input or stops at one of these, so
 * that no page, feed entry or request body can hold a thread for long. Each cap stands far above what real news
 * needs, and when one cuts, the document says so in a note ({@link Document#notes()}, then the extraction result).
 *
 * @param htmlDepth       elements nested deeper than this are read as the plain text of their ancestor at this
 *                        depth: real pages nest 20 to 60 levels, and every stage of HTML reading walks an element's
 *                        ancestors or descendants, so 200,000 nested {@code <div>} would cost their square
 * @param sentences       sentences read per document: a long real article has a few hundred; the rest of a larger
 *                        text is not split at all
 * @param sentenceTokens  tokens a sentence may have to be tagged or parsed: real sentences have up to about 100 (the
 *                        parser's own limit, {@code Nlp.MAX_PARSE_TOKENS}) and lists run together a few hundred; a
 *                        longer "sentence" is page junk without full stops
 * @param taggedSentences sentences with a move word that get their parts of speech: a real article has at most a few
 *                        dozen
 * @param parsedSentences sentences parsed per document (move sentences and their context): real articles need at
 *                        most a few dozen, and the document model compares each clause with the others
 * @param people          distinct people per document: a real roundup names at most a hundred or so
 * @param timePerDocument how long the extraction of one document may take: a real article takes well under a second
 *                        (a few seconds on a loaded machine); one that takes longer fails by name and nothing of it is
 *                        stored
 */
public record Limits(int htmlDepth, int sentences, int sentenceTokens, int taggedSentences, int parsedSentences,
                     int people, Duration timePerDocument) {

    public static final Limits DEFAULT = new Limits(256, 5_000, 1_000, 500, 250, 300, Duration.ofSeconds(60));

    /** The same caps with another time per document (the command line's {@code --document-timeout}). */
    public Limits withTimePerDocument(Duration time) {
        return new Limits(htmlDepth, sentences, sentenceTokens, taggedSentences, parsedSentences, people, time);
    }

    /** "5,000": counts in notes are read by people. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
