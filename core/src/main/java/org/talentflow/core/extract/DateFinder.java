package org.talentflow.core.extract;

import org.talentflow.core.extract.Item.Type;

/** The date of a move: the nearest normalized date after its verb in the clause, else just before it. */
final class DateFinder {

    private DateFinder() {
    }

    static String near(TaggedSentence s, int verb) {
        for (int i = verb + 1; i < s.size() && i - verb <= 10; i++) {
            Item it = s.get(i);
            if (it.is(Type.DATE) && it.date() != null) {
                return it.date();
            }
            if (it.isWord(";", "but", "after", "before", "while", "who", "which")) {
                break;
            }
        }
        for (int i = verb - 1; i >= 0 && verb - i <= 6; i--) {
            Item it = s.get(i);
            if (it.is(Type.DATE) && it.date() != null) {
                return it.date();
            }
            if (it.is(Type.PERSON) || it.isComma()) {
                break;
            }
        }
        return null;
    }
}
