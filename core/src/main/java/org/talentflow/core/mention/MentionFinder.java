package org.talentflow.core.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.resolve.OrgNames;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;
import org.talentflow.core.resolve.Gazetteer;

/**
 * Finds the people, organizations, pronouns and organization descriptions ("the company") of a parsed sentence.
 * Gazetteer names win over the statistical tagger, which calls Hunyuan a person and misses JD.com.
 */
public final class MentionFinder {

    /** What joins the words of one organization's name: "River & Mercantile", "Kuehne+Nagel". */
    private static final Set<String> JOINERS = Set.of("&", "+");

    public static final Set<String> HONORIFICS = Set.of("dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof",
            "prof.", "sir", "dame");
    // ("who herself left Palisade": the parser may make an emphatic reflexive the subject)
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "i", "me", "my", "we", "us",
            "himself", "herself");
    private static final Set<String> CALENDAR = Set.of("jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun",
            "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> ORG_POSSESSIVES = Set.of("its", "their");
    /** Words the statistical tagger sometimes marks as organizations but that never name an employer. */
    private static final Set<String> NOT_EMPLOYERS = Set.of("ai", "llm", "llms", "ceo", "cto", "cfo", "gpu", "gpus", "ipo",
            "ev", "evs", "ar", "vr", "api", "apis", "board", "the board", "congress", "senate", "parliament");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their", "his", "her", "our");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public MentionFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    public SentenceMentions find(ParsedSentence s) {
        List<Mention> mentions = new ArrayList<>();
        boolean[] taken = new boolean[s.size() + 2];
        String text = s.sentence().text();
        int base = s.sentence().begin();
        for (Gazetteer.Hit hit : gazetteer.findAll(text)) {
            int first = -1;
            int last = -1;
            for (Token t : s.tokens()) {
                int b = t.begin() - base;
                int e = t.end() - base;
                if (b >= hit.start() && e <= hit.end() || b < hit.end() && e > hit.start() && prefixedName(t, hit, base)) {
                    first = first < 0 ? t.index() : first;
                    last = t.index();
                }
            }
            if (first > 0 && !anyTaken(taken, first, last)) {
                Organization org = hit.organization();
                mentions.add(new Mention(Mention.Type.ORG, first, last, hit.surface(), base + hit.start(), base + hit.end(),
                        gazetteer.refOf(org), org.kind(), "gazetteer"));
                mark(taken, first, last);
            }
        }
        for (int i = 1; i <= s.size(); i++) {
            Token t = s.token(i);
            if (taken[i]) {
                continue;
            }
            String people = lexicon.demonymOrganization(t.word());
            if (people != null && Character.isUpperCase(t.word().replaceFirst("(?i)^ex-", "").codePointAt(0))) {
                // "former Facebooker X", "a longtime Googler": the word for an organization's people names it
                OrgKind kind = gazetteer.lookup(people).map(Organization::kind).orElse(OrgKind.COMPANY);
                mentions.add(new Mention(Mention.Type.ORG, i, i, t.word(), t.begin(), t.end(), gazetteer.resolve(people), kind,
                        "demonym"));
                taken[i] = true;
                continue;
            }
            if ("PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner())) {
                int j = i;
                while (j + 1 <= s.size() && !taken[j + 1] && (t.ner().equals(s.token(j + 1).ner())
                        || "ORGANIZATION".equals(t.ner()) && JOINERS.contains(s.token(j + 1).word()) && j + 2 <= s.size()
                        && t.ner().equals(s.token(j + 2).ner()))) {
                    j++; // "River & Mercantile", "Kuehne+Nagel" are one name
                }
                int from = i;
                if ("PERSON".equals(t.ner()) && i == j && i > 1 && !taken[i - 1] && s.token(i - 1).isProperNoun()
                        && "LOCATION".equals(s.token(i - 1).ner())) {
                    from = i - 1; // "Paulo Costa": a given name the tagger took for a place
                    int given = from;
                    mentions.removeIf(x -> x.covers(given));
                }
                int owner = "ORGANIZATION".equals(t.ner()) ? ownerOfABoard(s, i, j) : -1;
                if (owner > 0 && owner == j && lexicon.isOrgNoun(s.token(j).lemma().toLowerCase(Locale.ROOT))) {
                    // "the Board of Directors of the Company": the company a filing defined
                    mentions.add(new Mention(Mention.Type.ORG_NOUN, j, j, s.token(j).word(), s.token(j).begin(),
                            s.token(j).end(), null, null, "description"));
                    mark(taken, i, j);
                    i = j;
                    continue;
                }
                Mention m = "PERSON".equals(t.ner()) && !introducedAsOrganization(s, from, lexicon) ? person(s, from, j)
                        : functionOfATitle(s, j, lexicon) ? null : organization(s, owner > 0 ? owner : i, j);
                if (m != null && m.is(Mention.Type.PERSON) && lexicon.isPlace(m.text())) {
                    m = null; // "Wall Street firms": a place the tagger took for a person's name
                }
                int last = "PERSON".equals(t.ner()) && m != null ? surnameAfterNickname(s, j, taken) : -1;
                if (last > 0) {
                    // 'Ayodele "Ayo" Bankole', "Robert (Bob) Smith": the name is the given name and the surname; the
                    // nickname in between is no part of it.
                    m = new Mention(Mention.Type.PERSON, m.first(), last, m.text() + " " + s.text(j + 4, last),
                            m.begin(), s.token(last).end(), null, null, "ner");
                    j = last;
                } else if ("PERSON".equals(t.ner()) && m != null && nicknameFirst(s, m) > 0) {
                    // 'Oluwatobi "Tobi" Adeyinka' where the tagger took the nickname and the surname for the name: the
                    // given name before the quotes and the surname after them are the name.
                    int close = nicknameFirst(s, m);
                    int g = m.first() - 2;
                    boolean given = g >= 1 && !taken[g] && capitalized(s.token(g)) && s.token(g).isProperNoun()
                            && !lexicon.isTitleWord(s.token(g).word().toLowerCase(Locale.ROOT));
                    int first = given ? g : close + 1;
                    m = new Mention(Mention.Type.PERSON, first, m.last(), (given ? s.token(g).word() + " " : "")
                            + s.text(close + 1, m.last()), s.token(first).begin(), m.end(), null, null, "ner");
                } else if ("PERSON".equals(t.ner()) && m != null && givenNameBeforeNickname(s, m.first(), taken)) {
                    // 'Oluwaseun "Seun" Adeyemi' where the tagger knew only the surname: the given name before the
                    // nickname is the name's first word.
                    int g = m.first() - 4;
                    m = new Mention(Mention.Type.PERSON, g, m.last(), s.token(g).word() + " " + m.text(),
                            s.token(g).begin(), m.end(), null, null, "ner");
                }
                if (m != null) {
                    mentions.add(m);
                    mark(taken, m.first(), m.last());
                }
                i = j;
                continue;
            }
            if (ORG_POSSESSIVES.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().equals("PRP$")) {
                // "its chief scientist", "their new lab": the organization the sentence is about
                mentions.add(new Mention(Mention.Type.ORG_NOUN, i, i, t.word(), t.begin(), t.end(), null, null, "description"));
                taken[i] = true;
            } else if (t.word().equals("old") && t.isNoun() && i >= 6 && s.token(i - 2).word().equals("year")
                    && s.token(i - 4).word().matches("\\d{2}") && s.token(i - 5).word().equalsIgnoreCase("the")) {
                // "The 38-year-old is set to join Meta": the person the text is about, as "he" would be.
                mentions.add(new Mention(Mention.Type.PRONOUN, i, i, "the " + s.token(i - 4).word() + "-year-old", t.begin(),
                        t.end(), null, null, "pronoun"));
                taken[i] = true;
            } else if (nationalityForAPerson(s, i)) {
                // "The 47-year-old Czech joins from Sparta Prague": the person the text is about, as "he" would be.
                mentions.add(new Mention(Mention.Type.PRONOUN, i, i, "the " + t.word(), t.begin(), t.end(), null, null,
                        "pronoun"));
                taken[i] = true;
            } else if (PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) && t.isPronoun()) {
                mentions.add(new Mention(Mention.Type.PRONOUN, i, i, t.word(), t.begin(), t.end(), null, null, "pronoun"));
                taken[i] = true;
            } else if (t.isNoun() && lexicon.isOrgNounAsWritten(t.word(), t.lemma()) && determined(s, i)
                    && !(lexicon.isPlaceNoun(t.lemma()) && ownedByAPronoun(s, i))) {
                mentions.add(new Mention(Mention.Type.ORG_NOUN, i, i, t.word(), t.begin(), t.end(), null, null, "description"));
                taken[i] = true;
            }
        }
        titleOwners(s, mentions, taken);
        legalForms(s, mentions);
        return new SentenceMentions(s, joinedUnits(s, mentions));
    }

    private static final Set<String> BOARDS = Set.of("board", "boards", "trustees", "directors", "governors", "regents",
            "supervisors", "overseers", "visitors");

    /**
     * "the Board of Directors of Harwick Bancorp appointed X": a board acts for the organization it governs, so a name
     * the tagger read whole stands for the organization after its last "of" (the first token of that, or -1 when the
     * name is no board's).
     */
    private static int ownerOfABoard(ParsedSentence s, int first, int last) {
        int i = s.token(first).word().equalsIgnoreCase("the") ? first + 1 : first;
        if (i >= last || !BOARDS.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int owner = -1;
        for (int k = i + 1; k < last; k++) {
            if (s.token(k).word().equals("of")) {
                owner = k + 1;
            }
        }
        if (owner > 0 && owner < last && s.token(owner).word().equalsIgnoreCase("the")) {
            owner++;
        }
        return owner > 0 && owner <= last && !BOARDS.contains(s.token(owner).word().toLowerCase(Locale.ROOT)) ? owner : -1;
    }

    /**
     * "Proximus chief Dominique Leroy", "Windsurf CEO Varun Mohan": capitalized words right before a title and a
     * person's name name the organization the title belongs to, whatever the tagger made of them.
     */
    private void titleOwners(ParsedSentence s, List<Mention> mentions, boolean[] taken) {
        for (Mention person : List.copyOf(mentions)) {
            if (!person.is(Mention.Type.PERSON)) {
                continue;
            }
            int i = person.first() - 1;
            int titles = 0;
            while (i >= 1 && !taken[i] && lexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT))) {
                i--;
                titles++;
            }
            int last = i;
            while (i >= 1 && !taken[i] && s.token(i).isProperNoun() && !lexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT))) {
                i--;
            }
            int first = i + 1;
            while (last >= first && lexicon.isFunctionWord(s.token(last).word())) {
                last--; // "Momenta R&D director X": R&D is the function, Momenta the owner
            }
            if (titles == 0 || first > last || last - first > 3 || first == 1 && last == first && isSentenceStartWord(s, first)) {
                continue;
            }
            if (first > 1 && lexicon.isTitleWord(s.token(first - 1).word().toLowerCase(Locale.ROOT))) {
                continue; // "Chief Financial Officer X", "Chief Risk Officer X": a word inside a title, not its owner
            }
            String name = s.text(first, last);
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_EMPLOYERS.contains(lower) || lexicon.isPlace(name) || lower.endsWith("ing") || lower.endsWith("ed")) {
                continue; // "Rotating Chairman X", "Acting CEO X": a word of the title, not a company
            }
            mentions.add(new Mention(Mention.Type.ORG, first, last, name, s.token(first).begin(), s.token(last).end(),
                    gazetteer.resolve(name), OrgKind.OTHER, "title-owner"));
            mark(taken, first, last);
        }
    }

    /** "the chip startup Lumora", "Acme, a robotics company": a name set beside a word for a company is a company. */
    private boolean namedByACompanyWord(ParsedSentence s, Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            for (int head : s.governors(i, "appos", "compound")) {
                if (!m.covers(head) && s.token(head).isNoun() && !s.token(head).isProperNoun() && lexicon.isOrgNoun(s.token(head).lemma())) {
                    return true;
                }
            }
            for (int d : s.dependents(i, "appos")) {
                if (!m.covers(d) && lexicon.isOrgNoun(s.token(d).lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A capitalized first word may be capitalized only for being first ("Former CEO X"). */
    private boolean isSentenceStartWord(ParsedSentence s, int i) {
        return !s.token(i).isProperNoun() || lexicon.markerTime(s.token(i).word().toLowerCase(Locale.ROOT)) != null;
    }

    /**
     * "NIO North America R&D Center": a known organization right before another name is its unit, one mention; a
     * name the tagger took for a person but that ends in a word of organization names is an organization.
     */
    private List<Mention> joinedUnits(ParsedSentence s, List<Mention> mentions) {
        mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.is(Mention.Type.PERSON) && (m.words() >= 2 && lexicon.isOrgNameWord(s.token(m.last()).word())
                    || namedByACompanyWord(s, m))) {
                m = new Mention(Mention.Type.ORG, m.first(), m.last(), m.text(), m.begin(), m.end(), gazetteer.resolve(m.text()),
                        OrgKind.OTHER, "ner");
            }
            if (m.is(Mention.Type.ORG) && unitNounAfter(s, m.last())) {
                // "Tesla's Optimus humanoid program", "its Securities Litigation practice": a unit of the owner's, no
                // employer of its own
                Mention owner = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean possessed = m.first() >= 3 && s.token(m.first() - 1).pos().equals("POS");
                if (possessed && owner != null && owner.is(Mention.Type.ORG) && owner.last() == m.first() - 2) {
                    out.add(new Mention(Mention.Type.ORG, m.first(), m.last(), m.text(), m.begin(), m.end(),
                            new OrgRef(owner.org().organization(), OrgNames.clean(m.text())), owner.orgKind(), owner.source()));
                    continue;
                }
                if (m.first() >= 2 && ORG_POSSESSIVES.contains(s.token(m.first() - 1).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
            }
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (m.is(Mention.Type.ORG) && m.known() && m.org().unit() == null && next != null && next.is(Mention.Type.ORG)
                    && !next.known() && next.first() == m.last() + 1) {
                String whole = s.text(m.first(), next.last());
                // "Prudential Supervision Authority" is a body of its own whose name opens with a company's
                boolean body = lexicon.isBodyWord(s.token(next.last()).word());
                out.add(body ? new Mention(Mention.Type.ORG, m.first(), next.last(), whole, m.begin(), next.end(),
                                gazetteer.resolve(whole), OrgKind.OTHER, "ner")
                        : new Mention(Mention.Type.ORG, m.first(), next.last(), whole, m.begin(), next.end(),
                                new OrgRef(m.org().organization(), OrgNames.clean(next.text())), m.orgKind(), "gazetteer"));
                i++;
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Nouns of a part of an organization or of its work: "the Optimus program", "its litigation practice". */
    private static final Set<String> UNIT_NOUNS = Set.of("program", "programme", "project", "practice", "team", "division",
            "unit", "department", "business", "initiative", "model", "models");

    /** Whether a unit noun in lower case follows the name ending at {@code last}, after two modifiers at most. */
    private static boolean unitNounAfter(ParsedSentence s, int last) {
        for (int k = last + 1; k <= Math.min(s.size(), last + 3); k++) {
            Token t = s.token(k);
            if (!t.word().equals(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (UNIT_NOUNS.contains(t.lemma()) && t.isNoun()) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH"))) {
                return false;
            }
        }
        return false;
    }

    /** "ex-Huawei" as one token: the organization inside it. */
    private static boolean prefixedName(Token t, Gazetteer.Hit hit, int base) {
        int b = t.begin() - base;
        return hit.start() - b > 0 && hit.start() - b <= 3 && t.word().contains("-") && t.end() - base == hit.end();
    }

    /** A person's name without honorifics, possessive endings and punctuation the tagger ran into it. */
    private static final Set<String> OPENING = Set.of("\"", "``", "\u201c", "(", "-LRB-", "'", "`");
    private static final Set<String> CLOSING = Set.of("\"", "''", "\u201d", ")", "-RRB-", "'");

    /** The last token of a surname after a one-word nickname in quotes or parentheses, or -1. */
    private static int surnameAfterNickname(ParsedSentence s, int j, boolean[] taken) {
        if (j + 4 > s.size() || !OPENING.contains(s.token(j + 1).word()) || !CLOSING.contains(s.token(j + 3).word())
                || !capitalized(s.token(j + 2)) || !"PERSON".equals(s.token(j + 4).ner()) || taken[j + 4]) {
            return -1;
        }
        int k = j + 4;
        while (k + 1 <= s.size() && "PERSON".equals(s.token(k + 1).ner()) && !taken[k + 1]) {
            k++;
        }
        return k;
    }

    /** Where the closing quote of a nickname the name begins with stands ('"Tobi" Adeyinka'), or -1. */
    private static int nicknameFirst(ParsedSentence s, Mention m) {
        if (m.first() < 2 || !OPENING.contains(s.token(m.first() - 1).word())) {
            return -1;
        }
        for (int k = m.first() + 1; k < m.last(); k++) {
            if (CLOSING.contains(s.token(k).word())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A nationality after "the" or "the N-year-old" and before no noun ("the Brazilian will start", "The 47-year-old
     * Czech joins"): a word for the person the text is about, not a name ("the Czech First League" is followed by
     * names, "the Czech coach" by a noun).
     */
    private boolean nationalityForAPerson(ParsedSentence s, int i) {
        Token t = s.token(i);
        if (!lexicon.isNationality(t.word()) || !Character.isUpperCase(t.word().codePointAt(0)) || i < 2) {
            return false;
        }
        if (i < s.size() && (s.token(i + 1).isNoun() || s.token(i + 1).word().equals("-"))) {
            return false;
        }
        int before = i - 1;
        if (s.token(before).word().equals("old") && before >= 6 && s.token(before - 2).word().equals("year")
                && s.token(before - 4).word().matches("\\d{1,3}")) {
            before -= 5;
        }
        return s.token(before).word().equalsIgnoreCase("the");
    }

    /** Whether a capitalized word, then a one-word nickname in quotes or parentheses, stand right before a name. */
    private boolean givenNameBeforeNickname(ParsedSentence s, int first, boolean[] taken) {
        int g = first - 4;
        return g >= 1 && !taken[g] && OPENING.contains(s.token(g + 1).word()) && CLOSING.contains(s.token(first - 1).word())
                && capitalized(s.token(first - 2)) && capitalized(s.token(g)) && s.token(g).isProperNoun()
                && !lexicon.isTitleWord(s.token(g).word().toLowerCase(Locale.ROOT))
                && !HONORIFICS.contains(s.token(g).word().toLowerCase(Locale.ROOT));
    }

    /** "Kit" in 'Christopher "Kit" Vanderhoek': a nickname is capitalized, whatever the tagger made of it (a noun). */
    private static boolean capitalized(org.talentflow.core.parse.Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0)) && t.word().codePoints().allMatch(Character::isLetter);
    }

    private static Mention person(ParsedSentence s, int i, int j) {
        while (i <= j && (HONORIFICS.contains(s.token(i).word().toLowerCase(Locale.ROOT)) || !isNameWord(s.token(i)))) {
            i++;
        }
        while (j >= i && (!isNameWord(s.token(j)) || CALENDAR.contains(s.token(j).word().toLowerCase(Locale.ROOT))
                && !hyphenated(s, j))) {
            j--; // "Flexport Sept. 15": the tagger runs a dateline into a name (not "Park Min-jun")
        }
        if (i > j) {
            return null;
        }
        return new Mention(Mention.Type.PERSON, i, j, s.text(i, j), s.token(i).begin(), s.token(j).end(), null, null, "ner");
    }

    /**
     * "self-driving startup JingChi", "an Indian AI startup, Sarvam AI": a name right after an organization noun (and
     * its comma) names an organization, whatever the tagger says.
     */
    /**
     * "senior vice president of Cloud Engineering", "Vice President of Autonomous Driving": after a title and "of", a
     * name ending in a function (functions.tsv) names a department, however the tagger labels it.
     */
    public static boolean functionOfATitle(ParsedSentence s, int last, Lexicon lexicon) {
        if (!lexicon.isFunctionWord(s.token(last).word()) || !s.token(last).isProperNoun()) {
            return false;
        }
        if (s.dependents(last, "compound").stream().anyMatch(d -> d < last && s.token(d).isProperNoun()
                && ("LOCATION".equals(s.token(d).ner()) || s.token(d).word().matches("\\p{Lu}{2,}")))) {
            // "chief executive of UK Finance": a place or an acronym before the function word makes it a name (not a
            // capitalized field: "senior vice president of Cloud Engineering")
            return false;
        }
        for (int title : s.governors(last, "nmod:of")) {
            if (lexicon.isTitleWord(s.token(title).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word of a name run into a title, before the function the title is of: "Initech R&D director" ends at
     * "Initech". Without a function word there, the name's own last word.
     */
    public static int endBeforeFunction(ParsedSentence s, int first, int last, Lexicon lexicon) {
        boolean beforeTitle = s.governors(last, "compound").stream()
                .anyMatch(g -> lexicon.isTitleWord(s.token(g).word().toLowerCase(Locale.ROOT)));
        int end = last;
        while (beforeTitle && end > first && lexicon.isFunctionWord(s.token(end).word())) {
            end--;
        }
        return end;
    }

    private static final java.util.regex.Pattern LEGAL_FORM =
            java.util.regex.Pattern.compile("(?i)(inc|ltd|llc|llp|corp|co|plc|gmbh|ag|s\\.a|limited|incorporated)\\.?");

    /**
     * "Lattice Forge, Inc.": the tagger may take the name for a person's and leave the legal form alone as an
     * organization. A legal form after a comma makes the name before it a company's, and is no name by itself.
     */
    private void legalForms(ParsedSentence s, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention form = mentions.get(k);
            if (!form.is(Mention.Type.ORG) || !LEGAL_FORM.matcher(form.text()).matches()) {
                continue;
            }
            Mention before = null;
            for (Mention m : mentions) {
                if (m.last() == form.first() - 2 && s.token(form.first() - 1).word().equals(",")) {
                    before = m;
                }
            }
            mentions.remove(k);
            if (before != null && before.is(Mention.Type.PERSON)) {
                Mention org = organization(s, before.first(), before.last());
                if (org != null) {
                    mentions.set(mentions.indexOf(before), org);
                }
            }
            k--;
        }
    }

    public static boolean introducedAsOrganization(ParsedSentence s, int first, Lexicon lexicon) {
        int k = first - 1;
        if (k >= 1 && s.token(k).word().equals(",")) {
            k--;
        }
        return k >= 1 && s.token(k).isNoun() && !s.token(k).isProperNoun() && lexicon.isOrgNoun(s.token(k).lemma())
                && !setOffForAnother(s, first, k);
    }

    /**
     * "Its first hire from outside the founding team, Greta Vollmer, joined": the parse sets the name off for a noun
     * further back (the hire), not for the organization noun right before it.
     */
    private static boolean setOffForAnother(ParsedSentence s, int first, int noun) {
        int head = first;
        for (int depth = 0; depth < 4; depth++) {
            List<Integer> up = s.governors(head, "compound", "flat");
            if (up.isEmpty()) {
                break;
            }
            head = up.get(0);
        }
        List<Integer> setOff = s.governors(head, "appos");
        return !setOff.isEmpty() && !setOff.contains(noun);
    }

    private Mention organization(ParsedSentence s, int i, int j) {
        if (s.token(i).lemma().equals("the") && i < j) {
            i++;
        }
        // "Verizon CTO", "Goldman Sachs and Noble Group": a title after the name, or a second name after "and".
        for (int k = i + 1; k < j; k++) {
            if (s.token(k).word().equals("and") || s.token(k).word().equals(",")) {
                j = k - 1;
                break;
            }
        }
        // A name may hold small words ("Bank of America") but ends in none ("Autonomous Driving at" Huawei).
        while (j > i && (!isNameWord(s.token(j)) || lexicon.isTitleWord(s.token(j).word().toLowerCase(Locale.ROOT))
                || STOP.contains(s.token(j).word()))) {
            j--;
        }
        j = endBeforeFunction(s, i, j, lexicon);
        if (notAName(s, i, j) || i == j && (CALENDAR.contains(s.token(i).word().toLowerCase(Locale.ROOT))
                || HONORIFICS.contains(s.token(i).word().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        String name = s.text(i, j);
        Token last = s.token(j);
        if (i == j && lexicon.isOrgNoun(last.word().toLowerCase(Locale.ROOT)) && gazetteer.lookup(name).isEmpty()) {
            // "the "Company"" of a press release: a word for the company it is about, as "the company" is
            return new Mention(Mention.Type.ORG_NOUN, i, i, last.word(), last.begin(), last.end(), null, null, "description");
        }
        if (last.word().equals(last.word().toLowerCase(Locale.ROOT)) && lexicon.isOrgNoun(last.lemma())) {
            return null; // "AI start-up", "chip firm": the tagger's organization ends in a kind, it is no name
        }
        if (NOT_EMPLOYERS.contains(name.toLowerCase(Locale.ROOT)) || !isNameWord(s.token(i))) {
            return null;
        }
        return new Mention(Mention.Type.ORG, i, j, name, s.token(i).begin(), s.token(j).end(), gazetteer.resolve(name),
                gazetteer.lookup(name).map(Organization::kind).orElse(OrgKind.OTHER), "ner");
    }

    /** "Head of Service", "Vice", "Europe and Emerging Markets": titles and places are no employer's name. */
    boolean notAName(ParsedSentence s, int i, int j) {
        String text = s.text(i, j);
        if (lexicon.isPlace(text)) {
            return true;
        }
        for (int k = i; k <= j; k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (!lexicon.isTitleWord(w) && !STOP.contains(w) && lexicon.markerTime(w) == null) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> STOP = Set.of("of", "and", "the", "for", "in", "at", "&");

    /** A word that can be part of a name: starts with a letter or digit, not a lone possessive. */
    /** Whether a word is glued by a hyphen to the word before it: the "jun" of "Min-jun". */
    private static boolean hyphenated(ParsedSentence s, int j) {
        return j >= 3 && s.token(j - 1).word().equals("-") && s.token(j - 1).end() == s.token(j).begin()
                && s.token(j - 2).end() == s.token(j - 1).begin();
    }

    static boolean isNameWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0)) && !w.equalsIgnoreCase("'s");
    }

    /** "the company", "its lab": a description, not a generic "a company". */
    /** "its European engineering center": "its" says whose (a mention of its own); a place noun adds no organization. */
    private static boolean ownedByAPronoun(ParsedSentence s, int i) {
        return s.dependents(i, "nmod:poss").stream()
                .anyMatch(d -> ORG_POSSESSIVES.contains(s.token(d).word().toLowerCase(Locale.ROOT)));
    }

    private static boolean determined(ParsedSentence s, int i) {
        for (int d : s.dependents(i, "det", "nmod:poss")) {
            if (DETERMINERS.contains(s.token(d).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyTaken(boolean[] taken, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int first, int last) {
        for (int i = first; i <= last; i++) {
            taken[i] = true;
        }
    }
}
