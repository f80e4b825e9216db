package org.talentflow.core.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.resolve.PersonNames;

/**
 * The people of a document: every mention of one person (full name, surname, pronoun) in one cluster. A surname
 * joins the full name that contains it (the nearest before it, else after it, else a full name the text gives
 * elsewhere); a pronoun joins the subject it follows.
 */
public final class People {

    /** One person of the document. */
    public static final class Person {
        private final int id;
        private String name;
        private Set<String> words;
        private final List<Mention> mentions = new ArrayList<>();

        Person(int id, String name) {
            this.id = id;
            this.name = name;
        }

        public int id() {
            return id;
        }

        /** The name as the document first gives it in full. */
        public String name() {
            return name;
        }

        public List<Mention> mentions() {
            return mentions;
        }

        /** Whether the document ever names this person with a given name and a surname. */
        public boolean fullyNamed() {
            return name.split("\\s+").length >= 2;
        }

        /** The folded words of the name, kept until the name changes: every new name is compared with each person. */
        Set<String> words() {
            if (words == null) {
                words = Set.copyOf(Arrays.asList(PersonNames.key(name).split(" ")));
            }
            return words;
        }

        private void rename(String fuller) {
            name = fuller;
            words = null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]+");
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("the", "a", "an", "mr", "ms", "mrs", "dr", "prof", "said",
            "says", "and", "but", "when", "while", "as", "at", "in", "on", "for", "with", "by", "from", "to", "of", "his",
            "her", "its", "their", "former", "new", "chief", "president", "executive", "ceo", "cto", "founder", "co-founder",
            "according", "after", "before", "since", "then", "also", "still", "even", "meanwhile", "now");

    private final List<Person> persons = new ArrayList<>();
    private final Map<Integer, Person> byMentionBegin = new HashMap<>();
    private final int maxPeople;
    /** Where each reading stands in the document's list, by identity (an equality test compares whole parses). */
    private final Map<SentenceReading, Integer> positions = new IdentityHashMap<>();
    private final Set<String> unfollowed = new HashSet<>();
    private final Map<String, Optional<String>> fullNames = new HashMap<>();
    private String text = "";
    private Set<String> companies = Set.of();
    private final Set<String> sayingVerbs = new HashSet<>();
    /** "m" or "f" for the people an honorific or a noun of kinship says it of (gendered-words.tsv). */
    private Map<Person, String> genders = Map.of();
    /** Whom an interview's answers speak for ("I" outside quotes), when the document is one. */
    private Person interviewee;

    private People(int maxPeople) {
        this.maxPeople = maxPeople;
    }

    /** Clusters the person mentions and pronouns of the readings (in document order) of a document text. */
    public static People of(String text, List<SentenceReading> readings, Lexicon lexicon) {
        return of(text, readings, lexicon, Integer.MAX_VALUE);
    }

    /** The same, following at most maxPeople people: the names of any more are not bound to anyone. */
    public static People of(String text, List<SentenceReading> readings, Lexicon lexicon, int maxPeople) {
        return of(text, readings, lexicon, maxPeople, Set.of());
    }

    /**
     * The same, where the article introduces the companies {@code companies} (IntroducedCompanies): a one-word name whose
     * fuller form in the text is one of them ("Helix Autonomy, the San Jose startup ... Helix said") is no person.
     */
    public static People of(String text, List<SentenceReading> readings, Lexicon lexicon, int maxPeople,
            Set<String> companies) {
        return of("", text, readings, lexicon, maxPeople, companies);
    }

    /**
     * "he founded Brennecke Verlag": a name the tagger took for a person's where a clause can only have an organization
     * (the slot read it as one) names a company, and no person is called by it.
     */
    private static Set<String> namesReadAsCompanies(List<SentenceReading> readings) {
        Set<String> names = new java.util.HashSet<>();
        for (SentenceReading r : readings) {
            for (MoveFact f : r.moves()) {
                for (org.talentflow.core.frame.OrgSlot end : java.util.Arrays.asList(f.from(), f.to())) {
                    if (end != null && end.mention() != null && "person-name".equals(end.mention().source())
                            && end.mention().words() >= 2) {
                        names.add(end.mention().text());
                    }
                }
            }
        }
        return names;
    }

