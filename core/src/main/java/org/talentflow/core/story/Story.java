package org.talentflow.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.resolve.Gazetteer;

/**
 * The document model: the readings of its parsed sentences, its people, and every organization it names (in
 * order), against which descriptions ("the company") and hirers ("Zuckerberg poached X") are resolved.
 */
public final class Story {

    private final Document document;
    private final List<SentenceReading> readings;
    private final People people;
    private final List<Mention> organizations;
    private final List<Tie> ties;
    private final Lexicon lexicon;
    private final java.util.Map<String, String> acronyms;
    /** The move facts, each founding with the venture named after it, made once (see moves()). */
    private List<MoveFact> moves;
    private NamedVentures ventures;

    public Story(Document document, List<SentenceReading> readings, Gazetteer gazetteer, Lexicon lexicon) {
        this(document, readings, gazetteer, lexicon, document.text().length(), Integer.MAX_VALUE);
    }

    /**
     * @param readUpTo  where the sentences read end (the text after it was cut, see {@code Limits#sentences})
     * @param maxPeople the most people followed (see {@code Limits#people})
     */
    public Story(Document document, List<SentenceReading> readings, Gazetteer gazetteer, Lexicon lexicon, int readUpTo,
                 int maxPeople) {
        this(document, readings, gazetteer, lexicon, readUpTo, maxPeople, List.of());
    }

    /** @param introduced the companies the article introduces (IntroducedCompanies): named wherever they stand */
    public Story(Document document, List<SentenceReading> readings, Gazetteer gazetteer, Lexicon lexicon, int readUpTo,
                 int maxPeople, List<String> introduced) {
        this.document = document;
        this.readings = List.copyOf(readings);
        this.lexicon = lexicon;
        String read = document.text().substring(0, Math.min(readUpTo, document.text().length()));
        this.people = People.of(document.title(), read, readings, lexicon, maxPeople, java.util.Set.copyOf(introduced));
        this.organizations = organizationsOf(read, readings, gazetteer, introduced, lexicon);
        if (Boolean.getBoolean("talentflow.debug")) {
            System.err.println("[" + document.name() + "] STORY ORGANIZATIONS " + organizations.stream()
                    .map(m -> m.text() + "@" + m.begin() + "=" + (m.org() == null ? null : m.org().organization())).toList());
        }
        this.acronyms = new java.util.HashMap<>(org.talentflow.core.mention.Acronyms.in(document.text()));
        List<String> names = organizations.stream().map(Mention::text).map(String::trim)
                .filter(n -> n.indexOf(' ') > 0).distinct().toList();
        org.talentflow.core.mention.Acronyms.initialsOf(read, names).forEach(acronyms::putIfAbsent);
        this.ties = resolvedTies(readings);
    }

    /** The ties of the document with their descriptions resolved ("John Park, its vice president"). */
    private List<Tie> resolvedTies(List<SentenceReading> readings) {
        List<Tie> all = new ArrayList<>();
        for (SentenceReading r : readings) {
            for (Tie t : r.ties()) {
                if (!t.org().named() && namedByTheSameMatch(r, t)) {
                    continue; // "who led the reasoning team at Halcyon Labs": the team is Halcyon's, not the last one named
                }
                OrgSlot org = t.org().named() ? spelledOut(t.org()) : resolve(t.org(), null, List.of());
                if (org != null && org.named()) {
                    all.add(new Tie(t.person(), org, t.role(), t.past(), t.reading(), t.pattern()));
                }
            }
        }
        return all;
    }

