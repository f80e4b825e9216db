package org.talentflow.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.talentflow.core.frame.ClauseScope;
import org.talentflow.core.frame.FrameMatch;
import org.talentflow.core.frame.FramePatterns;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.frame.SlotReader;
import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.mention.MentionFinder;
import org.talentflow.core.mention.SentenceMentions;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;
import org.talentflow.core.resolve.Gazetteer;

/**
 * Reads one parsed sentence: its mentions, the moves its clauses state (one per mover of a list) and the ties of
 * people to organizations it gives. Nothing here looks beyond the sentence; the document model does that.
 */
public final class SentenceReader {

    /** A span spent somewhere: "after nine years at A" says A is behind. */
    private static final Set<String> DURATIONS = Set.of("year", "month", "decade", "stint", "tenure", "spell", "career");
    private static final Set<String> PAST_ADVERBS = Set.of("previously", "formerly", "once", "earlier", "prior", "until");

    private final MentionFinder mentions;
    private final FramePatterns patterns;
    private final SlotReader slots;
    private final ClauseScope scope;
    private final Lexicon lexicon;
    private final WordOrderFallback fallback;
    private final Gazetteer gazetteer;

    public SentenceReader(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.mentions = new MentionFinder(gazetteer, lexicon);
        this.patterns = new FramePatterns(lexicon);
        this.slots = new SlotReader(gazetteer, lexicon);
        this.scope = new ClauseScope(lexicon);
        this.lexicon = lexicon;
        this.fallback = new WordOrderFallback(scope, slots, this);
    }

