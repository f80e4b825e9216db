package org.talentflow.core.extract;

import org.talentflow.core.domain.OrgRef;

/**
 * A unit of a tagged sentence as the move rules see it: a whole name (person, organization), a date, a
 * pronoun, or a plain word.
 *
 * @param type   what the item is
 * @param text   its text in the document
 * @param lower  lower-cased text (for words, the lemma when one is known)
 * @param pos    part of speech of its last token
 * @param begin  document offset
 * @param end    document offset one past the end
 * @param org    the organization, for ORG items
 * @param date   normalized date ("2025-02"), for DATE items
 */
public record Item(Type type, String text, String lower, String pos, int begin, int end, OrgRef org, String date) {

    public enum Type { PERSON, ORG, DATE, PRONOUN, WORD }

    public boolean is(Type t) {
        return type == t;
    }

    public boolean isWord(String... words) {
        if (type != Type.WORD && type != Type.PRONOUN) {
            return false;
        }
        for (String w : words) {
            if (lower.equals(w)) {
                return true;
            }
        }
        return false;
    }

    public boolean isComma() {
        return type == Type.WORD && (text.equals(",") || text.equals("\u2014") || text.equals("--") || text.equals("\u2013"));
    }
}
