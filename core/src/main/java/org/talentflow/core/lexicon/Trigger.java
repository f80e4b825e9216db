package org.talentflow.core.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of the trigger lexicon: a word (or phrasal verb) that reports a move, with its frame.
 *
 * @param lemma     the head word ("step" of "step down")
 * @param particles the words of the phrase after the head ("down"), empty for a single word
 * @param frame     what the trigger says happened
 * @param pos       v for a verb, n for a noun ("departure"), x for another word ("now" in "X is now CTO at B")
 * @param forms     every surface form of the head: the lemma, its regular inflections and the irregular ones listed
 * @param needs     words one of which must follow the trigger within three words, or empty
 * @param when      "future" when the word reports a move only in a clause about what is to come ("will head", "to
 *                  lead"); "to-left" when what follows "to" is the organization left ("bid adieu to A"); "place" when
 *                  a place the tagger names after "to" is a place ("relocate to Gothenburg"); else ""
 */
public record Trigger(String lemma, List<String> particles, Frame frame, String pos, Set<String> forms,
                      Set<String> needs, String when) {

    public boolean future() {
        return "future".equals(when);
    }

    /** "promoted to CTO": a new post where the person already works. */
    public boolean internal() {
        return "internal".equals(when);
    }

    /** "has been with B since 2021": a post held, for the affiliation patterns only. */
    public boolean tieOnly() {
        return "tie".equals(when);
    }

    /** "bid adieu to A": the organization after "to" is the one left. */
    public boolean toIsLeft() {
        return "to-left".equals(when);
    }

    /** "relocate to Gothenburg": a place the tagger names after the word is a place, never an employer. */
    public boolean toAPlace() {
        return "place".equals(when);
    }

    public Trigger {
        particles = List.copyOf(particles);
        forms = Set.copyOf(forms);
        needs = Set.copyOf(needs);
    }

    /** The phrase as the lexicon writes it: "step down". */
    public String phrase() {
        return particles.isEmpty() ? lemma : lemma + " " + String.join(" ", particles);
    }

    public boolean isNoun() {
        return "n".equals(pos);
    }

    public boolean isVerb() {
        return "v".equals(pos);
    }

    /** The lemma, its regular inflections (-s, -ed, -ing for verbs; -s for nouns) and the irregular ones given. */
    static Set<String> formsOf(String lemma, String pos, List<String> irregular) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        if ("n".equals(pos)) {
            forms.add(plural(lemma));
        } else if ("v".equals(pos)) {
            forms.add(plural(lemma));
            forms.add(past(lemma));
            forms.add(gerund(lemma));
        }
        forms.addAll(irregular);
        return forms;
    }

    private static String plural(String w) {
        if (w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z")) {
            return w + "es";
        }
        if (consonantY(w)) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    private static String past(String w) {
        if (w.endsWith("e")) {
            return w + "d";
        }
        if (consonantY(w)) {
            return w.substring(0, w.length() - 1) + "ied";
        }
        return w + "ed";
    }

    private static String gerund(String w) {
        if (w.endsWith("ie")) {
            return w.substring(0, w.length() - 2) + "ying";
        }
        if (w.endsWith("e") && !w.endsWith("ee") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        return w + "ing";
    }

    private static boolean consonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    }
}
