package org.talentflow.core.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.talentflow.core.lexicon.Lexicon;

/**
 * The companies an English article introduces by what it says of them, though no gazetteer knows them and the
 * entity tagger may read them as people ("Quillmark, which is coming out of stealth today", "Quillmark was founded
 * earlier this year by ..."): every sentence of the article then reads such a name as an organization's. Only what
 * is said of companies and never of people counts:
 * <ul>
 *   <li>a relative "which" after the name: "Quillmark, which raised ...";</li>
 *   <li>its founding or launch told in the passive: "Quillmark was founded by", "was spun out of";</li>
 *   <li>coming out of stealth: "Quillmark emerges from stealth";</li>
 *   <li>its staff counted: "Quillmark currently has 14 employees";</li>
 *   <li>a word for a kind of company before it or in apposition after it (org-nouns.tsv): "the coding startup
 *   Quillmark", "Quillmark, a San Francisco startup"; or what it is called: "a startup called Quillmark";</li>
 *   <li>a legal form after it, and the short name a press release defines: "Aurelis Therapeutics, Inc. ("Aurelis")";</li>
 *   <li>an acronym given in parentheses after a name ending in a word of organization names: "European Handball
 *   Federation (EHF)";</li>
 *   <li>words joined by a plus or an ampersand with no space, which no person's name is: "Kuehne+Nagel";</li>
 *   <li>the issuer of a press release, named by the heading of its closing boilerplate: "About Brightloom Analytics"
 *   over a paragraph that names it again.</li>
 * </ul>
 */
public final class IntroducedCompanies {

