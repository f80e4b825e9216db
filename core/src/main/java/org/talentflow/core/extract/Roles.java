package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.talentflow.core.extract.Item.Type;

/** A person's title as the sentence gives it: "former algorithm engineer X", "X, head of A's lab, ...". */
final class Roles {

    private Roles() {
    }

    static String near(TaggedSentence s, int person) {
        String before = titleBefore(s, person);
        return before != null ? before : appositiveTitle(s, person);
    }

    /** Title words right before the name: "Windsurf CEO Varun Mohan", "former algorithm engineer Zhou Chang". */
    private static String titleBefore(TaggedSentence s, int person) {
        List<String> words = new ArrayList<>();
        boolean hasTitle = false;
        for (int i = person - 1; i >= 0 && person - i <= 5; i--) {
            Item it = s.get(i);
            if (it.type() != Type.WORD || it.isComma() || !(it.pos().startsWith("NN") || it.pos().startsWith("JJ"))) {
                break;
            }
            if (it.isWord("former")) {
                break;
            }
            hasTitle |= Lexicon.TITLE_WORDS.contains(it.lower());
            words.add(0, it.text());
        }
        return hasTitle ? String.join(" ", words) : null;
    }

    /** "X, (the former) head of Tongyi's speech lab, ...": the part of the apposition that holds a title. */
    private static String appositiveTitle(TaggedSentence s, int person) {
        int i = person + 1;
        if (i >= s.size() || !s.get(i).isComma()) {
            return null;
        }
        int start = -1;
        StringBuilder role = new StringBuilder();
        for (int j = i + 1; j < s.size() && j - i <= 14; j++) {
            Item it = s.get(j);
            if (it.isComma() || it.isWord(";", "who", "which", "and") && start >= 0) {
                break;
            }
            if (start < 0 && it.type() == Type.WORD && Lexicon.TITLE_WORDS.contains(it.lower())
                    && MoveRules.isNounOrAdjective(it)) {
                start = j;
                // "finance director", "senior research scientist": the words that say what kind of title
                while (start - 1 > i && s.get(start - 1).type() == Type.WORD && MoveRules.isNounOrAdjective(s.get(start - 1))
                        && !s.get(start - 1).isWord("former")) {
                    start--;
                    role.insert(0, s.get(start).text() + (role.length() > 0 ? " " : ""));
                }
            }
            if (start >= 0) {
                if (role.length() > 0 && !it.text().startsWith("'")) {
                    role.append(' ');
                }
                role.append(it.text());
            }
        }
        return role.length() == 0 ? null : role.toString();
    }
}
