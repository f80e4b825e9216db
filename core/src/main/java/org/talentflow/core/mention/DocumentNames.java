package org.talentflow.core.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;

/**
 * One name, one kind of thing, in the whole article: the entity tagger reads "Lumen Forge" as an organization in
 * "chief executive of Lumen Forge" and as a person in "Lumen Forge's vice president"; where it read a name of two
 * words or more as an organization's anywhere, its person and place readings of that same name are wrong.
 */
public final class DocumentNames {

    private DocumentNames() {
    }

    /**
     * The names of two words or more the tagger read as organizations' in any of the sentences, and the short names
     * the article goes on with: the last word of each ("Sporting Braga" ... "who also leaves Braga"), the words before a
     * word of organization names ("Parallax Labs" ... "Parallax hired"); a one-word name read once as an organization's
     * is left to the tagger (it is as often a product's: "its revamped Siri"); a short name, or a name of two words, is
     * dropped where a person's longer name ends in it (then it is that person's surname: "Brekke Solheim"). A run read
     * as a person's or a place's that ends in a word of organization names ("Parallax Labs", "Castleford Town") is an
     * organization's name too (the caller drops the places its lexicon lists).
     */
    public static Set<String> organizations(Collection<ParsedSentence> sentences, Set<String> orgNameWords) {
        return organizations(sentences, orgNameWords, java.util.Map.of());
    }

    /**
     * As above, and a name of two words or more read as a person's that owns a head of something ("Ashgrove Whitley's
     * senior partner", "Harlan Pryce's chief executive") is an organization's: a person has a deputy or a chief of staff,
     * not a chief executive. So is a one-word name the tagger read as an organization's once and that owns any post
     * ("Soundhaven's top lawyer"), unless it is a word of a person's name in the article. {@code titles} are the title
     * words (lower case) with their seniority (titles.tsv): a head's is "c-level".
     */
    public static Set<String> organizations(Collection<ParsedSentence> sentences, Set<String> orgNameWords,
            java.util.Map<String, String> titles) {
        return organizations(sentences, orgNameWords, titles, Set.of());
    }

