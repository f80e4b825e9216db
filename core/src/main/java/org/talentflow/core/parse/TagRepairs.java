package org.talentflow.core.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;

import org.talentflow.core.lexicon.Lexicon;

/**
 * Part-of-speech tags the fast tagger gets wrong on move verbs, put right before the parse (the parser trusts the
 * tags): "to found his own venture" (found is not the past of find), "have both joined B" (not an adjective), "who
 * until recently managed A". Only forms of the lexicon's verbs are touched.
 */
final class TagRepairs {

    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "having", "be", "been", "being", "is",
            "are", "was", "were", "will", "would", "'ll", "'ve", "'s", "'d");
    private static final Set<String> CONTRACTED_IS = Set.of("'s", "\u2019s");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "that", "there", "here", "who", "what");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /** Words that may stand between an auxiliary and its verb: "have both joined", "has since left". */
    private static final Set<String> BETWEEN = Set.of("both", "all", "also", "since", "recently", "just", "already",
            "officially", "formally", "now", "reportedly", "until", "briefly", "later", "then", "quietly", "each", "not",
            "never", "n't", "previously", "formerly", "once", "abruptly", "suddenly");

    private TagRepairs() {
    }

    static void apply(List<CoreLabel> labels, Lexicon lexicon) {
        String[] before = new String[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            before[i] = labels.get(i).tag();
        }
        retag(labels, lexicon);
        // A new tag makes a new lemma: "found" as a verb of founding is not the past of "find".
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if ((t.tag().equals("VB") || t.tag().equals("VBP")) && lexicon.isVerbLemma(w)) {
                t.setLemma(w); // English morphology reads "found" as the past of "find" whatever the tag
            } else if (t.tag().equals("VBZ") && CONTRACTED_IS.contains(w)) {
                boolean perfect = i + 1 < labels.size() && labels.get(i + 1).tag().equals("VBN");
                t.setLemma(perfect ? "have" : "be"); // "she's joined", "he's now head of research"
            } else if (!t.tag().equals(before[i])) {
                t.setLemma(MORPHOLOGY.get().lemma(t.word(), t.tag()));
            }
        }
        hyphenatedNouns(labels, lexicon);
        verbsAfterPrepositions(labels);
        participlesInTitles(labels, lexicon);
        hyphenatedModifiers(labels);
        hyphenatedGivenNames(labels);
        ageAsNoun(labels);
        nameWordsLeftOut(labels, lexicon);
        namesOpenedByAnOrganizationWord(labels, lexicon);
        capitalizedNumbers(labels);
        objectHer(labels);
        titlesBeforeNames(labels, lexicon);
        verbsAfterTo(labels, lexicon);
    }

    /**
     * "tapped X to chair the Financial Conduct Commission": a word of the lexicon's verbs after "to" and before a
     * determiner or a name is a verb (the tagger read a noun, "chair", and the parse lost the clause).
     */
    private static void verbsAfterTo(List<CoreLabel> labels, Lexicon lexicon) {
        for (int i = 1; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            String next = labels.get(i + 1).tag();
            if (labels.get(i - 1).word().equalsIgnoreCase("to") && (t.tag().equals("NN") || t.tag().equals("NNP"))
                    && Character.isLowerCase(t.word().codePointAt(0)) && lexicon.isVerbLemma(w)
                    && (next.equals("DT") || next.equals("PRP$") || next.startsWith("NNP"))) {
                t.setTag("VB");
                t.setLemma(w);
                labels.get(i - 1).setTag("TO");
            }
        }
    }

    /**
     * "Chief Financial Officer Brian Tolliver": capitalized title words right before a person's name are the title's
     * words, with the lemmas the patterns know ("officer"), not names.
     */
    private static void titlesBeforeNames(List<CoreLabel> labels, Lexicon lexicon) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            if (!"PERSON".equals(labels.get(i + 1).ner()) || "PERSON".equals(labels.get(i).ner())) {
                continue;
            }
            if (!lexicon.isTitleWord(labels.get(i).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int k = i; k >= 0 && labels.get(k).tag().startsWith("NNP"); k--) {
                String w = labels.get(k).word().toLowerCase(Locale.ROOT);
                if (lexicon.isTitleWord(w) || lexicon.isFunctionWord(w)) {
                    labels.get(k).setLemma(w); // ("Chief Operating Officer": the words the lexicon knows)
                }
            }
        }
    }

    /**
     * "luring her from the Northern Ledger", "hired her in May": "her" before a preposition, a punctuation mark or an
     * adverb owns nothing; it is the object (the tagger read a possessive).
     */
    private static void objectHer(List<CoreLabel> labels) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            String next = labels.get(i + 1).tag();
            if (t.word().equalsIgnoreCase("her") && t.tag().equals("PRP$")
                    && (next.equals("IN") || next.equals("TO") || next.startsWith("RB") || next.equals(",") || next.equals("."))) {
                t.setTag("PRP");
                t.setLemma("she");
            }
        }
    }

    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "dozens", "hundreds");

    /**
     * "Eleven engineers from Palisade ... joined Corvid": a number written out at the head of a sentence is capitalized
     * for that, and counts the plural noun after it; it names nothing (the tagger read a proper noun).
     */
    private static void capitalizedNumbers(List<CoreLabel> labels) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.tag().startsWith("NNP") && NUMBER_WORDS.contains(w) && labels.get(i + 1).tag().equals("NNS")) {
                t.setTag("CD");
                t.setLemma(w);
                t.setNER("O");
            }
        }
    }

    /**
     * "arrives from CD Vilarinho", "FC Porto": a word that opens the names of clubs and companies, before a capitalized
     * word, opens an organization's name, whatever the tagger read (a person, "Vilarinho").
     */
    private static void namesOpenedByAnOrganizationWord(List<CoreLabel> labels, Lexicon lexicon) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            if (!lexicon.isOrgNamePrefix(labels.get(i).word())) {
                continue;
            }
            int last = i;
            while (last + 1 < labels.size() && Character.isUpperCase(labels.get(last + 1).word().codePointAt(0))
                    && labels.get(last + 1).tag().startsWith("NNP")) {
                last++;
            }
            for (int k = i; k <= last && last > i; k++) {
                labels.get(k).setNER("ORGANIZATION");
                labels.get(k).setTag("NNP");
            }
            i = last;
        }
    }

    /**
     * "has joined Halvorsen Re as", "Dunmore Mutual said": a capitalized word of organization names right after a name
     * the entity tagger read ends that name, which is then an organization's (the tagger read "Re" as a preposition and
     * "Halvorsen" as a person). A name and word written all in capitals (a heading) are left alone.
     */
    private static void nameWordsLeftOut(List<CoreLabel> labels, Lexicon lexicon) {
        for (int i = 1; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            String ner = labels.get(i - 1).ner();
            boolean named = "PERSON".equals(ner) || "ORGANIZATION".equals(ner);
            String before = labels.get(i - 1).word();
            boolean heading = t.word().equals(t.word().toUpperCase(Locale.ROOT))
                    && before.length() > 1 && before.equals(before.toUpperCase(Locale.ROOT));
            if (!named || t.ner() != null && !"O".equals(t.ner()) || !Character.isUpperCase(t.word().codePointAt(0)) || heading
                    || !lexicon.isOrgNameWord(t.word()) || !Character.isUpperCase(labels.get(i - 1).word().codePointAt(0))) {
                continue;
            }
            int first = i - 1;
            while (first > 0 && ner.equals(labels.get(first - 1).ner())) {
                first--;
            }
            for (int k = first; k <= i; k++) {
                labels.get(k).setNER("ORGANIZATION");
            }
            t.setTag("NNP");
            t.setLemma(t.word());
        }
    }

    /** Prepositions after which a base-form verb cannot stand ("at drone maker DJI": "drone" names a kind of maker). */
    private static final Set<String> PREPOSITIONS = Set.of("at", "from", "for", "with", "of", "by", "in", "on");

    /** "who led a team at drone maker DJI": a bare verb between a preposition and a noun is the noun's modifier. */
    private static void verbsAfterPrepositions(List<CoreLabel> labels) {
        for (int i = 1; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            if (t.tag().equals("VB") && labels.get(i - 1).tag().equals("IN")
                    && PREPOSITIONS.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && labels.get(i + 1).tag().startsWith("NN")) {
                t.setTag("NN");
                t.setLemma(t.word().toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * "has served since 2019 as Managing Director", "named Acting Chief Executive": a capitalized participle before a
     * capitalized title word is part of the title, not a verb.
     */
    private static void participlesInTitles(List<CoreLabel> labels, Lexicon lexicon) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            CoreLabel next = labels.get(i + 1);
            if (t.tag().equals("VBG") && Character.isUpperCase(t.word().charAt(0))
                    && Character.isUpperCase(next.word().charAt(0))
                    && lexicon.isTitleWord(next.word().toLowerCase(Locale.ROOT))) {
                t.setTag("NNP");
                t.setLemma(t.word());
            }
        }
    }

    /** "The 38-year-old is set to join Meta": an age after "the" is a noun (the person), not an adjective. */
    private static void ageAsNoun(List<CoreLabel> labels) {
        for (int i = 5; i < labels.size(); i++) {
            if (isAge(labels, i) && labels.get(i - 5).word().equalsIgnoreCase("the")) {
                labels.get(i).setTag("NN");
                labels.get(i).setLemma("old");
            }
        }
    }

    /** Whether token i ends "38-year-old" as the tokenizer splits it (38, -, year, -, old). */
    static boolean isAge(List<CoreLabel> labels, int i) {
        return i >= 4 && labels.get(i).word().equals("old") && labels.get(i - 1).word().equals("-")
                && labels.get(i - 2).word().equals("year") && labels.get(i - 3).word().equals("-")
                && labels.get(i - 4).word().matches("\\d{2}");
    }

    /** A capitalized hyphenated word: "Jae-won", "Min-jun", "Jean-Luc". */
    private static final java.util.regex.Pattern HYPHENATED_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{L}\\p{Ll}+");
    private static final Set<String> QUOTES = Set.of("``", "''", "\"", "“", "”", "-LRB-", "-RRB-", "(", ")");

    /**
     * 'Jae-won "JW" Park', "Min-jun Park": the entity tagger leaves a hyphenated given name out of the name (and may
     * take a nickname in quotes after it for an organization); before a person's name, it is part of it, and the
     * nickname is no organization.
     */
    private static void hyphenatedGivenNames(List<CoreLabel> labels) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            if (t.ner() == null || "PERSON".equals(t.ner())) {
                continue;
            }
            // One token ("Jae-won") or three the tokenizer split at the hyphen ("Jae", "-", "won").
            int last = HYPHENATED_NAME.matcher(t.word()).matches() ? i
                    : i + 2 < labels.size() && t.word().matches("\\p{Lu}\\p{Ll}+") && labels.get(i + 1).word().equals("-")
                    && labels.get(i + 2).word().matches("\\p{L}\\p{Ll}+") && t.endPosition() == labels.get(i + 1).beginPosition()
                    && labels.get(i + 1).endPosition() == labels.get(i + 2).beginPosition() ? i + 2 : -1;
            if (last < 0 || last + 1 >= labels.size()) {
                continue;
            }
            boolean nickname = last + 4 < labels.size() && QUOTES.contains(labels.get(last + 1).word())
                    && QUOTES.contains(labels.get(last + 3).word()) && "PERSON".equals(labels.get(last + 4).ner());
            if ("PERSON".equals(labels.get(last + 1).ner()) || nickname) {
                for (int k = i; k <= last; k++) {
                    labels.get(k).setNER("PERSON");
                    labels.get(k).setTag("NNP");
                }
                if (nickname && !"PERSON".equals(labels.get(last + 2).ner())) {
                    labels.get(last + 2).setNER("O");
                }
                i = last;
            }
        }
    }

    /**
     * "AI start-up Hugging Face": the tokenizer splits a hyphenated word, and the tagger reads "start" as a verb and "up"
     * as a particle, so the parser hangs the name on "AI". A word of the lexicon's organization nouns written with
     * hyphens is one noun: its parts are tagged as nouns, and its last part, the head, takes the whole word as its lemma
     * so that every stage that asks the lexicon about a lemma finds it.
     */
    private static void hyphenatedNouns(List<CoreLabel> labels, Lexicon lexicon) {
        for (int i = 2; i < labels.size(); i++) {
            int first = i;
            while (first >= 2 && labels.get(first - 1).word().equals("-") && touching(labels.get(first - 2), labels.get(first - 1))
                    && touching(labels.get(first - 1), labels.get(first))) {
                first -= 2;
            }
            if (first == i) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            for (int k = first; k <= i; k++) {
                word.append(labels.get(k).word());
            }
            String noun = word.toString().toLowerCase(Locale.ROOT);
            if (lexicon.isOrgNoun(noun)) {
                for (int k = first; k <= i; k += 2) {
                    labels.get(k).setTag("NN");
                    labels.get(k).setLemma(labels.get(k).word().toLowerCase(Locale.ROOT));
                }
                labels.get(i).setLemma(noun);
            }
        }
    }

    /**
     * "the Swedish buy-now-pay-later company": the tokenizer splits a word of three parts or more at its hyphens and the
     * tagger reads verbs in it, on which the parser then hangs the sentence; before a noun, the parts are one modifier.
     */
    private static void hyphenatedModifiers(List<CoreLabel> labels) {
        int i = 0;
        while (i < labels.size()) {
            int last = i;
            while (last + 2 < labels.size() && labels.get(last + 1).word().equals("-") && touching(labels.get(last), labels.get(last + 1))
                    && touching(labels.get(last + 1), labels.get(last + 2))) {
                last += 2;
            }
            boolean beforeNoun = last + 1 < labels.size() && labels.get(last + 1).tag().startsWith("NN")
                    && !touching(labels.get(last), labels.get(last + 1));
            if (last - i >= 4 && beforeNoun) {
                for (int k = i; k <= last; k += 2) {
                    labels.get(k).setTag("JJ");
                    labels.get(k).setLemma(labels.get(k).word().toLowerCase(Locale.ROOT));
                }
            }
            i = last + 1;
        }
    }

    private static boolean touching(CoreLabel a, CoreLabel b) {
        return a.endPosition() == b.beginPosition();
    }

    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

    /** "MemryX", "JingChi", "iRobot": a capital after a small letter inside a word marks a name, whatever the tagger guessed. */
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\d]*|\\p{Ll}\\p{Lu}\\p{Ll}+[\\p{L}\\d]*");

    private static void retag(List<CoreLabel> labels, Lexicon lexicon) {
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            if (t.tag().equals("POS") && CONTRACTED_IS.contains(t.word()) && i > 0
                    && SUBJECT_PRONOUNS.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                t.setTag("VBZ"); // "He's now head of research at C": a pronoun owns nothing with 's, it is "is" or "has"
                continue;
            }
            if ((t.tag().equals("NN") || t.tag().startsWith("JJ")) && CAMEL.matcher(t.word()).matches()) {
                t.setTag("NNP");
                continue;
            }
            if (t.tag().equals("NNS") && i > 0 && Character.isUpperCase(t.word().codePointAt(0))
                    && t.word().substring(1).chars().allMatch(Character::isLowerCase)
                    && Character.isLowerCase(labels.get(i - 1).word().codePointAt(0))) {
                t.setTag("NNP"); // "a tax team from Dentons": a capital inside a sentence, after a small word, is a name's
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!lexicon.isVerbForm(w) || !Character.isLowerCase(t.word().codePointAt(0))) {
                continue;
            }
            String previous = i > 0 ? labels.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
            String previousTag = i > 0 ? labels.get(i - 1).tag() : "";
            if ((previousTag.equals("POS") || previousTag.equals("PRP$") || previousTag.equals("DT")) && t.tag().startsWith("VB")
                    && !t.tag().equals("VBN") && !t.tag().equals("VBG")) {
                t.setTag(w.endsWith("s") ? "NNS" : "NN"); // "Initech's head of research", "the lead engineer"
                continue;
            }
            if (previous.equals("to") && lexicon.isVerbLemma(w)) {
                labels.get(i - 1).setTag("TO");
                t.setTag("VB");
                continue;
            }
            if (t.tag().equals("NN") && lexicon.isVerbLemma(w) && afterAName(labels, i) && i + 1 < labels.size()
                    && Set.of("DT", "PRP$").contains(labels.get(i + 1).tag())) {
                t.setTag("VB"); // "saw its sales chief, Troy Jones, exit the company": a name, a verb, its object
                continue;
            }
            if (t.tag().startsWith("JJ") && (previousTag.equals("CD") && i >= 2
                    && Set.of("all", "the").contains(labels.get(i - 2).word().toLowerCase(Locale.ROOT))
                    || i == 1 && previous.equals("both"))) {
                t.setTag("VBD"); // "All three left A", "Both left A": people counted, then their verb (not "left-hand")
                continue;
            }
            if ((t.tag().startsWith("JJ") || t.tag().equals("NN")) && i >= 2 && Set.of("both", "all", "each").contains(previous)
                    && Set.of("NNP", "NNPS", "NNS", "PRP", "WP").contains(labels.get(i - 2).tag())) {
                t.setTag("VBD"); // "Whitcombe and Menon both left OpenAI", "who both worked at": the people, then their verb
                continue;
            }
            if (t.tag().equals("NNS") && closesAnApposition(labels, i) && i + 1 < labels.size()
                    && Set.of("IN", "TO", "DT", "NNP", "PRP$").contains(labels.get(i + 1).tag())) {
                t.setTag("VBZ"); // "Arjun Pillai - most recently a manager at AWS - lands at Quillfeather": the name's verb
                continue;
            }
            if (t.tag().startsWith("VB") && !t.tag().equals("VBN")) {
                continue;
            }
            int at = indexBefore(labels, i);
            String before = at < 0 ? "" : labels.get(at).word().toLowerCase(Locale.ROOT);
            boolean auxiliary = AUXILIARIES.contains(before) && (labels.get(at).tag().startsWith("VB") || labels.get(at).tag().equals("MD"));
            if (auxiliary && !t.tag().startsWith("VB")) {
                t.setTag(w.endsWith("ing") ? "VBG" : w.equals(lexiconBase(w, lexicon)) ? "VB" : "VBN");
            } else if (RELATIVES.contains(before) && (t.tag().equals("VBN") || t.tag().startsWith("JJ")) && !w.endsWith("ing")) {
                t.setTag("VBD");
            }
        }
    }

    private static final Set<String> APPOSITION_MARKS = Set.of(",", "-", "--", "\u2013", "\u2014");

    /**
     * Whether the token right before i closes an apposition that a name opened: "Ann Lee, head of sales at Initech,
     * moves ...", "Ann Lee - formerly of Initech - lands ...". The same mark right after a proper noun earlier, and no
     * verb in between.
     */
    private static boolean closesAnApposition(List<CoreLabel> labels, int i) {
        if (i < 4 || !APPOSITION_MARKS.contains(labels.get(i - 1).word())) {
            return false;
        }
        String mark = labels.get(i - 1).word();
        for (int j = i - 3; j >= 1; j--) {
            CoreLabel t = labels.get(j);
            if (t.tag().startsWith("VB") && !t.tag().equals("VBN") && !t.tag().equals("VBG")) {
                return false;
            }
            if (t.word().equals(mark)) {
                return labels.get(j - 1).tag().startsWith("NNP") && (j < 2 || !labels.get(j - 2).tag().startsWith("VB"));
            }
        }
        return false;
    }

    /** Whether a proper noun (or a proper noun and the comma closing its apposition) stands right before a token. */
    private static boolean afterAName(List<CoreLabel> labels, int i) {
        int j = i > 0 && labels.get(i - 1).word().equals(",") ? i - 2 : i - 1;
        return j >= 0 && labels.get(j).tag().equals("NNP");
    }

    private static String lexiconBase(String w, Lexicon lexicon) {
        return lexicon.isVerbLemma(w) ? w : "";
    }

    /** The token before, skipping the adverbs that stand between an auxiliary or a pronoun and its verb; -1 if none. */
    private static int indexBefore(List<CoreLabel> labels, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            String w = labels.get(j).word().toLowerCase(Locale.ROOT);
            if (!BETWEEN.contains(w) && !labels.get(j).tag().equals("RB")) {
                return j;
            }
        }
        return -1;
    }
}