    /** The lexicon the reader reads with (the stages around it read the same one). */
    /** Whether the gazetteer knows a name as an organization's ("Ford" beside a person named Ford stays the carmaker). */
    public boolean knowsOrganization(String name) {
        return gazetteer.lookup(name).isPresent();
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public SentenceReading read(ParsedSentence s) {
        SentenceMentions sm = mentions.find(s);
        SentenceReading reading = new SentenceReading(s, sm);
        for (FrameMatch m : patterns.moves(s)) {
            addMoves(reading, m);
        }
        for (FrameMatch m : patterns.affiliations(s)) {
            addTies(reading, m);
        }
        surfaceTies(reading);
        asideTies(reading);
        sharedTitleOrganizations(reading);
        keepFullest(reading.moves());
        fallback.apply(reading, patterns.triggers(s));
        leftWhatTheyJoined(reading);
        notLeftWhatTheyFound(reading);
        return reading;
    }

    private void addMoves(SentenceReading r, FrameMatch m) {
        ParsedSentence s = r.parsed();
        SentenceMentions sm = r.mentions();
        for (String end : new String[] {"to", "from"}) {
            // (a board that names or hires someone acts for its organization: "Halden University's board named X")
            if (m.has(end) && lexicon.isNotAPost(s.token(m.node(end)).lemma())
                    && !s.governors(m.node(end), "nsubj").contains(m.node("trigger")) && !inAName(sm, m.node(end))) {
                return; // "will join its board of directors", "joined forces with"
            }
        }
        if ((m.frame() == Frame.HIRE || m.frame() == Frame.APPOINT) && toASeat(s, m.node("trigger"), lexicon)) {
            return;
        }
        for (int object : m.frame() == Frame.ARRIVE ? s.dependents(m.node("trigger"), "obj") : List.<Integer>of()) {
            if (lexicon.isNotAPost(s.token(object).lemma())) {
                return; // "started her career at McKinsey": a first job, no move
            }
        }
        for (int particle : s.dependents(m.node("trigger"), "advmod", "compound:prt")) {
            for (int end : s.dependents(particle, "obl:from", "obl:to")) {
                if (lexicon.isNotAPost(s.token(end).lemma())) {
                    return; // "stepped down from the board": the parser hangs the seat on "down"
                }
            }
        }
        if (givenUpWithin(s, m.node("trigger"), m.frame())) {
            return;
        }
        if (visit(s, m.node("trigger"), lexicon) && !madeByName(sm, m.node("trigger"))) {
            return; // "returned to Zhejiang University to give a talk": a visit, not a post
        }
        List<Mention> movers = m.has("mover") ? slots.people(sm, m.node("mover")) : List.of();
        // A slot bound to the mover itself is the parser's echo of a relative clause ("Bo, who transitioned to B"), no end.
        // Only the organization that hires, loses or removes can be a person acting for it ("Zuckerberg poached X").
        boolean personActs = m.frame() == Frame.HIRE || m.frame() == Frame.APPOINT || m.frame() == Frame.LOSE
                || m.frame() == Frame.REMOVE;
        int fromNode = m.has("from") && m.node("from") != m.node("mover") ? bodysOwner(s, m.node("from")) : 0;
        OrgSlot from = fromNode > 0 ? slot(sm, fromNode, personActs && (m.frame() == Frame.LOSE || m.frame() == Frame.REMOVE)) : null;
        int toNode = m.has("to") && m.node("to") != m.node("mover") ? bodysOwner(s, m.node("to")) : 0;
        OrgSlot to = toNode > 0 ? slot(sm, toNode, personActs && (m.frame() == Frame.HIRE || m.frame() == Frame.APPOINT)) : null;
        from = ofTheNounTold(sm, m.node("trigger"), from);
        to = ofTheNounTold(sm, m.node("trigger"), to);
        if (to != null && to.isPerson() && m.frame() == Frame.ARRIVE
                && !s.dependents(m.node("trigger"), "obl:to", "obl:at").isEmpty()) {
            return; // "will follow him to the firm": the person is whom they follow; the place is after "to"
        }
        if (m.frame() == Frame.ARRIVE && m.has("to") && to == null && thing(s.token(m.node("to")))) {
            return; // "Kim returns to the whiteboard": an arrival at a thing, not at a post
        }
        if (m.frame() == Frame.FOUND && to == null && m.has("to")) {
            // "left Pixelforge to start a venture studio, Abara Labs": the company founded is the name set off after
            // the noun that says what it is
            // (the parser may hang the name elsewhere: it stands right after the noun and a comma)
            List<Integer> names = new ArrayList<>(s.dependents(m.node("to"), "appos"));
            int after = m.node("to") + 2;
            if (after <= s.size() && s.token(m.node("to") + 1).word().equals(",") && lexicon.isOrgNoun(s.token(m.node("to")).lemma())) {
                names.add(after);
            }
            for (int named : names) {
                OrgSlot name = slots.orgOnly(sm, named);
                to = to == null && name != null && name.named() ? name : to;
            }
        }
        if (m.frame() == Frame.FOUND && to != null && to.isDescription()) {
            // "to found his own startup, Brightwave": a founded company is new; its name follows the noun, and the
            // noun never stands for a company named before, unless it is definite ("The company was co-founded by")
            OrgSlot named = nameAfter(sm, to.mention());
            to = named != null || !definite(s, to.mention().last()) ? named : to;
        }
        if ((m.frame() == Frame.ARRIVE || m.frame() == Frame.HIRE) && from != null && from.isPerson()
                && from.mention().is(Mention.Type.PERSON) && from.mention().words() >= 2
                && !s.dependents(m.node("trigger"), "obl:from").isEmpty()) {
            // One comes from a firm, not from a person: "has joined its Houston office from Baker McKenzie"
            from = asOrganization(from.mention());
        }
        if (m.frame() == Frame.FOUND && to != null && to.isPerson() && to.mention().is(Mention.Type.PERSON)) {
            // One founds companies, not people: "founded Boshi Chenyu" names a company the tagger took for a person.
            to = asOrganization(to.mention());
        }
        if (m.has("mover") && (m.has("to") && to == null || m.has("from") && from == null)
                && (m.node("to") == m.node("mover") || m.node("from") == m.node("mover"))) {
            return;
        }
        if (m.frame() == Frame.BECOME && keptOn(s, m.node("trigger"))) {
            return; // "Erik Voss will continue to run it as a division of Brennick": no new post
        }
        if (movers.isEmpty()) {
            if (from == null && !m.has("from") && m.frame() != null && departure(m.frame())
                    && (!m.has("mover") || isGroup(s, sm, m.node("mover")))) {
                // "Several technical leaders departed": the organization the sentences before were about (not when
                // the clause says whence, only not which: "another departure from a major company").
                Token t = s.token(m.node("trigger"));
                from = new OrgSlot(null, new Mention(Mention.Type.ORG_NOUN, t.index(), t.index(), t.word(), t.begin(),
                        t.end(), null, null, "context"), "description");
            }
            if (from == null && m.has("mover") && isGroup(s, sm, m.node("mover")) && m.frame() != null && !departure(m.frame())) {
                // "four former OpenAI researchers": where the group comes from is part of its noun.
                OrgSlot inside = slots.org(sm, m.node("mover"));
                from = inside != null && inside.named() ? inside : null;
            }
            if (m.has("mover") && namesBefore(s, sm, m.node("mover"))
                    && (m.frame() == Frame.FOUND || departure(m.frame()) && named(from) || !departure(m.frame()) && to != null && to.named())) {
                // Candidates finds whom "the pair" means among the people named before ("all five have started at
                // Meta": an arrival counts only where it names its organization, not "the two will lead a team").
                r.groups().add(new MoveFact(m.frame(), m.pattern(), r, m.node("trigger"), null, from, to, null,
                        scope.of(s, m.node("trigger"))));
                return;
            }
            if ((!m.has("mover") || isGroup(s, sm, m.node("mover"))) && (named(from) || named(to))) {
                r.groups().add(new MoveFact(m.frame(), m.pattern(), r, m.node("trigger"), null, from, to, null,
                        scope.of(s, m.node("trigger"))));
                // "Three engineers have quit A, including X, Y and Z": the group's members move with it.
                movers = members(sm, m.node("trigger"));
            }
            if (movers.isEmpty()) {
                return;
            }
        }
        int roleNode = m.node("role");
        String role = slots.role(s, sm, roleNode);
        OrgSlot roleOrg = roleNode > 0 ? slots.roleOrg(sm, roleNode) : null;
        ClauseScope.Scope sc = scope.of(s, m.node("trigger"));
        movers = new ArrayList<>(movers);
        // "hired X, Y, and Z": a list of names the parser broke up (an apposition here, a subject there).
        for (Mention mover : List.copyOf(movers)) {
            for (Mention listed : listed(sm, mover)) {
                if (!movers.contains(listed)) {
                    movers.add(listed);
                }
            }
        }
        // "Among its hires are X and Y": coordination the parser did not carry over to the mover's relation.
        for (Mention mover : List.copyOf(movers)) {
            for (int i = mover.first(); mover.is(Mention.Type.PERSON) && i <= mover.last(); i++) {
                // ("A and B, who both left Stripe, and C, who led Adyen's team": a name after the mover's own relative
                // clause is not in it)
                boolean relative = s.governors(m.node("trigger"), "acl:relcl").contains(i);
                for (int c : s.dependents(i, "conj:")) {
                    if (relative && c > m.node("trigger")) {
                        continue;
                    }
                    for (Mention p : slots.people(sm, c)) {
                        if (p.is(Mention.Type.PERSON) && !movers.contains(p)) {
                            movers.add(p);
                        }
                    }
                }
            }
        }
        // "the appointment of A as chief technology officer and B as chief financial officer": the parser hangs the
        // second name on the first one's post, as one more of its conjuncts.
        for (int c : roleNode > 0 ? s.dependents(roleNode, "conj:") : List.<Integer>of()) {
            for (Mention p : slots.people(sm, c)) {
                if (p.is(Mention.Type.PERSON) && !movers.contains(p)) {
                    movers.add(p);
                }
            }
        }
        for (Mention companion : companions(sm, m.node("trigger"))) {
            if (!movers.contains(companion)) {
                movers.add(companion);
            }
        }
        movers = nameRightBefore(sm, m.node("trigger"), movers, m.frame());
        for (Mention mover : movers) {
            OrgSlot f = from;
            OrgSlot t = to;
            if (m.trigger() != null && m.trigger().toIsLeft() && f == null && t != null) {
                f = t; // "bid adieu to the company"
                t = null;
            }
            MoveFact fact = new MoveFact(m.frame(), m.pattern(), r, m.node("trigger"), mover, f, t, role, sc);
            // The organization of the post stands on the frame's own side: "took over as chief executive of B".
            if (roleOrg != null && fact.arrives() && (t == null || !t.named())) {
                t = roleOrg;
            } else if (roleOrg != null && fact.departs() && (f == null || !f.named())) {
                f = roleOrg;
            }
            // "Keith Strier of Nvidia", "Nvidia's Keith Strier": the organization beside the mover is where they were.
            if (f == null && m.frame() != Frame.FOUND) {
                f = besideMover(sm, mover);
            }
            r.moves().add(fact.withSlots(f, t));
            // ("when he took over from X in 2011": a succession told as background is no news of X leaving)
            if (m.frame() == Frame.SUCCEED && m.has("prev") && !sc.background()) {
                for (Mention prev : slots.people(sm, m.node("prev"))) {
                    if (staysOn(s, prev)) {
                        continue;
                    }
                    r.moves().add(new MoveFact(Frame.DEPART, m.pattern() + "/prev", r, m.node("trigger"), prev, t, null,
                            role, sc));
                }
            }
        }
    }

    /**
     * "X, a former Initech engineer who left the company": a description in a relative clause stands for the
     * organization of the noun the clause tells of, not for one the story named before.
     */
    private OrgSlot ofTheNounTold(SentenceMentions sm, int trigger, OrgSlot slot) {
        if (slot == null || !slot.isDescription() || slot.named()) {
            return slot;
        }
        for (int noun : sm.sentence().governors(trigger, "acl:relcl")) {
            OrgSlot owner = slots.org(sm, noun);
            if (owner != null && owner.named()) {
                return new OrgSlot(owner.org(), owner.mention(), "description");
            }
        }
        return slot;
    }

    /** Whether the arrival verb at {@code trigger} goes to a thing: "returns to the whiteboard". */
    boolean arrivesAtAThing(SentenceMentions sm, int trigger) {
        for (int d : sm.sentence().dependents(trigger, "obl:to", "obj")) {
            if (sm.at(d) == null && thing(sm.sentence().token(d)) && slots.orgOnly(sm, d) == null) {
                return true;
            }
        }
        return false;
    }

    /** A common noun for no organization, post or title (lexicon: org-nouns, post-nouns, titles). */
    private boolean thing(Token t) {
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && (t.ner() == null || "O".equals(t.ner()))
                && !lexicon.isOrgNoun(lemma) && !lexicon.isPostNoun(lemma) && !lexicon.isTitleWord(lemma)
                && !lexicon.isNotAPost(lemma);
    }

    /**
     * "the company", "this startup": a noun that points back to an organization already told of, unlike "a company",
     * "his own startup" or "a new venture".
     */
    private static boolean definite(ParsedSentence s, int noun) {
        boolean pointsBack = false;
        for (int d : s.dependents(noun, "det")) {
            pointsBack |= DEFINITE.contains(s.token(d).lemma().toLowerCase(java.util.Locale.ROOT));
        }
        for (int d : s.dependents(noun, "amod")) {
            pointsBack &= !NEW_ORGANIZATION.contains(s.token(d).lemma().toLowerCase(java.util.Locale.ROOT));
        }
        return pointsBack;
    }

    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "this", "that");
    private static final java.util.Set<String> NEW_ORGANIZATION = java.util.Set.of("own", "new");

