package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
                items.set(i, person(it.text(), it.pos(), it.begin(), it.end()));
                changed = true;
            }
        }
        return changed ? new TaggedSentence(s.sentence(), items) : s;
    }

    /** Lower-case words that may stand inside a person's name ("Ursula von der Leyen", "Vincent van Gogh"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "de", "da", "di", "du", "la", "le", "bin",
            "al", "ibn", "del", "dos", "das");

    /** "its Ernie chatbot": a "person" the tagger ran on into a lower-case common noun is no person. */
    static TaggedSentence withoutCommonNounPeople(TaggedSentence s) {
        List<Item> items = new ArrayList<>(s.items());
        boolean changed = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (!it.is(Item.Type.PERSON)) {
                continue;
            }
            String[] words = it.text().split(" ");
            String last = words[words.length - 1];
            if (words.length > 1 && Character.isLowerCase(last.charAt(0)) && !NAME_PARTICLES.contains(last)) {
                items.set(i, new Item(Item.Type.WORD, it.text(), it.text().toLowerCase(Locale.ROOT), "NN", it.begin(), it.end(),
                        null, null));
                changed = true;
            }
        }
        return changed ? new TaggedSentence(s.sentence(), items) : s;
    }

    /**
     * "Paulo Costa and Florence Adeyemi", "Helen Park will become ... Park was": two or three capitalized words the
     * tagger left untyped (it took "Costa" or "Park" for a place) are a person when joined by "and" to a person, or
     * when the story uses the last word alone as a name (not after "in", "the" and the like, as places go).
     */
    static TaggedSentence withUntypedNames(TaggedSentence s, String documentText) {
        List<Item> items = new ArrayList<>(s.items());
        boolean changed = false;
        for (int i = 0; i < items.size(); i++) {
            int j = i;
            while (j < items.size() && j - i < 3 && isCapitalizedProperWord(items.get(j))) {
                j++;
            }
            int length = j - i;
            // only across "and": after a comma the words may be a title or a place ("Ann Lee, Chief Executive")
            boolean personAfter = j + 1 < items.size() && items.get(j).isWord("and") && items.get(j + 1).is(Item.Type.PERSON);
            boolean personBefore = i >= 2 && items.get(i - 1).isWord("and") && items.get(i - 2).is(Item.Type.PERSON);
            boolean runEnds = j >= items.size() || !isCapitalizedProperWord(items.get(j));
            boolean surnameUsed = length >= 2 && runEnds && (i == 0 || !PLACE_WORDS.contains(items.get(i - 1).lower()))
                    && usedAlone(documentText, items.get(j - 1).text());
            if (length >= 2 && runEnds && (personAfter || personBefore || surnameUsed)) {
                StringBuilder name = new StringBuilder();
                for (int k = i; k < j; k++) {
                    name.append(k > i ? " " : "").append(items.get(k).text());
                }
                Item last = items.get(j - 1);
                Item merged = person(name.toString(), last.pos(), items.get(i).begin(), last.end());
                items.subList(i, j).clear();
                items.add(i, merged);
                changed = true;
            }
            i += Math.max(0, length - 1);
        }
        return changed ? new TaggedSentence(s.sentence(), items) : s;
    }

    /**
     * "Dev Rao and Georgia Banks have launched ... Banks, who ...": a name the tagger took for an organization (a
     * first name that is also a place) is a person when the document uses its last word alone, as stories use a
     * surname, and no known organization is called so.
     */
    static TaggedSentence withSurnamedOrgsAsPeople(TaggedSentence s, String documentText, Predicate<String> knownOrg) {
        List<Item> items = new ArrayList<>(s.items());
        boolean changed = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (!it.is(Item.Type.ORG) || knownOrg.test(it.text())) {
                continue;
            }
            String[] words = it.text().split(" ");
            boolean nameShaped = words.length >= 2 && words.length <= 3 && Arrays.stream(words).allMatch(DocumentPeople::isCapitalized);
            if (nameShaped && usedAlone(documentText, words[words.length - 1])) {
                items.set(i, person(it.text(), it.pos(), it.begin(), it.end()));
                changed = true;
            }
        }
        return changed ? new TaggedSentence(s.sentence(), items) : s;
    }

    /** Nouns an appositive uses for a company: "Curalink, a digital health startup, ...". */
    private static final Set<String> COMPANY_NOUNS = Set.of("startup", "start-up", "company", "firm", "maker", "developer",
            "provider", "unicorn", "lab", "platform");

    /** Whether the name at i is set off by an appositive that calls it a company: "X, a digital health startup,". */
    private static boolean describedAsCompany(List<Item> items, int i) {
        if (i + 2 >= items.size() || !items.get(i + 1).isComma() || !items.get(i + 2).isWord("a", "an", "the")) {
            return false;
        }
        for (int j = i + 3; j < items.size() && j <= i + 7; j++) {
            if (COMPANY_NOUNS.contains(items.get(j).lower())) {
                return true;
            }
            if (items.get(j).isComma() || items.get(j).type() != Item.Type.WORD) {
                return false;
            }
        }
        return false;
    }

    /** Words before a name that make it a place rather than a person. */
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "the", "from", "to", "of", "near", "a", "an");
    private static final Pattern PLACE_WORD_BEFORE = Pattern.compile("(?i)\\b(?:in|at|the|from|to|of|near|a|an)\\s+$");
    private static final Pattern CAPITALIZED_WORD_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\s+$"); // not across a sentence's end
    private static final Pattern CAPITALIZED_WORD_AFTER = Pattern.compile("^\\s+\\p{Lu}");

    /** Whether the word stands somewhere as a name alone: no capitalized word beside it, no "in" or "the" before it. */
    static boolean usedAlone(String text, String word) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        while (m.find()) {
            Matcher before = CAPITALIZED_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            Matcher after = CAPITALIZED_WORD_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3)));
            boolean place = PLACE_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find();
            if (!before.find() && !after.find() && !place) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalizedProperWord(Item it) {
        return it.type() == Item.Type.WORD && "NNP".equals(it.pos()) && !Lexicon.TITLE_WORDS.contains(it.lower())
                && isCapitalized(it.text());
    }

    /** "Reyes", not "REYES", "reyes" or "McDonald": a capital, then lower case only. */
    private static boolean isCapitalized(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().skip(1).allMatch(Character::isLowerCase);
    }

    private static Item person(String name, String pos, int begin, int end) {
        return new Item(Item.Type.PERSON, name, name.toLowerCase(Locale.ROOT), pos, begin, end, null, null);
    }

    /**
     * "has joined Hooli as chief financial officer", "co-founded Ledgerline, a startup", "to rival Lyft": one capitalized
     * word the tagger called a person, in the object slot of joining, leaving or founding or after "rival", and no part
     * of anyone's name in the document, is the organization; so is one an appositive calls a company ("Curalink, a
     * digital health startup, has appointed ...").
     */
    TaggedSentence withLoneNamesAsEmployers(TaggedSentence s, java.util.function.Function<String, org.talentflow.core.domain.OrgRef> resolve) {
        List<Item> items = new ArrayList<>(s.items());
        boolean changed = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Item before = i > 0 ? items.get(i - 1) : null;
            boolean slot = before != null && (before.isWord("join", "rejoin", "leave", "quit", "found", "co-found", "cofound",
                    "launch") && before.pos() != null && before.pos().startsWith("VB")
                    || before.isWord("rival", "rivals", "competitor")); // "lost X to rival Lyft"
            boolean next = i + 1 >= items.size() || items.get(i + 1).isWord("as", "in", "on", "from", "for", "after", ".", ",")
                    || items.get(i + 1).isComma();
            boolean name = it.is(Item.Type.PERSON) || it.type() == Item.Type.WORD && "NNP".equals(it.pos());
            if ((slot && next && it.is(Item.Type.PERSON) || name && describedAsCompany(items, i)) && !it.text().contains(" ")
                    && !isPartOfKnownName(it.text())) {
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
