package org.talentflow.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.lexicon.Trigger;

/**
 * Subjects the parser leaves out or gets wrong for move verbs, put right before the patterns run. Each repair
 * is about how English builds clauses, never about a word of a particular sentence.
 */
final class GraphRepairs {

    /** Frames whose grammatical subject is the one who moves: "X left A to join B" means X joins. */
    private static final Set<Frame> SUBJECT_MOVES = Set.of(Frame.ARRIVE, Frame.DEPART, Frame.FOUND, Frame.BECOME,
            Frame.SUCCEED);
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
    /** Clauses that take their subject from the clause or noun they hang on. */
    private static final Set<String> BARE_CLAUSES = Set.of("advcl", "xcomp", "dep", "conj", "acl", "parataxis", "ccomp");

    private final Lexicon lexicon;

    GraphRepairs(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(SemanticGraph graph, List<Token> tokens) {
        datelineIsNoSubject(graph, tokens);
        passivesTheParserMissed(graph, tokens);
        appointmentsReadAsNaming(graph, tokens);
        labelledItems(graph, tokens);
        toClausesBeforeAnApposition(graph, tokens);
        looseConjuncts(graph, tokens);
        namesAreNoTimes(graph, tokens);
        titledNameAsSubject(graph, tokens);
        titlesOfTheNameBeforeThem(graph, tokens);
        relativeClausesKeepToTheirNoun(graph);
        whoStandsForAPerson(graph, tokens);
        whoFollowsItsPerson(graph, tokens);
        quantifiedRelativesAreTheirNames(graph, tokens);
        pluralWhoTellsOfEveryName(graph, tokens);
        relativeConjunctsShareTheirNoun(graph);
        companionsAfterARelativeClause(graph, tokens);
        whichStandsForAThing(graph, tokens);
        relativePronounsAsTheirNouns(graph, tokens);
        noPersonIsATime(graph, tokens);
        destinationsOfLeaving(graph, tokens);
        subjectsOfBareClauses(graph, tokens);
        subjectControlOfMovers(graph, tokens);
        objectControlOfHirers(graph, tokens);
    }

    /**
     * "She will be succeeded by Daniel Ferris": the parser can read the participle after "be" as active, with "she" as
     * its subject and "by Ferris" a loose phrase; a participle with "be" before it and "by" a name after it is passive.
     */
    private static void passivesTheParserMissed(SemanticGraph graph, List<Token> tokens) {
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            Token v = token(verb, tokens);
            if (v == null || !v.pos().equals("VBN")
                    || graph.getChildrenWithReln(verb, UniversalEnglishGrammaticalRelations.AUX_PASSIVE_MODIFIER).size() > 0
                    || graph.outgoingEdgeList(verb).stream().noneMatch(e -> e.getRelation().toString().equals("aux")
                            && e.getDependent().index() == verb.index() - 1
                            && "be".equals(token(e.getDependent(), tokens).lemma()))) {
                continue;
            }
            for (SemanticGraphEdge by : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                if (!by.getRelation().toString().equals("obl:by") || !token(by.getDependent(), tokens).isProperNoun()) {
                    continue;
                }
                for (SemanticGraphEdge subject : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                    if (subject.getRelation().toString().equals("nsubj")) {
                        graph.removeEdge(subject);
                        graph.addEdge(verb, subject.getDependent(),
                                UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT, 1.0, false);
                    }
                }
                graph.removeEdge(by);
                graph.addEdge(verb, by.getDependent(), UniversalEnglishGrammaticalRelations.AGENT, 1.0, false);
            }
        }
    }