    /** The same, with the document's title, which may name an interview's interviewee. */
    public static People of(String title, String text, List<SentenceReading> readings, Lexicon lexicon, int maxPeople,
            Set<String> companies) {
        People people = new People(maxPeople);
        people.companies = companies;
        for (String use : List.of("quote", "source", "report")) {
            people.sayingVerbs.addAll(lexicon.sayingVerbs(use));
        }
        Map<String, Person> byKey = new LinkedHashMap<>();
        List<Mention> singles = new ArrayList<>();
        Set<String> readAsCompanies = namesReadAsCompanies(readings);
        for (SentenceReading r : readings) {
            for (Mention m : r.mentions().all()) {
                if (!m.is(Mention.Type.PERSON) || readAsCompanies.contains(m.text())) {
                    continue;
                }
                if (m.words() >= 2) {
                    Person p = people.fullName(byKey, m.text());
                    people.bind(m, p);
                } else {
                    singles.add(m);
                }
            }
        }
        for (Mention m : singles) {
            people.bind(m, people.personOfWord(byKey, m, text, lexicon));
        }
        for (int i = 0; i < readings.size(); i++) {
            people.positions.put(readings.get(i), i);
        }
        people.genders = genders(people, readings, lexicon.wordKinds("gendered-words.tsv"));
        people.text = text;
        String interviewee = Interview.interviewee(title == null ? "" : title, text, lexicon);
        people.interviewee = interviewee == null ? null : people.fullName(byKey, interviewee);
        for (SentenceReading r : readings) {
            for (Mention m : r.mentions().all()) {
                if (m.is(Mention.Type.PRONOUN)) {
                    Person p = people.antecedent(readings, r, m);
                    if (Boolean.getBoolean("talentflow.debug.people")) { // (-Dtalentflow.debug.people=true: whom each pronoun stands for)
                        System.err.println("   PRONOUN " + m.text() + "@" + m.begin() + " -> " + (p == null ? null : p.name()));
                    }
                    if (p != null) {
                        people.bind(m, p);
                    }
                }
            }
        }
        return people;
    }

    /** The person a name or pronoun mention stands for, or null. */
    public Person of(Mention m) {
        return m == null ? null : byMentionBegin.get(m.begin());
    }

    public List<Person> all() {
        return persons;
    }

    /** How many more distinct names the document gives than the people followed. */
    public int unfollowed() {
        return unfollowed.size();
    }

    private void bind(Mention m, Person p) {
        if (p == null) {
            return;
        }
        byMentionBegin.put(m.begin(), p);
        p.mentions.add(m);
    }

    private Person fullName(Map<String, Person> byKey, String name) {
        String key = PersonNames.key(name);
        Person p = byKey.get(key);
        if (p != null) {
            return p;
        }
        Set<String> words = Set.copyOf(Arrays.asList(key.split(" ")));
        for (Person other : byKey.values()) {
            Set<String> theirs = other.words();
            if (theirs.size() >= 2 && words.size() >= 2 && (theirs.containsAll(words) || words.containsAll(theirs))) {
                if (words.size() > theirs.size()) {
                    other.rename(name);
                }
                byKey.put(key, other);
                return other;
            }
        }
        if (persons.size() >= maxPeople) {
            unfollowed.add(key);
            return null;
        }
        p = new Person(persons.size(), name);
        persons.add(p);
        byKey.put(key, p);
        return p;
    }