    /**
     * As above, and a name read as a person's that an organization noun describes in apposition ("Helix Autonomy, the
     * San Jose startup developing ...") is an organization's, and so is its first word, which the article goes on with
     * ("Helix said"). {@code orgNouns} are the nouns of organizations (org-nouns.tsv).
     */
    public static Set<String> organizations(Collection<ParsedSentence> sentences, Set<String> orgNameWords,
            java.util.Map<String, String> titles, Set<String> orgNouns) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> owningHeads = new LinkedHashSet<>();
        Set<String> oneWordOrganizations = new java.util.HashSet<>();
        Set<String> oneWordOwners = new LinkedHashSet<>();
        Set<String> shortNames = new LinkedHashSet<>();
        Set<String> surnames = new java.util.HashSet<>();
        Set<String> personNames = new java.util.HashSet<>();
        java.util.Map<String, Integer> asPerson = new java.util.HashMap<>();
        java.util.Map<String, Integer> asOrganization = new java.util.HashMap<>();
        for (ParsedSentence s : sentences) {
            for (int[] run : runs(s)) {
                String ner = s.token(run[0]).ner();
                boolean endsInOrgWord = run[1] > run[0]
                        && orgNameWords.contains(s.token(run[1]).word().toLowerCase(java.util.Locale.ROOT));
                (ner.equals("PERSON") && !endsInOrgWord ? asPerson : asOrganization).merge(s.text(run[0], run[1]), 1, Integer::sum);
                if ("LOCATION".equals(ner) && endsInOrgWord) {
                    names.add(s.text(run[0], run[1])); // "Castleford Town", "Harbourside Rovers": a club, not the town
                } else if ("ORGANIZATION".equals(ner) || "PERSON".equals(ner) && endsInOrgWord) {
                    if (run[1] > run[0]) {
                        names.add(s.text(run[0], run[1]));
                    }
                    if (run[1] > run[0] && s.token(run[1]).isProperNoun() && !endsInOrgWord) {
                        shortNames.add(s.token(run[1]).word());
                    }
                    int first = s.token(run[0]).word().equalsIgnoreCase("the") ? run[0] + 1 : run[0];
                    if (endsInOrgWord && s.token(run[1] - 1).isProperNoun() && first < run[1]) {
                        shortNames.add(s.text(first, run[1] - 1)); // "Carlyle" of "The Carlyle Group"
                        int end = run[1] - 1;
                        while (end > first + 1 && orgNameWords.contains(s.token(end).word().toLowerCase(java.util.Locale.ROOT))) {
                            end--;
                        }
                        if (end < run[1] - 1 && s.token(end).isProperNoun()) {
                            shortNames.add(s.text(first, end)); // "Riverside Mercy" of "Riverside Mercy Medical Center"
                        }
                    }
                } else if ("PERSON".equals(ner) && run[1] > run[0]) {
                    surnames.add(s.token(run[1]).word());
                    personNames.add(s.text(run[0], run[1]));
                    if (ownsATitle(s, run[1], titles, true) || ownsAUnit(s, run[1])) {
                        owningHeads.add(s.text(run[0], run[1]));
                    }
                    if (describedAsOrganization(s, run[1], orgNouns)) {
                        owningHeads.add(s.text(run[0], run[1]));
                        shortNames.add(s.token(run[0]).word());
                    }
                } else if ("PERSON".equals(ner) && ownsATitle(s, run[1], titles, false)) {
                    oneWordOwners.add(s.token(run[0]).word());
                }
                if ("ORGANIZATION".equals(ner) && run[1] == run[0]) {
                    oneWordOrganizations.add(s.token(run[0]).word());
                }
            }
        }
        shortNames.removeAll(surnames);
        // "Carol Surface" read once as an organization's (a headline) and twice as a person's is a person
        names.removeIf(n -> asPerson.getOrDefault(n, 0) > asOrganization.getOrDefault(n, 0));
        // "Norway's Brekke Solheim" (a headline) is the double surname of "Kari-Anne Brekke Solheim", read as a person
        names.removeIf(n -> !orgNameWords.contains(n.substring(n.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT))
                && personNames.stream().anyMatch(p -> p.endsWith(" " + n)));
        names.addAll(shortNames);
        names.addAll(owningHeads);
        for (String w : oneWordOwners) {
            if (oneWordOrganizations.contains(w) && personNames.stream().noneMatch(p -> List.of(p.split("[ -]")).contains(w))) {
                names.add(w);
            }
        }
        return names;
    }

    /**
     * Whether the text gives the word a company's full name ("Glasswing Bio", "Orrin Semiconductor"): it then stands for
     * that company ("Glasswing said"), not for a person.
     */
    public static boolean companyShortName(String text, String word, org.talentflow.core.lexicon.Lexicon lexicon) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(word)
                + "\\s+(\\p{Lu}[\\p{L}.]*)").matcher(text);
        while (m.find()) {
            String next = m.group(1).replaceAll("\\.$", "");
            if (lexicon.isOrgNameWord(next) && !lexicon.isTitleWord(next.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one-word names the tagger read as a person's alone whose full name the text gives as a company's (see
     * companyShortName): "Glasswing said" beside "Glasswing Bio".
     */
    public static Set<String> companyShortNames(Collection<ParsedSentence> sentences, String text,
            org.talentflow.core.lexicon.Lexicon lexicon) {
        Set<String> names = new LinkedHashSet<>();
        for (ParsedSentence s : sentences) {
            for (int[] run : runs(s)) {
                String word = s.token(run[0]).word();
                if (run[0] == run[1] && "PERSON".equals(s.token(run[0]).ner()) && !names.contains(word)
                        && companyShortName(text, word, lexicon)) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    /** Whether a noun of organizations stands in apposition to the name ending at {@code last}: "X, the startup". */
    private static boolean describedAsOrganization(ParsedSentence s, int last, Set<String> orgNouns) {
        for (int d : s.dependents(last, "appos")) {
            if (s.token(d).isNoun() && !s.token(d).isProperNoun()
                    && orgNouns.contains(s.token(d).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Units no person has: "Grayson Reed's restructuring and insolvency practice", "Harlan Pryce's consumer division"
     * (a practice with a field before it: a doctor has a practice of their own).
     */
    private static final Set<String> UNITS_OF_ORGANIZATIONS = Set.of("division", "department", "subsidiary", "workforce",
            "headquarters", "shareholder", "practice");

    /** Whether the name ending at {@code last} is followed by "'s", up to three modifiers and a unit no person has. */
    private static boolean ownsAUnit(ParsedSentence s, int last) {
        if (last + 2 > s.size() || !"POS".equals(s.token(last + 1).pos())) {
            return false;
        }
        for (int i = last + 2; i <= Math.min(s.size(), last + 6); i++) {
            Token t = s.token(i);
            if (t.isNoun() && !t.isProperNoun() && UNITS_OF_ORGANIZATIONS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return !t.lemma().equals("practice") || i > last + 2;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("CC") || t.pos().equals("HYPH"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the name ending at {@code last} is followed by "'s" and a title (a head's only) within a few words. */
    private static boolean ownsATitle(ParsedSentence s, int last, java.util.Map<String, String> titles, boolean headOnly) {
        if (titles.isEmpty() || last + 2 > s.size() || !"POS".equals(s.token(last + 1).pos())) {
            return false;
        }
        for (int i = last + 2; i <= Math.min(s.size(), last + (headOnly ? 3 : 5)); i++) {
            String pos = s.token(i).pos();
            if (pos == null || !(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("RBS") || pos.equals("VBG"))) {
                return false; // the noun phrase the name owns ends here ("X's decision to hire a chief")
            }
            String w = s.token(i).word().toLowerCase(java.util.Locale.ROOT);
            boolean chiefOfStaff = w.equals("chief") && i + 2 <= s.size()
                    && s.token(i + 1).word().equals("of") && s.token(i + 2).word().equals("staff");
            // a person has a partner; a firm has a senior or managing one
            boolean firmsPartner = w.equals("partner") && i > last + 2
                    && s.token(i - 1).word().toLowerCase(java.util.Locale.ROOT).matches("senior|managing|founding");
            boolean title = headOnly ? "c-level".equals(titles.get(w)) : titles.containsKey(w) && !w.equals("partner");
            if (title && !chiefOfStaff || firmsPartner) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence with its person and place readings of those names made organizations' (the same sentence if none). A
     * short name is made an organization's only where the tagger read it as a person's alone.
     */
    public static ParsedSentence relabeled(ParsedSentence s, Set<String> organizations) {
        if (organizations.isEmpty()) {
            return s;
        }
        List<Token> tokens = null;
        // "Harbor/LOCATION Ledger/PERSON hired": a full name of several words, wherever it stands, whatever the tagger
        // made of its parts
        for (String name : organizations) {
            String[] words = name.split(" ");
            if (words.length < 2) {
                continue;
            }
            for (int i = 1; i + words.length - 1 <= s.size(); i++) {
                boolean match = true;
                boolean changes = false;
                for (int k = 0; k < words.length && match; k++) {
                    Token t = s.token(i + k);
                    match = t.word().equals(words[k]);
                    changes |= !"ORGANIZATION".equals(t.ner());
                }
                if (match && changes) {
                    if (tokens == null) {
                        tokens = new ArrayList<>(s.tokens());
                    }
                    label(tokens, i, i + words.length - 1, "ORGANIZATION");
                }
            }
        }
        if (tokens != null) {
            s = new ParsedSentence(s.sentence(), tokens, s.graph(), s.labels());
            tokens = null;
        }
        ParsedSentence original = s;
        for (int[] run : runs(s)) {
            String ner = s.token(run[0]).ner();
            boolean shortName = run[1] == run[0];
            if (("PERSON".equals(ner) || "LOCATION".equals(ner) && !shortName) && organizations.contains(s.text(run[0], run[1]))) {
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                }
                label(tokens, run[0], run[1], "ORGANIZATION");
            }
        }
        return tokens == null ? original : new ParsedSentence(s.sentence(), tokens, s.graph(), s.labels());
    }

    /**
     * The surnames of the people the tagger named in full anywhere in the article ("Greer-Oyelowo" of "Tamsin
     * Greer-Oyelowo"): the name without its first word.
     */
    public static Set<String> surnames(Collection<ParsedSentence> sentences) {
        Set<String> surnames = new LinkedHashSet<>();
        for (ParsedSentence s : sentences) {
            for (int[] run : runs(s)) {
                String text = s.text(run[0], run[1]);
                if ("PERSON".equals(s.token(run[0]).ner()) && text.indexOf(' ') > 0) {
                    surnames.add(text.substring(text.indexOf(' ') + 1));
                }
            }
        }
        return surnames;
    }

    /**
     * "Victor Hale likes to say ..." in a sentence nobody tagged, and "Victor" alone tagged a person later: the
     * capitalized word that follows a one-word given name in the text is that person's surname.
     */
    public static Set<String> surnamesAfterGivenNames(Collection<ParsedSentence> sentences, String text) {
        Set<String> surnames = new LinkedHashSet<>();
        for (ParsedSentence s : sentences) {
            for (int[] run : runs(s)) {
                if (run[0] != run[1] || !"PERSON".equals(s.token(run[0]).ner())) {
                    continue;
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}.])"
                        + java.util.regex.Pattern.quote(s.token(run[0]).word()) + " (\\p{Lu}\\p{Ll}+)(?![\\p{L}-])").matcher(text);
                while (m.find()) {
                    surnames.add(m.group(1));
                }
            }
        }
        return surnames;
    }

    /**
     * "Giulia Benedetti, who runs its Milan studio": a name of two words or more the tagger read as an organization's
     * (ending in no word of organization names) that "who" takes up is a person's; the name and its last word (the
     * surname the article goes on with).
     */
    public static Set<String> peopleTakenUpByWho(Collection<ParsedSentence> sentences, Set<String> orgNameWords) {
        Set<String> names = new LinkedHashSet<>();
        for (ParsedSentence s : sentences) {
            for (int[] run : runs(s)) {
                int after = run[1] + 1;
                if (after <= s.size() && s.token(after).word().equals(",")) {
                    after++;
                }
                if ("ORGANIZATION".equals(s.token(run[0]).ner()) && run[1] > run[0] && after <= s.size()
                        && s.token(after).word().equalsIgnoreCase("who")
                        && !orgNameWords.contains(s.token(run[1]).word().toLowerCase(java.util.Locale.ROOT))) {
                    names.add(s.text(run[0], run[1]));
                    names.add(s.token(run[1]).word());
                }
            }
        }
        return names;
    }

    /**
     * "Greer-Oyelowo, currently a chief medical officer ..."; "Ingersoll joined Brennan": a surname of a person the
     * article names in full, which the tagger took for a place or an organization this time, is that person's (not where
     * it is also an organization's, a known one or a listed place).
     */
    public static ParsedSentence personsRelabeled(ParsedSentence s, Set<String> surnames, Set<String> organizations,
            org.talentflow.core.lexicon.Lexicon lexicon, java.util.function.Predicate<String> knownOrganization) {
        List<Token> tokens = null;
        for (int[] run : runs(s)) {
            String text = s.text(run[0], run[1]);
            String ner = s.token(run[0]).ner();
            if (("LOCATION".equals(ner) || "ORGANIZATION".equals(ner) && !knownOrganization.test(text))
                    && surnames.contains(text) && !organizations.contains(text) && !lexicon.isPlace(text)) {
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                }
                label(tokens, run[0], run[1], "PERSON");
            }
        }
        return tokens == null ? s : new ParsedSentence(s.sentence(), tokens, s.graph(), s.labels());
    }

    /** Gives the tokens first..last (from 1) an entity class. */
    private static void label(List<Token> tokens, int first, int last, String ner) {
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i - 1);
            tokens.set(i - 1, new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, t.begin(), t.end()));
        }
    }

    /** Runs of tokens of one entity class, [first, last] from 1. */
    private static List<int[]> runs(ParsedSentence s) {
        List<int[]> runs = new ArrayList<>();
        int i = 1;
        while (i <= s.size()) {
            String ner = s.token(i).ner();
            int j = i;
            if (ner != null && !"O".equals(ner)) {
                while (j + 1 <= s.size() && ner.equals(s.token(j + 1).ner())) {
                    j++;
                }
                runs.add(new int[] {i, j});
            }
            i = j + 1;
        }
        return runs;
    }
}