    /** A capitalized name of one to four words, taken whole (no shorter part of it is tried). */
    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*+(?: \\p{Lu}[\\p{L}\\p{N}&.'\u2019-]*+){0,3}+)";
    private static final Pattern WHICH = Pattern.compile(NAME + ", which\\b");
    private static final Pattern FOUNDED = Pattern.compile(NAME
            + " (?:was|has been|had been) (?:\\w+ ){0,3}?(?:founded|co-founded|cofounded|incorporated|spun out|spun off)\\b");
    private static final Pattern STEALTH = Pattern.compile(NAME
            + " (?:emerges|emerged|emerging|came|comes|is coming|is emerging) (?:out of|from) stealth");
    private static final Pattern STAFF = Pattern.compile(NAME
            + " (?:now |currently |already )?(?:has|had|employs|employed) (?:about |roughly |around |more than |nearly |some |over )?\\d[\\d,]* (?:employees|staff|people|workers)");
    /**
     * A name before a legal form ("Aurelis Therapeutics, Inc.", "Brightwell Foods LLC", a law firm's "Marsh Kellan
     * LLP"), and the short name a press
     * release then defines for it ("("Aurelis" or the "Company")"): the name is taken as short as it can be, so that a
     * legal form inside it ("Acme Corp") is no part of it.
     */
    private static final Pattern INCORPORATED = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}&'\u2019-]*(?: \\p{Lu}[\\p{L}\\p{N}&'\u2019-]*){0,3}?),? (?:Inc|LLC|L\\.L\\.C|LLP|L\\.L\\.P|Ltd|Corp|Corporation|PLC|plc|GmbH|N\\.V|S\\.A)\\b\\.?"
            + "(?:\\s*\\(\\s*[\"\u201c]([^\"\u201d]{2,40})[\"\u201d])?");
    /** A name and the acronym it is given in parentheses: "European Handball Federation (EHF)". */
    private static final Pattern ACRONYM = Pattern.compile(NAME + " \\((\\p{Lu}{2,6})\\)");
    /**
     * Words joined by "+" or "&" with no space around it: "Kuehne+Nagel", "Dolce&Gabbana" (words, not letters: "R&D"
     * and "M&A" are no companies).
     */
    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}\\p{N}&+])(\\p{Lu}\\p{Ll}+(?:[+&]\\p{Lu}\\p{Ll}+)+)(?![\\p{L}\\p{N}&+])");
    /** A heading line "About NAME" (a legal form may follow the name), and the paragraph under it. */
    private static final Pattern ABOUT = Pattern.compile("(?m)^About (\\p{Lu}[\\p{L}\\p{N}&'\u2019-]*(?: \\p{Lu}[\\p{L}\\p{N}&'\u2019-]*){0,4})"
            + "(?:,? (?:Inc|LLC|LLP|Ltd|Corp|Corporation|PLC|plc|GmbH|N\\.V|S\\.A)\\.?)?[ \t]*\\R+([^\\n]{0,600})");
    /** Words a person's biography opens with or speaks in ("About Dr. Osterhout", "he has led"): no company's boilerplate. */
    private static final Pattern PERSONAL = Pattern.compile("\\b(?:he|she|his|her|him)\\b|^(?:Dr|Mr|Mrs|Ms|Prof)\\b");
    /** Headings of a site's own pages and of an author's note ("About Us", "About The Author"). */
    private static final Set<String> NO_ISSUER = Set.of("us", "the author", "the authors", "this", "the");

    /** A legal form alone ("Inc.", "LLC"): the end of a name, none by itself. */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i)(inc|llc|llp|ltd|corp|co|gmbh|plc|ag|sa|s\\.a|n\\.v|l\\.p|lp)\\.?");
    /** Words a sentence may begin with that are no name (and the calendar's, Lexicon.CALENDAR). */
    private static final Set<String> NOT_NAMES = Set.of("the", "it", "this", "that", "its", "he", "she", "they", "we",
            "i", "a", "an", "which", "who", "but", "and", "today", "now", "in", "on", "at", "after", "before", "since");

    private final Lexicon lexicon;
    private final Pattern kindBefore;
    private final Pattern kindAfter;
    private final Pattern kindAfterThe;
    private final Pattern kindCalled;
    private final Pattern theNamed;

    public IntroducedCompanies(Lexicon lexicon) {
        this.lexicon = lexicon;
        String kinds = String.join("|", lexicon.orgNouns().stream().filter(k -> k.matches("[a-z][a-z -]+"))
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        // "the coding startup Quillmark": a kind word, then the name (not a title: "the company's CEO X").
        // ("the startup Jane Doe founded", "the company Hale has run since 2017" name a person: no verb of theirs may
        // follow.)
        this.kindBefore = Pattern.compile("\\b(?:" + kinds + ") " + NAME
                + "(?! (?:has |had |have )?(?:founded|co-founded|cofounded|started|launched|built|runs|ran|run|leads|led"
                + "|heads|headed|joined|left|set up)\\b)");
        // "Quillmark, a San Francisco startup": the name, then a kind word within a few words after "a".
        // (The kind word heads the apposition: "X, a veteran of its Siri team" is a person, the team is where he was.)
        this.kindAfter = Pattern.compile(NAME + ", an? (?:(?!(?:of|in|at|for|with|its|his|her|their|from) )[\\p{L}\\p{N}$-]+ ){0,4}?(?:"
                + kinds + ")\\b");
        // "Brightwater Capital Management, the $14 billion hedge fund firm,": with "the", the kind word must end the
        // apposition ("Jane Doe, the company's chief" names a person), or a participle follow it ("Helix Autonomy, the
        // San Jose startup developing self-driving trucks,").
        this.kindAfterThe = Pattern.compile(NAME + ", the (?:[\\p{L}\\p{N}$.-]+ ){0,4}?(?:" + kinds
                + ")(?=[,;.]| (?:that|which|whose|based|with)\\b| \\p{Ll}+ing\\b)");
        // "The startup, which people close to it call Parallax Silicon", "a fund dubbed Acme" (not "named": a company
        // names people to posts).
        this.kindCalled = Pattern.compile("\\b(?:" + kinds + ")\\b[^.;]{0,60}?\\b(?:called|call|dubbed)\\s+" + NAME);
        // "the Riverside Regional Transit Authority's Blue Line": "the", capitalized words and a word of organization
        // names that is not a part of one ("the Finance Committee", "the Oval Office" are no employers)
        String endings = String.join("|", lexicon.orgNameWords().stream()
                .filter(w -> w.matches("[a-z]{4,}") && !PARTS.contains(w))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).sorted().toList());
        this.theNamed = Pattern.compile("\\b[Tt]he ((?:\\p{Lu}[\\p{L}&'\u2019-]+ ){1,4}(?:" + endings + "))\\b(?! \\p{Lu})");
    }

    /** Words of organization names that name a part of one or a thing, not an employer by themselves. */
    private static final Set<String> PARTS = Set.of("team", "division", "unit", "office", "department", "committee",
            "center", "centre", "group", "groups", "fund", "studio", "news", "times", "post", "journal", "league", "club",
            "school", "tech", "technology", "services", "solutions", "energy", "software", "health", "healthcare");

    /** The names the article introduces as companies', each once, longest first. */
    public List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(JOINED, WHICH, FOUNDED, STEALTH, STAFF, kindBefore, kindAfter, kindAfterThe, kindCalled, theNamed)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = trimmed(m.group(1));
                if (name != null && !found.contains(name)) {
                    found.add(name);
                }
            }
        }
        Matcher m = INCORPORATED.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= 2; g++) {
                String name = m.group(g) == null ? null : trimmed(m.group(g));
                // ("the "Company""): a defined word for any company is no name.
                if (name != null && !found.contains(name) && !lexicon.isOrgNoun(name.toLowerCase(Locale.ROOT))) {
                    found.add(name);
                }
            }
        }
        Matcher acronym = ACRONYM.matcher(text);
        while (acronym.find()) {
            // "the European Handball Federation (EHF)": a name ending in a word of organization names, and the acronym
            // the article goes on with ("the EHF's competitions director")
            String name = trimmed(acronym.group(1));
            String[] words = name == null ? new String[0] : name.split(" ");
            if (words.length >= 2 && lexicon.isOrgNameWord(words[words.length - 1])) {
                for (String n : List.of(name, acronym.group(2))) {
                    if (!found.contains(n)) {
                        found.add(n);
                    }
                }
            }
        }
        String issuer = issuer(text);
        if (issuer != null && !found.contains(issuer)) {
            found.add(issuer);
        }
        for (String name : List.copyOf(found)) {
            // "Paloma, which designs antibodies" beside "Paloma Bio's lab": the fuller name with its organization
            // words is the company's too (the tagger may read it as a person's).
            Matcher fuller = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "((?: \\p{Lu}[\\p{L}.]*)+)").matcher(text);
            while (fuller.find()) {
                String[] more = fuller.group(1).trim().split(" ");
                int k = 0;
                while (k < more.length && lexicon.isOrgNameWord(more[k].replaceAll("\\.$", ""))
                        && !LEGAL_FORM.matcher(more[k]).matches()) {
                    k++;
                }
                String longer = k == 0 ? null : name + " " + String.join(" ", java.util.Arrays.copyOfRange(more, 0, k));
                if (longer != null && !found.contains(longer)) {
                    found.add(longer);
                }
            }
        }
        for (String name : List.copyOf(found)) {
            String shortName = shortName(name, text);
            if (shortName != null && !found.contains(shortName)) {
                found.add(shortName);
            }
        }
        found.sort((a, b) -> b.length() - a.length());
        return found;
    }

    /**
     * The organization that issues a press release: the name in the heading of its closing boilerplate ("About
     * Brightloom Analytics", "About Halvorsen Robotics, Inc.") when the paragraph under it names it again and speaks of
     * no person; null if the text has none.
     */
    public static String issuer(String text) {
        Matcher m = ABOUT.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String paragraph = m.group(2);
            String first = name.split(" ")[0];
            if (!NO_ISSUER.contains(name.toLowerCase(Locale.ROOT)) && !PERSONAL.matcher(name).find()
                    && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(first) + "(?![\\p{L}\\p{N}])").matcher(paragraph).find()
                    && !PERSONAL.matcher(paragraph).find()) {
                return name;
            }
        }
        return null;
    }

    /**
     * The name an article shortens an introduced company's to: without the words that only say it is an organization
     * ("Brightwater Capital Management" is then "Brightwater", "Fennec Labs" "Fennec"). None where the short name
     * follows a capitalized word the text never writes in lower case ("Marcus Hale" beside "Hale Ventures": a founder's surname
     * stays his), or is too short to be a name.
     */
    private String shortName(String name, String text) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 1 && lexicon.isOrgNameWord(words[end - 1])) {
            end--;
        }
        if (end == words.length) {
            return null;
        }
        String shortName = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
        if (shortName.length() < 4 || NOT_NAMES.contains(shortName.toLowerCase(Locale.ROOT))
                || lexicon.titleWords().contains(shortName.toLowerCase(Locale.ROOT))
                || lexicon.isOrgNoun(shortName.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Matcher after = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}.'\u2019-]* " + Pattern.quote(shortName)
                + "(?![\\p{L}\\p{N}])").matcher(text);
        while (after.find()) {
            // (A word the text also writes in lower case is capitalized only by a sentence's start: "At Brightwater".)
            String before = after.group().substring(0, after.group().indexOf(' ')).toLowerCase(Locale.ROOT);
            if (!NOT_NAMES.contains(before) && !Lexicon.CALENDAR.contains(before)
                    && !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(before) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                return null;
            }
        }
        return shortName;
    }

    /**
     * Where the names stand in a text, each a whole word run: [start, end) pairs in text order. One pattern for all
     * the names, so a sentence or a document is scanned once.
     */
    public static List<int[]> occurrences(String text, List<String> names) {
        List<int[]> spans = new ArrayList<>();
        if (names.isEmpty()) {
            return spans;
        }
        // Longest first, so that "Kiln Compute" wins over "Kiln" where both are names.
        String alternatives = String.join("|", names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /**
     * "the payments firm Paxwell. The pair left": a word of four letters or more with a full stop ends its sentence and
     * the name ("Corp.", "J.P." and "St." are abbreviations that go on).
     */
    private static String[] endedAtASentence(String[] words) {
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (w.length() > 4 && w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
                String[] cut = java.util.Arrays.copyOf(words, k + 1);
                cut[k] = w.substring(0, w.length() - 1);
                return cut;
            }
        }
        return words;
    }

    /** The name without a first word that only a sentence's start capitalizes; null if nothing is left or it is a title. */
    private String trimmed(String name) {
        String[] words = endedAtASentence(name.split(" "));
        int from = 0;
        while (from < words.length && (NOT_NAMES.contains(words[from].toLowerCase(Locale.ROOT))
                || Lexicon.CALENDAR.contains(words[from].toLowerCase(Locale.ROOT)))) {
            from++;
        }
        if (from == words.length) {
            return null;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (rest.length() < 2 || LEGAL_FORM.matcher(rest).matches() || lexicon.titleWords().contains(last) || lexicon.titleWords().contains(rest.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return rest;
    }
}
