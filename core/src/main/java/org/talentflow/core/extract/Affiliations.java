package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.talentflow.core.extract.Item.Type;
import org.talentflow.core.extract.MoveRules.Affiliation;

/**
 * Who works (or worked) where, from the ways news introduces people: "Enfabrica CEO Rochan Sankar",
 * "X, head of A's lab", "X, an engineer at A", "A's chief scientist X". A join whose origin the sentence
 * does not name takes it from here.
 */
final class Affiliations {

    private Affiliations() {
    }

    static List<Affiliation> find(TaggedSentence s) {
        List<Affiliation> found = new ArrayList<>();
        for (int p = 0; p < s.size(); p++) {
            if (!s.get(p).is(Type.PERSON)) {
                continue;
            }
            Item person = s.get(p);
            Item org = orgTitleBefore(s, p);
            if (org == null) {
                org = appositiveOrg(s, p);
            }
            if (org != null) {
                found.add(new Affiliation(person.text(), person.begin(), org.org(), Roles.near(s, p)));
            }
        }
        return found;
    }

    /** ORG (title words) PERSON: the title words are required, "Meta hired X" is no affiliation. */
    private static Item orgTitleBefore(TaggedSentence s, int p) {
        boolean title = false;
        for (int i = p - 1; i >= 0 && p - i <= 5; i--) {
            Item it = s.get(i);
            if (it.is(Type.ORG)) {
                return title && !MoveRules.isMedia(it) ? it : null;
            }
            if (it.type() != Type.WORD) {
                return null;
            }
            if (Lexicon.TITLE_WORDS.contains(it.lower())) {
                title = true;
            } else if (!it.isWord("'s", "\u2019s", "former", "senior", "co", "-", "ex", "vice", "of", "top")) {
                return null;
            }
        }
        return null;
    }

    /** PERSON, (a|the|former) TITLE ... (of|at|for) ORG ... */
    private static Item appositiveOrg(TaggedSentence s, int p) {
        if (p + 1 >= s.size() || !s.get(p + 1).isComma()) {
            return null;
        }
        boolean title = false;
        for (int i = p + 2; i < s.size() && i - p <= 14; i++) {
            Item it = s.get(i);
            if (it.isComma() && i > p + 2 || it.is(Type.PERSON) || it.isWord("who", "which", ";")) {
                return null;
            }
            if (it.type() == Type.WORD && Lexicon.TITLE_WORDS.contains(it.lower())) {
                title = true;
            }
            if (it.is(Type.ORG) && title && !MoveRules.isMedia(it)) {
                return it;
            }
        }
        return null;
    }
}
