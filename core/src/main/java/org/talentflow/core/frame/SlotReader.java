package org.talentflow.core.frame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.mention.MentionFinder;
import org.talentflow.core.mention.SentenceMentions;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.resolve.OrgNames;

/**
 * Reads what the node a pattern bound stands for: the people of a mover slot (a name, a pronoun, the names in
 * apposition to "its founders" or after "including"), the organization of an origin or destination slot (a name,
 * a name inside "Google's AI lab", a description), the title of a role slot.
 */
public final class SlotReader {

    private static final Set<String> GROUP_MEMBERS = Set.of("appos", "nmod:including", "nmod:such_as", "nmod:like",
            "nmod:among", "acl:including");
    /** Where a noun keeps the organization it belongs to: "the DeepMind unit", "Google's lab", "the lab of Meta". */
    private static final String[] ORG_OF_NOUN = {"appos", "compound", "nmod:poss", "nmod:of", "nmod:at", "nmod:in",
            "nmod:with", "amod", "nmod:as"};
    private static final Set<String> NOT_ROLE_WORDS = Set.of("former", "new", "its", "his", "her", "their", "the", "a",
            "an", "then", "current", "own", "longtime", "long-time", "outgoing", "incoming", "interim", "acting");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public SlotReader(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** The people a mover node stands for: itself when a name or pronoun, else the names it introduces. */
    public List<Mention> people(SentenceMentions sm, int node) {
        ParsedSentence s = sm.sentence();
        Mention m = sm.at(node);
        if (m != null && m.is(Mention.Type.PERSON)) {
            return withListedAfter(sm, node, m);
        }
        if (m != null && m.is(Mention.Type.PRONOUN)) {
            return List.of(m);
        }
        if (m != null) {
            return List.of();
        }
        Set<Mention> found = new LinkedHashSet<>();
        for (ParsedSentence.Edge e : s.dependents(node)) {
            String r = e.relation();
            // "two senior engineers: X and Y" (a colon list hangs on the noun by "dep")
            // A name compounded with a title is whose title it is ("Marcus' former chief executive, X"), not who holds it.
            boolean ownerOfTitle = r.equals("compound") && lexicon.isTitleWord(s.token(node).lemma());
            boolean member = GROUP_MEMBERS.contains(r)
                    || (r.equals("compound") && !ownerOfTitle || r.equals("dep")) && s.token(node).isNoun();
            Mention d = sm.at(e.dependent());
            if (member && d == null && s.token(node).isNoun() && !s.token(node).isProperNoun()
                    && s.token(e.dependent()).isProperNoun() && !s.dependents(e.dependent(), "compound", "flat").isEmpty()) {
                // "two former Intel designers, Paulo Costa and ...": a name in apposition to people is a person's
                Mention name = nameMention(s, e.dependent(), Mention.Type.PERSON, null, null);
                d = containsTitleOrOrganization(sm, name) || lexicon.isPlace(name.text()) ? null : sm.add(name);
            }
            if (member && d != null && d.is(Mention.Type.PERSON)) {
                found.add(d);
                for (int c : s.dependents(e.dependent(), "conj:")) {
                    Mention cm = sm.at(c);
                    if (cm != null && cm.is(Mention.Type.PERSON)) {
                        found.add(cm);
                    }
                }
            }
        }
        if (found.isEmpty() && s.token(node).isNoun() && !s.token(node).isProperNoun()
                && s.dependents(node, "ref").stream().anyMatch(d -> s.token(d).lemma().equalsIgnoreCase("who"))) {
            // "the March departure of Gerald Fenwick, who left to become ...": "who" takes up the person the noun is of,
            // where the parser hung the clause on the noun
            for (int of : s.dependents(node, "nmod:of")) {
                Mention named = sm.at(of);
                if (named != null && named.is(Mention.Type.PERSON)) {
                    found.add(named);
                }
            }
        }
        if (found.isEmpty() && s.token(node).isNoun() && !s.token(node).isProperNoun()) {
            // "his long-time assistant, the Basque coach Iker Etxeberria": a noun in apposition names the person in turn
            for (int a : s.dependents(node, "appos")) {
                Token t = s.token(a);
                if (sm.at(a) == null && t.isNoun() && !t.isProperNoun() && a != node) {
                    for (int d : s.dependents(a, "dep", "compound", "appos", "flat")) {
                        Mention named = sm.at(d);
                        if (named != null && named.is(Mention.Type.PERSON)) {
                            found.add(named);
                        }
                    }
                }
            }
        }
        if (found.isEmpty() && lexicon.isTitleWord(s.token(node).lemma())) {
            // "the head of its Hunyuan assistant, Mo Lan": the name set off after the title's phrase
            for (int of : s.dependents(node, "nmod:of")) {
                for (int d : s.dependents(of, "appos")) {
                    Mention m2 = sm.at(d);
                    if (m2 != null && m2.is(Mention.Type.PERSON)) {
                        found.add(m2);
                    }
                }
            }
        }
        if (found.isEmpty() && (untypedName(s, node) || placeNamedLikeAPerson(s, node)) && !titleOrKnown(sm, node)) {
            Mention name = nameMention(s, node, Mention.Type.PERSON, null, null);
            if (!containsTitleOrOrganization(sm, name) && !MentionFinder.introducedAsOrganization(s, name.first(), lexicon)
                    && !lexicon.isPlace(name.text())) {
                found.add(sm.add(name));
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * "include A, head of X, B, head of Y, and C": the parser hangs a list whose items carry their own appositions on
     * the first name, each later name in apposition to it. A person is never another person's apposition, so a name
     * there is one more item of the list.
     */
    private static List<Mention> withListedAfter(SentenceMentions sm, int node, Mention first) {
        List<Mention> all = new ArrayList<>(List.of(first));
        for (int d : sm.sentence().dependents(node, "appos")) {
            Mention item = sm.at(d);
            if (item != null && item.is(Mention.Type.PERSON) && item.first() > first.last() && !all.contains(item)) {
                all.add(item);
            }
        }
        return all;
    }

    /** The organization an origin or destination node stands for, or null. */
    public OrgSlot org(SentenceMentions sm, int node) {
        return org(sm, node, 0, true);
    }

    /**
     * The organization of a slot no person fills by right: the destination of "joined", the company "co-founded". A
     * one-word name the tagger took for a person ("Ledgerline") is a company there.
     */
    public OrgSlot orgOnly(SentenceMentions sm, int node) {
        return org(sm, node, 0, false);
    }

    private OrgSlot org(SentenceMentions sm, int node, int depth) {
        return org(sm, node, depth, true);
    }

    private OrgSlot org(SentenceMentions sm, int node, int depth, boolean personMayAct) {
        ParsedSentence s = sm.sentence();
        Mention m = sm.at(node);
        if (m != null && m.is(Mention.Type.ORG)) {
            return new OrgSlot(withPossessor(sm, node, m), m, depth == 0 ? "name" : "inside");
        }
        if (m != null && m.is(Mention.Type.PERSON) && (namedAsOrganization(sm, node) || !personMayAct && m.words() == 1)) {
            // "Curalink, a digital health startup, has appointed X"; "co-founded Ledgerline"
            OrgRef ref = gazetteer.resolve(m.text());
            Mention org = new Mention(Mention.Type.ORG, m.first(), m.last(), m.text(), m.begin(), m.end(), ref,
                    OrgKind.OTHER, "person-name");
            return new OrgSlot(ref, org, depth == 0 ? "name" : "inside");
        }
        if (m != null && (m.is(Mention.Type.PERSON) || m.is(Mention.Type.PRONOUN))) {
            return depth == 0 ? new OrgSlot(null, m, "person") : null;
        }
        Token it = s.token(node);
        if (m == null && depth == 0 && it.pos().equals("PRP") && (it.lemma().equals("it") || it.lemma().equals("they"))) {
            // "since he co-founded it", "left it": the organization the sentences are about
            return new OrgSlot(null, sm.add(new Mention(Mention.Type.ORG_NOUN, node, node, it.word(), it.begin(), it.end(),
                    null, null, "description")), "description");
        }
        Token t = s.token(node);
        // "Quiver Labs": a proper noun that ends a run of names heads the whole name, not a word inside it (but "the
        // FDA's Division of Oncology" is the FDA's)
        boolean endsAName = untypedName(s, node) && lexicon.isOrgNameWord(t.word())
                && s.dependents(node, "nmod:poss").isEmpty()
                && s.dependents(node, "compound").stream().anyMatch(d -> s.token(d).isProperNoun());
        if (depth < 2 && !endsAName && (t.isNoun() || t.pos().startsWith("JJ"))) {
            OrgSlot described = null;
            for (String relation : ORG_OF_NOUN) {
                for (int d : s.dependents(node, relation)) {
                    if (d == node) {
                        continue;
                    }
                    OrgSlot inner = org(sm, d, depth + 1);
                    if (inner != null && inner.named() && relation.equals("compound") && productBeforeKind(s, node, d, inner)) {
                        continue;
                    }
                    if (inner != null && inner.named()) {
                        return new OrgSlot(inner.org(), inner.mention(), "inside");
                    }
                    if (inner != null && inner.isDescription() && described == null) {
                        described = inner;
                    }
                }
            }
            // "the gene-editing startup Helixa Bio": a word for a company and the name right after it, which the parser may
            // hang on it loosely
            if (lexicon.isOrgNoun(t.lemma().toLowerCase(Locale.ROOT))) {
                for (int d : s.dependents(node, "dep")) {
                    OrgSlot inner = d > node && d - node <= 3 && s.token(node + 1).isProperNoun() ? org(sm, d, depth + 1) : null;
                    if (inner != null && inner.named()) {
                        return new OrgSlot(inner.org(), inner.mention(), "inside");
                    }
                }
            }
            // "a startup called Harbor Labs", "a fund named Acme Ventures"
            for (int called : s.dependents(node, "acl")) {
                if (s.token(called).lemma().equals("call") || s.token(called).lemma().equals("name")) {
                    for (int d : s.dependents(called, "xcomp", "obj", "obl", "nsubj:xsubj")) {
                        OrgSlot inner = d == node ? null : org(sm, d, depth + 1);
                        if (inner != null && inner.named()) {
                            return new OrgSlot(inner.org(), inner.mention(), "inside");
                        }
                    }
                }
            }
            // "led a group building on-device models at Apple", "ran a team working on search at Google": the group
            // is a part of the company its work is placed at
            if (m == null || m.is(Mention.Type.ORG_NOUN)) {
                for (int work : s.dependents(node, "acl")) {
                    List<Integer> places = new ArrayList<>(s.dependents(work, "obl:at", "obl:in", "obl:for", "obl:with"));
                    for (int object : s.dependents(work, "obj", "obl:on")) {
                        places.addAll(s.dependents(object, "nmod:at", "nmod:in", "nmod:for"));
                    }
                    for (int d : places) {
                        OrgSlot inner = org(sm, d, depth + 1);
                        if (inner != null && inner.named()) {
                            return new OrgSlot(inner.org(), inner.mention(), "inside");
                        }
                    }
                }
            }
            if (described != null && (m == null || !m.is(Mention.Type.ORG_NOUN))) {
                return described; // "the company's training effort", "its lab"
            }
        }
        if (m != null && m.is(Mention.Type.ORG_NOUN)) {
            return new OrgSlot(null, m, "description");
        }
        if (depth == 0 && "LOCATION".equals(t.ner()) && t.isProperNoun() && m == null) {
            // "comes from Wondery", "joined Hooli": a place to the tagger, but no place this lexicon knows
            OrgSlot place = placeTakenForCompany(sm, node);
            if (place != null) {
                return new OrgSlot(place.org(), place.mention(), "name");
            }
        }
        if (untypedName(s, node) && !"LOCATION".equals(t.ner())) {
            Mention name = withoutFunctionBeforeTitle(s, nameMention(s, node, Mention.Type.ORG, null, OrgKind.OTHER));
            if (lexicon.isPlace(name.text()) || onlyTitleWords(s, name) || frontOfTitle(s, name)
                    || MentionFinder.HONORIFICS.contains(s.token(name.first()).word().toLowerCase(Locale.ROOT))
                    || Lexicon.CALENDAR.contains(name.text().toLowerCase(Locale.ROOT))
                    || departmentOfNoOne(s, sm, name) || depth > 0 && KIND_ACRONYM.matcher(name.text()).matches()
                    || MentionFinder.functionOfATitle(s, name.last(), lexicon)) {
                return null;
            }
            Mention added = sm.add(name);
            OrgRef ref = gazetteer.resolve(added.text());
            Mention org = new Mention(Mention.Type.ORG, added.first(), added.last(), added.text(), added.begin(),
                    added.end(), ref, OrgKind.OTHER, "proper-noun");
            return new OrgSlot(ref, org, depth == 0 ? "name" : "inside");
        }
        return null;
    }

    /**
     * "former Initech R&D director": a name run into a title ends in the function the title is of; the owner is the
     * name before it.
     */
    private Mention withoutFunctionBeforeTitle(ParsedSentence s, Mention name) {
        int last = MentionFinder.endBeforeFunction(s, name.first(), name.last(), lexicon);
        return last == name.last() ? name : new Mention(name.type(), name.first(), last, s.text(name.first(), last),
                name.begin(), s.token(last).end(), name.org(), name.orgKind(), name.source());
    }

    /**
     * "the EV giant", "a new VC firm", "an AI startup": a short acronym no gazetteer knows, before an organization
     * noun, says what kind of organization it is, not which.
     */
    private static final java.util.regex.Pattern KIND_ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,3}");

    /** "CEO of Flexport": after a title the tagger takes small companies for places; a listed place stays a place. */
    private OrgSlot placeTakenForCompany(SentenceMentions sm, int node) {
        ParsedSentence s = sm.sentence();
        Token t = s.token(node);
        if (!t.isProperNoun() || !"LOCATION".equals(t.ner()) || sm.at(node) != null || partOfALongerPlace(s, node)) {
            return null;
        }
        Mention name = nameMention(s, node, Mention.Type.ORG, null, OrgKind.OTHER);
        if (lexicon.isPlace(name.text())) {
            return null;
        }
        OrgRef ref = gazetteer.resolve(name.text());
        Mention org = new Mention(Mention.Type.ORG, name.first(), name.last(), name.text(), name.begin(), name.end(), ref,
                OrgKind.OTHER, "place-name");
        sm.add(org);
        return new OrgSlot(ref, org, "role");
    }

    /** "San" of "San Francisco start-up X": the first word of a place's name is no company of its own. */
    private static boolean partOfALongerPlace(ParsedSentence s, int node) {
        return s.governors(node, "compound", "flat").stream()
                .anyMatch(g -> s.token(g).isProperNoun() && "LOCATION".equals(s.token(g).ner()));
    }

    /** A name in apposition with a company word: "Curalink, a digital health startup". */
    private boolean namedAsOrganization(SentenceMentions sm, int node) {
        ParsedSentence s = sm.sentence();
        for (int i = sm.at(node).first(); i <= sm.at(node).last(); i++) {
            for (int d : s.dependents(i, "appos")) {
                if (lexicon.isOrgNoun(s.token(d).lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Google's Brain team": the unit of a named organization; a gazetteer unit already knows its parent. */
    private OrgRef withPossessor(SentenceMentions sm, int node, Mention m) {
        if (m.known() && m.org().unit() != null) {
            return m.org();
        }
        ParsedSentence s = sm.sentence();
        for (int p : s.dependents(node, "nmod:poss")) {
            Mention owner = sm.at(p);
            if (owner != null && owner.is(Mention.Type.ORG) && owner != m && owner.org() != null
                    && !(m.known() && m.org().unit() == null)) {
                return new OrgRef(owner.org().organization(), OrgNames.clean(m.text()));
            }
        }
        return m.org();
    }

    /** The title a role node names: "chief scientist", "head of research", with its modifiers but without "former". */
    public String role(ParsedSentence s, SentenceMentions sm, int node) {
        if (node < 1) {
            return null;
        }
        Token t = s.token(node);
        if (!t.isNoun() && !t.pos().startsWith("JJ")) {
            return null;
        }
        int first = node;
        for (int d : s.dependents(node, "amod", "compound")) {
            Mention m = sm.at(d);
            if (d < first && m == null && !NOT_ROLE_WORDS.contains(s.token(d).lemma())
                    && lexicon.markerTime(s.token(d).lemma()) == null) {
                first = d;
            }
        }
        int last = node;
        for (int d : s.dependents(node, "nmod:of", "nmod:for")) {
            Mention m = sm.at(d);
            if (d > last && (m == null || !m.is(Mention.Type.ORG)) && d - node <= 4) {
                last = d;
            }
        }
        String role = s.text(first, last);
        return hasTitleWord(s, first, last) ? role : null;
    }

    /**
     * The organization a title belongs to: "chief executive of B", "B's chief scientist", "head of research at B",
     * "head of corporate finance and investment banking at B" (searched through the title's phrase, never into a
     * clause or past another person).
     */
    public OrgSlot roleOrg(SentenceMentions sm, int node) {
        OrgSlot direct = directRoleOrg(sm, node);
        if (direct != null || node < 1) {
            return direct;
        }
        ParsedSentence s = sm.sentence();
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        queue.add(new int[] {node, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            if (!seen.add(at[0]) || at[1] > 3) {
                continue;
            }
            Mention m = sm.at(at[0]);
            if (m != null && m.is(Mention.Type.ORG) && at[0] != node) {
                return new OrgSlot(withPossessor(sm, at[0], m), m, "role");
            }
            if (m != null && m.is(Mention.Type.PERSON)) {
                continue;
            }
            for (ParsedSentence.Edge e : s.dependents(at[0])) {
                String r = e.relation();
                // ("joined as chief commercial officer from Vertex": where the post-holder came from is no post's)
                if ((r.startsWith("nmod:") && !r.equals("nmod:from")) || r.startsWith("conj:") || r.equals("compound")
                        || r.equals("appos")) {
                    queue.add(new int[] {e.dependent(), at[1] + 1});
                }
            }
        }
        return null;
    }

    private OrgSlot directRoleOrg(SentenceMentions sm, int node) {
        ParsedSentence s = sm.sentence();
        if (node < 1) {
            return null;
        }
        // "is now chief architect at B": after a copula the parser hangs "at B" on the title as obl:at
        for (String relation : new String[] {"nmod:of", "nmod:at", "nmod:poss", "compound", "nmod:with", "nmod:for", "obl:at"}) {
            for (int d : s.dependents(node, relation)) {
                if (relation.equals("compound") && s.dependents(node, "compound").stream().anyMatch(c -> c < d
                        && lexicon.isTitleWord(s.token(c).word().toLowerCase(Locale.ROOT)))) {
                    // "Chief Technology Officer": a word between a title's first word and its head is the title's.
                    continue;
                }
                OrgSlot slot = org(sm, d, 1);
                if (slot != null && slot.named()) {
                    return new OrgSlot(slot.org(), slot.mention(), "role");
                }
                if (slot != null && slot.isDescription() && (relation.equals("nmod:of") || relation.equals("nmod:at"))
                        && Character.isUpperCase(slot.mention().text().codePointAt(0))) {
                    return slot; // "Chief Risk Officer of the Company": the term a filing or release defined
                }
                if (slot == null && (relation.equals("nmod:of") || relation.equals("nmod:at"))) {
                    OrgSlot place = placeTakenForCompany(sm, d);
                    if (place != null) {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    private boolean hasTitleWord(ParsedSentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (lexicon.isTitleWord(s.token(i).lemma()) || lexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean titleOrKnown(SentenceMentions sm, int node) {
        return lexicon.isTitleWord(sm.sentence().token(node).lemma()) || sm.at(node) != null;
    }

    /**
     * "Enfabrica CEO" or "Special Projects Group" is no person's name: a run of capitals with a title word or an
     * organization in it, or ending in a word of organization names.
     */
    private boolean containsTitleOrOrganization(SentenceMentions sm, Mention name) {
        if (lexicon.isOrgNameWord(sm.sentence().token(name.last()).word()) || headline(sm.sentence())) {
            return true;
        }
        for (int i = name.first(); i <= name.last(); i++) {
            String w = sm.sentence().token(i).word().toLowerCase(Locale.ROOT);
            // "Talent Exodus", "Hiring Spree": words of the news, not of names
            if (!lexicon.triggersOf(w).isEmpty() || lexicon.isVerbForm(w) || lexicon.isOrgNoun(w) || lexicon.hedge(w).isPresent()) {
                return true;
            }
        }
        for (int i = name.first(); i <= name.last(); i++) {
            Mention m = sm.at(i);
            if (lexicon.isTitleWord(sm.sentence().token(i).word().toLowerCase(Locale.ROOT)) || m != null && m.is(Mention.Type.ORG)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEPARTMENTS = Set.of("office", "department", "division", "unit", "team", "bureau",
            "desk", "committee", "practice", "function");

    /**
     * "appointed head of the Strategy Office": a department named by its function and owned by no company named in
     * the clause is inside the company the person is already in.
     */
    private static boolean departmentOfNoOne(ParsedSentence s, SentenceMentions sm, Mention name) {
        if (!DEPARTMENTS.contains(s.token(name.last()).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = name.first(); i <= name.last(); i++) {
            for (int d : s.dependents(i, "nmod:poss", "nmod:of", "nmod:at")) {
                Mention owner = sm.at(d);
                if (owner != null && (owner.is(Mention.Type.ORG) || owner.is(Mention.Type.ORG_NOUN))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "the role of Chief Scientific Advisor": words that begin with a title word and run into another are a title. */
    private boolean frontOfTitle(ParsedSentence s, Mention name) {
        boolean runsIntoTitle = name.last() < s.size() && lexicon.isTitleWord(s.token(name.first()).word().toLowerCase(Locale.ROOT))
                && lexicon.isTitleWord(s.token(name.last() + 1).word().toLowerCase(Locale.ROOT));
        // ("Scientific Advisor": the rest of one, ending in its title word.)
        boolean endsInTitle = name.last() > name.first() && lexicon.isTitleWord(s.token(name.last()).word().toLowerCase(Locale.ROOT))
                && gazetteer.lookup(name.text()).isEmpty();
        // ("Group Chief Financial Officer": a word for any company before a title qualifies the title.)
        boolean kindBeforeTitle = name.first() == name.last() && name.last() < s.size()
                && lexicon.isOrgNoun(s.token(name.first()).word().toLowerCase(Locale.ROOT))
                && lexicon.isTitleWord(s.token(name.last() + 1).word().toLowerCase(Locale.ROOT));
        // ("Chief Financial Officer", "Chief Risk Officer": a word between two title words is part of the title.)
        boolean insideTitle = name.first() > 1 && name.last() < s.size()
                && lexicon.isTitleWord(s.token(name.first() - 1).word().toLowerCase(Locale.ROOT))
                && lexicon.isTitleWord(s.token(name.last() + 1).word().toLowerCase(Locale.ROOT));
        return runsIntoTitle || endsInTitle || kindBeforeTitle || insideTitle;
    }

    private boolean onlyTitleWords(ParsedSentence s, Mention name) {
        for (int i = name.first(); i <= name.last(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (!lexicon.isTitleWord(w) && lexicon.markerTime(w) == null && !w.equals("of") && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    /** A headline set in title case ("Alibaba Faces Continuing Talent Exodus"): its capitals say nothing of names. */
    private static boolean headline(ParsedSentence s) {
        int words = 0;
        int capitalized = 0;
        for (Token t : s.tokens()) {
            if (Character.isLetter(t.word().codePointAt(0))) {
                words++;
                capitalized += Character.isUpperCase(t.word().codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalized * 10 >= words * 7;
    }

    /** A proper noun no mention covers and the tagger did not call a place. */
    private static boolean untypedName(ParsedSentence s, int node) {
        Token t = s.token(node);
        return t.isProperNoun() && "O".equals(t.ner()) || "MISC".equals(t.ner()) && t.isProperNoun();
    }

    /**
     * "Helen Park will become its CFO": the tagger takes many names for places, but a given name and a surname in the
     * mover's slot of a move verb are a person.
     */
    private boolean placeNamedLikeAPerson(ParsedSentence s, int node) {
        Token t = s.token(node);
        return t.isProperNoun() && "LOCATION".equals(t.ner()) && s.dependents(node, "compound", "flat").stream()
                .anyMatch(d -> d == node - 1 && s.token(d).isProperNoun()) && !lexicon.isPlace(s.text(node - 1, node));
    }

    /**
     * "the ChatGPT maker", "the TikTok owner": a name no tagger or gazetteer knows as an organization's, compounded
     * with a definite word for a company, is what the company makes; the phrase describes the company (named before).
     */
    private boolean productBeforeKind(ParsedSentence s, int node, int d, OrgSlot inner) {
        return lexicon.isOrgNoun(s.token(node).lemma()) && !inner.mention().known()
                && !"ORGANIZATION".equals(s.token(d).ner())
                && s.dependents(node, "det").stream().anyMatch(x -> s.token(x).lemma().equals("the"));
    }

    /** A hyphen token written without spaces between two words: "Lip-Bu". */
    private static boolean joinedByHyphen(ParsedSentence s, int i) {
        return i > 1 && i < s.size() && s.token(i).word().equals("-") && s.token(i - 1).end() == s.token(i).begin()
                && s.token(i).end() == s.token(i + 1).begin();
    }

    /** The run of proper nouns a node heads ("Argo AI", "Quanta Logic"), as a mention. */
    private static Mention nameMention(ParsedSentence s, int node, Mention.Type type, OrgRef org, OrgKind kind) {
        int first = node;
        int last = node;
        for (int d : s.dependents(node, "compound", "flat")) {
            Token t = s.token(d);
            if (t.isProperNoun() || Character.isUpperCase(t.word().codePointAt(0))) {
                first = Math.min(first, d);
                last = Math.max(last, d);
            }
        }
        // The compound must be one unbroken run of words.
        for (int i = first; i < node; i++) {
            if (!Character.isLetterOrDigit(s.token(i).word().codePointAt(0)) && !joinedByHyphen(s, i)) {
                first = i + 1;
            }
        }
        // "River & Mercantile", "Marks & Spencer": an ampersand joins names into one company's name
        while (last + 2 <= s.size() && s.token(last + 1).word().equals("&") && s.token(last + 2).isProperNoun()) {
            last += 2;
        }
        // "Lip-Bu Tan": the tokenizer splits a hyphenated given name; written without spaces it is one name.
        while (first > 2 && joinedByHyphen(s, first - 1) && Character.isUpperCase(s.token(first - 2).word().codePointAt(0))) {
            first -= 2;
        }
        // "Ms Okonkwo-Bello" (British style, no full stop): an honorific is no part of a person's name
        while (type == Mention.Type.PERSON && first < last
                && MentionFinder.HONORIFICS.contains(s.token(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        return new Mention(type, first, last, s.text(first, last), s.token(first).begin(), s.token(last).end(), org, kind,
                "proper-noun");
    }
}