    /** Whether the match that found a tie by a description also found the organization named. */
    private static boolean namedByTheSameMatch(SentenceReading r, Tie t) {
        return r.ties().stream().anyMatch(o -> o != t && o.person() == t.person() && o.pattern().equals(t.pattern())
                && o.past() == t.past() && o.org().named());
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Document document() {
        return document;
    }

    public List<SentenceReading> readings() {
        return readings;
    }

    public People people() {
        return people;
    }

    /**
     * Gazetteer names and the companies the article introduces anywhere in the text (cheap: "Quillmark currently has 14
     * employees. It has also recruited X" is about Quillmark, though no move word made that sentence parsed) and the
     * organizations of the parsed sentences, in text order.
     */
    private static List<Mention> organizationsOf(String text, List<SentenceReading> readings, Gazetteer gazetteer,
                                                 List<String> introduced, Lexicon lexicon) {
        List<Mention> orgs = new ArrayList<>();
        for (Gazetteer.Hit hit : gazetteer.findAll(text)) {
            if (opensABodysName(text, hit.end(), lexicon)) {
                continue; // "Prudential Supervision Authority" is no mention of Prudential
            }
            orgs.add(new Mention(Mention.Type.ORG, 0, 0, hit.surface(), hit.start(), hit.end(),
                    gazetteer.refOf(hit.organization()), hit.organization().kind(), "gazetteer"));
        }
        for (int[] at : org.talentflow.core.mention.IntroducedCompanies.occurrences(text, introduced)) {
            String name = text.substring(at[0], at[1]);
            if (orgs.stream().noneMatch(o -> o.begin() <= at[0] && at[0] < o.end())) {
                orgs.add(new Mention(Mention.Type.ORG, 0, 0, name, at[0], at[1], OrgRef.of(name), null, "introduced"));
            }
        }
        List<Mention> read = new ArrayList<>();
        for (SentenceReading r : readings) {
            for (Mention m : r.mentions().of(Mention.Type.ORG)) {
                if (!m.known()) {
                    orgs.add(m);
                    read.add(m);
                }
            }
        }
        elsewhere(text, read, orgs, readings, lexicon);
        orgs.sort(Comparator.comparingInt(Mention::begin));
        return orgs;
    }

    private static final java.util.regex.Pattern CAPITALIZED_WORDS = java.util.regex.Pattern.compile("(?: \\p{Lu}[\\p{L}'-]*)+");

    /** Whether capitalized words after a known name end in a word of a body's name: "Prudential| Supervision Authority". */
    static boolean opensABodysName(String text, int end, Lexicon lexicon) {
        java.util.regex.Matcher m = CAPITALIZED_WORDS.matcher(text).region(end, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        String words = m.group().strip();
        return lexicon.isBodyWord(words.substring(words.lastIndexOf(' ') + 1));
    }

    /**
     * "Verdant's shares were little changed": a company no gazetteer knows, found by name in a parsed sentence, is
     * named wherever the article writes that name, in sentences no move word made parsed too; so it counts as often
     * as a company the gazetteer knows when the story is weighed for what it is about. Only one-word names and names
     * ending in a word of company names ("Verdant", "Helixa Bio"): the tagger reads people as organizations too.
     */
    private static void elsewhere(String text, List<Mention> read, List<Mention> orgs, List<SentenceReading> readings,
                                  Lexicon lexicon) {
        // (a word of a person's name is no company's, whatever the tagger made of it once: "Okonkwo", "King")
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (SentenceReading r : readings) {
            for (Mention p : r.mentions().of(Mention.Type.PERSON)) {
                personWords.addAll(List.of(p.text().split("[\\s-]+")));
            }
        }
        java.util.Map<String, Mention> names = new java.util.LinkedHashMap<>();
        for (Mention m : read) {
            String name = m.text().trim();
            if (name.length() >= 3 && Character.isUpperCase(name.codePointAt(0))
                    && !name.toLowerCase(java.util.Locale.ROOT).startsWith("the ")
                    && java.util.Arrays.stream(name.split("[\\s-]+")).noneMatch(personWords::contains)
                    && (name.indexOf(' ') < 0 || lexicon.isOrgNameWord(name.substring(name.lastIndexOf(' ') + 1)))) {
                names.putIfAbsent(name, m);
            }
            String[] words = name.split(" ");
            if (words.length >= 2 && words.length <= 3 && lexicon.isOrgNameWord(words[words.length - 1]) && words[0].length() >= 4
                    && words[0].chars().allMatch(Character::isLetter) && Character.isUpperCase(words[0].codePointAt(0))
                    && !personWords.contains(words[0]) && !lexicon.isOrgNameWord(words[0])
                    && !java.util.regex.Pattern.compile("(?<![\\p{L}/.-])" + words[0].toLowerCase(java.util.Locale.ROOT)
                            + "(?![\\p{L}-])").matcher(text).find()) {
                // "Corvane Logistics ... at Corvane's top table": a company's first word alone is the company too
                // (not a word the text also writes in lower case: "Northern Ledger")
                names.putIfAbsent(words[0], new Mention(Mention.Type.ORG, 0, 0, words[0], m.begin(), m.begin() + words[0].length(),
                        ownName(m), m.orgKind(), m.source()));
            }
        }
        List<Mention> found = new ArrayList<>();
        for (Mention m : names.values()) {
            if (orgs.stream().anyMatch(o -> o.org() != null && !read.contains(o) && sameOrganization(o.org(), ownName(m)))) {
                continue; // "Ares" of "Ares Management Corporation": the gazetteer's or the article's own name counts for it
            }
            // (a whole name, not a part of a longer one: "Ames" is no company in "Whitaker-Ames")
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}-])(?<!\\p{Lu}\\p{L}{0,20} )"
                    + java.util.regex.Pattern.quote(m.text().trim()) + "(?![\\p{L}\\p{N}-])(?! \\p{Lu})").matcher(text);
            while (at.find()) {
                int start = at.start();
                int end = at.end();
                if (orgs.stream().noneMatch(o -> o.begin() < end && start < o.end())
                        && found.stream().noneMatch(o -> o.begin() < end && start < o.end())) {
                    // (the source stays the tagger's or the parse's: the scorer weighs how a name was found)
                    found.add(new Mention(Mention.Type.ORG, 0, 0, at.group(), start, end, ownName(m), m.orgKind(), m.source()));
                }
            }
        }
        orgs.addAll(found);
    }

    /** The organization a name stands for: a run of proper nouns no gazetteer knows stands for its own name. */
    private static OrgRef ownName(Mention m) {
        return m.org() != null ? m.org() : OrgRef.of(m.text().strip());
    }

    /**
     * A slot as the document resolves it: a description becomes the last organization named before it (never a
     * news outlet, never the organization on the other side of the same move); a person who hires stands for the
     * organization they are tied to; a name stays as it is.
     */
    public OrgSlot resolve(OrgSlot slot, OrgSlot otherSide, List<Tie> ties) {
        return resolve(slot, otherSide, ties, org -> false);
    }

    /** The same, a description never standing for an organization {@code unfit} rules out. */
    public OrgSlot resolve(OrgSlot slot, OrgSlot otherSide, List<Tie> ties, java.util.function.Predicate<OrgRef> unfit) {
        return spelledOut(resolved(slot, otherSide, ties, unfit));
    }

    /**
     * "NHS Greater Wessex Integrated Care Board (ICB) ... will leave the ICB": an acronym the article defines stands for
     * the name it was given for.
     */
    private OrgSlot spelledOut(OrgSlot slot) {
        if (slot == null || !slot.named() || slot.org().unit() != null) {
            return slot;
        }
        String full = acronyms.get(slot.org().organization());
        return full == null ? slot : new OrgSlot(OrgRef.of(full), slot.mention(), slot.how());
    }

    private OrgSlot resolved(OrgSlot slot, OrgSlot otherSide, List<Tie> ties, java.util.function.Predicate<OrgRef> unfit) {
        if (slot != null && "person-name".equals(slot.mention().source()) && slot.mention().words() == 1
                && people.of(slot.mention()) != null
                && people.of(slot.mention()).fullyNamed()) {
            // "Joining Moss is X": a one-word name the clause took for a company is a person the story named in full
            slot = new OrgSlot(null, slot.mention(), "person");
        }
        if (slot == null || slot.named()) {
            return slot;
        }
        if (slot.isDescription()) {
            OrgSlot joined = wherePeopleJustToldWent(slot.mention(), ties);
            if (joined != null) {
                return joined;
            }
            Mention defined = definedTerms().get(slot.mention().text().trim());
            if (defined != null) {
                return new OrgSlot(defined.org(), defined, "description");
            }
            return described(slot.mention(), otherSide != null ? otherSide.org() : null, true, unfit);
        }
        if (slot.isPerson()) {
            boolean we = Set.of("we", "us").contains(slot.mention().text().toLowerCase(java.util.Locale.ROOT));
            People.Person hirer = people.of(slot.mention());
            if (hirer != null && we) {
                // "this spring we brought in our first head of sales": the company the speaker went to last (the one
                // they founded, in an interview about it), not every post a career held
                List<MoveFact> all = moves();
                for (int i = all.size() - 1; i >= 0; i--) {
                    MoveFact f = all.get(i);
                    if (f.arrives() && f.to() != null && f.to().named() && people.of(f.mover()) == hirer) {
                        return new OrgSlot(f.to().org(), f.to().mention(), "person");
                    }
                }
            }
            if (we && authorOfTheText() != null) {
                // "Ashgrove Capital Partners: 2025 letter to investors ... Celia Fontaine joined us in June": the
                // organization a text is written by, as its title says
                return new OrgSlot(OrgRef.of(authorOfTheText()), slot.mention(), "person");
            }
            for (Tie t : ties) {
                if (hirer != null && hirer == people.of(t.person()) && !t.past()) {
                    return new OrgSlot(t.org().org(), t.org().mention(), "person");
                }
            }
            // "Joining Andrew Dai is X": one who joins a person goes where that person went
            for (MoveFact f : hirer == null ? List.<MoveFact>of() : moves()) {
                if (f.arrives() && f.to() != null && f.to().named() && people.of(f.mover()) == hirer) {
                    return new OrgSlot(f.to().org(), f.to().mention(), "person");
                }
            }
            if (firmNamedForPeople(slot.mention(), hirer)) {
                return new OrgSlot(OrgRef.of(slot.mention().text().trim()), slot.mention(), "name");
            }
        }
        return null;
    }

    /**
     * The organization a title says wrote the text, "Ashgrove Capital Partners: 2025 letter to investors" (a name ending in
     * a word of organization names, before a colon); null if the title says none.
     */
    private String authorOfTheText() {
        String title = document.title() == null ? "" : document.title();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^((?:\\p{Lu}[\\p{L}&'-]* ){1,4}(\\p{Lu}\\p{L}+)):").matcher(title);
        return m.find() && lexicon.isOrgNameWord(m.group(2)) ? m.group(1) : null;
    }

    /**
     * "left Citi to join Julius Baer as head of Asia": a full name the story names once, right after "join" or right
     * before "as", with no post or move of its own, is a firm named for its founders (the tagger reads a person).
     */
    private boolean firmNamedForPeople(Mention name, People.Person person) {
        if (name.words() < 2 || person != null && person.mentions().size() > 1) {
            return false;
        }
        String text = document.text();
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 4));
        String before = text.substring(Math.max(0, name.begin() - 9), name.begin()).toLowerCase(java.util.Locale.ROOT);
        return after.startsWith(" as ") || before.matches(".*\\bjoin(?:s|ed|ing)? $");
    }

    /**
     * "The company was started by A and B ... The third co-founder joined them from Adyen": "them" (or "they") after a
     * sentence in which several people, or a group, arrive or found stands for those people, and one who joins them
     * goes where they went ("They will be joined by X").
     */
    private OrgSlot wherePeopleJustToldWent(Mention description, List<Tie> ties) {
        String word = description.text().trim();
        if (!word.equalsIgnoreCase("them") && !word.equalsIgnoreCase("they")) {
            return null;
        }
        List<MoveFact> all = moves();
        MoveFact latest = null;
        for (MoveFact f : all) {
            if (f.arrives() && f.to() != null && f.reading().parsed().sentence().end() <= description.begin()
                    && (latest == null || f.sentenceIndex() >= latest.sentenceIndex())
                    && all.stream().anyMatch(g -> g != f && g.reading() == f.reading() && g.arrives() && g.to() != null
                            && people.of(g.mover()) != people.of(f.mover()))) {
                latest = f;
            }
        }
        // ("Anthropic has hired three researchers from DeepMind ... They will be joined by X": a group's move)
        for (MoveFact g : groups()) {
            if (g.arrives() && g.to() != null && g.to().named() && g.reading().parsed().sentence().end() <= description.begin()
                    && (latest == null || g.sentenceIndex() >= latest.sentenceIndex())) {
                latest = g;
            }
        }
        if (latest == null || description.begin() - latest.reading().parsed().sentence().end() > 400) {
            return null;
        }
        OrgSlot to = resolve(latest.to(), latest.from(), ties);
        return to != null && to.named() ? new OrgSlot(to.org(), to.mention(), "description") : null;
    }

    /** The noun a description ends in, read whole where the tokenizer parted it ("the start-up"). */
    String headNoun(Mention description) {
        String text = description.text().trim();
        String head = text.substring(text.lastIndexOf(' ') + 1);
        // "the start-up": the tokenizer parts a hyphenated noun, and the mention holds only its last part
        java.util.regex.Matcher hyphenated = HYPHENATED_END.matcher(document.text())
                .region(Math.max(0, description.begin() - 24), Math.min(description.end(), document.text().length()));
        return hyphenated.find() && lexicon.isOrgNoun(hyphenated.group().toLowerCase(java.util.Locale.ROOT))
                ? hyphenated.group() : head;
    }

    private static final java.util.regex.Pattern HYPHENATED_END = java.util.regex.Pattern.compile("\\p{L}+-\\p{L}+$");

    /**
     * The organization a description stands for: the nearest fitting one before it in its own sentence that a
     * clause is about, else the last fitting one the story named before it. With {@code talkedAbout} (a description
     * proper, not the story around a clause), a name that only said where someone works ("two Adobe designers") does
     * not count, since "the company" is one the story talks about, and an owner of the clause's subject ("Xpeng's head
     * of AI") does not stand for a noun of its own clause.
     */
    private OrgSlot described(Mention description, OrgRef avoid, boolean talkedAbout, java.util.function.Predicate<OrgRef> unfit) {
        Mention before = talkedAbout ? subjectOfTheSentenceBefore(description, avoid) : null;
        if (before != null && !unfit.test(before.org())) {
            return new OrgSlot(before.org(), before, "description");
        }
        Mention subject = subjectOrganizationBefore(description, avoid, !talkedAbout);
        if (subject != null && !unfit.test(subject.org())) {
            return new OrgSlot(subject.org(), subject, "description");
        }
        if (lexicon.isPartNoun(headNoun(description).toLowerCase(java.util.Locale.ROOT)) && !possessed(description)) {
            // "Wielgosz and Varga join the pretraining team": a part of the organization the story is about there
            Mention main = mainOrganizationBefore(description.begin(), avoid, unfit);
            if (main != null) {
                return new OrgSlot(main.org(), main, "description");
            }
        }
        java.util.function.Predicate<Mention> fits = m -> m.orgKind() != OrgKind.MEDIA
                && (avoid == null || !sameOrganization(avoid, m.org())) && !inTeaser(m)
                && !(talkedAbout && qualifiesAPerson(m)) && !lexicon.isPlatformNoun(wordAfter(m))
                && (possessed(description) || lexicon.fits(headNoun(description), m.orgKind())) && !unfit.test(m.org());
        Mention last = null;
        Mention namesTheNoun = null;
        String noun = headNoun(description).toLowerCase(java.util.Locale.ROOT);
        for (Mention m : organizations) {
            if (m.begin() >= description.begin()) {
                break;
            }
            if (fits.test(m)) {
                last = m;
                if (lexicon.isNamedNoun(noun) && (hasWord(m, noun) || namedAfter(m, noun)) || introducedAs(m, noun)) {
                    namesTheNoun = m;
                }
            }
        }
        // "Gresham University ... its new Centre for Machine Reasoning ... The centre has also hired": a description
        // stands for the last name that says what it is, before a later name that only may be one
        last = namesTheNoun != null ? namesTheNoun : last;
        if (namesTheNoun == null && last != null && lexicon.isOrgNoun(noun)) {
            // "Ferro Bank and Lindqvist & Co declined to comment. The bank did confirm ...": of names told together, the
            // one that says what the noun says
            int sentence = textSentenceStart(last.begin());
            for (Mention m : organizations) {
                if (m.begin() >= sentence && m.begin() < last.begin() && fits.test(m) && hasWord(m, noun)
                        && !hasWord(last, noun)) {
                    last = m;
                }
            }
        }
        if (last != null && (!talkedAbout || subjectOfItsClause(description))) {
            // "Ledgerline, a startup ..., came out of stealth with funding led by Sequoia. The company was founded by":
            // a sentence before that opens on a name is about it, not about the names later in it, when the description
            // is what its own clause is about too (not "he spent a decade at the Swiss drugmaker" after "A hired him from B")
            int start = textSentenceStart(last.begin());
            if (start < description.begin() && description.begin() > textSentenceEnd(last.begin())) {
                for (Mention m : organizations) {
                    if (m.begin() == start && m != last && fits.test(m) && !aPersonsName(m)) {
                        last = m;
                        break;
                    }
                }
            }
        }
        // ("joined Verdant in 2017. The company also named X": a description stands for a name the gazetteer does not know too)
        // (named more than once: "King" of "King's Cross" is no company)
        OrgRef org = last == null ? null : last.org() == null && talkedAbout && Character.isUpperCase(last.text().strip().codePointAt(0))
                && timesWritten(last.text().strip()) >= 2 ? ownName(last) : last.org();
        if (last != null && namesTheNoun == null && !lexicon.saysWhichKind(noun) && !possessed(description)
                && last.begin() < sentenceStart(description.begin()) && timesNamed(last.org()) == 1) {
            // "Kestrel Logistics said ... Petersen joins from Nordhavn Shipping ... Solberg will leave the company": a
            // bare "the company" stands for the organization the story names again and again, not for one named once in
            // passing the sentence before
            Mention main = mainOrganizationBefore(description.begin(), avoid, unfit, 2);
            if (main != null && fits.test(main) && !sameOrganization(main.org(), last.org())) {
                return new OrgSlot(main.org(), main, "description");
            }
        }
        return last == null ? null : new OrgSlot(org, last, "description");
    }

    /**
     * "Ledgerly, a London start-up that ..., ... The start-up has also hired"; "the Office for Digital Competition, the
     * regulator set up ... after leading the regulator": the name the story set the noun beside
     * when it introduced it, before a later name that only may be one.
     */
    private boolean introducedAs(Mention m, String noun) {
        if (!lexicon.saysWhichKind(noun)) {
            return false; // ("It hired X"; "AstraZeneca, the Anglo-Swedish drug company": "the company" may be any)
        }
        java.util.regex.Matcher after = INTRODUCED_AS.matcher(document.text()).region(m.end(), document.text().length());
        if (!after.lookingAt()) {
            return false;
        }
        // (", the Portland, Maine-based retailer": a place's comma inside the phrase; a word's comma ends it)
        for (String word : after.group(1).split("\\s+")) {
            if (APPOSITION_ENDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (word.replaceAll(",$", "").equalsIgnoreCase(noun)) {
                return true;
            }
            if (word.endsWith(",") && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** ", a London start-up", ", the regulator set up in 2023": the first words of an apposition, up to punctuation. */
    private static final java.util.regex.Pattern INTRODUCED_AS = java.util.regex.Pattern.compile(
            ",\\s+(?:a|an|the)\\s+((?:[\\p{L}\\d.'-]+,?\\s+){0,5}[\\p{L}\\d'-]+)");
    /** Where an apposition's own phrase ends and what it says of something else begins. */
    private static final Set<String> APPOSITION_ENDS = Set.of("that", "which", "who", "whose", "with", "at", "of", "in",
            "for", "and", "from", "to", "on", "by");

    /** Whether a name has a word, in any case: "Ferro Bank" has "bank". */
    private static boolean hasWord(Mention name, String word) {
        return java.util.Arrays.asList(name.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).contains(word);
    }

    /** "Centre for Ocean Robotics" where the tagger named only "Ocean Robotics": the noun opens the name before it. */
    private boolean namedAfter(Mention m, String noun) {
        String before = document.text().substring(Math.max(0, m.begin() - noun.length() - 6), m.begin());
        String capitalized = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(capitalized)
                + " (?:for|of|on) $").matcher(before).find();
    }

    /**
     * "its human-data team", "its robotics lab": the organization is the one "its" stands for, of any kind; the noun
     * names a part of it.
     */
    private boolean possessed(Mention description) {
        String text = document.text();
        int from = Math.max(0, description.begin() - 40);
        String[] words = text.substring(from, Math.min(description.begin(), text.length())).trim().split("\\s+");
        for (int k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
            if (words[k].equalsIgnoreCase("its")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that points to another story ("RELATED: …", "Read more: …") or a photo's caption ("FILE PHOTO: …"): it tells
     * nothing of what "the company" of the story is.
     */
    private static final java.util.regex.Pattern TEASER = java.util.regex.Pattern.compile(
            "(?im)^[ \t]*(?:related|read more|see also|also read|read also|more|recommended|editor's pick"
                    + "|file photo|photo|image|caption|pictured)[ \t]*:.*$");

    private List<int[]> teasers;

    private boolean inTeaser(Mention m) {
        if (teasers == null) {
            teasers = new ArrayList<>();
            java.util.regex.Matcher t = TEASER.matcher(document.text());
            while (t.find()) {
                teasers.add(new int[] {t.start(), t.end()});
            }
        }
        return teasers.stream().anyMatch(t -> t[0] <= m.begin() && m.end() <= t[1]);
    }

    /** The word right after a mention, lower case ("" at a punctuation mark): "post" after "a LinkedIn". */
    private String wordAfter(Mention m) {
        String text = document.text();
        int i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "a former OpenAI employee", "Google DeepMind VP": a name that only says where someone works or worked is not
     * what the story goes on to call "the company".
     */
    private boolean qualifiesAPerson(Mention m) {
        String word = wordAfter(m);
        if (word.isEmpty()) {
            return false;
        }
        return lexicon.isTitleWord(word) || word.endsWith("s") && lexicon.isTitleWord(word.substring(0, word.length() - 1))
                || lexicon.markerTime(word) != null;
    }

    private static final Set<String> ORG_POSSESSIVES = Set.of("its", "their");

    /**
     * "Apple has named X, previously at Amazon, to run its group"; "Nvidia acquired the startup Lumora and hired its
     * founders": in its own sentence a description stands for the nearest organization before it that is a subject or
     * object of a clause, passing over those named inside a person's apposition.
     */
    private Mention subjectOrganizationBefore(Mention description, OrgRef avoid, boolean owners) {
        SentenceReading r = readingAt(description.begin());
        if (r != null) {
            org.talentflow.core.parse.ParsedSentence s = r.parsed();
            Mention found = null;
            for (Mention m : r.mentions().of(Mention.Type.ORG)) {
                if (m.begin() >= description.begin() || m.orgKind() == OrgKind.MEDIA || !lexicon.fits(headNoun(description), m.orgKind())
                        || avoid != null && sameOrganization(avoid, m.org())) {
                    continue;
                }
                for (int i = m.first(); i <= m.last(); i++) {
                    if ((!s.governors(i, "nsubj", "nsubj:pass", "obj", "conj:and").isEmpty() || owners && ownsTheSubject(s, i)) && !insideApposition(s, i)) {
                        found = m;
                    }
                }
            }
            if (found == null && ORG_POSSESSIVES.contains(description.text().trim().toLowerCase(java.util.Locale.ROOT))) {
                // "The trust also confirmed that its medical director ... will step down": "its" of a clause whose
                // sentence is about a description stands for what that description stands for
                for (Mention m : r.mentions().of(Mention.Type.ORG_NOUN)) {
                    if (m.begin() < description.begin() && s.token(m.last()).isNoun() && !s.token(m.last()).isProperNoun()
                            && subjectOfTheSentence(s, m)) {
                        return standsFor(m, avoid);
                    }
                }
            }
            return found;
        }
        return null;
    }

    /**
     * "Parallax hired A as its head of research. It also brought in two researchers from B": an "it" that is the subject
     * of its clause goes on with the organization that was the subject of the sentence before, not with the last one
     * named there.
     */
    private Mention subjectOfTheSentenceBefore(Mention description, OrgRef avoid) {
        SentenceReading own = null;
        SentenceReading previous = null;
        for (SentenceReading r : readings) {
            if (description.begin() >= r.parsed().sentence().begin() && description.begin() < r.parsed().sentence().end()) {
                own = r;
                break;
            }
            previous = r;
        }
        if (own == null || !own.parsed().token(description.first()).isPronoun()
                || !(itAsSubject(own.parsed(), description.first()) || itsOfTheSubject(own, description))) {
            return null;
        }
        if (previous == null || own.parsed().sentence().index() != previous.parsed().sentence().index() + 1) {
            return openingOfTheTextSentenceBefore(own.parsed().sentence().begin(), avoid);
        }
        org.talentflow.core.parse.ParsedSentence s = previous.parsed();
        for (Mention m : previous.mentions().of(Mention.Type.ORG)) {
            if (m.org() != null && m.orgKind() != OrgKind.MEDIA && (avoid == null || !sameOrganization(avoid, m.org()))
                    && s.token(m.last()).isProperNoun() && subjectOfTheSentence(s, m)) {
                return m;
            }
        }
        // "The bank did confirm two other changes. Ravi Chandran, its global head of equities, will leave": a subject
        // that is itself a description stands for what it stands for
        for (Mention m : previous.mentions().of(Mention.Type.ORG_NOUN)) {
            if (s.token(m.last()).isNoun() && !s.token(m.last()).isProperNoun() && subjectOfTheSentence(s, m)) {
                return standsFor(m, avoid);
            }
        }
        // ("Its first hire, A, joined in March. Its newest recruit, B, ...": an "its" of the subject before goes on with
        // what that one stood for)
        for (Mention m : previous.mentions().of(Mention.Type.ORG_NOUN)) {
            if (s.token(m.first()).isPronoun() && itsOfTheSubject(previous, m)) {
                return standsFor(m, avoid);
            }
        }
        return null;
    }

    /**
     * "The bank did, however, confirm two other changes. Ravi Chandran, its global head, will leave": a sentence no move
     * word had parsed is about the organization it opens with, by name or by a description ("The bank").
     */
    private Mention openingOfTheTextSentenceBefore(int begin, OrgRef avoid) {
        String text = document.text();
        int end = begin;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || ".!?".indexOf(text.charAt(end - 1)) < 0) {
            return null;
        }
        int start = textSentenceStart(end - 1);
        for (Mention m : organizations) {
            if (m.begin() == start && m.org() != null && m.orgKind() != OrgKind.MEDIA
                    && (avoid == null || !sameOrganization(avoid, m.org()))) {
                return m;
            }
        }
        java.util.regex.Matcher the = java.util.regex.Pattern.compile("(?:The|This) (\\p{Ll}+)\\b").matcher(text).region(start, end);
        if (the.lookingAt() && lexicon.isOrgNoun(the.group(1))) {
            Mention noun = new Mention(Mention.Type.ORG_NOUN, 0, 0, the.group(1), the.start(1), the.end(1), null, null,
                    "description");
            return standsFor(noun, avoid);
        }
        return null;
    }

    /** The name a description stands for ("The bank" for "Ferro Bank"), or null. */
    private Mention standsFor(Mention description, OrgRef avoid) {
        OrgSlot resolved = described(description, avoid, true, org -> false);
        return resolved == null || resolved.org() == null ? null : resolved.mention();
    }

    private static boolean itAsSubject(org.talentflow.core.parse.ParsedSentence s, int token) {
        return "it".equalsIgnoreCase(s.token(token).word()) && !s.governors(token, "nsubj", "nsubj:pass").isEmpty();
    }

    /**
     * "Ravi Chandran, its global head of equities, will leave": "its" owning the subject of the sentence or its
     * apposition, with no organization named before it in the sentence, goes on with what the sentence before was about.
     */
    private static boolean itsOfTheSubject(SentenceReading own, Mention description) {
        org.talentflow.core.parse.ParsedSentence s = own.parsed();
        int its = description.first();
        if (!"its".equalsIgnoreCase(s.token(its).word())
                || own.mentions().of(Mention.Type.ORG).stream().anyMatch(m -> m.last() < its)) {
            return false;
        }
        for (int owned : s.governors(its, "nmod:poss")) {
            List<Integer> subjects = new ArrayList<>(List.of(owned));
            subjects.addAll(s.governors(owned, "appos"));
            for (int subject : subjects) {
                if (s.governors(subject, "nsubj", "nsubj:pass").stream().anyMatch(v -> s.governors(v).isEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Xpeng's head of AI joined in May": the organization whose person is the subject of a clause. */
    private static boolean ownsTheSubject(org.talentflow.core.parse.ParsedSentence s, int token) {
        for (int owned : s.governors(token, "nmod:poss")) {
            if (!s.governors(owned, "nsubj", "nsubj:pass").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token hangs, within a few steps, on an apposition to a person (what is said of someone, not of the clause). */
    private static boolean insideApposition(org.talentflow.core.parse.ParsedSentence s, int token) {
        int node = token;
        for (int depth = 0; node > 0 && depth < 4; depth++) {
            for (int head : s.governors(node, "appos", "acl:relcl")) {
                if ("PERSON".equals(s.token(head).ner()) || s.token(head).isPronoun()) {
                    return true;
                }
            }
            List<org.talentflow.core.parse.ParsedSentence.Edge> up = s.governors(node);
            node = up.isEmpty() ? 0 : up.get(0).governor();
        }
        return false;
    }

    /**
     * The organization a sentence is about at an offset: the one the story named last before it (no outlet), which
     * may be one named only as where someone works ("two Adobe designers have left").
     */
    public OrgSlot contextAt(int offset, OrgRef avoid, java.util.function.Predicate<OrgRef> unfit) {
        Mention at = new Mention(Mention.Type.ORG_NOUN, 0, 0, "", offset, offset, null, null, "context");
        OrgSlot slot = described(at, avoid, false, unfit);
        int item = listItemStart(offset);
        int firstItem = firstItemOfTheList(item);
        // "• X has joined A. • Y has been hired by B": an item of a list says nothing of the next (what opens the list
        // may: "Kestrel has hired three partners: - A joins from Amazon")
        java.util.function.Predicate<Mention> inAnotherItem = m -> item >= 0 && m.begin() >= firstItem && m.begin() < item;
        if (slot == null || inAnotherItem.test(slot.mention())) {
            return null;
        }
        // "He received his Ph.D. from Johns Hopkins University. ... Dr. Cho joins from Regeneron": a name said once in
        // passing is not what the story is about when it names another again and again before the clause.
        // A press release that defines "the Company" or "the Group" for its issuer, or closes on "About" its issuer, is
        // about that organization.
        java.util.function.Predicate<Mention> fits = d -> d.begin() < offset
                && (avoid == null || !sameOrganization(avoid, d.org())) && !unfit.test(d.org());
        Mention issuer = definedTerms().values().stream().filter(fits).findFirst()
                .orElseGet(() -> issuerMentions().stream().filter(fits).findFirst().orElse(null));
        Mention main = issuer != null ? issuer : mainOrganizationBefore(offset, avoid, unfit);
        if (main == null && slot.mention().begin() < previousSentenceStart(offset)) {
            // (a name of the sentence just before is what the clause goes on with: "Barclays has appointed A. ... A
            // joins from Citigroup")
            main = leadSubject(offset, avoid, unfit);
        }
        main = main != null && inAnotherItem.test(main) ? null : main;
        boolean defined = main != null && main == issuer;
        if (main != null && (defined || timesNamed(slot.org()) == 1) && !sameOrganization(main.org(), slot.org())
                && slot.mention().begin() < sentenceStart(offset)) {
            return spelledOut(new OrgSlot(main.org(), main, "context"));
        }
        return spelledOut(new OrgSlot(slot.org(), slot.mention(), "context"));
    }

    private List<Mention> issuerMentions;

    /** Where the story names the issuer of a press release (IntroducedCompanies.issuer), in text order. */
    private List<Mention> issuerMentions() {
        if (issuerMentions == null) {
            String issuer = org.talentflow.core.mention.IntroducedCompanies.issuer(document.text());
            issuerMentions = issuer == null ? List.of() : organizations.stream()
                    .filter(m -> m.org() != null && (issuer.equals(m.text()) || issuer.startsWith(m.text() + " ")))
                    .toList();
        }
        return issuerMentions;
    }

    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "[ \t]*(?:[" + org.talentflow.core.pipeline.SentenceSelector.BULLET_MARKS + "\u2013\u2014-]|\\d{1,2}[.)])\\s");

    /** Where the bulleted or numbered line holding an offset begins (-1 outside such a line). */
    private int listItemStart(int offset) {
        String text = document.text();
        int line = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
        return LIST_ITEM.matcher(text).region(line, text.length()).lookingAt() ? line : -1;
    }

    /** Where the list whose item begins at {@code item} begins: its first item, past blank lines. */
    private int firstItemOfTheList(int item) {
        String text = document.text();
        int first = item;
        while (first > 0) {
            int end = first - 1;
            while (end > 0 && text.charAt(end - 1) == '\n') {
                end--;
            }
            int line = text.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
            if (line >= first || !LIST_ITEM.matcher(text).region(line, text.length()).lookingAt()) {
                break;
            }
            first = line;
        }
        return first;
    }

    /**
     * A parenthesis that defines names for a company: ("the Company"), ("Kessler" or the "Company"), 'Standard
     * Chartered PLC (the "Group")'.
     */
    private static final java.util.regex.Pattern DEFINITIONS = java.util.regex.Pattern.compile("\\(([^()]{1,120})\\)");
    private static final java.util.regex.Pattern DEFINED_TERM = java.util.regex.Pattern.compile(
            "^\\s*(?:the\\s+)?[\"\u201c](\\p{Lu}\\p{L}+)[\"\u201d]|\\bthe\\s+[\"\u201c](\\p{Lu}\\p{L}+)[\"\u201d]");
    /** What may stand between a name and its definition: a legal form, a ticker ("Acme Bancorp, Inc. (NASDAQ: ACME)"). */
    private static final java.util.regex.Pattern BEFORE_DEFINITION = java.util.regex.Pattern.compile(
            "[\\s,]*(?:(?:Inc|Ltd|Corp|Co|PLC|plc|LLC|L\\.P|N\\.A|S\\.A|AG|SE|NV|N\\.V|Limited)\\.?[\\s,]*)*(?:\\([^()]*\\)\\s*)?");

    private java.util.Map<String, Mention> definedTerms;

    /**
     * The capitalized words for any company ("Group", "Company", "Bank") that the article defines in parentheses right
     * after an organization's name: there, "the Group" is that organization wherever it stands, not the last one named.
     */
    private java.util.Map<String, Mention> definedTerms() {
        if (definedTerms == null) {
            definedTerms = new java.util.HashMap<>();
            String text = document.text();
            java.util.regex.Matcher m = DEFINITIONS.matcher(text);
            while (m.find()) {
                java.util.regex.Matcher d = DEFINED_TERM.matcher(m.group(1));
                while (d.find()) {
                    String term = d.group(1) != null ? d.group(1) : d.group(2);
                    if (!lexicon.isOrgNoun(term.toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    Mention owner = null;
                    for (Mention o : organizations) {
                        // ("Standard Chartered PLC (", "Acme Bancorp, Inc. (NASDAQ: ACME) (": a legal form, a ticker)
                        if (o.end() <= m.start() && o.org() != null
                                && BEFORE_DEFINITION.matcher(text.substring(o.end(), m.start())).matches()) {
                            owner = o;
                        }
                    }
                    if (owner != null) {
                        definedTerms.putIfAbsent(term, owner);
                    }
                }
            }
        }
        return definedTerms;
    }

    /** The organization named three times or more before an offset, and more often than any other; null if none. */
    private Mention mainOrganizationBefore(int offset, OrgRef avoid, java.util.function.Predicate<OrgRef> unfit) {
        return mainOrganizationBefore(offset, avoid, unfit, 3);
    }

    /** The same, named at least {@code times} times. */
    private Mention mainOrganizationBefore(int offset, OrgRef avoid, java.util.function.Predicate<OrgRef> unfit, int times) {
        Mention best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Mention m : organizations) {
            if (m.begin() >= offset || m.org() == null || m.orgKind() == OrgKind.MEDIA
                    || avoid != null && sameOrganization(avoid, m.org()) || unfit.test(m.org())) {
                continue;
            }
            int count = (int) organizations.stream().filter(o -> o.begin() < offset && o.org() != null
                    && sameOrganization(o.org(), m.org())).count();
            if (count > bestCount) {
                best = m;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && !sameOrganization(best.org(), m.org())) {
                tie = true;
            }
        }
        return bestCount >= times && !tie ? best : null;
    }

    /**
     * Whether an organization is the first one the article's opening names ("NEW YORK -- Ares Management Corporation
     * today announced ..."): what a press release or a report is about.
     */
    public boolean isLeadOrganization(OrgRef org) {
        if (leadOrganization == null) {
            leadOrganization = java.util.Optional.ofNullable(firstOrganizationOfTheOpening());
        }
        return leadOrganization.isPresent() && sameOrganization(leadOrganization.get().org(), org);
    }

    /** Asked for every organization a clause might go to: found once (the readings do not change). */
    private java.util.Optional<Mention> leadOrganization;

    private Mention firstOrganizationOfTheOpening() {
        Mention first = null;
        for (SentenceReading r : readings) {
            if (r.parsed().sentence().index() <= 2) {
                for (Mention m : r.mentions().of(Mention.Type.ORG)) {
                    if (m.org() != null && m.orgKind() != OrgKind.MEDIA && (first == null || m.begin() < first.begin())) {
                        first = m;
                    }
                }
            }
        }
        return first;
    }

    /**
     * "BOSTON - Verdance Therapeutics ... has hired two researchers from Novartis and named a finance chief": the
     * organization that hires as the subject of the article's first sentence is what the story is about.
     */
    private Mention leadSubject(int offset, OrgRef avoid, java.util.function.Predicate<OrgRef> unfit) {
        for (SentenceReading r : readings) {
            org.talentflow.core.parse.ParsedSentence s = r.parsed();
            if (s.sentence().index() > 1 || s.sentence().begin() >= offset) {
                continue;
            }
            for (Mention m : r.mentions().of(Mention.Type.ORG)) {
                boolean hires = java.util.stream.Stream.concat(r.moves().stream(), r.groups().stream())
                        .anyMatch(f -> (f.frame() == org.talentflow.core.lexicon.Frame.HIRE
                                || f.frame() == org.talentflow.core.lexicon.Frame.APPOINT)
                                && f.to() != null && f.to().mention() == m);
                if (hires && m.org() != null && m.orgKind() != OrgKind.MEDIA && (avoid == null || !sameOrganization(avoid, m.org()))
                        && !unfit.test(m.org()) && subjectOfTheSentence(s, m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Whether a name is the subject of its sentence's main verb (not of an apposition's). */
    private static boolean subjectOfTheSentence(org.talentflow.core.parse.ParsedSentence s, Mention m) {
        return !insideApposition(s, m.last())
                && s.governors(m.last(), "nsubj", "nsubj:pass").stream().anyMatch(v -> s.governors(v).isEmpty());
    }

    /** How many times the article writes a name, as a whole word. */
    private int timesWritten(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name)
                + "(?![\\p{L}\\p{N}])").matcher(document.text());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether a description is the subject of its clause ("The company was founded by ..."). */
    private boolean subjectOfItsClause(Mention description) {
        SentenceReading r = readingAt(description.begin());
        if (r == null) {
            return false;
        }
        org.talentflow.core.parse.ParsedSentence s = r.parsed();
        for (int i = description.first(); i <= description.last() && i >= 1 && i <= s.size(); i++) {
            if (!s.governors(i, "nsubj", "nsubj:pass").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The parsed sentence whose text holds an offset; null if no parsed sentence does. */
    private SentenceReading readingAt(int offset) {
        for (SentenceReading r : readings) {
            if (offset >= r.parsed().sentence().begin() && offset < r.parsed().sentence().end()) {
                return r;
            }
        }
        return null;
    }

    /** Whether a name the tagger read as an organization's is a person's of the story ("Ngozi Eze-Williams has joined"). */
    private boolean aPersonsName(Mention m) {
        String name = m.text().strip();
        return people.all().stream().anyMatch(p -> p.name().equals(name) || p.name().endsWith(" " + name) || name.endsWith(" " + p.name()));
    }

    /** Where the text's sentence (by full stops and line breaks) that holds an offset begins, its first letter. */
    private int textSentenceStart(int offset) {
        String text = document.text();
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && !(i >= 2 && ".!?".indexOf(text.charAt(i - 2)) >= 0
                && Character.isWhitespace(text.charAt(i - 1)))) {
            i--;
        }
        while (i < offset && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the text's sentence that holds an offset ends. */
    private int textSentenceEnd(int offset) {
        String text = document.text();
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && !(".!?".indexOf(text.charAt(i)) >= 0
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    /** Where the sentence before the one that holds an offset begins, by the text's full stops. */
    private int previousSentenceStart(int offset) {
        String text = document.text();
        int i = sentenceStart(offset) - 2;
        while (i > 0 && !(".!?".indexOf(text.charAt(i - 1)) >= 0 && Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        return Math.max(0, i);
    }

    /** Where the sentence that holds an offset begins (the offset itself when no sentence read holds it). */
    private int sentenceStart(int offset) {
        for (SentenceReading r : readings) {
            var p = r.parsed();
            if (p.size() > 0 && p.token(1).begin() <= offset && offset <= p.token(p.size()).end()) {
                return p.token(1).begin();
            }
        }
        return offset;
    }

    /** How many times the story names an organization (any of its names). */
    public int timesNamed(OrgRef org) {
        return (int) organizations.stream().filter(o -> o.org() != null && sameOrganization(o.org(), org)).count();
    }

    /**
     * Two names of one organization: equal once folded, or one the start of the other ("Verizon" and "Verizon
     * Communications Inc").
     */
    public static boolean sameOrganization(OrgRef a, OrgRef b) {
        if (a == null || b == null) {
            return false;
        }
        String x = org.talentflow.core.resolve.OrgNames.foldKey(a.organization());
        String y = org.talentflow.core.resolve.OrgNames.foldKey(b.organization());
        // "Manchester City" and, later in the story, "City": a one-word name that ends a longer one is its short form
        // "Greater Wessex" and "NHS Greater Wessex Integrated Care Board": a name of two words or more inside a longer one
        return x.equals(y) || !x.isEmpty() && !y.isEmpty() && (y.startsWith(x + " ") || x.startsWith(y + " ")
                || x.indexOf(' ') < 0 && y.endsWith(" " + x) || y.indexOf(' ') < 0 && x.endsWith(" " + y)
                || x.indexOf(' ') > 0 && (" " + y + " ").contains(" " + x + " ")
                || y.indexOf(' ') > 0 && (" " + x + " ").contains(" " + y + " "));
    }

    /** Every tie of the document, descriptions resolved. */
    public List<Tie> ties() {
        return ties;
    }

    /** Every group move of the document (unnamed people: "hired three engineers from Google"). */
    public List<MoveFact> groups() {
        List<MoveFact> all = new ArrayList<>();
        readings.forEach(r -> all.addAll(r.groups()));
        return all;
    }

    /** Every move fact of the document; a founding that names no company takes the name the next sentences give it. */
    public List<MoveFact> moves() {
        if (moves != null) {
            return moves;
        }
        List<MoveFact> all = new ArrayList<>();
        for (SentenceReading r : readings) {
            for (MoveFact f : r.moves()) {
                OrgSlot venture = f.frame() == org.talentflow.core.lexicon.Frame.FOUND && f.to() == null
                        ? ventureNamedAfter(f) : null;
                all.add(venture == null ? f : f.withSlots(f.from(), venture));
            }
        }
        moves = java.util.Collections.unmodifiableList(all);
        return moves;
    }


    /** The name the sentences after a founding give its new company (see NamedVentures), or null. */
    private OrgSlot ventureNamedAfter(MoveFact f) {
        if (ventures == null) {
            ventures = new NamedVentures(lexicon);
        }
        return ventures.after(document.text(), f.reading().parsed().sentence().end());
    }

}
