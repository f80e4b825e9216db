package org.talentflow.core.parse;

/**
 * A token of a parsed sentence.
 *
 * @param index  position in the sentence, from 1 (as in the dependency graph)
 * @param word   the text
 * @param lemma  the lemma, lower case
 * @param pos    the part-of-speech tag
 * @param ner    the named-entity class (PERSON, ORGANIZATION, LOCATION, ... or O)
 * @param begin  document offset
 * @param end    document offset one past the end
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean isProperNoun() {
        return pos.startsWith("NNP") && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }
}
