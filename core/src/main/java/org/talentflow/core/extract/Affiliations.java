package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.talentflow.core.domain.OrgRef;
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
            if (!s.get(p).is(Type.PERSON) && !s.get(p).isWord("he", "she")) {
                continue;
            }
            Item person = s.get(p);
            Item org = person.is(Type.PERSON) ? orgTitleBefore(s, p) : null;
            if (org == null && person.is(Type.PERSON)) {
                org = appositiveOrg(s, p);
            }
            if (org != null) {
                found.add(new Affiliation(person.text(), person.begin(), org.org(), Roles.near(s, p), false));
            } else if ((org = pastPost(s, p)) != null) {
                found.add(new Affiliation(person.text(), person.begin(), org.org(), Roles.near(s, p), true));
            }
        }
        return found;
    }

    /** ORG (title words) PERSON: the title words are required, "Meta hired X" is no affiliation. */
    private static Item orgTitleBefore(TaggedSentence s, int p) {
        OrgRef org = MoveRules.premodifierOrg(s, p);
        if (org == null) {
            return null;
        }
        for (int i = p - 1; i >= 0 && p - i <= 8; i--) {
            if (s.get(i).is(Type.ORG)) {
                return hasTitleBetween(s, i, p) ? s.get(i) : null;
            }
        }
        return null;
    }

    private static boolean hasTitleBetween(TaggedSentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.get(i).type() == Type.WORD && Lexicon.TITLE_WORDS.contains(s.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * PERSON, (a|the|former) TITLE ... (of|at|for) ORG ...; and "Acme said X, its former head of research, ...": the
     * organization the possessive points back to.
     */
    private static Item appositiveOrg(TaggedSentence s, int p) {
        if (p + 1 >= s.size() || !s.get(p + 1).isComma()) {
            return null;
        }
        boolean title = false;
        boolean its = false;
        for (int i = p + 2; i < s.size() && i - p <= 14; i++) {
            Item it = s.get(i);
            boolean possessor = it.is(Type.PERSON) && i + 1 < s.size() && s.get(i + 1).isWord("'s", "\u2019s");
            if (it.isComma() && i > p + 2 || it.is(Type.PERSON) && !possessor || it.isWord("who", "which", ";")) {
                break; // "X, co-founder of Elon Musk's xAI": a name that owns the organization does not end it
            }
            its |= i <= p + 3 && it.isWord("its");
            if (it.type() == Type.WORD && Lexicon.TITLE_WORDS.contains(it.lower()) && MoveRules.isNounOrAdjective(it)) {
                title = true;
            }
            if (it.is(Type.ORG) && title && !MoveRules.isMedia(it)) {
                return it;
            }
        }
        return its && title ? organizationBefore(s, p) : null;
    }

    private static final java.util.Set<String> POST_VERBS = java.util.Set.of("work", "spend", "serve", "lead", "head", "run");

    /**
     * The person as subject of a past post: "X previously worked at A", "She spent six years at A", "He had led A's lab",
     * "X was formerly a researcher at A", "X is a former A engineer", "X comes from A".
     */
    private static Item pastPost(TaggedSentence s, int p) {
        boolean past = false;
        boolean formerly = false;
        int start = p + 1;
        if (start + 2 < s.size() && s.get(start).isComma() && "CD".equals(s.get(start + 1).pos()) && s.get(start + 2).isComma()) {
            start += 3; // "Zhou, 31, had spent four years at A": an age between name and verb
        }
        for (int i = start; i < s.size() && i - p <= 13; i++) {
            Item it = s.get(i);
            if (it.isWord("previously", "formerly", "former", "once", "earlier")) {
                formerly = true;
            } else if (it.isWord("have") || it.isWord("be") && "VBN".equals(it.pos())) {
                past |= it.text().equalsIgnoreCase("had"); // "had spent", "had been": a post before the news
            } else if (it.isWord("come", "comes", "came") && i + 2 < s.size() && s.get(i + 1).isWord("from")
                    && s.get(i + 2).is(Type.ORG) && !MoveRules.isMedia(s.get(i + 2))) {
                return s.get(i + 2); // "Ibsen comes from Supercell, where she was a producer"
            } else if (it.type() == Type.WORD && POST_VERBS.contains(it.lower()) && it.pos() != null
                    && it.pos().matches("VB[DN]")) {
                int org = MoveRules.orgAfter(s, i, 6);
                return org >= 0 && (past || formerly || "VBD".equals(it.pos())) ? s.get(org) : null;
            } else if (it.isWord("be") && it.pos() != null && it.pos().matches("VB[DZ]")) {
                past |= "VBD".equals(it.pos());
                int org = orgOfPost(s, i);
                return org >= 0 && (past || formerly || s.get(org - 1).isWord("former")) ? s.get(org) : null;
            } else if (!(it.pos() != null && it.pos().startsWith("RB"))) {
                return null;
            }
        }
        return null;
    }

    /** After "was": "(a former) researcher at A", "head of A's lab", "a former A engineer" — the organization, or -1. */
    private static int orgOfPost(TaggedSentence s, int be) {
        boolean title = false;
        for (int i = be + 1; i < s.size() && i - be <= 8; i++) {
            Item it = s.get(i);
            if (it.is(Type.ORG)) {
                return !MoveRules.isMedia(it) && (title || s.get(i - 1).isWord("former")) ? i : -1;
            }
            if (it.type() != Type.WORD || it.isWord(",", ";", "who", "which", "and")
                    || it.pos() != null && it.pos().startsWith("VB")) {
                return -1;
            }
            title |= Lexicon.TITLE_WORDS.contains(it.lower());
        }
        return -1;
    }

    /** The nearest organization before index p that is not a news outlet. */
    private static Item organizationBefore(TaggedSentence s, int p) {
        for (int i = p - 1; i >= 0; i--) {
            if (s.get(i).is(Type.ORG) && !MoveRules.isMedia(s.get(i))) {
                return s.get(i);
            }
        }
        return null;
    }
}