    /** The name right after a company noun and its comma: "his own startup, Brightwave". */
    OrgSlot nameAfter(SentenceMentions sm, Mention noun) {
        ParsedSentence s = sm.sentence();
        int i = noun.last() + 1;
        if (i <= s.size() && s.token(i).word().equals(",")) {
            i++;
        }
        if (i > s.size()) {
            return null;
        }
        Mention m = sm.at(i);
        if (m != null && m.first() == i && (m.is(Mention.Type.ORG) || m.is(Mention.Type.PERSON))) {
            return new OrgSlot(gazetteer.resolve(m.text()), new Mention(Mention.Type.ORG, m.first(), m.last(), m.text(),
                    m.begin(), m.end(), gazetteer.resolve(m.text()), org.talentflow.core.domain.OrgKind.OTHER, m.source()), "inside");
        }
        if (m == null && s.token(i).isProperNoun()) {
            int last = i;
            while (last + 1 <= s.size() && s.token(last + 1).isProperNoun() && sm.at(last + 1) == null) {
                last++;
            }
            String name = s.text(i, last);
            Mention company = sm.add(new Mention(Mention.Type.ORG, i, last, name, s.token(i).begin(), s.token(last).end(),
                    gazetteer.resolve(name), org.talentflow.core.domain.OrgKind.OTHER, "proper-noun"));
            return new OrgSlot(company.org(), company, "inside");
        }
        return null;
    }

    private OrgSlot slot(SentenceMentions sm, int node, boolean personMayAct) {
        return personMayAct ? slots.org(sm, node) : slots.orgOnly(sm, node);
    }

    /**
     * "with X moving from A to B and Y quitting C for D": the enhancer hands X on to every verb of the list; a name
     * right before a verb whose subject moves (an adverb or auxiliary between at most) is its subject.
     */
    private List<Mention> nameRightBefore(SentenceMentions sm, int trigger, List<Mention> movers, Frame frame) {
        if (frame != Frame.ARRIVE && frame != Frame.DEPART && frame != Frame.FOUND || trigger < 2) {
            return movers;
        }
        ParsedSentence s = sm.sentence();
        int i = trigger - 1;
        while (i > 1 && (s.token(i).pos().equals("RB") || s.token(i).pos().equals("MD") || s.token(i).lemma().equals("have")
                || s.token(i).lemma().equals("be"))) {
            i--;
        }
        Mention before = sm.at(i);
        if (before == null || !before.is(Mention.Type.PERSON) || before.last() != i || movers.contains(before)) {
            return movers;
        }
        boolean handedOn = movers.stream().allMatch(m -> m.last() < before.first());
        if (handedOn && movers.stream().anyMatch(m -> coordinated(s, m.last(), before.first()))) {
            List<Mention> both = new ArrayList<>(movers); // "He and Tom Lee will join B": both move
            both.add(before);
            return both;
        }
        return handedOn ? List.of(before) : movers;
    }

