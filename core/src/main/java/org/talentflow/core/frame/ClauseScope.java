package org.talentflow.core.frame;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.talentflow.core.lexicon.Hedge;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;

/**
 * The hedges over a trigger: those of its own clause (negation, a modal, "if") and of the predicates that govern
 * it ("in talks to join", "is expected to leave", "denied reports that X would join"), never of another clause of
 * the sentence or of the article.
 */
public final class ClauseScope {

    /** What governs a trigger: the hedges over it, whether it is told as future, as background, or as a question. */
    public record Scope(Set<Hedge> hedges, boolean future, boolean background) {
    }

    /** Relations by which a clause hangs on the predicate that governs its truth. */
    private static final String[] UP = {"xcomp", "ccomp", "acl", "acl:", "csubj", "obj", "nmod:", "obl:", "dep", "advcl:"};
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    /** Words that make a move the background of the sentence: "before joining B", "since leaving A". */
    private static final Set<String> BACKGROUND_MARKS = Set.of("before", "after", "since", "prior", "until", "when");

    private final Lexicon lexicon;
    private final Set<String> reporting;

    public ClauseScope(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.reporting = lexicon.sayingVerbs("report");
    }

    public Scope of(ParsedSentence s, int trigger) {
        EnumSet<Hedge> hedges = EnumSet.noneOf(Hedge.class);
        boolean future = false;
        boolean background = false;
        int node = trigger;
        // A "not" over the clause a move is controlled by negates it ("did not want to leave", "is not expected to
        // join"); over a clause that only reports or feels about it, it does not ("were not happy that I left").
        boolean controlled = true;
        for (int depth = 0; node > 0 && depth < 6; depth++) {
            for (ParsedSentence.Edge e : s.dependents(node)) {
                Token d = s.token(e.dependent());
                String word = d.word().toLowerCase(Locale.ROOT);
                String r = e.relation();
                if (r.equals("neg") || r.equals("advmod") && (word.equals("not") || word.equals("never") || word.equals("n't"))) {
                    if (controlled && !negatesSomethingElse(s, node, e.dependent())) {
                        hedges.add(Hedge.NEGATION);
                    }
                } else if (r.startsWith("aux")) {
                    if (FUTURE.contains(word) || word.equals("would") && reported(s, node)) {
                        future = true;
                    } else {
                        lexicon.hedge(word).ifPresent(hedges::add);
                    }
                } else if (r.equals("advmod") || r.equals("mark") || r.equals("det") && word.equals("no")) {
                    lexicon.hedge(word).ifPresent(hedges::add);
                    // ("when he took over in 2011": the parser gives "when" as a mark or an adverb)
                    if (depth == 0 && (r.equals("mark") || word.equals("when") && d.pos().equals("WRB"))
                            && BACKGROUND_MARKS.contains(word)) {
                        background = true;
                    }
                }
                if (depth == 0 && r.equals("case") && BACKGROUND_MARKS.contains(word)) {
                    background = true;
                }
                if (r.startsWith("advcl")) {
                    // "If confirmed by the Senate, Fong would take charge": a condition set on the clause
                    for (ParsedSentence.Edge m : s.dependents(e.dependent())) {
                        if (m.relation().equals("mark")) {
                            lexicon.hedge(s.token(m.dependent()).word().toLowerCase(Locale.ROOT))
                                    .filter(h -> h == Hedge.CONDITION).ifPresent(hedges::add);
                        }
                    }
                }
            }
            if (depth > 0) {
                Token t = s.token(node);
                lexicon.hedge(t.lemma()).or(() -> lexicon.hedge(t.word().toLowerCase(Locale.ROOT))).ifPresent(hedges::add);
                if (t.lemma().equals("set") || t.lemma().equals("poise") || t.lemma().equals("due")) {
                    future = true;
                }
            }
            int up = 0;
            for (ParsedSentence.Edge e : s.governors(node)) {
                if (ParsedSentence.matchesAny(e.relation(), UP) && e.governor() != node) {
                    up = e.governor();
                    controlled &= e.relation().equals("xcomp");
                    break;
                }
            }
            node = up;
        }
        if (hedges.contains(Hedge.EXPECTATION) && cautionedAfter(s, trigger)) {
            hedges.add(Hedge.ATTEMPT);
        }
        return new Scope(hedges, future, background);
    }

    /** Words of concession that open a clause qualifying what came before: "..., though they cautioned that". */
    private static final Set<String> CONCESSIVE = Set.of("though", "although", "but");
    /** What is not settled when a "no" comes before it: "no final decision has been made". */
    private static final Set<String> UNSETTLED = Set.of("decision", "deal", "agreement");

    /**
     * "X is expected to follow her to B, ..., though they cautioned that no final decision has been made and that A is
     * trying to persuade him to stay": an expected move that a later clause of concession unsettles is only in talks.
     */
    private boolean cautionedAfter(ParsedSentence s, int trigger) {
        int from = 0;
        for (int i = trigger + 1; i <= s.size() && from == 0; i++) {
            if (CONCESSIVE.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
                from = i;
            }
        }
        for (int i = from; from > 0 && i <= s.size(); i++) {
            Token t = s.token(i);
            if (lexicon.isStayingVerb(t.lemma()) && t.pos().startsWith("VB")) {
                return true;
            }
            if (UNSETTLED.contains(t.lemma()) && s.dependents(i).stream().anyMatch(d -> d.relation().equals("det")
                    && s.token(d.dependent()).word().equalsIgnoreCase("no"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He is not leaving alone", "she did not only leave Google but ...", "I didn't recruit him aggressively": a "not"
     * that bears on "alone", on "only" or on the manner says the move happened.
     */
    private static boolean negatesSomethingElse(ParsedSentence s, int clause, int not) {
        if (not < s.size() && Set.of("only", "just", "merely").contains(s.token(not + 1).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // ("I didn't recruit him aggressively": a "not" that bears on how, an adverb of manner after the verb)
        return s.dependents(clause).stream().anyMatch(d -> s.token(d.dependent()).word().equalsIgnoreCase("alone")
                || d.relation().equals("advmod") && d.dependent() > clause && s.token(d.dependent()).pos().equals("RB")
                        && s.token(d.dependent()).word().toLowerCase(Locale.ROOT).endsWith("ly")
                        && !s.token(d.dependent()).word().equalsIgnoreCase("only"));
    }

    /** Whether a clause is what a statement of fact reports: "the paper confirmed that X would leave". */
    private boolean reported(ParsedSentence s, int clause) {
        for (ParsedSentence.Edge e : s.governors(clause)) {
            Token verb = s.token(e.governor());
            if (e.relation().equals("ccomp") && reporting.contains(verb.lemma().toLowerCase(Locale.ROOT))
                    && verb.pos().matches("VB[DNZP]?")) {
                return true;
            }
        }
        return false;
    }
}
