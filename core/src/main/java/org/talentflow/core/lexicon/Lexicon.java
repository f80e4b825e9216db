package org.talentflow.core.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.talentflow.core.domain.OrgKind;

/**
 * The words of moving, hedging, titles and organizations, read from the resource files under
 * {@code lexicon/<language>/}: every stage (the sentence filter, the frame patterns, the document model) reads
 * them from here, so a word added to a file reaches all of them.
 */
public final class Lexicon {

    /** Month and day names a dateline runs into names ("BEIJING, Oct 2"). */
    public static final Set<String> CALENDAR = Set.of("jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun",
            "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /** Files a language may do without (English has no surnames; Chinese has only some of the English files). */
    private static final List<String> OPTIONAL = List.of("/surnames.tsv");

    private static final Map<String, Lexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<Trigger> triggers;
    private final Map<String, List<Trigger>> byLemma = new LinkedHashMap<>();
    private final Map<String, Hedge> hedges;
    private final Map<String, String> titles;
    private final Set<String> functions;
    /** Words for the people of an organization ("googler"): the organization, and whether the word says "former". */
    private final Map<String, String[]> demonyms = new LinkedHashMap<>();
    private final Set<String> orgNouns;
    private final Map<String, Set<OrgKind>> orgNounKinds;
    private final Set<String> places;
    /** Words for a person's nationality (nationalities.tsv): "the 47-year-old Czech" is the person, not a name. */
    private final Set<String> nationalities;
    private final Set<String> platformNouns;
    private final Set<String> orgNameWords;
    private final Set<String> orgNamePrefixes = new java.util.HashSet<>();
    private final Set<String> schoolWords = new java.util.HashSet<>();
    private final Set<String> placeNouns = new java.util.HashSet<>();
    private final Set<String> namedNouns = new java.util.HashSet<>();
    private final Set<String> partNouns = new java.util.HashSet<>();
    private final Set<String> tradeNouns = new java.util.HashSet<>();
    private final Set<String> bodyWords = new java.util.HashSet<>();
    private final Set<String> venueWords = new java.util.HashSet<>();
    private final Set<String> notAPost;
    private final Set<String> postNouns = new java.util.HashSet<>();
    private final Map<String, String> markers;
    private final Map<String, String> postVerbs;
    private final Pattern moveWords;
    private final Set<String> verbForms = new java.util.HashSet<>();
    /** Every form of every trigger's head word, lower case: the filter's first look before its pattern. */
    private final Set<String> headForms = new java.util.HashSet<>();
    private final Set<String> verbLemmas = new java.util.HashSet<>();
    /** Chinese surnames and their reading as a surname ("" for the character's usual one); empty in English. */
    private final Map<String, String> surnames = new LinkedHashMap<>();

    private final String dir;

    private Lexicon(String language) {
        dir = "/lexicon/" + language + "/";
        triggers = readTriggers(dir + "triggers.tsv");
        for (Trigger t : triggers) {
            byLemma.computeIfAbsent(t.lemma(), k -> new ArrayList<>()).add(t);
        }
        hedges = new LinkedHashMap<>();
        rows(dir + "hedges.tsv").forEach(r -> hedges.put(r[0], Hedge.of(r[1])));
        titles = new LinkedHashMap<>();
        rows(dir + "titles.tsv").forEach(r -> titles.put(r[0], r.length > 1 ? r[1] : ""));
        orgNameWords = new java.util.HashSet<>();
        for (String[] r : rows(dir + "org-name-words.tsv")) {
            // (the second column: where the word stands in a name, "first" or "school", with "last" when it also ends
            // names; any other column, the Chinese file's kinds, leaves the word a word that ends names)
            List<String> where = r.length > 1 ? List.of(r[1].split(",")) : List.of("last");
            boolean opens = where.contains("first") || where.contains("school");
            (where.contains("last") || !opens ? orgNameWords : new java.util.HashSet<String>()).add(r[0]);
            (where.contains("first") ? orgNamePrefixes : new java.util.HashSet<String>()).add(r[0]);
            (where.contains("school") ? schoolWords : new java.util.HashSet<String>()).add(r[0]);
        }
        rows(dir + "body-words.tsv").forEach(r -> bodyWords.add(r[0]));
        rows(dir + "venue-words.tsv").forEach(r -> venueWords.add(r[0]));
        notAPost = new java.util.HashSet<>();
        rows(dir + "not-a-post.tsv").forEach(r -> notAPost.add(r[0]));
        rows(dir + "post-nouns.tsv").forEach(r -> postNouns.add(r[0]));
        functions = new java.util.HashSet<>();
        rows(dir + "functions.tsv").forEach(r -> functions.add(r[0]));
        rows(dir + "demonyms.tsv", false).forEach(r -> demonyms.put(r[0], r));
        places = new java.util.HashSet<>();
        rows(dir + "places.tsv").forEach(r -> places.add(r[0]));
        nationalities = new java.util.HashSet<>();
        rows(dir + "nationalities.tsv").forEach(r -> nationalities.add(r[0].toLowerCase(Locale.ROOT)));
        platformNouns = new java.util.HashSet<>();
        rows(dir + "platform-nouns.tsv").forEach(r -> platformNouns.add(r[0]));
        orgNouns = new LinkedHashSet<>();
        orgNounKinds = new LinkedHashMap<>();
        for (String[] r : rows(dir + "org-nouns.tsv")) {
            orgNouns.add(r[0]);
            java.util.List<String> flags = r.length > 2 ? java.util.List.of(r[2].split(",")) : java.util.List.of();
            if (flags.contains("place")) {
                placeNouns.add(r[0]);
            }
            if (flags.contains("named")) {
                namedNouns.add(r[0]);
            }
            if (flags.contains("trade")) {
                tradeNouns.add(r[0]);
            }
            if (flags.contains("part")) {
                partNouns.add(r[0]);
            }
            if (r.length > 1 && !r[1].isBlank()) {
                Set<OrgKind> kinds = java.util.EnumSet.noneOf(OrgKind.class);
                for (String k : r[1].split(",")) {
                    kinds.add(OrgKind.fromLabel(k));
                }
                orgNounKinds.put(r[0], kinds);
            }
        }
        markers = new LinkedHashMap<>();
        postVerbs = new LinkedHashMap<>();
        for (String[] r : rows(dir + "affiliations.tsv")) {
            ("marker".equals(r[1]) ? markers : postVerbs).put(r[0], r[2]);
        }
        rows(dir + "surnames.tsv").forEach(r -> surnames.put(r[0], r.length > 1 ? r[1] : ""));
        moveWords = compileMoveWords(triggers);
        triggers.forEach(t -> t.forms().forEach(f -> headForms.add(f.toLowerCase(Locale.ROOT))));
        for (Trigger t : triggers) {
            if (t.isVerb()) {
                verbForms.addAll(t.forms());
                verbLemmas.add(t.lemma());
            }
        }
        for (String verb : postVerbs.keySet()) {
            verbForms.addAll(Trigger.formsOf(verb, "v", List.of()));
            verbLemmas.add(verb);
        }
        verbForms.addAll(List.of("led", "ran", "spent", "built", "worked", "served", "managed", "oversaw", "overseen"));
    }

    /** Whether a word (lower case) is a form of a move verb or a verb of holding a post. */
    public boolean isVerbForm(String word) {
        return verbForms.contains(word);
    }

    /** Whether a word (lower case) is the base form of such a verb ("join", "found", "lead"). */
    public boolean isVerbLemma(String word) {
        return verbLemmas.contains(word);
    }

    /** The English lexicon, loaded once per process. */
    public static Lexicon english() {
        return LOADED.computeIfAbsent("en", Lexicon::new);
    }

    /** The Chinese lexicon (lexicon/zh: triggers, hedges, titles, organization-name words, surnames), loaded once. */
    public static Lexicon chinese() {
        return LOADED.computeIfAbsent("zh", Lexicon::new);
    }

    /** A two-column file of this language's lexicon (word, kind), such as the Chinese reader's markers.tsv. */
    public Map<String, String> wordKinds(String file) {
        // Read once per lexicon: the Chinese reader's stages each ask for markers.tsv.
        return wordKinds.computeIfAbsent(file, f -> {
            Map<String, String> kinds = new LinkedHashMap<>();
            rows(dir + f).forEach(r -> kinds.put(r[0], r.length > 1 ? r[1] : ""));
            return Collections.unmodifiableMap(kinds);
        });
    }

    /** The verbs of saying with one use (saying-verbs.tsv): "quote" for who speaks a quote, "source" for a story's source. */
    public Set<String> sayingVerbs(String use) {
        Set<String> verbs = new java.util.HashSet<>();
        wordKinds("saying-verbs.tsv").forEach((w, uses) -> {
            if (java.util.Arrays.asList(uses.split(",")).contains(use)) {
                verbs.add(w);
            }
        });
        return Collections.unmodifiableSet(verbs);
    }

    /** The words of one kind in such a file: the "stay" words of markers.tsv, the "unit" words of org-name-words.tsv. */
    public Set<String> wordsOfKind(String file, String kind) {
        Set<String> words = new java.util.HashSet<>();
        wordKinds(file).forEach((w, k) -> {
            if (k.equals(kind)) {
                words.add(w);
            }
        });
        return Collections.unmodifiableSet(words);
    }

    private final Map<String, Map<String, String>> wordKinds = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a word begins Chinese names (a surname of one or two characters). */
    public boolean isSurname(String word) {
        return surnames.containsKey(word);
    }

    /** The surnames, with their reading where it is not the character's usual one. */
    public Map<String, String> surnames() {
        return Collections.unmodifiableMap(surnames);
    }

    /** Title words, lower case, with their seniority. */
    public Set<String> titleWords() {
        return Collections.unmodifiableSet(titles.keySet());
    }

    /** Words that end an organization's name. */
    /** The longest organization word a name ends with ("师范大学" ends with 大学), or null. */
    public String orgNameWordEnding(String name) {
        for (int k = 0; k < name.length(); k++) {
            if (orgNameWords.contains(name.substring(k))) {
                return name.substring(k);
            }
        }
        return null;
    }

    public Set<String> orgNameWords() {
        return Collections.unmodifiableSet(orgNameWords);
    }

    /** The hedge words, with their kind. */
    public Map<String, Hedge> hedges() {
        return Collections.unmodifiableMap(hedges);
    }

    public List<Trigger> triggers() {
        return triggers;
    }

    /** The triggers whose head is this lemma (lower case), in file order. */
    public List<Trigger> triggersOf(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** The hedge a word (lemma or form, lower case) expresses, if any. */
    public Optional<Hedge> hedge(String word) {
        return Optional.ofNullable(hedges.get(word));
    }

    public boolean isTitleWord(String word) {
        return titles.containsKey(word);
    }

    /** The seniority a title word carries ("c-level", "vp", ...), or "" for words that only qualify a title. */
    public String seniority(String titleWord) {
        return titles.getOrDefault(titleWord, "");
    }

    /** The nouns that stand for an organization (org-nouns.tsv): "company", "startup"; 公司, 创业公司. */
    public Set<String> orgNouns() {
        return Collections.unmodifiableSet(orgNouns);
    }

    /** Whether a word, as written, stands for an organization named before: "the centre", not "The Centre". */
    public boolean isOrgNounAsWritten(String word, String lemma) {
        return isOrgNoun(lemma) && !(placeNouns.contains(lemma) && Character.isUpperCase(word.codePointAt(0)));
    }

    /** A verb that keeps one where one is ("remain", "stay", "continue": staying-verbs.tsv), by lemma. */
    public boolean isStayingVerb(String lemma) {
        return "".equals(wordKinds("staying-verbs.tsv").get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** A verb that keeps one where one is when it goes to this noun ("return" to "the faculty": staying-verbs.tsv). */
    public boolean staysGoingTo(String verbLemma, String nounLemma) {
        String to = wordKinds("staying-verbs.tsv").get(verbLemma.toLowerCase(Locale.ROOT));
        return to != null && !to.isEmpty() && java.util.Arrays.asList(to.split(",")).contains(nounLemma.toLowerCase(Locale.ROOT));
    }

    /** A noun for a part of an organization ("team", "division"): flag "part" of org-nouns.tsv. */
    public boolean isPartNoun(String noun) {
        return partNouns.contains(noun);
    }

    /** A noun that "the NOUN" means a body whose name ends in it (org-nouns.tsv, "named"): "the university". */
    public boolean isNamedNoun(String noun) {
        return namedNouns.contains(noun);
    }

    /** A noun for a place as much as a body (org-nouns.tsv, "place"): "its engineering center" is a site of the owner's. */
    public boolean isPlaceNoun(String lemma) {
        return placeNouns.contains(lemma);
    }

    /** "the company", "the carmaker": a noun that stands for an organization. */
    public boolean isOrgNoun(String word) {
        return orgNouns.contains(word);
    }

    /** Whether "the NOUN" can stand for an organization of this kind ("the lab" is no carmaker); unknown kinds fit. */
    public boolean fits(String noun, OrgKind kind) {
        Set<OrgKind> kinds = orgNounKinds.get(noun.toLowerCase(Locale.ROOT));
        // (An organization the tagger found and no gazetteer knows is of unknown kind, OTHER: a noun for a company of
        // some kind may stand for it, "the startup"; one for a part of a company, "the team", may not.)
        return kinds == null || kind == null || kinds.contains(kind)
                || kind == OrgKind.OTHER && kinds.contains(OrgKind.STARTUP);
    }

    /**
     * Whether a noun says which kind of organization it stands for ("the start-up", "the regulator", "the bank"), not
     * any kind ("the company", "the firm"): org-nouns.tsv gives it a few kinds, not all of them, or a line of business
     * (flag "trade": "the retailer").
     */
    public boolean saysWhichKind(String noun) {
        Set<OrgKind> kinds = orgNounKinds.get(noun.toLowerCase(Locale.ROOT));
        return kinds != null && (kinds.size() <= 3 || tradeNouns.contains(noun.toLowerCase(Locale.ROOT)));
    }

    /** A common noun for a post itself: "job", "role", "position" (lemma, lower case). */
    public boolean isPostNoun(String lemma) {
        return postNouns.contains(lemma);
    }

    /** A word that makes a join or departure no job: "board", "forces", "race" (lemma, lower case). */
    public boolean isNotAPost(String lemma) {
        return notAPost.contains(lemma);
    }

    /** A word that ends the name of a function inside a company ("Autonomous Driving", "Global Sales"), lower case. */
    public boolean isFunctionWord(String word) {
        return functions.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that ends the name of a public body ("Authority", "Commission"): never a company's unit. */
    public boolean isBodyWord(String word) {
        return bodyWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that opens the name of a university's school: "School" of "School of Engineering", "Faculty". */
    public boolean isSchoolWord(String word) {
        return schoolWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that opens organization names ("FC Porto", "CD Tondela", "VfB Stuttgart"). */
    public boolean isOrgNamePrefix(String word) {
        // (a short one written in capitals, as such words are: "AS Roma", never "As Rocha said"; "Banque Lavalle")
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return orgNamePrefixes.contains(word.toLowerCase(Locale.ROOT))
                && (capitals >= 2 || word.length() >= 4 && capitals == 1 && Character.isUpperCase(word.codePointAt(0)));
    }

    /** A word that ends organization names ("Group", "Labs", "Robotics"), lower case. */
    public boolean isOrgNameWord(String word) {
        return orgNameWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A place a title may name but that employs no one ("president of France"); case-insensitive. */
    /** "post" in "a LinkedIn post": a thing on a platform, which makes the name before it a platform. */
    public boolean isPlatformNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return platformNouns.contains(w) || w.endsWith("s") && platformNouns.contains(w.substring(0, w.length() - 1));
    }

    public boolean isNationality(String word) {
        return nationalities.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isPlace(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        int space = lower.lastIndexOf(' ');
        // ("the Riverside Ground", "Wembley Stadium": a name that ends in a venue's word)
        return places.contains(lower) || space > 0 && venueWords.contains(lower.substring(space + 1))
                || space > 0 && COMPASS.matcher(lower.substring(0, space)).matches() && places.contains(lower.substring(space + 1));
    }

    /** "North Africa", "Western Europe", "Central Asia": a listed place with a compass word before it is a place too. */
    private static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile(
            "(?:north|south|east|west|central)(?:ern)?|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|sub-saharan");

    /** A word that ties a name or title to an organization in the past ("former", "ex", "veteran"), or null. */
    public String markerTime(String word) {
        return markers.get(word);
    }

    /** A verb of holding a post ("work", "lead", "spend") and the time it implies, or null. */
    public String postVerbTime(String lemma) {
        return postVerbs.get(lemma);
    }

    /** The cheap filter's question: does this text hold a form of some trigger, with its particles and needs? */
    public boolean hasMoveWord(CharSequence text) {
        // Most text holds no trigger word at all: its words are looked up first, and the pattern (with the particles
        // and needed words) runs only from a word that is a trigger's form, over the words that may follow it.
        java.util.regex.Matcher m = moveWords.matcher(text).useTransparentBounds(true);
        StringBuilder word = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '-' && !word.isEmpty()) {
                if (word.isEmpty()) {
                    start = i;
                }
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (!word.isEmpty() && startsMoveWord(m, text, start, word.toString())) {
                return true;
            }
            word.setLength(0);
        }
        return false;
    }

    /**
     * Whether a word (letters and hyphens, lower case) begins a move word, at its start or after one of its hyphens
     * ("co-founded", "ex-Google staff rejoined"): a head form there, then the whole pattern from that point on.
     */
    private boolean startsMoveWord(java.util.regex.Matcher m, CharSequence text, int start, String word) {
        for (int p = 0; p < word.length(); p = word.indexOf('-', p) + 1) {
            for (int e = word.indexOf('-', p); ; e = word.indexOf('-', e + 1)) {
                if (headForms.contains(word.substring(p, e < 0 ? word.length() : e))) {
                    m.region(start + p, Math.min(text.length(), start + p + MOVE_WORD_REACH));
                    if (m.lookingAt()) {
                        return true;
                    }
                }
                if (e < 0) {
                    break;
                }
            }
            if (word.indexOf('-', p) < 0) {
                break;
            }
        }
        return false;
    }

    /** Characters a trigger's particles and needed words may reach after its first letter. */
    private static final int MOVE_WORD_REACH = 240;

    /** The filter's pattern, for tools and tests. */
    public Pattern moveWords() {
        return moveWords;
    }

    /** Semgrex macros for the pattern files: one per frame for verbs ({@code ARRIVE}), nouns ({@code ARRIVE_N}) and other words ({@code BECOME_X}), plus word classes. */
    /** The organization a word for its people stands for ("Googler", "ex-Facebookers": Google, Facebook), or null. */
    public String demonymOrganization(String word) {
        String[] row = demonymRow(word);
        return row == null ? null : row[1];
    }

    /** Whether a word for an organization's people says the tie is over: "ex-Googler", "Xoogler". */
    public boolean demonymSaysPast(String word) {
        String[] row = demonymRow(word);
        return row != null && (word.toLowerCase(Locale.ROOT).startsWith("ex-") || row.length > 2 && row[2].equals("past"));
    }

    private String[] demonymRow(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.startsWith("ex-") ? w.substring(3) : w;
        String[] row = demonyms.get(w);
        return row != null || !w.endsWith("s") ? row : demonyms.get(w.substring(0, w.length() - 1));
    }

    public String semgrexMacros() {
        StringBuilder b = new StringBuilder();
        for (Frame f : Frame.values()) {
            b.append(macro(f.name(), lemmas(f, "v"))).append(macro(f.name() + "_N", lemmas(f, "n")))
                    .append(macro(f.name() + "_X", lemmas(f, "x")));
        }
        b.append(macro("TITLE", new TreeSet<>(titles.keySet())));
        Set<String> roles = new TreeSet<>(titles.keySet());
        roles.addAll(markers.keySet());
        b.append(macro("ROLE", roles));
        b.append(macro("ORGNOUN", new TreeSet<>(orgNouns)));
        b.append(macro("PAST", keysWith(markers, "past")));
        b.append(macro("POSTVERB", new TreeSet<>(postVerbs.keySet())));
        b.append(macro("POST", new TreeSet<>(postNouns)));
        // Words for an organization's people are names: matched by word, any case, with "ex-" and a plural.
        String people = demonyms.isEmpty() ? "\\u0000" : String.join("|", demonyms.keySet());
        b.append("macro DEMONYM = word:/(?i)(?:ex\\-)?(?:" + people + ")s?/\n");
        return b.toString();
    }

    private static Set<String> keysWith(Map<String, String> map, String value) {
        Set<String> keys = new TreeSet<>();
        map.forEach((k, v) -> {
            if (v.equals(value)) {
                keys.add(k);
            }
        });
        return keys;
    }

    private Set<String> lemmas(Frame frame, String pos) {
        Set<String> lemmas = new TreeSet<>();
        for (Trigger t : triggers) {
            if (t.frame() == frame && t.pos().equals(pos)) {
                lemmas.add(t.lemma());
            }
        }
        return lemmas;
    }

    private static String macro(String name, Set<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add(Pattern.quote(w).replace("\\Q", "").replace("\\E", "").replace("-", "\\-"));
        }
        // A macro of no word must still compile and match nothing.
        String alternatives = quoted.isEmpty() ? "\\u0000" : String.join("|", quoted);
        return "macro " + name + " = lemma:/" + alternatives + "/\n";
    }

    /**
     * One pattern for the whole trigger list: any form of a head word, then its particles (with up to four words
     * between, "brought her on", or a longer run with no end of a clause, "bring his assistant, X, with him"), then, for words that need one, a needed word within six words (or a form of "be"
     * right before the verb: the passive).
     */
    private static Pattern compileMoveWords(List<Trigger> triggers) {
        List<String> alternatives = new ArrayList<>();
        for (Trigger t : triggers) {
            StringBuilder a = new StringBuilder("(?:");
            a.append(String.join("|", t.forms().stream().map(Pattern::quote).sorted().toList())).append(')');
            for (String particle : t.particles()) {
                a.append("(?:\\s+\\S+){0,4}?(?:\\s+[^\\s.;:?!]+){0,9}?\\s+").append(Pattern.quote(particle));
            }
            if (!t.needs().isEmpty()) {
                List<String> words = t.needs().stream().filter(w -> !w.equals("name")).map(Pattern::quote).sorted().toList();
                a.append("(?:(?:\\s+\\S+){0,5}?\\s+(?:").append(String.join("|", words)).append(')');
                if (t.needs().contains("name")) {
                    a.append("|\\s+(?-i:\\p{Lu})\\w*"); // NAME: a capitalized word right after ("lost Ruth Alder to B")
                }
                a.append(')');
                if (t.isVerb() && t.particles().isEmpty()) {
                    // "was dismissed": in the passive the subject is the one the needed words would have named
                    a.append("|(?<=\\b(?:was|were|been|being|is|are|be)\\s{1,3})(?:")
                            .append(String.join("|", t.forms().stream().map(Pattern::quote).sorted().toList())).append(')');
                }
            }
            alternatives.add(a.toString());
        }
        return Pattern.compile("(?iu)\\b(?:" + String.join("|", alternatives) + ")\\b");
    }

    private static List<Trigger> readTriggers(String resource) {
        List<Trigger> list = new ArrayList<>();
        for (String[] r : rows(resource)) {
            String[] words = r[0].split(" ");
            String pos = cell(r, 2).isEmpty() ? "v" : cell(r, 2);
            List<String> irregular = split(cell(r, 3));
            // A Chinese word does not inflect: its only form is itself.
            Set<String> forms = words[0].codePoints().anyMatch(Lexicon::isHan) ? Set.of(words[0])
                    : Trigger.formsOf(words[0], pos, irregular);
            list.add(new Trigger(words[0], Arrays.asList(words).subList(1, words.length), Frame.of(r[1]), pos,
                    forms, new LinkedHashSet<>(split(cell(r, 4))),
                    cell(r, 5)));
        }
        return Collections.unmodifiableList(list);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String cell(String[] row, int i) {
        return i < row.length ? row[i].strip() : "";
    }

    private static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cell.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The rows of a tab-separated resource, without comments and blank lines; cells stripped, lower case. */
    static List<String[]> rows(String resource) {
        return rows(resource, true);
    }

    /** The rows of a resource; the first cell always in lower case, the others too unless they are names. */
    static List<String[]> rows(String resource, boolean lowerCaseAll) {
        List<String[]> rows = ResourceLines.rowsIfPresent(resource);
        if (rows == null) {
            if (OPTIONAL.stream().anyMatch(resource::endsWith) || resource.startsWith("/lexicon/zh/")
                    && !resource.endsWith("/triggers.tsv")) {
                return List.of();
            }
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        for (String[] cells : rows) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = i == 0 || lowerCaseAll ? cells[i].toLowerCase(Locale.ROOT) : cells[i];
            }
        }
        return rows;
    }
}