    /** A one-word name: the person whose full name holds it (nearest before, else after), else one the text gives. */
    private Person personOfWord(Map<String, Person> byKey, Mention m, String text, Lexicon lexicon) {
        String word = PersonNames.key(m.text());
        // ("Okonkwo-Bello": a hyphenated surname is one word of the name however the key cuts it.)
        List<String> parts = Arrays.asList(word.split(" "));
        Person before = null;
        Person after = null;
        // "Mr. Ashworth" is Reginald Ashworth, not his daughter Eleanor Ashworth-Grant named since: a name that ends in the
        // word itself wins over one where it is part of a hyphenated surname
        boolean anyEndsInIt = persons.stream().anyMatch(p -> p.fullyNamed() && endsIn(p.name(), m.text()));
        for (Person p : persons) {
            if (!p.fullyNamed() || !p.words().containsAll(parts) || p.words().size() <= parts.size()
                    || anyEndsInIt && !endsIn(p.name(), m.text())) {
                continue;
            }
            int firstAt = p.mentions.stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE);
            // ("Eleanor Prothero ... died ... her son, Gareth Prothero ... Prothero won a place": a relative the story
            // introduces by kinship is not whom the bare surname stands for, while another of the name was named before)
            if (firstAt < m.begin() && (before == null || !introducedAsKin(text, firstAt, lexicon))) {
                before = p;
            } else if (firstAt >= m.begin() && after == null) {
                after = p;
            }
        }
        if (before != null || after != null) {
            return before != null ? before : after;
        }
        String full = fullNames.computeIfAbsent(m.text(), w -> Optional.ofNullable(fullNameInText(text, w, lexicon)))
                .orElse(null);
        if (full != null && companies.contains(full) || org.talentflow.core.mention.DocumentNames.companyShortName(text, m.text(), lexicon)) {
            return null;
        }
        return full != null ? fullName(byKey, full) : fullName(byKey, m.text());
    }

    /** Honorifics among the gendered words ("Mr."): the rest are nouns of kinship ("son", "widow"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss");

    /** "his", "her" or "their", a word at most, a noun and a comma, right before a name: "her eldest son, ". */
    private static final Pattern KIN_BEFORE = Pattern.compile("\\b(?:his|her|their)\\s+(?:\\p{L}+\\s+)?(\\p{L}+),\\s*$");