    /** The organization's name a noun is set beside: "Brightwater Logistics" of "..., the Memphis-based brokerage". */
    private static IndexedWord nameInAppositionTo(SemanticGraph graph, IndexedWord noun, List<Token> tokens) {
        for (SemanticGraphEdge e : graph.incomingEdgeList(noun)) {
            Token g = token(e.getGovernor(), tokens);
            if (e.getRelation().toString().equals("appos") && g != null && g.isProperNoun() && "ORGANIZATION".equals(g.ner())) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** An organization's name, or a body of one: "Carrow", "Halden University's board", "the Carrow board". */
    private static boolean namesAnOrganization(SemanticGraph graph, IndexedWord word, List<Token> tokens) {
        Token t = token(word, tokens);
        if (t == null || t.isProperNoun() && "ORGANIZATION".equals(t.ner())) {
            return t != null;
        }
        if (!t.pos().startsWith("NN")) {
            return false;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeList(word)) {
            Token d = token(e.getDependent(), tokens);
            String r = e.getRelation().toString();
            if ((r.equals("nmod:poss") || r.equals("compound")) && d != null && d.isProperNoun() && "ORGANIZATION".equals(d.ner())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a week after Carrow named Rupert Kiel, a scholar at Michigan, as the next dean": the parser can read "Carrow
     * named Rupert Kiel" as a company called so (the verb a modifier of the company, the person its complement, what
     * is said of the person set off on the company). No organization is called by a person's name: a verb of
     * appointing that modifies an organization's name and has a person for complement is a clause, the organization
     * its subject, the person its object, an apposition after the person the person's, "as" after the person the verb's.
     */
    private void appointmentsReadAsNaming(SemanticGraph graph, List<Token> tokens) {
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            Token v = token(verb, tokens);
            if (v == null || !(v.pos().equals("VBD") || v.pos().equals("VBN"))
                    || lexicon.triggersOf(v.lemma()).stream().noneMatch(t -> t.frame() == Frame.APPOINT && t.isVerb())) {
                continue;
            }
            SemanticGraphEdge acl = graph.incomingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("acl")).findFirst().orElse(null);
            Token owner = acl == null ? null : token(acl.getGovernor(), tokens);
            IndexedWord named = owner == null ? null : nameInAppositionTo(graph, acl.getGovernor(), tokens);
            if (owner == null || !namesAnOrganization(graph, acl.getGovernor(), tokens) && named == null) {
                continue;
            }
            // ("Brightwater Logistics, the Memphis-based freight brokerage, named X": the name the noun describes acts)
            IndexedWord subject = named != null ? named : acl.getGovernor();
            IndexedWord person = null;
            SemanticGraphEdge personEdge = null;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
                Token d = token(e.getDependent(), tokens);
                if (e.getRelation().toString().equals("xcomp") && d != null && "PERSON".equals(d.ner())) {
                    person = e.getDependent();
                    personEdge = e;
                } else if (e.getRelation().toString().equals("xcomp") && d != null && lexicon.isTitleWord(d.lemma())) {
                    // ("named Ahmed Siddiqui chief financial officer": the name hung on the post it is given)
                    for (SemanticGraphEdge n : graph.outgoingEdgeList(e.getDependent())) {
                        Token nd = token(n.getDependent(), tokens);
                        String r = n.getRelation().toString();
                        if ((r.equals("dep") || r.equals("compound")) && nd != null && "PERSON".equals(nd.ner())
                                && n.getDependent().index() < e.getDependent().index() && person == null) {
                            person = n.getDependent();
                            personEdge = n;
                        }
                    }
                }
            }
            if (person == null) {
                continue;
            }
            graph.removeEdge(acl);
            if (graph.getRoots().contains(subject)) {
                // ("Halden University's board named X": the parser made the body the root; the clause is now)
                java.util.Set<IndexedWord> roots = new java.util.HashSet<>(graph.getRoots());
                roots.remove(subject);
                roots.add(verb);
                graph.setRoots(roots);
            }
            for (SemanticGraphEdge up : new ArrayList<>(graph.incomingEdgeList(subject))) {
                if (!up.getGovernor().equals(verb)) {
                    graph.removeEdge(up);
                    graph.addEdge(up.getGovernor(), verb, up.getRelation(), 1.0, false);
                }
            }
            graph.removeEdge(personEdge);
            graph.addEdge(verb, person, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, 1.0, false);
            graph.addEdge(verb, subject, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(subject))) {
                String r = e.getRelation().toString();
                if ((r.equals("appos") || r.startsWith("conj")) && e.getDependent().index() > person.index()) {
                    // ("named X, provost and vice president at A, as": the posts set off after the name are its own)
                    graph.removeEdge(e);
                    graph.addEdge(person, e.getDependent(), UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, 1.0, false);
                } else if (r.equals("nmod:as") && e.getDependent().index() > person.index()) {
                    graph.removeEdge(e);
                    graph.addEdge(verb, e.getDependent(), UniversalEnglishGrammaticalRelations.getObl("as"), 1.0, false);
                }
            }
            List<IndexedWord> path = graph.getPathToRoot(verb);
            for (IndexedWord above : path == null ? List.<IndexedWord>of() : path) {
                for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(above))) {
                    if (e.getRelation().toString().equals("obl:as") && e.getDependent().index() > person.index()) {
                        graph.removeEdge(e);
                        graph.addEdge(verb, e.getDependent(), e.getRelation(), 1.0, false);
                    }
                }
            }
        }
    }

    /**
     * "NEW DELHI: The Centre on Tuesday appointed X": a dateline (a place in capitals before a colon or dash) is no
     * part of the clause; the parser can take it for a second subject of the verb.
     */
    private static void datelineIsNoSubject(SemanticGraph graph, List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && i < 4 && tokens.get(i).isProperNoun()
                && tokens.get(i).word().equals(tokens.get(i).word().toUpperCase(java.util.Locale.ROOT))
                && tokens.get(i).word().chars().anyMatch(Character::isLetter)) {
            i++;
        }
        if (i == 0 || i >= tokens.size() || !DATELINE_ENDS.contains(tokens.get(i).word())) {
            return;
        }
        int end = i;
        for (SemanticGraphEdge e : new ArrayList<>(graph.edgeListSorted())) {
            if (e.getDependent().index() <= end && e.getRelation().toString().startsWith("nsubj")
                    && graph.outgoingEdgeList(e.getGovernor()).stream().anyMatch(o -> o != e
                            && o.getRelation().toString().startsWith("nsubj") && o.getDependent().index() > end + 1)) {
                graph.removeEdge(e);
            }
        }
    }

    private static final Set<String> DATELINE_ENDS = Set.of(":", "-", "--", "\u2014", "\u2013");

    /**
     * "hired X, the former head of A, as well as Y": after a long apposition the parser often hangs the last
     * conjunct on the verb as a bare dependent; a noun with its own "and"/"as well as" that hangs so is one more
     * conjunct of the verb's object.
     */
    private void looseConjuncts(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge dep : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = dep.getGovernor();
            IndexedWord noun = dep.getDependent();
            Token n = token(noun, tokens);
            String relation = dep.getRelation().toString();
            if (!(relation.equals("dep") || relation.startsWith("conj") && looseName(graph, noun, n, verb, tokens))
                    || n == null || !n.pos().startsWith("NN")
                    || graph.getChildrenWithReln(noun, UniversalEnglishGrammaticalRelations.COORDINATION).isEmpty()) {
                continue;
            }
            SemanticGraphEdge object = null;
            for (SemanticGraphEdge o : graph.outgoingEdgeList(verb)) {
                String role = o.getRelation().toString();
                if ((role.equals("obj") || role.equals("obl:agent")) && o.getDependent().index() < noun.index()
                        && (object == null || o.getDependent().index() > object.getDependent().index())) {
                    object = o;
                }
            }
            if (object == null) {
                continue;
            }
            graph.removeEdge(dep);
            graph.addEdge(object.getDependent(), noun, UniversalEnglishGrammaticalRelations.getConj("and"), 1.0, false);
            graph.addEdge(verb, noun, object.getRelation(), 1.0, true);
        }
    }

    /**
     * "was co-founded by A and B, who ..., and C, a former X engineer": a name hung on the verb as a conjunct of
     * it, with no subject or copula of its own, is a conjunct of the verb's object or agent, not a clause.
     */
    private static boolean looseName(SemanticGraph graph, IndexedWord noun, Token n, IndexedWord verb, List<Token> tokens) {
        Token v = token(verb, tokens);
        if (n == null || v == null || !"PERSON".equals(n.ner()) || !v.pos().startsWith("VB")) {
            return false;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
            String role = e.getRelation().toString();
            if (role.startsWith("nsubj") || role.equals("cop") || role.startsWith("aux")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "founded AI startup Light Year in 2023": a name ending in a time word is read as when, not what; an
     * organization the tagger named that hangs on a verb with no object is its object.
     */
    private void namesAreNoTimes(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge e : new ArrayList<>(graph.edgeListSorted())) {
            Token t = token(e.getDependent(), tokens);
            if (e.getRelation().toString().equals("obl:tmod") && t != null && ("ORGANIZATION".equals(t.ner()) || namedAsOrganization(graph, e.getDependent(), tokens))
                    && graph.getChildrenWithReln(e.getGovernor(), UniversalEnglishGrammaticalRelations.DIRECT_OBJECT).isEmpty()) {
                graph.removeEdge(e);
                graph.addEdge(e.getGovernor(), e.getDependent(), UniversalEnglishGrammaticalRelations.DIRECT_OBJECT, 1.0, false);
            }
        }
    }

    /**
     * "In the same month, X from A joined B": after a time phrase and its comma the parser can take the name for an
     * apposition of the time. A person is no time: the name is the subject of the next verb that has none.
     */
    private static void noPersonIsATime(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge e : new ArrayList<>(graph.edgeListSorted())) {
            Token name = token(e.getDependent(), tokens);
            Token time = token(e.getGovernor(), tokens);
            if (!e.getRelation().toString().equals("appos") || name == null || time == null || !"PERSON".equals(name.ner())
                    || !(TIME_NOUNS.contains(time.lemma()) || "DATE".equals(time.ner()))) {
                continue;
            }
            for (int i = e.getDependent().index() + 1; i <= tokens.size(); i++) {
                IndexedWord verb = graph.getNodeByIndexSafe(i);
                if (verb != null && tokens.get(i - 1).isVerb() && graph.incomingEdgeList(verb).stream()
                        .noneMatch(a -> a.getRelation().toString().matches("aux(:pass)?|cop"))) {
                    if (!hasOwnSubject(graph, verb)) {
                        graph.removeEdge(e);
                        graph.addEdge(verb, e.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
                        // what stood between the name and the verb was said of the name: "X from A joined"
                        for (SemanticGraphEdge m : new ArrayList<>(graph.outgoingEdgeList(e.getGovernor()))) {
                            int d = m.getDependent().index();
                            if (m.getRelation().toString().startsWith("nmod") && d > e.getDependent().index() && d < i) {
                                graph.removeEdge(m);
                                graph.addEdge(e.getDependent(), m.getDependent(), m.getRelation(), 1.0, false);
                            }
                        }
                    }
                    break;
                }
            }
        }
    }

    private static final Set<String> TIME_NOUNS = Set.of("day", "week", "month", "year", "quarter", "time", "period",
            "spring", "summer", "autumn", "fall", "winter");

    private static boolean hasOwnSubject(SemanticGraph graph, IndexedWord verb) {
        return hasOwnSubjectAfter(graph, verb, 0);
    }

    /** Whether a verb has a subject of its own (not one the enhancer handed down), after the given token index. */
    private static boolean hasOwnSubjectAfter(SemanticGraph graph, IndexedWord verb, int index) {
        return graph.outgoingEdgeList(verb).stream()
                .anyMatch(e -> e.getRelation().toString().matches("nsubj(:pass)?") && e.getDependent().index() > index);
    }

    /**
     * "X quit BNY Mellon for boutique manager RWC Partners": the parser often hangs the "for"/"to" after the
     * organization left on that organization's name; a name does not go anywhere, so a "for"/"to" there is where
     * the one who leaves goes.
     */
    private void destinationsOfLeaving(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge obj : new ArrayList<>(graph.edgeListSorted())) {
            Token verb = token(obj.getGovernor(), tokens);
            Token left = token(obj.getDependent(), tokens);
            if (!obj.getRelation().toString().equals("obj") || verb == null || left == null || !left.isProperNoun()
                    || lexicon.triggersOf(verb.lemma()).stream().noneMatch(t -> t.frame() == Frame.DEPART && t.isVerb())) {
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(obj.getDependent()))) {
                String r = e.getRelation().toString();
                Token to = token(e.getDependent(), tokens);
                if ((r.equals("nmod:for") || r.equals("nmod:to")) && to != null && to.isNoun()) {
                    graph.removeEdge(e);
                    graph.addEdge(obj.getGovernor(), e.getDependent(),
                            UniversalEnglishGrammaticalRelations.getObl(r.substring(r.indexOf(':') + 1)), 1.0, false);
                }
            }
        }
    }

    /** "startup Blue Year": a proper name that an organization noun introduces. */
    private boolean namedAsOrganization(SemanticGraph graph, IndexedWord name, List<Token> tokens) {
        Token n = token(name, tokens);
        if (n == null || !n.pos().startsWith("NNP")) {
            return false;
        }
        for (IndexedWord c : graph.getChildrenWithReln(name, UniversalEnglishGrammaticalRelations.COMPOUND_MODIFIER)) {
            Token t = token(c, tokens);
            if (t != null && !t.pos().startsWith("NNP") && lexicon.isOrgNoun(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Frames whose object is the one who moves: in "B hired X to lead its lab" X leads, not B. */
    private static final Set<Frame> OBJECT_MOVES = Set.of(Frame.HIRE, Frame.APPOINT);

    private void objectControlOfHirers(SemanticGraph graph, List<Token> tokens) {
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            Token t = token(verb, tokens);
            if (t == null || lexicon.triggersOf(t.lemma()).stream().noneMatch(tr -> OBJECT_MOVES.contains(tr.frame()))) {
                continue;
            }
            List<IndexedWord> objects = new ArrayList<>(graph.getChildrenWithReln(verb, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT));
            if (objects.isEmpty()) {
                continue;
            }
            for (SemanticGraphEdge down : graph.outgoingEdgeList(verb)) {
                String r = down.getRelation().toString();
                if (!r.equals("xcomp") && !r.startsWith("advcl")) {
                    continue;
                }
                IndexedWord clause = down.getDependent();
                if (r.startsWith("advcl") && hasOwnSubjectAfter(graph, clause, verb.index())) {
                    // "Globex added staff, with X quitting A": a clause with a subject of its own (inside it, not
                    // the hirer handed down) keeps it
                    continue;
                }
                for (SemanticGraphEdge s : new ArrayList<>(graph.outgoingEdgeList(clause))) {
                    if (s.getRelation().toString().startsWith("nsubj") && !objects.contains(s.getDependent())) {
                        graph.removeEdge(s);
                    }
                }
                if (subjectOf(graph, clause) == null) {
                    graph.addEdge(clause, objects.get(0), UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, 1.0, true);
                }
            }
        }
    }

    /**
     * "He left A in May, joining B"; "the latest executive to quit A"; "engineers leaving A": a move verb with no
     * subject of its own takes the subject of the clause it hangs on (for a noun, the noun, or what the noun is
     * said of: "X is the latest executive to quit A").
     */
    private void subjectsOfBareClauses(SemanticGraph graph, List<Token> tokens) {
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            if (!(isTrigger(verb, tokens) || postAfterOrBefore(graph, verb, tokens) || titleAfterCopula(graph, verb, tokens))
                    || hasSubject(graph, verb)) {
                continue;
            }
            for (SemanticGraphEdge up : graph.incomingEdgeList(verb)) {
                String full = up.getRelation().toString();
                String relation = full.contains(":") ? full.substring(0, full.indexOf(':')) : full;
                if (!BARE_CLAUSES.contains(relation)) {
                    continue;
                }
                IndexedWord head = up.getGovernor();
                IndexedWord subject = subjectOf(graph, head);
                if (subject != null && relation.equals("acl") && !singledOut(graph, head) && !inTheCourseOf(head)) {
                    // "X is one of many engineers to leave": said of the many, not of X
                    subject = head;
                }
                if (subject == null && head.tag() != null && (head.tag().startsWith("RB") || head.tag().startsWith("JJ"))) {
                    // "X is back to lead B": the clause hangs on an adverb; the subject is that of the adverb's clause.
                    for (IndexedWord above : graph.getParents(head)) {
                        subject = subject == null ? subjectOf(graph, above) : subject;
                    }
                }
                if ((subject == null || full.equals("acl:relcl")) && relation.equals("acl") && head.tag() != null
                        && head.tag().startsWith("NN")) {
                    subject = head;
                }
                if (subject == null && relation.equals("dep")) {
                    subject = subjectOfAClauseBefore(graph, head, verb);
                }
                if (subject == null && (relation.equals("advcl") || relation.equals("xcomp"))) {
                    subject = subjectOfTheClausesAbove(graph, head);
                }
                if (subject != null && subject != verb) {
                    graph.addEdge(verb, subject, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, true);
                    break;
                }
            }
        }
    }

    /**
     * "She began her career at the FTC, spending six years there before moving to Skadden": a bare clause on a bare
     * clause takes the subject of the first clause above that has one (up to three clauses up).
     */
    private static IndexedWord subjectOfTheClausesAbove(SemanticGraph graph, IndexedWord head) {
        IndexedWord clause = head;
        for (int depth = 0; depth < 3; depth++) {
            IndexedWord up = governorBy(graph, clause, r -> r.startsWith("advcl") || r.equals("xcomp"));
            if (up == null) {
                return null;
            }
            IndexedWord subject = subjectOf(graph, up);
            if (subject != null) {
                return subject;
            }
            clause = up;
        }
        return null;
    }

    /**
     * "A cardiologist by training, he spent nine years at A, before joining B": where the parser makes the fronted
     * noun the root, the clauses hang on it side by side; a bare one takes the subject of the nearest clause before it.
     */
    private static IndexedWord subjectOfAClauseBefore(SemanticGraph graph, IndexedWord head, IndexedWord verb) {
        IndexedWord subject = null;
        int nearest = 0;
        for (SemanticGraphEdge e : graph.outgoingEdgeList(head)) {
            IndexedWord clause = e.getDependent();
            String r = e.getRelation().toString();
            if ((r.equals("dep") || r.equals("parataxis")) && clause.index() < verb.index() && clause.index() > nearest
                    && clause.tag() != null && clause.tag().startsWith("VB")) {
                IndexedWord s = subjectOf(graph, clause);
                if (s != null) {
                    subject = s;
                    nearest = clause.index();
                }
            }
        }
        return subject;
    }

    /**
     * "X became a director of A and is currently chief executive of B": a post stated with a copula, its subject left
     * to the clause before.
     */
    private boolean titleAfterCopula(SemanticGraph graph, IndexedWord noun, List<Token> tokens) {
        Token t = token(noun, tokens);
        return t != null && t.pos().startsWith("NN") && lexicon.isTitleWord(t.lemma())
                && !graph.getChildrenWithReln(noun, UniversalEnglishGrammaticalRelations.COPULA).isEmpty();
    }

    /** "joined B after working with A", "before leading A": a post held, told in a clause without its own subject. */
    private boolean postAfterOrBefore(SemanticGraph graph, IndexedWord verb, List<Token> tokens) {
        Token t = token(verb, tokens);
        if (t == null || !t.pos().equals("VBG") || lexicon.postVerbTime(t.lemma()) == null) {
            return false;
        }
        return graph.incomingEdgeList(verb).stream().anyMatch(e -> {
            String r = e.getRelation().toString();
            return r.equals("advcl:after") || r.equals("advcl:before") || r.equals("advcl:since");
        });
    }

    /**
     * "X, the autonomous driving head moved from A": a name, a comma, then a title that the parser makes the
     * subject: the title is said of the name, and the name is the subject.
     */
    private void titledNameAsSubject(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge e : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord title = e.getDependent();
            Token t = token(title, tokens);
            if (!e.getRelation().toString().equals("nsubj") || t == null || !t.pos().startsWith("NN") || !lexicon.isTitleWord(t.lemma())) {
                continue;
            }
            int left = title.index();
            for (IndexedWord d : graph.getChildren(title)) {
                if (d.index() < left) {
                    left = d.index();
                }
            }
            if (left < 3 || !tokens.get(left - 2).word().equals(",") || !"PERSON".equals(tokens.get(left - 3).ner())) {
                continue;
            }
            IndexedWord name = headOfName(graph, graph.getNodeByIndexSafe(left - 2));
            if (name == null || name.equals(e.getGovernor())) {
                continue;
            }
            graph.removeEdge(e);
            graph.addEdge(e.getGovernor(), name, e.getRelation(), 1.0, false);
            graph.addEdge(name, title, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, 1.0, false);
        }
    }

    /**
     * "the departure of X, former director of A, who moved to B": the parser hangs the title in apposition on the noun
     * the name belongs to ("departure"), and the relative clause with it; a title right after a person's name and a
     * comma describes that person.
     */
    private void titlesOfTheNameBeforeThem(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge e : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord title = e.getDependent();
            Token t = token(title, tokens);
            if (!e.getRelation().toString().equals("appos") || t == null || !t.pos().startsWith("NN")
                    || !lexicon.isTitleWord(t.lemma()) || isPersonWord(token(e.getGovernor(), tokens))) {
                continue;
            }
            int left = title.index();
            for (IndexedWord d : graph.getChildren(title)) {
                left = Math.min(left, d.index());
            }
            if (left < 3 || !tokens.get(left - 2).word().equals(",") || !"PERSON".equals(tokens.get(left - 3).ner())) {
                continue;
            }
            IndexedWord name = headOfName(graph, graph.getNodeByIndexSafe(left - 2));
            if (name == null || name.equals(e.getGovernor()) || !graph.getParents(name).contains(e.getGovernor())) {
                continue; // only a name that hangs on the same noun: "departure of X, former director"
            }
            graph.removeEdge(e);
            graph.addEdge(name, title, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, 1.0, false);
        }
    }

    /**
     * "X, who led A, left in May and has joined B": when the parser misses the relative clause, "who" is left as the
     * subject of the verbs; the noun it stands for (the one before the comma) is.
     */
    private static void relativePronounsAsTheirNouns(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge e : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord pronoun = e.getDependent();
            Token t = token(pronoun, tokens);
            if (t == null || !e.getRelation().toString().startsWith("nsubj") || !RELATIVE.contains(t.lemma())
                    || !t.pos().startsWith("W")) {
                continue;
            }
            IndexedWord noun = antecedent(graph, tokens, pronoun.index());
            if (noun == null) {
                // "X, who led A and who has been appointed head of B": a second "who" after "and" stands for the noun
                // its clause is a relative clause of
                for (SemanticGraphEdge up : graph.incomingEdgeList(e.getGovernor())) {
                    if (up.getRelation().toString().equals("acl:relcl") && up.getGovernor().index() < pronoun.index()) {
                        noun = up.getGovernor();
                    }
                }
            }
            if (noun != null) {
                graph.removeEdge(e);
                graph.addEdge(e.getGovernor(), noun, e.getRelation(), 1.0, true);
            }
        }
    }

    /**
     * "has left Deloitte to launch Estrada Advisory, a boutique firm advising ...": the parser can make the apposition
     * after the clause's object a complement of the main verb and hang the "to" clause on it. The "to" clause is the
     * main verb's, and the apposition its object's.
     */
    private static void toClausesBeforeAnApposition(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge dep : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord clause = dep.getDependent();
            IndexedWord noun = dep.getGovernor();
            Token c = token(clause, tokens);
            Token n = token(noun, tokens);
            if (!dep.getRelation().toString().equals("dep") || c == null || n == null || !c.pos().startsWith("VB")
                    || !n.pos().startsWith("NN") || noun.index() < clause.index()
                    || graph.outgoingEdgeList(clause).stream().noneMatch(e -> e.getRelation().toString().equals("mark")
                            && "to".equalsIgnoreCase(e.getDependent().word()))) {
                continue;
            }
            SemanticGraphEdge up = graph.incomingEdgeList(noun).stream()
                    .filter(e -> e.getRelation().toString().equals("xcomp") || e.getRelation().toString().equals("obj"))
                    .findFirst().orElse(null);
            IndexedWord object = graph.outgoingEdgeList(clause).stream()
                    .filter(e -> e.getRelation().toString().equals("obj") && e.getDependent().index() < noun.index())
                    .map(SemanticGraphEdge::getDependent).findFirst().orElse(null);
            if (up == null || object == null || up.getGovernor().index() > clause.index()) {
                continue;
            }
            graph.removeEdge(up);
            graph.removeEdge(dep);
            graph.addEdge(up.getGovernor(), clause, UniversalEnglishGrammaticalRelations.getAdvcl("to"), 1.0, false);
            graph.addEdge(object, noun, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, 1.0, false);
        }
    }

    /**
     * "- Ji Yu: Worked on compilers at Huawei, co-founded Xingyun in 2023": in an item that opens with a name and a
     * colon, the verbs without a subject are said of the name.
     */
    private static void labelledItems(SemanticGraph graph, List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && !Character.isLetterOrDigit(tokens.get(i).word().codePointAt(0))) {
            i++;
        }
        int first = i;
        while (i < tokens.size() && tokens.get(i).isProperNoun()) {
            i++;
        }
        if (i == first || i - first > 4 || i >= tokens.size() || !tokens.get(i).word().equals(":")) {
            return;
        }
        IndexedWord name = graph.getNodeByIndexSafe(i);
        if (name == null) {
            return;
        }
        for (IndexedWord verb : new ArrayList<>(graph.vertexSet())) {
            if (verb.index() > i + 1 && verb.tag() != null && verb.tag().startsWith("VB") && subjectOf(graph, verb) == null
                    && graph.getParentsWithReln(verb, "acl:relcl").isEmpty()) {
                graph.addEdge(verb, name, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, true);
            }
        }
    }

    /**
     * "X, who spent four years at A, and Y from B": the enhancer hands the relative clause's subject on to every
     * conjunct of X, but a relative clause says something of the noun right before it, not of names after it.
     */
    private static void relativeClausesKeepToTheirNoun(SemanticGraph graph) {
        for (SemanticGraphEdge relcl : relativeClauses(graph)) {
            IndexedWord noun = relcl.getGovernor();
            IndexedWord clause = relcl.getDependent();
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(clause))) {
                IndexedWord subject = e.getDependent();
                if (e.getRelation().toString().startsWith("nsubj") && subject != noun && subject.index() > clause.index()
                        && graph.getParentsWithReln(subject, "conj:and").contains(noun)) {
                    graph.removeEdge(e);
                }
            }
        }
    }

    /**
     * "X, former director of A's research office, who moved to B": "who" stands for a person, but the parser hangs
     * the clause on the nearest noun ("office"). The clause goes to the nearest person (a name, a title, a pronoun)
     * above that noun in the phrase, and from a title to the name it describes.
     */
    private void whoStandsForAPerson(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge relcl : new ArrayList<>(graph.edgeListSorted())) {
            if (!relcl.getRelation().toString().equals("acl:relcl")) {
                continue;
            }
            IndexedWord noun = relcl.getGovernor();
            IndexedWord clause = relcl.getDependent();
            SemanticGraphEdge ref = null;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
                Token w = token(e.getDependent(), tokens);
                if (e.getRelation().toString().equals("ref") && w != null && (w.lemma().equals("who") || w.lemma().equals("whom"))
                        && e.getDependent().index() > noun.index() && e.getDependent().index() < clause.index()) {
                    ref = e;
                }
            }
            if (ref == null || isPersonWord(token(noun, tokens))) {
                continue;
            }
            IndexedWord person = possessor(graph, tokens, noun);
            if (person == null) {
                person = personAbove(graph, tokens, noun);
            }
            if (person == null) {
                continue;
            }
            rehang(graph, relcl, ref, person);
            subjectMoved(graph, clause, noun, person, false);
        }
    }

    /**
     * "A and B, who until this spring were scientists at Meta": the parser hangs the clause on the last name, but a
     * plural verb says it tells of every name of the list.
     */
    private void pluralWhoTellsOfEveryName(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge relcl : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord noun = relcl.getGovernor();
            IndexedWord clause = relcl.getDependent();
            if (!relcl.getRelation().toString().equals("acl:relcl") || !isPersonWord(token(noun, tokens))
                    || !plural(graph, tokens, clause)) {
                continue;
            }
            for (IndexedWord first : graph.getParentsWithReln(noun, "conj:and")) {
                if (!isPersonWord(token(first, tokens)) || first.index() > noun.index()) {
                    continue;
                }
                for (IndexedWord name : conjunctsOf(graph, first)) {
                    // (only the names before the clause: "A and B, who both left X, and C, who ..." says nothing of C)
                    if (!name.equals(noun) && name.index() < noun.index() && !graph.containsEdge(clause, name)) {
                        for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(clause))) {
                            if (e.getDependent().equals(noun) && e.getRelation().toString().startsWith("nsubj")) {
                                graph.addEdge(clause, name, e.getRelation(), 1.0, true);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * "X, a former colleague from California, who left A and followed her to B": the second verb of a relative clause
     * has the first one's subject; the parser can hang it as a clause of its own on a nearer noun ("California").
     */
    /** Companions of a clause: "together with X", "along with X". */
    private static final Set<String> COMPANIONS = Set.of("obl:together_with", "obl:along_with", "advcl:together_with",
            "advcl:along_with");

    /**
     * "founded by A and B, who both left Stripe last summer, together with C": a companion set off by a comma after a
     * relative clause goes with the names the clause is about, in the clause they belong to; the parser hangs it on
     * the relative clause's verb.
     */
    private static void companionsAfterARelativeClause(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge with : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord verb = with.getGovernor();
            IndexedWord companion = with.getDependent();
            SemanticGraphEdge relcl = graph.incomingEdgeList(verb).stream()
                    .filter(e -> e.getRelation().toString().equals("acl:relcl")).findFirst().orElse(null);
            if (!COMPANIONS.contains(with.getRelation().toString()) || relcl == null || !commaBefore(graph, companion, tokens)) {
                continue;
            }
            IndexedWord first = relcl.getGovernor();
            for (SemanticGraphEdge conj : graph.incomingEdgeList(first)) {
                if (conj.getRelation().toString().startsWith("conj")) {
                    first = conj.getGovernor();
                    break;
                }
            }
            List<SemanticGraphEdge> roles = new ArrayList<>();
            for (SemanticGraphEdge e : graph.incomingEdgeList(first)) {
                String r = e.getRelation().toString();
                if (!e.getGovernor().equals(verb) && !r.startsWith("conj") && !r.equals("ref") && !r.equals("acl:relcl")) {
                    roles.add(e);
                }
            }
            if (roles.isEmpty()) {
                continue;
            }
            // (not a conjunct of the names: the relative clause, "who both left Stripe", is not said of it)
            graph.removeEdge(with);
            // ("together with C, previously a manager at Plaid": what follows the companion is said of it)
            IndexedWord apposition = null;
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(verb))) {
                IndexedWord d = e.getDependent();
                Token t = token(d, tokens);
                if (d.index() <= companion.index() || t == null) {
                    continue;
                }
                if (apposition == null && t.isNoun() && !t.isProperNoun() && e.getRelation().toString().startsWith("obj")) {
                    graph.removeEdge(e);
                    graph.addEdge(companion, d, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, 1.0, false);
                    apposition = d;
                } else if (apposition != null && e.getRelation().toString().startsWith("obl:")) {
                    graph.removeEdge(e);
                    graph.addEdge(apposition, d, UniversalEnglishGrammaticalRelations.getNmod(
                            e.getRelation().toString().substring(4)), 1.0, false);
                }
            }
            for (SemanticGraphEdge e : roles) {
                if (!graph.containsEdge(e.getGovernor(), companion)) {
                    graph.addEdge(e.getGovernor(), companion, e.getRelation(), 1.0, true);
                }
            }
        }
    }

    /** Whether a comma stands right before the phrase of a word ("..., together with C"). */
    private static boolean commaBefore(SemanticGraph graph, IndexedWord word, List<Token> tokens) {
        int start = word.index();
        for (IndexedWord d : graph.descendants(word)) {
            start = Math.min(start, d.index());
        }
        return start >= 2 && start - 2 < tokens.size() && tokens.get(start - 2).word().equals(",");
    }

    private static void relativeConjunctsShareTheirNoun(SemanticGraph graph) {
        for (SemanticGraphEdge relcl : new ArrayList<>(graph.edgeListSorted())) {
            if (!relcl.getRelation().toString().equals("acl:relcl")) {
                continue;
            }
            IndexedWord noun = relcl.getGovernor();
            IndexedWord first = relcl.getDependent();
            for (IndexedWord second : graph.getChildrenWithReln(first, UniversalEnglishGrammaticalRelations.getConj("and"))) {
                for (SemanticGraphEdge wrong : new ArrayList<>(graph.incomingEdgeList(second))) {
                    IndexedWord other = wrong.getGovernor();
                    if (!wrong.getRelation().toString().equals("acl:relcl") || other.equals(noun)) {
                        continue;
                    }
                    graph.removeEdge(wrong);
                    for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(second))) {
                        if (e.getDependent().equals(other) && e.getRelation().toString().startsWith("nsubj")) {
                            graph.removeEdge(e);
                            if (!graph.containsEdge(second, noun)) {
                                graph.addEdge(second, noun, e.getRelation(), 1.0, true);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * "A and B, both of whom worked in Novartis's oncology group, joined": the subject "both (of whom)" of the relative
     * clause is every name of the list it follows.
     */
    private static void quantifiedRelativesAreTheirNames(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge relcl : relativeClauses(graph)) {
            IndexedWord noun = relcl.getGovernor();
            IndexedWord clause = relcl.getDependent();
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(clause))) {
                int q = e.getDependent().index();
                if (e.getRelation().toString().startsWith("nsubj") && q + 2 <= tokens.size()
                        && QUANTIFIERS.contains(tokens.get(q - 1).lemma().toLowerCase(java.util.Locale.ROOT))
                        && tokens.get(q).word().equalsIgnoreCase("of")
                        && Set.of("whom", "which").contains(tokens.get(q + 1).word().toLowerCase(java.util.Locale.ROOT))) {
                    graph.removeEdge(e);
                    for (IndexedWord name : conjunctsOf(graph, noun)) {
                        if (!graph.containsEdge(clause, name)) {
                            graph.addEdge(clause, name, e.getRelation(), 1.0, true);
                        }
                    }
                }
            }
        }
    }

    private static final Set<String> QUANTIFIERS = Set.of("both", "all", "each", "several", "many", "most", "three",
            "two", "four");

    /** The relative-clause edges of a graph (a copy: the repairs change the graph as they go). */
    private static List<SemanticGraphEdge> relativeClauses(SemanticGraph graph) {
        return graph.edgeListSorted().stream().filter(e -> e.getRelation().toString().equals("acl:relcl")).toList();
    }

    /** The first name of a list and every name joined to it by "and". */
    private static List<IndexedWord> conjunctsOf(SemanticGraph graph, IndexedWord first) {
        List<IndexedWord> names = new ArrayList<>(List.of(first));
        names.addAll(graph.getChildrenWithReln(first, UniversalEnglishGrammaticalRelations.getConj("and")));
        return names;
    }

    /** A clause whose verb, auxiliary or copula is plural, or that says "both": it tells of more than one. */
    private static boolean plural(SemanticGraph graph, List<Token> tokens, IndexedWord clause) {
        Token head = token(clause, tokens);
        if (head != null && head.pos().equals("VBP")) {
            return true;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeList(clause)) {
            Token w = token(e.getDependent(), tokens);
            String relation = e.getRelation().toString();
            // ("who both left": the parser may hang "both" as a loose dependent)
            if (w != null && (relation.startsWith("aux") || relation.equals("cop") || relation.equals("advmod")
                    || relation.equals("det") || relation.equals("dep") || relation.startsWith("nsubj"))
                    && PLURAL_WORDS.contains(w.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        // "who left Stripe within weeks of each other", "who worked together at X": a reciprocal tells of several
        for (IndexedWord d : graph.descendants(clause)) {
            Token w = token(d, tokens);
            if (w != null && (w.word().equalsIgnoreCase("together") || w.word().equalsIgnoreCase("other") && d.index() >= 2
                    && tokens.get(d.index() - 2).word().equalsIgnoreCase("each"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLURAL_WORDS = Set.of("were", "are", "have", "both", "all");

    /**
     * The clause's subject edges to {@code noun} go to {@code person} instead; with {@code once}, none is added where
     * the clause already has an edge to the person.
     */
    private static void subjectMoved(SemanticGraph graph, IndexedWord clause, IndexedWord noun, IndexedWord person,
                                     boolean once) {
        for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(clause))) {
            if (e.getDependent().equals(noun) && e.getRelation().toString().startsWith("nsubj")) {
                graph.removeEdge(e);
                if (!once || !graph.containsEdge(clause, person)) {
                    graph.addEdge(clause, person, e.getRelation(), 1.0, e.isExtra());
                }
            }
        }
    }

    /**
     * "Chen Yiran, an Apple engineer, and Tomás Ibarra, who spent three years at Anthropic": the parser hangs the
     * clause on the head of the list; "who" right after a later name stands for that name, and only it is the
     * clause's subject.
     */
    private void whoFollowsItsPerson(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge relcl : new ArrayList<>(graph.edgeListSorted())) {
            if (!relcl.getRelation().toString().equals("acl:relcl")) {
                continue;
            }
            IndexedWord noun = relcl.getGovernor();
            IndexedWord clause = relcl.getDependent();
            int who = -1;
            for (int i = noun.index() + 1; i < clause.index() && i <= tokens.size(); i++) {
                if (tokens.get(i - 1).lemma().equals("who")) {
                    who = i;
                }
            }
            int before = who - 1;
            while (before >= 1 && tokens.get(before - 1).word().equals(",")) {
                before--;
            }
            Token head = token(noun, tokens);
            if (who < 0 || before <= noun.index() || !"PERSON".equals(tokens.get(before - 1).ner())
                    || head == null || !"PERSON".equals(head.ner())) {
                continue;
            }
            IndexedWord person = graph.getNodeByIndexSafe(before);
            if (person == null) {
                continue;
            }
            graph.removeEdge(relcl);
            graph.addEdge(person, clause, relcl.getRelation(), 1.0, false);
            subjectMoved(graph, clause, noun, person, true);
        }
    }

    /**
     * "founded by A and B and Guard Capital, which was set up by two former traders at C": "which" never stands for a
     * person, but the parser hangs the clause on the head of the list (a name) and makes every item its subject. The
     * clause goes to the noun right before "which", and only that noun is its subject.
     */
    private void whichStandsForAThing(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge relcl : new ArrayList<>(graph.edgeListSorted())) {
            IndexedWord noun = relcl.getGovernor();
            IndexedWord clause = relcl.getDependent();
            Token n = token(noun, tokens);
            if (!relcl.getRelation().toString().equals("acl:relcl") || n == null || !"PERSON".equals(n.ner())) {
                continue;
            }
            SemanticGraphEdge ref = null;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
                Token w = token(e.getDependent(), tokens);
                if (e.getRelation().toString().equals("ref") && w != null && w.lemma().equals("which")
                        && e.getDependent().index() < clause.index()) {
                    ref = e;
                }
            }
            IndexedWord thing = ref == null ? null : antecedent(graph, tokens, ref.getDependent().index());
            if (thing == null || thing.equals(noun) || isPersonWord(token(thing, tokens))) {
                continue;
            }
            rehang(graph, relcl, ref, thing);
            SemanticGraphEdge subject = null;
            for (SemanticGraphEdge e : new ArrayList<>(graph.outgoingEdgeList(clause))) {
                if (e.getRelation().toString().startsWith("nsubj") && isPersonWord(token(e.getDependent(), tokens))) {
                    subject = subject == null ? e : subject;
                    graph.removeEdge(e);
                }
            }
            if (subject != null) {
                graph.addEdge(clause, thing, subject.getRelation(), 1.0, false);
            }
        }
    }

    /** A relative clause and its pronoun moved to the noun they stand for. */
    private static void rehang(SemanticGraph graph, SemanticGraphEdge relcl, SemanticGraphEdge ref, IndexedWord noun) {
        graph.removeEdge(relcl);
        graph.removeEdge(ref);
        graph.addEdge(noun, relcl.getDependent(), relcl.getRelation(), 1.0, false);
        graph.addEdge(noun, ref.getDependent(), ref.getRelation(), 1.0, false);
    }

    /** "X's departure, who served as CTO": the person whose thing the noun is. */
    private IndexedWord possessor(SemanticGraph graph, List<Token> tokens, IndexedWord noun) {
        for (IndexedWord owner : graph.getChildrenWithReln(noun, UniversalEnglishGrammaticalRelations.POSSESSION_MODIFIER)) {
            Token t = token(owner, tokens);
            if (t != null && "PERSON".equals(t.ner())) {
                return owner;
            }
        }
        return null;
    }

    /** The nearest word for a person among the nouns that hold this one, up to four steps up; a title gives way to its name. */
    private IndexedWord personAbove(SemanticGraph graph, List<Token> tokens, IndexedWord noun) {
        IndexedWord at = noun;
        for (int step = 0; step < 4; step++) {
            IndexedWord up = null;
            for (SemanticGraphEdge e : graph.incomingEdgeList(at)) {
                String r = e.getRelation().toString();
                if (!e.isExtra() && !r.equals("ref") && !r.equals("punct") && e.getGovernor().index() < at.index()) {
                    up = e.getGovernor();
                }
            }
            if (up == null) {
                return null;
            }
            if (isPersonWord(token(up, tokens))) {
                for (SemanticGraphEdge e : graph.incomingEdgeList(up)) {
                    if (e.getRelation().toString().equals("appos") && "PERSON".equals(token(e.getGovernor(), tokens).ner())) {
                        return e.getGovernor();
                    }
                }
                return up;
            }
            at = up;
        }
        return null;
    }

    private boolean isPersonWord(Token t) {
        return t != null && ("PERSON".equals(t.ner()) || t.pos().startsWith("NN") && lexicon.isTitleWord(t.lemma()));
    }

    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    /** The head of the noun phrase right before a relative pronoun (skipping a comma). */
    private static IndexedWord antecedent(SemanticGraph graph, List<Token> tokens, int pronoun) {
        int i = pronoun - 1;
        if (i >= 1 && tokens.get(i - 1).pos().equals(",")) {
            i--;
        }
        if (i < 1 || !tokens.get(i - 1).pos().startsWith("NN")) {
            return null;
        }
        return headOfName(graph, graph.getNodeByIndexSafe(i));
    }

    /** "Liang Qiu": "Liang" hangs on "Qiu" by compound; the head is the noun the phrase stands for. */
    private static IndexedWord headOfName(SemanticGraph graph, IndexedWord word) {
        for (int guard = 0; word != null && guard < 3; guard++) {
            IndexedWord head = governorBy(graph, word, r -> r.equals("compound") || r.equals("flat"));
            if (head == null) {
                break;
            }
            word = head;
        }
        return word;
    }

    /** The word a word hangs on by a relation of the kind asked for (the last such edge), or null. */
    private static IndexedWord governorBy(SemanticGraph graph, IndexedWord word, java.util.function.Predicate<String> relation) {
        IndexedWord governor = null;
        for (SemanticGraphEdge up : graph.incomingEdgeList(word)) {
            if (relation.test(up.getRelation().toString())) {
                governor = up.getGovernor();
            }
        }
        return governor;
    }

    /**
     * The enhancer takes the object as the controller of an infinitive when the verb has one ("hired X to lead":
     * right), but for verbs whose subject moves the subject controls: in "X quit A to join B" X joins, not A.
     */
    private void subjectControlOfMovers(SemanticGraph graph, List<Token> tokens) {
        for (SemanticGraphEdge e : new ArrayList<>(graph.edgeListSorted())) {
            if (!e.getRelation().toString().equals("nsubj:xsubj")) {
                continue;
            }
            IndexedWord clause = e.getGovernor();
            for (IndexedWord head : graph.getParentsWithReln(clause, UniversalEnglishGrammaticalRelations.XCLAUSAL_COMPLEMENT)) {
                if (!movesSubject(head, tokens) || !graph.getChildrenWithReln(head, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT).contains(e.getDependent())) {
                    continue;
                }
                IndexedWord subject = subjectOf(graph, head);
                if (subject != null) {
                    graph.removeEdge(e);
                    graph.addEdge(clause, subject, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, 1.0, true);
                }
            }
        }
    }

    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last", "latest",
            "newest", "next", "only", "most");

    /** Nouns that only say a clause is under way: "X is in the process of founding B", "in the midst of leaving A". */
    private static final Set<String> UNDER_WAY = Set.of("process", "midst", "course");

    private static boolean inTheCourseOf(IndexedWord noun) {
        return noun.lemma() != null && UNDER_WAY.contains(noun.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** "the latest executive to quit", "the first researcher to leave": a noun that singles its subject out. */
    private static boolean singledOut(SemanticGraph graph, IndexedWord noun) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String lemma = d.lemma() == null ? d.word().toLowerCase(java.util.Locale.ROOT) : d.lemma().toLowerCase(java.util.Locale.ROOT);
            if ((r.equals("amod") || r.equals("advmod")) && (ORDINALS.contains(lemma) || "JJS".equals(d.tag()))) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a clause; for a predicate noun ("X is the latest executive"), X. */
    private static IndexedWord subjectOf(SemanticGraph graph, IndexedWord head) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(head)) {
            if (SUBJECTS.contains(e.getRelation().toString())) {
                return e.getDependent();
            }
        }
        return null;
    }

    private static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
        return subjectOf(graph, verb) != null;
    }

    private boolean isTrigger(IndexedWord word, List<Token> tokens) {
        Token t = token(word, tokens);
        return t != null && (t.isVerb() || t.pos().equals("NN")) && !lexicon.triggersOf(t.lemma()).isEmpty()
                && lexicon.triggersOf(t.lemma()).stream().anyMatch(Trigger::isVerb);
    }

    private boolean movesSubject(IndexedWord word, List<Token> tokens) {
        Token t = token(word, tokens);
        return t != null && lexicon.triggersOf(t.lemma()).stream().anyMatch(tr -> SUBJECT_MOVES.contains(tr.frame()));
    }

    private static Token token(IndexedWord word, List<Token> tokens) {
        int i = word.index();
        return i >= 1 && i <= tokens.size() ? tokens.get(i - 1) : null;
    }
}