    /** Whether only "and" (and title words) stands between two mentions: "He and chairman Tom Lee". */
    private boolean coordinated(ParsedSentence s, int left, int right) {
        boolean and = false;
        for (int i = left + 1; i < right; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("and")) {
                and = true;
            } else if (!lexicon.isTitleWord(w)) {
                return false;
            }
        }
        return and;
    }

    private static final java.util.function.Predicate<String> LEXICON_TITLES =
            w -> Lexicon.english().isTitleWord(w.toLowerCase(Locale.ROOT));

    /** The names listed with a name, by commas and a last "and": "X, Y, and Z". */
    static List<Mention> listed(SentenceMentions sm, Mention first) {
        List<Mention> list = new ArrayList<>();
        if (!first.is(Mention.Type.PERSON)) {
            return list;
        }
        ParsedSentence s = sm.sentence();
        int i = first.last() + 1;
        if (i + 1 <= s.size() && s.token(i).word().equalsIgnoreCase("from") && sm.at(i + 1) != null
                && sm.at(i + 1).is(Mention.Type.ORG)) {
            i = sm.at(i + 1).last() + 1;
        }
        while (i <= s.size()) {
            String w = s.token(i).word();
            int next = i;
            if (w.equals(",")) {
                next++;
                if (next <= s.size() && (s.token(next).word().equals("and") || s.token(next).word().equals("or"))) {
                    next++;
                }
            } else if (w.equals("and") || w.equals("or")) {
                next++;
            } else {
                break;
            }
            // "Windsurf CEO Varun Mohan, co-founder Douglas Chen, and ...": a title may stand before each name.
            while (next <= s.size() && sm.at(next) == null && (LEXICON_TITLES.test(s.token(next).word())
                    || MentionFinder.HONORIFICS.contains(s.token(next).word().toLowerCase(Locale.ROOT)))) {
                next++; // ("Ms. Lund and Mr. Tanabe": an honorific too)
            }
            Mention m = sm.at(next);
            if (m == null || m.first() == next && !m.is(Mention.Type.PERSON) && !m.known()) {
                m = nameTakenForSomethingElse(sm, next, m); // "Dev Rao and Georgia Banks": a place to the tagger
            }
            if (m == null || !m.is(Mention.Type.PERSON) || m.first() != next) {
                break;
            }
            list.add(m);
            i = m.last() + 1;
            // "X from A and Y from B": each name may carry where it comes from.
            if (i + 1 <= s.size() && s.token(i).word().equalsIgnoreCase("from") && sm.at(i + 1) != null
                    && sm.at(i + 1).is(Mention.Type.ORG)) {
                i = sm.at(i + 1).last() + 1;
            }
        }
        return list;
    }

    /** Two or three capitalized words listed with names are a name, whatever the tagger called them. */
    private static Mention nameTakenForSomethingElse(SentenceMentions sm, int first, Mention existing) {
        ParsedSentence s = sm.sentence();
        int last = first;
        while (last + 1 <= s.size() && s.token(last + 1).isProperNoun() && last - first < 2) {
            last++;
        }
        if (last == first || !s.token(first).isProperNoun()) {
            return existing;
        }
        for (int k = first; k <= last; k++) {
            if (LEXICON_TITLES.test(s.token(k).word())) {
                return existing; // "X, Chief Business Officer, has left": the rest of a title, not a name
            }
        }
        if (last + 1 <= s.size() && s.token(last + 1).pos().equals("POS")) {
            return existing; // "X, Lattice Forge's co-founder": whose post it is, not one more name
        }
        if (existing != null && (existing.first() != first || existing.last() != last)) {
            return existing;
        }
        Mention person = new Mention(Mention.Type.PERSON, first, last, s.text(first, last), s.token(first).begin(),
                s.token(last).end(), null, null, "proper-noun");
        return sm.replace(existing, person);
    }

    private static boolean departure(org.talentflow.core.lexicon.Frame frame) {
        return frame == org.talentflow.core.lexicon.Frame.DEPART || frame == org.talentflow.core.lexicon.Frame.LOSE;
    }

    /** Whether a verb of taking a post is the complement of a verb of staying ("continue to run", "remain to lead"). */
    private boolean keptOn(ParsedSentence s, int trigger) {
        return s.governors(trigger, "xcomp").stream().anyMatch(v -> lexicon.isStayingVerb(s.token(v).lemma()));
    }

    /**
     * "X succeeds co-founder Y, who will transition to the role of adviser": a predecessor whose relative clause has a
     * verb of staying (lexicon/en/staying-verbs.tsv) does not leave.
     */
    private boolean staysOn(ParsedSentence s, Mention prev) {
        for (int i = prev.first(); i <= prev.last(); i++) {
            for (int relative : s.dependents(i, "acl:relcl")) {
                List<Integer> verbs = new ArrayList<>(List.of(relative));
                verbs.addAll(s.dependents(relative, "conj:and"));
                // ("who announced that he would step down and return to teaching": what the clause says they will do)
                for (int said : s.dependents(relative, "ccomp")) {
                    verbs.add(said);
                    verbs.addAll(s.dependents(said, "conj:and"));
                }
                for (int verb : verbs) {
                    // ("who has run Halcyon since 2017 and will become executive chairman": a post with no organization
                    // of its own is one in the same organization)
                    if (stays(s, verb)
                            || s.token(verb).lemma().equals("become") && !namesAnOrganization(s, verb, 2)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Halden University's board named X", "its Board of Directors has appointed X": a body that acts for an
     * organization stands for the organization that owns it (a name before it, or none), never for its "of" words.
     */
    private int bodysOwner(ParsedSentence s, int node) {
        if (node <= 0 || !lexicon.isNotAPost(s.token(node).lemma())) {
            return node;
        }
        List<Integer> possessors = s.dependents(node, "nmod:poss");
        if (!possessors.isEmpty()) {
            return possessors.get(0); // ("its board": the one "its" stands for)
        }
        for (int owner : s.dependents(node, "compound")) {
            if (s.token(owner).isProperNoun()) {
                return owner;
            }
        }
        return 0;
    }

    /** "would step down as president and return to teaching": a post given up within the organization, no departure. */
    boolean givenUpWithin(ParsedSentence s, int trigger, Frame frame) {
        // (not a verb of staying alone: "will retire at year-end and remain in an advisory capacity" still leaves)
        return frame == Frame.DEPART && s.dependents(trigger, "conj:and").stream()
                .anyMatch(v -> stays(s, v) && !lexicon.isStayingVerb(s.token(v).lemma()));
    }

    /**
     * Whether a verb keeps its subject where it is: a verb of staying, or one that goes back to the work it names
     * ("will return to the faculty", "return to teaching"; lexicon/en/staying-verbs.tsv).
     */
    private boolean stays(ParsedSentence s, int verb) {
        String lemma = s.token(verb).lemma();
        if (lexicon.isStayingVerb(lemma)) {
            return true;
        }
        for (int to : s.dependents(verb, "obl:to")) {
            if (lexicon.staysGoingTo(lemma, s.token(to).lemma()) && !s.token(to).isProperNoun()
                    && !namesAnOrganization(s, to, 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a node's dependents, down to a depth, hold an organization's name. */
    private static boolean namesAnOrganization(ParsedSentence s, int node, int depth) {
        for (ParsedSentence.Edge e : s.dependents(node)) {
            if ("ORGANIZATION".equals(s.token(e.dependent()).ner())
                    || depth > 1 && namesAnOrganization(s, e.dependent(), depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** People who move with the mover: "X bid adieu to the company along with Y". */
    private List<Mention> companions(SentenceMentions sm, int trigger) {
        List<Mention> found = new ArrayList<>();
        List<Integer> with = new ArrayList<>(sm.sentence().dependents(trigger, "obl:along_with", "obl:together_with",
                "obl:with"));
        // "joins as a partner along with X and Y": the parser may hang the companions on the post or the place
        for (int post : sm.sentence().dependents(trigger, "obl:as", "obj")) {
            with.addAll(sm.sentence().dependents(post, "nmod:along_with", "nmod:together_with"));
        }
        for (int d : with) {
            for (Mention p : slots.people(sm, d)) {
                if (p.is(Mention.Type.PERSON) && !found.contains(p)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** A word inside an organization's name that opens with a word of its own: "Advisory" of "Estrada Advisory". */
    private boolean inAName(SentenceMentions sm, int node) {
        Mention m = sm.at(node);
        return m != null && m.is(Mention.Type.ORG) && m.first() < node
                && !lexicon.isNotAPost(sm.sentence().token(m.first()).lemma());
    }

    /** "left Deloitte to launch Estrada Advisory": the purpose's object is a name, no seat or board visited. */
    private boolean madeByName(SentenceMentions sm, int trigger) {
        ParsedSentence s = sm.sentence();
        for (int purpose : s.dependents(trigger, "advcl:to", "xcomp", "advcl")) {
            if (!s.dependents(purpose, "obj").isEmpty() && s.dependents(purpose, "obj").stream().allMatch(o -> inAName(sm, o))
                    && !lexicon.isNotAPost(s.token(purpose).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause's purpose makes the trip a visit: "returned to the university to give a talk". */
    static boolean visit(ParsedSentence s, int trigger, Lexicon lexicon) {
        for (int purpose : s.dependents(trigger, "advcl:to", "xcomp", "advcl")) {
            if (!s.token(purpose).pos().startsWith("VB")) {
                continue; // ("named director of B, the library's board announced": a noun the parser hung here is no purpose)
            }
            if (lexicon.isNotAPost(s.token(purpose).lemma()) || s.dependents(purpose, "obj").stream()
                    .anyMatch(o -> lexicon.isNotAPost(s.token(o).lemma()))) {
                return true;
            }
        }
        return false;
    }

    /** The people a clause names as members of its group: "..., including X and Y", "among them X". */
    private List<Mention> members(SentenceMentions sm, int trigger) {
        List<Mention> members = new ArrayList<>();
        for (int d : sm.sentence().dependents(trigger, "obl:including", "obl:among", "obl:such_as", "obl:like",
                "nmod:including", "advcl:including")) {
            for (Mention p : slots.people(sm, d)) {
                if (p.is(Mention.Type.PERSON) && !members.contains(p)) {
                    members.add(p);
                }
            }
        }
        return members;
    }

    private static boolean named(OrgSlot slot) {
        return slot != null && (slot.named() || slot.isDescription());
    }

    /** Whether a sentence read for its parts of speech only uses a move word as the lexicon lists it (see FramePatterns). */
    public boolean usesMoveWord(ParsedSentence words) {
        return patterns.usesMoveWord(words);
    }

    /**
     * Whether a sentence read for its parts of speech and entities names someone who could move: a person, a
     * personal pronoun, a title ("its CTO", "four researchers") or a word for people ("staff", "50 people"). The
     * cascade parses no sentence without one: "Windsurf became a target", "DeepSeek was founded in 2023".
     */
    public boolean namesSomeone(ParsedSentence words) {
        for (int i = 1; i <= words.size(); i++) {
            Token t = words.token(i);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if ("PERSON".equals(t.ner()) || PERSONAL_PRONOUNS.contains(w) || lexicon.isTitleWord(w)
                    || lexicon.isTitleWord(t.lemma()) || GROUP_NOUNS.contains(t.lemma()) || PEOPLE_WORDS.contains(t.lemma())
                    || t.isNoun() && Candidates.NAMED_BEFORE_SIZES.containsKey(t.lemma()) || Candidates.namedBeforeSize(words, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "i", "me", "my",
            "they", "them", "their", "we", "us", "our");
    private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "worker", "colleague", "veteran",
            "alumnus", "alumni", "hire", "recruit", "defector", "expert", "talent", "scientist", "researcher", "co-founder");

    /** A noun that stands for several unnamed people: "three engineers", "its staff", "key personnel", "talent". */
    /** "named X to its advisory board", "welcomed X to its Board of Directors": a seat, no job. */
    static boolean toASeat(ParsedSentence s, int trigger, Lexicon lexicon) {
        for (int seat : s.dependents(trigger, "obl:to")) {
            if (lexicon.isNotAPost(s.token(seat).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** A name the tagger read as a person's, where only an organization can stand. */
    private OrgSlot asOrganization(Mention p) {
        return new OrgSlot(gazetteer.resolve(p.text()), new Mention(Mention.Type.ORG, p.first(), p.last(), p.text(),
                p.begin(), p.end(), gazetteer.resolve(p.text()), org.talentflow.core.domain.OrgKind.OTHER, "person-name"), "name");
    }

    private static boolean isGroup(ParsedSentence s, SentenceMentions sm, int node) {
        if (node < 1 || sm.at(node) != null) {
            return false;
        }
        Token t = s.token(node);
        // ("Here is who has left so far:": a "who" that stands for no noun before it)
        boolean freeWho = t.pos().equals("WP") && s.governors(node, "ref").isEmpty();
        return t.pos().equals("NNS") || GROUP_NOUNS.contains(t.lemma()) || !s.dependents(node, "nummod").isEmpty() || freeWho;
    }

    /** "The pair incorporated Ledgerline", "the two founded…", "all three left A": words that take up people named before. */
    private static boolean namesBefore(ParsedSentence s, SentenceMentions sm, int node) {
        if (node < 2 || sm.at(node) != null) {
            return false;
        }
        Token t = s.token(node);
        return (t.isNoun() || t.pos().equals("CD") || t.pos().equals("DT")) && Candidates.namedBeforeSize(s, node) > 0;
    }

    private static final Set<String> GROUP_NOUNS = Set.of("talent", "staff", "personnel", "team", "workforce", "group",
            "brain", "exodus", "leadership", "management");

    /** An organization tied to the mover's own name: "X of A", "A's X". */
    private OrgSlot besideMover(SentenceMentions sm, Mention mover) {
        ParsedSentence s = sm.sentence();
        for (int i = mover.first(); i <= mover.last(); i++) {
            for (int d : s.dependents(i, "nmod:of", "nmod:at", "nmod:from", "nmod:poss")) {
                Mention m = sm.at(d);
                if (m != null && m.is(Mention.Type.ORG) && !mover.covers(d)) {
                    return new OrgSlot(m.org(), m, "mover");
                }
            }
        }
        return null;
    }

    /** Whether a semicolon stands between a person and an organization of the same sentence. */
    private static boolean acrossASemicolon(ParsedSentence s, Mention person, Mention org) {
        if (org == null || org.first() < 1 || person.first() < 1) {
            return false;
        }
        int from = Math.min(person.last(), org.last());
        int to = Math.max(person.first(), org.first());
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).word().equals(";")) {
                return true;
            }
        }
        return false;
    }

    private void addTies(SentenceReading r, FrameMatch m) {
        SentenceMentions sm = r.mentions();
        ParsedSentence s = r.parsed();
        OrgSlot found = slots.org(sm, m.node("org"));
        if (found != null && found.isPerson() && found.mention().is(Mention.Type.PERSON)
                && s.governors(m.node("org"), "nmod:poss").contains(m.node("person"))) {
            found = asOrganization(found.mention()); // "Velden Harcourt's Dana Moss": no person owns a person named in full
        }
        if (found == null || !found.named() && !found.isDescription()) {
            return;
        }
        Mention name = found.mention();
        if (name != null && name.last() < s.size() && lexicon.isPlatformNoun(s.token(name.last() + 1).word())) {
            return; // "in a LinkedIn post, X wrote": the platform X wrote on, not where X works
        }
        int roleNode = m.node("role");
        OrgSlot org = roleNode > 0 && "proper-noun".equals(found.mention().source())
                ? recognizedOrgOfPost(s, sm, roleNode, found) : found;
        String role = roleNode > 0 ? slots.role(s, sm, roleNode) : null;
        boolean past = past(s, sm, m, org);
        boolean brief = m.node("verb") > 0 && s.dependents(m.node("verb"), "advmod").stream()
                .anyMatch(d -> s.token(d).lemma().equals("briefly"));
        for (Mention person : slots.people(sm, m.node("person"))) {
            if (acrossASemicolon(s, person, org.mention())) {
                continue; // "A CEO Hollis to retire; B oncology chief tapped": two clauses, two people
            }
            if (person.is(Mention.Type.PERSON) || person.is(Mention.Type.PRONOUN)) {
                boolean seen = r.ties().stream().anyMatch(t -> t.person().equals(person) && t.org().equals(org));
                if (!seen) {
                    r.ties().add(new Tie(person, org, role, past, r, m.pattern()));
                }
                if (brief) {
                    // "briefly worked at Cohere": a stint, joined and left, between two moves
                    ClauseScope.Scope sc = scope.of(s, m.node("verb"));
                    r.moves().add(new MoveFact(Frame.ARRIVE, m.pattern() + "/stint", r, m.node("verb"), person, null, org, role, sc));
                    r.moves().add(new MoveFact(Frame.DEPART, m.pattern() + "/stint", r, m.node("verb"), person, org, null, role, sc));
                }
            }
        }
    }

    /**
     * "Vice President of Autonomous Driving at XPeng Motors": a run of capitalized words neither the tagger nor the
     * gazetteer knows, beside an organization one of them knows in the same post, is the post's department or field;
     * the post is at the organization. Appositions, conjuncts and relative clauses under the post tell of other things
     * and are not read. (Taking the gazetteer's organization over the tagger's as well lost moves on unseen news.)
     */
    private static OrgSlot recognizedOrgOfPost(ParsedSentence s, SentenceMentions sm, int role, OrgSlot weak) {
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.add(new int[] {role, 0});
        while (!todo.isEmpty()) {
            int[] at = todo.poll();
            for (ParsedSentence.Edge e : s.dependents(at[0])) {
                if (at[1] >= 3 || ParsedSentence.matchesAny(e.relation(), "appos", "conj:", "acl:relcl", "parataxis", "dep")) {
                    continue;
                }
                Mention m = sm.at(e.dependent());
                if (m != null && m.is(Mention.Type.ORG) && m.org() != null && !m.equals(weak.mention())
                        && (m.known() || "ner".equals(m.source()))) {
                    return new OrgSlot(m.org(), m, "name");
                }
                todo.add(new int[] {e.dependent(), at[1] + 1});
            }
        }
        return weak;
    }

    /**
     * "X, vice president of driving at NIO North America, resigned": the parser often hangs such an apposition on
     * another noun. A title after the name and its comma, then "of/at/in/for" and an organization before the next
     * comma, ties the name to it by word order.
     */
    private void surfaceTies(SentenceReading r) {
        ParsedSentence s = r.parsed();
        SentenceMentions sm = r.mentions();
        for (Mention person : sm.of(Mention.Type.PERSON)) {
            // "Proximus chief Dominique Leroy": an organization, title words, the name.
            int i = person.first() - 1;
            boolean titled = false;
            boolean formerly = false;
            while (i >= 1 && sm.at(i) == null && (lexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT))
                    || pastMarker(s.token(i)))) {
                titled |= lexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT));
                formerly |= pastMarker(s.token(i));
                i--;
            }
            Mention owner = i >= 1 ? sm.at(i) : null;
            if (titled && owner != null && owner.is(Mention.Type.ORG) && owner.last() == i
                    && r.ties().stream().noneMatch(t -> t.person().equals(person) && t.org().mention() != null
                    && t.org().mention().equals(owner))) {
                formerly |= owner.first() > 1 && pastMarker(s.token(owner.first() - 1));
                r.ties().add(new Tie(person, new OrgSlot(owner.org(), owner, "words"), null, formerly, r, "words:title"));
            }
        }
        for (Mention person : sm.of(Mention.Type.PERSON)) {
            if (r.ties().stream().anyMatch(t -> t.person().equals(person) && t.org().named()) || person.last() + 2 > s.size()
                    || !s.token(person.last() + 1).word().equals(",")) {
                continue;
            }
            // "X, a longtime Ford powertrain engineer, ...", "X, vice president of driving at NIO, ..."
            boolean title = false;
            boolean past = false;
            Mention org = null;
            List<String> role = new ArrayList<>();
            for (int i = person.last() + 2; i <= Math.min(s.size(), person.last() + 14); i++) {
                Token t = s.token(i);
                String w = t.word().toLowerCase(Locale.ROOT);
                Mention m = sm.at(i);
                if (w.equals(",") || w.equals(";") || t.isVerb() || m != null && m.is(Mention.Type.PERSON)) {
                    break;
                }
                if (pastMarker(t)) {
                    past = true;
                } else if (m != null && m.is(Mention.Type.ORG)) {
                    org = org == null ? m : org;
                    i = m.last();
                } else if (org == null && (t.isNoun() || t.pos().startsWith("JJ")) && !w.equals("longtime")) {
                    role.add(t.word());
                }
                title |= lexicon.isTitleWord(t.lemma());
            }
            if (title && org != null) {
                Mention found = org;
                String phrase = role.isEmpty() ? null : String.join(" ", role);
                r.ties().add(new Tie(person, new OrgSlot(found.org(), found, "words"), phrase, past, r, "words:tie"));
            }
        }
    }

    /**
     * "Windsurf CEO Varun Mohan, co-founder Douglas Chen, and ...": in a list of titled names, a title without an
     * organization belongs to the organization the list named for the name before it.
     */
    private void sharedTitleOrganizations(SentenceReading r) {
        ParsedSentence s = r.parsed();
        for (Mention first : r.mentions().of(Mention.Type.PERSON)) {
            Tie tie = r.ties().stream().filter(t -> t.person().equals(first)).findFirst().orElse(null);
            if (tie == null) {
                continue;
            }
            for (Mention next : listed(r.mentions(), first)) {
                boolean titled = next.first() > 1 && lexicon.isTitleWord(s.token(next.first() - 1).word().toLowerCase(Locale.ROOT));
                if (titled && r.ties().stream().noneMatch(t -> t.person().equals(next))) {
                    r.ties().add(new Tie(next, tie.org(), null, tie.past(), r, "words:shared-title"));
                }
            }
        }
    }

    /**
     * "Dr. Wu Yonghui (former Google DeepMind VP) took the lead": an aside right after a name that names a known
     * organization and a title ties the name to it.
     */
    /** An aside that says where someone comes from: "(from Carlyle)", "(formerly of the Abu Dhabi Investment Authority)". */
    private static final java.util.regex.Pattern FROM_ASIDE = java.util.regex.Pattern.compile(
            "(?:from|formerly(?: of| at| with)?|previously(?: at| with)?|ex-)\\s*(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'-]*){0,5})");

    private void asideTies(SentenceReading r) {
        ParsedSentence s = r.parsed();
        String text = s.sentence().text();
        int base = s.sentence().begin();
        for (Mention person : r.mentions().of(Mention.Type.PERSON)) {
            int open = person.end() - base;
            while (open < text.length() && text.charAt(open) == ' ') {
                open++;
            }
            int close = open < text.length() && text.charAt(open) == '(' ? text.indexOf(')', open) : -1;
            if (close < 0) {
                continue;
            }
            String aside = text.substring(open + 1, close);
            String lower = aside.toLowerCase(Locale.ROOT);
            boolean titled = java.util.Arrays.stream(lower.split("[^\\p{L}-]+")).anyMatch(lexicon::isTitleWord);
            // "Ana Souza (from Carlyle), Wei Zhang (from Macquarie Asset Management)": where each comes from
            java.util.regex.Matcher from = FROM_ASIDE.matcher(aside);
            boolean fromAside = from.matches();
            List<Gazetteer.Hit> hits = gazetteer.findAll(aside);
            if (!titled && !fromAside || hits.isEmpty() && !fromAside) {
                continue;
            }
            boolean past = fromAside || java.util.Arrays.stream(lower.split("[^\\p{L}]+")).anyMatch(w -> "past".equals(lexicon.markerTime(w)))
                    || lower.contains("ex-");
            Mention employer;
            if (!hits.isEmpty()) {
                Gazetteer.Hit hit = hits.get(0);
                int begin = base + open + 1 + hit.start();
                employer = new Mention(Mention.Type.ORG, person.last(), person.last(), hit.surface(), begin,
                        begin + hit.surface().length(), gazetteer.refOf(hit.organization()), hit.organization().kind(), "gazetteer");
            } else {
                int begin = base + open + 1 + from.start(1);
                employer = new Mention(Mention.Type.ORG, person.last(), person.last(), from.group(1), begin,
                        begin + from.group(1).length(), gazetteer.resolve(from.group(1)), org.talentflow.core.domain.OrgKind.OTHER, "aside");
            }
            r.ties().add(new Tie(person, new OrgSlot(employer.org(), employer, "aside"), null, past, r, "words:aside"));
        }
    }

    /** Whether the words around a tie say it is over: "former", "veteran", "ex-A", "previously", a past tense. */
    private boolean past(ParsedSentence s, SentenceMentions sm, FrameMatch m, OrgSlot org) {
        if (org.mention() != null && org.mention().text().length() < s.sentence().text().length()) {
            Token first = s.token(org.mention().first());
            if (first.word().toLowerCase(Locale.ROOT).startsWith("ex-")) {
                return true;
            }
        }
        int role = m.node("role");
        if (role > 0 && (pastMarker(s.token(role)) || hasPastModifier(s, role) || DURATIONS.contains(s.token(role).lemma()))) {
            return true; // "former director", "after nine years at A"
        }
        int person = m.node("person");
        // "former Qualcomm director X": the marker on the name holds for the organization in the name's own words only.
        if (person > 0 && hasPastModifier(s, person) && withinNameOf(s, m.node("org"), person)) {
            return true;
        }
        int verb = m.node("verb");
        if (verb > 0 && pastMarker(s.token(verb))) {
            return true; // "X, formerly of A": the pattern's word is itself the marker
        }
        int predicate = verb > 0 ? verb : role;
        if (predicate > 0) {
            for (ParsedSentence.Edge e : s.dependents(predicate)) {
                Token d = s.token(e.dependent());
                String w = d.word().toLowerCase(Locale.ROOT);
                if (e.relation().equals("advmod") && PAST_ADVERBS.contains(w)) {
                    return true;
                }
                if (e.relation().equals("cop") && (w.equals("was") || w.equals("were"))) {
                    return true;
                }
                if (e.relation().equals("aux") && w.equals("had") || e.relation().equals("mark") && w.equals("after")) {
                    return true; // "had led A", "joined B after working at A"
                }
            }
        }
        if (verb > 0) {
            Token v = s.token(verb);
            // ("will spend the autumn term at the centre": a stay to come is no post that is over)
            boolean toCome = s.dependents(verb, "aux").stream()
                    .anyMatch(d -> Set.of("will", "shall", "'ll").contains(s.token(d).word().toLowerCase(Locale.ROOT)));
            if (("past".equals(lexicon.postVerbTime(v.lemma())) || v.pos().equals("VBD")) && !toCome) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinNameOf(ParsedSentence s, int node, int person) {
        for (int depth = 0; node > 0 && depth < 4; depth++) {
            if (node == person) {
                return true;
            }
            List<Integer> up = s.governors(node, "compound", "amod", "nmod:poss", "nmod:of", "nmod:at");
            node = up.isEmpty() ? 0 : up.get(0);
        }
        return false;
    }

    private boolean hasPastModifier(ParsedSentence s, int node) {
        for (int d : s.dependents(node, "amod", "compound", "advmod", "nmod:poss")) {
            if (pastMarker(s.token(d))) {
                return true;
            }
        }
        return false;
    }

    private boolean pastMarker(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return "past".equals(lexicon.markerTime(t.lemma())) || "past".equals(lexicon.markerTime(w)) || w.startsWith("ex-");
    }

    /**
     * "Yan briefly joined Tencent, but left soon after": a departure that names nothing, after the same person's
     * arrival in the same sentence, left the organization just joined.
     */
    private static void leftWhatTheyJoined(SentenceReading r) {
        ParsedSentence s = r.parsed();
        List<MoveFact> moves = r.moves();
        for (int i = 0; i < moves.size(); i++) {
            MoveFact f = moves.get(i);
            if (!f.departs() || f.from() != null) {
                continue;
            }
            MoveFact joined = null;
            for (MoveFact g : moves) {
                if (g.arrives() && g.frame() != org.talentflow.core.lexicon.Frame.FOUND && g.to() != null
                        && g.trigger() < f.trigger() && g.mover().text().equals(f.mover().text())) {
                    joined = g;
                }
            }
            if (joined != null) {
                moves.set(i, f.withSlots(new OrgSlot(joined.to().org(), joined.to().mention(), "conj"), f.to()));
            }
        }
    }

    /**
     * "left in 2019 to found his own startup, Brightwave": a departure whose origin is the company the same person
     * founds in the sentence is the parser's misreading of the list; the departure keeps no origin.
     */
    private static void notLeftWhatTheyFound(SentenceReading r) {
        List<MoveFact> moves = r.moves();
        for (int i = 0; i < moves.size(); i++) {
            MoveFact f = moves.get(i);
            if (!f.departs() || f.from() == null || !f.from().named()) {
                continue;
            }
            for (MoveFact g : moves) {
                if (g.frame() == Frame.FOUND && g.to() != null && g.to().named() && g.mover().text().equals(f.mover().text())
                        && Story.sameOrganization(g.to().org(), f.from().org())) {
                    moves.set(i, f.withSlots(null, f.to()));
                    break;
                }
            }
        }
    }

    /** Several patterns can find one clause; keep the reading that fills the most slots. */
    private static void keepFullest(List<MoveFact> moves) {
        List<MoveFact> kept = new ArrayList<>();
        for (MoveFact f : moves) {
            MoveFact same = kept.stream().filter(k -> k.trigger() == f.trigger() && k.mover().equals(f.mover())
                    && k.frame() == f.frame()).findFirst().orElse(null);
            if (same == null) {
                kept.add(f);
            } else if (filled(f) > filled(same)) {
                kept.set(kept.indexOf(same), f);
            }
        }
        moves.clear();
        moves.addAll(kept);
    }

    private static int filled(MoveFact f) {
        return (f.from() != null ? 1 : 0) + (f.to() != null ? 1 : 0) + (f.role() != null ? 1 : 0);
    }
}
