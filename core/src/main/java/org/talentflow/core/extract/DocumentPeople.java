package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people a document names, for resolving "Yan" and "he" to "Yan Zhijie". A bare surname or a shorter
 * form means the full name that contains it, the nearest one before it (or, failing that, after); a
 * pronoun means the nearest person before it.
 */
final class DocumentPeople {

    private record Mention(String name, int position) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");

    private final List<Mention> mentions = new ArrayList<>();

    void add(String name, int position) {
        mentions.add(new Mention(name, position));
    }

    /** Whether a word is one part of a longer name already met in the document ("Costa" after "Nadia Costa"). */
    boolean isPartOfKnownName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Mention m : mentions) {
            List<String> tokens = tokens(m.name());
            if (tokens.size() > 1 && tokens.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence with the lone surnames the statistical tagger missed made names again: "Costa previously worked
     * at Initech" after "Nadia Costa has joined Globex".
     */
    TaggedSentence withKnownNames(TaggedSentence s) {
        List<Item> items = new ArrayList<>(s.items());
        boolean changed = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean proper = it.type() == Item.Type.WORD && it.pos() != null && it.pos().startsWith("NNP")
                    && !it.text().isEmpty() && Character.isUpperCase(it.text().charAt(0));
            boolean alone = (i == 0 || items.get(i - 1).type() != Item.Type.WORD || !"NNP".equals(items.get(i - 1).pos()))
                    && (i + 1 >= items.size() || items.get(i + 1).type() != Item.Type.WORD
                    || !"NNP".equals(items.get(i + 1).pos()));
            if (proper && alone && isPartOfKnownName(it.text())) {
                items.set(i, new Item(Item.Type.PERSON, it.text(), it.text().toLowerCase(Locale.ROOT), it.pos(),
                        it.begin(), it.end(), null, null));
                changed = true;
            }
        }
        return changed ? new TaggedSentence(s.sentence(), items) : s;
    }

    /**
     * "has joined Hooli as chief financial officer": one capitalized word the tagger called a person, in the object
     * slot of joining or leaving and no part of anyone's name in the document, is the organization.
     */
    TaggedSentence withLoneNamesAsEmployers(TaggedSentence s, java.util.function.Function<String, org.talentflow.core.domain.OrgRef> resolve) {
        List<Item> items = new ArrayList<>(s.items());
        boolean changed = false;
        for (int i = 1; i < items.size(); i++) {
            Item it = items.get(i);
            Item before = items.get(i - 1);
            boolean slot = before.isWord("join", "rejoin", "leave", "quit") && before.pos() != null && before.pos().startsWith("VB");
            boolean next = i + 1 >= items.size() || items.get(i + 1).isWord("as", "in", "on", "from", "for", "after", ".", ",")
                    || items.get(i + 1).isComma();
            if (slot && next && it.is(Item.Type.PERSON) && !it.text().contains(" ") && !isPartOfKnownName(it.text())) {
                items.set(i, new Item(Item.Type.ORG, it.text(), "org", it.pos(), it.begin(), it.end(), resolve.apply(it.text()), null));
                changed = true;
            }
        }
        return changed ? new TaggedSentence(s.sentence(), items) : s;
    }

    /** The full name meant by a mention at a position, or null when it cannot be told. */
    String resolve(String mention, int position) {
        if (PRONOUNS.contains(mention.toLowerCase(Locale.ROOT))) {
            Mention last = null;
            for (Mention m : mentions) {
                if (m.position() < position && (last == null || m.position() > last.position())) {
                    last = m;
                }
            }
            return last == null ? null : fullForm(last.name(), last.position());
        }
        return fullForm(mention, position);
    }

    private String fullForm(String mention, int position) {
        List<String> tokens = tokens(mention);
        Mention best = null;
        for (Mention m : mentions) {
            List<String> full = tokens(m.name());
            if (full.size() <= tokens.size() || !full.containsAll(tokens)) {
                continue;
            }
            if (best == null || closer(m, best, position)) {
                best = m;
            }
        }
        return best == null ? mention : best.name();
    }

    /** Before the mention beats after it; among those, the nearer wins. */
    private static boolean closer(Mention a, Mention b, int position) {
        boolean aBefore = a.position() <= position;
        boolean bBefore = b.position() <= position;
        if (aBefore != bBefore) {
            return aBefore;
        }
        return Math.abs(a.position() - position) < Math.abs(b.position() - position);
    }

    static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String t : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