    /** Whether a name at an offset stands after a noun of kinship and a comma: "her son, Gareth Prothero". */
    private static boolean introducedAsKin(String text, int at, Lexicon lexicon) {
        String before = text.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT);
        Matcher m = KIN_BEFORE.matcher(before);
        return m.find() && lexicon.wordKinds("gendered-words.tsv").containsKey(m.group(1)) && !HONORIFICS.contains(m.group(1));
    }

    /** Whether a full name's last word (or first: "Park Min-jun") is the word itself (case and accents aside). */
    private static boolean endsIn(String name, String word) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
        return PersonNames.key(last).equals(PersonNames.key(word)) || PersonNames.key(first).equals(PersonNames.key(word));
    }

    /** The first "Given Surname" (or "Surname Given") in the text around a one-word name. */
    static String fullNameInText(String text, String word, Lexicon lexicon) {
        Pattern around = Pattern.compile("(?<![\\p{L}])(?:(" + NAME_WORD.pattern() + ")\\s+" + Pattern.quote(word)
                + "|" + Pattern.quote(word) + "\\s+(" + NAME_WORD.pattern() + "))(?![\\p{L}])");
        Matcher m = around.matcher(text);
        while (m.find()) {
            String other = m.group(1) != null ? m.group(1) : m.group(2);
            String lower = other.toLowerCase(Locale.ROOT).replace("\u2019", "'");
            if (NOT_GIVEN_NAMES.contains(lower) || lexicon.isTitleWord(lower) || lower.endsWith("'s")) {
                continue;
            }
            if (m.group(2) != null && lexicon.isOrgNameWord(lower)) {
                continue; // "Orrin Semiconductor beat estimates ... left Orrin": a company's short name, not a surname
            }
            return m.group(1) != null ? other + " " + word : word + " " + other;
        }
        return null;
    }

    /**
     * The person a pronoun stands for: the nearest person named before it in its own sentence, else the subject of
     * the nearest sentence before that names one (its first person when none is a subject).
     */
    private Person antecedent(List<SentenceReading> readings, SentenceReading r, Mention pronoun) {
        Person p = nearestAntecedent(readings, r, pronoun);
        String wanted = PRONOUN_GENDERS.get(pronoun.text().toLowerCase(java.util.Locale.ROOT));
        String known = p == null || wanted == null ? null : genders.get(p);
        if (known == null && p != null && wanted != null) {
            Person other = namedBesideAnother(readings, r, p, wanted);
            return other != null ? other : p;
        }
        if (known == null || known.equals(wanted)) {
            return p;
        }
        // "he" is no one the article calls a daughter or "Ms.": the nearest person named before who can be him
        int at = positions.get(r);
        for (int i = at; i >= 0 && r.index() - readings.get(i).index() <= FAR; i--) {
            List<Mention> named = readings.get(i).mentions().of(Mention.Type.PERSON);
            for (int k = named.size() - 1; k >= 0; k--) {
                Person q = of(named.get(k));
                if (q != null && (i < at || named.get(k).last() < pronoun.first()) && wanted.equals(genders.get(q))) {
                    return q;
                }
            }
        }
        return null;
    }

    /**
     * "Her mentor there, Klaus Berger, later left Siemens ... In 2012 she left Siemens": a person of unknown gender
     * named, in the sentences just before, beside a pronoun of the wanted gender that stands for someone else is not
     * that pronoun's person; the someone else is. Null when no such sentence.
     */
    private Person namedBesideAnother(List<SentenceReading> readings, SentenceReading r, Person p, String wanted) {
        int at = positions.get(r);
        for (int i = at - 1; i >= 0 && r.index() - readings.get(i).index() <= NEAR; i--) {
            SentenceReading prev = readings.get(i);
            if (prev.mentions().of(Mention.Type.PERSON).stream().noneMatch(m -> of(m) == p)) {
                continue;
            }
            for (Mention m : prev.mentions().of(Mention.Type.PRONOUN)) {
                Person q = of(m);
                if (q != null && q != p && wanted.equals(PRONOUN_GENDERS.get(m.text().toLowerCase(java.util.Locale.ROOT)))) {
                    return q;
                }
            }
            return null;
        }
        return null;
    }

    private static final Map<String, String> PRONOUN_GENDERS = Map.of("he", "m", "him", "m", "his", "m", "she", "f",
            "her", "f", "hers", "f", "himself", "m", "herself", "f");

    /** What honorifics ("Mr. Ashworth") and nouns of kinship in apposition ("his daughter, Eleanor ...") say of people. */
    private static Map<Person, String> genders(People people, List<SentenceReading> readings, Map<String, String> words) {
        Map<Person, String> genders = new HashMap<>();
        for (SentenceReading r : readings) {
            ParsedSentence s = r.parsed();
            for (Mention m : r.mentions().of(Mention.Type.PERSON)) {
                Person p = people.of(m);
                if (p == null) {
                    continue;
                }
                String before = m.first() > 1 ? s.token(m.first() - 1).word() : "";
                String g = !before.isEmpty() && Character.isUpperCase(before.charAt(0))
                        ? words.get(before.toLowerCase(Locale.ROOT)) : null; // "Mr. Ashworth" (not "will miss Tom Berg")
                for (int noun : s.governors(m.last(), "appos")) {
                    g = g != null ? g : words.get(s.token(noun).lemma());
                }
                for (int noun : s.dependents(m.last(), "appos")) {
                    g = g != null ? g : words.get(s.token(noun).lemma());
                }
                if (g == null && r.mentions().of(Mention.Type.PERSON).size() == 1) {
                    g = pronounsAfter(s, m.last()); // "Dutta stayed at Amazon ..., where she is now a partner"
                }
                if (g != null) {
                    genders.merge(p, g, (a, b) -> a.equals(b) ? a : "?");
                }
            }
        }
        genders.values().removeIf("?"::equals);
        return genders;
    }

    /** A quotation mark or a verb of saying: the sentence may speak of or through another person. */
    private static final Pattern QUOTED_OR_SAID = Pattern.compile("[\"\u201c\u201d\u2018\u2019]|''|``|\\b(?:says|said|told|tells)\\b");

    /**
     * The gender of the personal pronouns after a token of a sentence that names one person, when they all have one:
     * the person's ("Ravi keeps a fan blade on his desk").
     */
    private static String pronounsAfter(ParsedSentence s, int after) {
        if (QUOTED_OR_SAID.matcher(s.sentence().text()).find()) {
            return null; // ("'Ines asked me over coffee ...,' he says": a quote's speaker is someone else)
        }
        String found = null;
        for (int i = after + 1; i <= s.size(); i++) {
            String g = PRONOUN_GENDERS.get(s.token(i).word().toLowerCase(Locale.ROOT));
            if (g != null && s.token(i).isPronoun()) {
                if (found != null && !found.equals(g)) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    private Person nearestAntecedent(List<SentenceReading> readings, SentenceReading r, Mention pronoun) {
        String word = pronoun.text().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("we") || word.equals("us")) {
            // "we" is the company of whoever speaks; only the answers of an interview say whose
            return interviewee != null && !Interview.quoted(text, pronoun.begin()) ? interviewee : null;
        }
        if (FIRST_PERSON.contains(word)) {
            Person speaker = speaker(readings, r);
            boolean answer = speaker == null && interviewee != null && !Interview.quoted(text, pronoun.begin());
            return answer ? interviewee : speaker;
        }
        // In its own sentence: the nearest subject before it ("X said on Tuesday he was leaving"), else the nearest name
        // that is not a possessor ("Elon Musk's xAI" names a company more than a person).
        Mention best = null;
        Mention subject = null;
        for (Mention m : r.mentions().of(Mention.Type.PERSON)) {
            // (a name bound to no one, "When Honda bought Vantor, she stayed on", is a company the tagger took for a person)
            if (m.last() < pronoun.first() && !isPossessor(r.parsed(), m) && of(m) != null
                    && !subjectOfItsVerb(r.parsed(), m, pronoun)) {
                best = m;
                if (isSubject(r.parsed(), m)) {
                    subject = m;
                }
            }
        }
        if (subject != null && best != null && best != subject && best.first() > subject.last()
                && saysIt(r.parsed(), subject)) {
            // "A spokesperson, Tony Ferraro, said the firm was grateful to Obi for her contributions and that X would
            // succeed her": within what the speaker says, the person named there
            return of(best);
        }
        if (subject != null || best != null) {
            return of(subject != null ? subject : best);
        }
        int at = positions.get(r);
        for (int i = at - 1; i >= 0 && r.index() - readings.get(i).index() <= FAR; i--) {
            SentenceReading prev = readings.get(i);
            List<Mention> named = prev.mentions().of(Mention.Type.PERSON);
            if (r.index() - prev.index() > NEAR) {
                // "Kim, 41, took the job ... [five sentences told with 'she'] ... In 2020 she left Samsung": beyond the
                // nearest sentences, where the sentences between were not read, only the subject a story follows
                Person followed = subjectOf(prev, named);
                if (followed != null || !named.isEmpty()) {
                    return followed != null ? followed : solePersonBefore(readings, at);
                }
                continue;
            }
            if (named.isEmpty()) {
                List<Mention> pronouns = prev.mentions().of(Mention.Type.PRONOUN);
                if (!pronouns.isEmpty() && of(pronouns.get(0)) != null) {
                    return of(pronouns.get(0));
                }
                continue;
            }
            Person about = subjectOf(prev, named);
            if (about != null) {
                return about;
            }
            // ("To fill Vukovic's role, the company has hired Leslie Amundsen. Previously, she was ..."): an owner's name
            // is less what a sentence is about than a person it names whole
            for (Mention m : named) {
                if (!isPossessor(prev.parsed(), m)) {
                    return of(m);
                }
            }
            return of(named.get(0));
        }
        return solePersonBefore(readings, at);
    }

    /**
     * The one person the article has named before the sentence at {@code at}, or null when it named none or several: a
     * profile told with "she" far from the headline that named its subject ("The Quiet Defection of X ... Instead, in
     * 2025 she decamped to Meta") has no one else she could be.
     */
    private Person solePersonBefore(List<SentenceReading> readings, int at) {
        Person sole = null;
        for (int i = 0; i < at; i++) {
            for (Mention m : readings.get(i).mentions().of(Mention.Type.PERSON)) {
                Person p = of(m);
                if (p == null || sole != null && sole != p) {
                    return null;
                }
                sole = p;
            }
        }
        return sole;
    }

    /** Sentences back a pronoun finds any person named; and up to which only a subject carries the story on. */
    private static final int NEAR = 3;
    private static final int FAR = 8;

    /**
     * The person a sentence is about: a named subject, else a pronoun subject ("... he is head of AI for Siri. Before
     * joining Apple, he ...": a pronoun that was the subject there carries the person on, not a name that was only an
     * object).
     */
    private Person subjectOf(SentenceReading prev, List<Mention> named) {
        ParsedSentence s = prev.parsed();
        Mention subordinate = null;
        for (Mention m : named) {
            if (isSubject(s, m)) {
                if (!inASubordinateClause(s, m)) {
                    return of(m);
                }
                subordinate = subordinate == null ? m : subordinate;
            }
        }
        if (subordinate != null) {
            // "Harcourt City have appointed Mateus Rocha ..., a week after Callum Dunmore was dismissed. The
            // 44-year-old arrives from ...": the person the main clause acts on is more what it is about than the
            // subject of a clause hung under it
            for (Mention m : named) {
                if (objectOfTheMainClause(s, m)) {
                    return of(m);
                }
            }
            return of(subordinate);
        }
        for (Mention m : prev.mentions().of(Mention.Type.PRONOUN)) {
            if (isSubject(prev.parsed(), m) && of(m) != null && !FIRST_PERSON.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
                return of(m);
            }
        }
        return null;
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us");
    private static final Set<String> SAYING = Lexicon.english().sayingVerbs("quote");

    /** "'I left Baidu for Tencent,' said Wei Zhang": the one who says it, in the sentence or the one next to it. */
    private Person speaker(List<SentenceReading> readings, SentenceReading r) {
        int at = positions.get(r);
        for (int i : new int[] {at, at + 1, at - 1}) {
            if (i < 0 || i >= readings.size() || Math.abs(readings.get(i).index() - r.index()) > 1) {
                continue;
            }
            SentenceReading near = readings.get(i);
            for (Mention m : near.mentions().of(Mention.Type.PERSON)) {
                for (int t = m.first(); t <= m.last(); t++) {
                    for (int verb : near.parsed().governors(t, "nsubj")) {
                        if (SAYING.contains(near.parsed().token(verb).lemma())) {
                            return of(m);
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * "X has been promoted to replace him": an object pronoun is never the subject of its own verb (the parse's
     * controlled subjects included), so "him" is someone the story named before.
     */
    private static boolean subjectOfItsVerb(ParsedSentence s, Mention m, Mention pronoun) {
        for (int verb : s.governors(pronoun.first(), "obj", "iobj")) {
            // (a subject the parser gives a participle hung on the clause by advcl is a guess: "The Gazette has named X
            // as editor, luring her from the Ledger" lures X; "X agreed to hire her" has X hire someone else)
            boolean controlled = !s.governors(verb, "xcomp").isEmpty();
            for (int i = m.first(); i <= m.last(); i++) {
                if (s.governors(i, "nsubj", "nsubj:pass").contains(verb)
                        || controlled && s.governors(i, "nsubj:xsubj").contains(verb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPossessor(ParsedSentence s, Mention m) {
        return !s.governors(m.last(), "nmod:poss").isEmpty();
    }

    /** Whether the mention is the subject of a verb of saying ("X said ..."). */
    private boolean saysIt(ParsedSentence s, Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            for (int verb : s.governors(i, "nsubj")) {
                if (sayingVerbs.contains(s.token(verb).lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the verb a subject mention is the subject of hangs under something other than the root, its conjuncts or
     * what it says (an adverbial clause, a clause on a noun: "a week after X was dismissed").
     */
    private static boolean inASubordinateClause(ParsedSentence s, Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            for (int verb : s.governors(i, "nsubj", "nsubj:pass")) {
                if (mainClause(s, verb)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean mainClause(ParsedSentence s, int verb) {
        int at = verb;
        for (int steps = 0; steps < 4; steps++) {
            if (isRoot(s, at)) {
                return true;
            }
            // (what someone says is the sentence's matter: "'Tariq built our engine,' Deshpande said")
            List<Integer> up = s.governors(at, "conj:", "parataxis", "ccomp", "xcomp");
            if (up.isEmpty()) {
                return false;
            }
            at = up.get(0);
        }
        return false;
    }

    /** Whether a mention is the object of the sentence's root verb. */
    private static boolean objectOfTheMainClause(ParsedSentence s, Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            for (int verb : s.governors(i, "obj")) {
                if (isRoot(s, verb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRoot(ParsedSentence s, int token) {
        return s.governors(token).isEmpty();
    }

    private static boolean isSubject(ParsedSentence s, Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            if (!s.governors(i, "nsubj", "nsubj:pass").isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
