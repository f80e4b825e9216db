package org.talentflow.core.extract;

/** A tagged token: word, lower-cased word, lemma, part of speech, entity class, normalized date; offsets in the document. */
public record Tok(String word, String lower, String lemma, String pos, String ner, String normalized, int begin, int end) {
}
