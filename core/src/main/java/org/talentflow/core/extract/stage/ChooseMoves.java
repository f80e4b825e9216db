package org.talentflow.core.extract.stage;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.scoring.Decoder;
import org.talentflow.core.scoring.MoveFeatures;
import org.talentflow.core.scoring.MoveScorer;
import org.talentflow.core.story.Candidate;
import org.talentflow.core.story.MoveFact;

/**
 * The moves the document reports: the candidates the decoder keeps above the scorer's threshold, each with its
 * evidence sentence, its role and its date, and the probability as its confidence.
 */
public final class ChooseMoves implements Stage {

    private static final boolean DEBUG = Boolean.getBoolean("talentflow.debug");

    private final MoveScorer scorer;

    public ChooseMoves(MoveScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public String name() {
        return "choose";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.SCORED);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.MOVES);
    }

    @Override
    public void apply(Extraction e) {
        if (DEBUG) {
            System.err.println("[" + e.document().name() + "] PEOPLE " + e.story().people().all());
            e.scored().forEach(s -> System.err.printf(Locale.ROOT, "[%s] %.2f %s %s%n", e.document().name(), s.probability(),
                    s.candidate(), MoveFeatures.of(s.candidate())));
        }
        for (Decoder.Scored s : Decoder.choose(e.scored(), scorer::thresholdFor)) {
            e.moves().add(move(e, s));
        }
    }

    /** The clauses of a candidate, each once (by identity: a support list may hold one clause many times). */
    private static java.util.List<MoveFact> clausesOf(Candidate c, MoveFact main) {
        java.util.Set<MoveFact> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.List<MoveFact> clauses = new java.util.ArrayList<>(java.util.List.of(main));
        seen.add(main);
        for (Candidate.Support s : c.supports()) {
            if (seen.add(s.fact())) {
                clauses.add(s.fact());
            }
            if (s.other() instanceof MoveFact g && seen.add(g)) {
                clauses.add(g);
            }
        }
        return clauses;
    }

    private Move move(Extraction e, Decoder.Scored scored) {
        Candidate c = scored.candidate();
        MoveFact fact = c.main().fact();
        ParsedSentence s = fact.reading().parsed();
        Sentence sentence = s.sentence();
        Evidence evidence = new Evidence(e.document().name(), sentence.text(), sentence.begin(), sentence.end());
        String role = fact.role();
        for (Candidate.Support other : c.supports()) {
            role = role != null ? role : other.fact().role();
        }
        for (Candidate.Support other : c.supports()) {
            // "Rosa Diaz, formerly finance director at Initech, has joined Globex": the post left
            role = role != null ? role : other.other() instanceof org.talentflow.core.story.Tie t ? t.role() : null;
        }
        String date = null;
        // The move's own clause first, then the clauses that gave its other end ("She left Xiaomi in March").
        for (MoveFact f : clausesOf(c, fact)) {
            date = date != null ? date : e.dateOf().apply(f);
        }
        date = org.talentflow.core.nlp.MoveDates.notLongAfter(date, e.document().published());
        return new Move(c.person().name(), c.kind(), c.from() == null ? null : c.from().org(),
                c.to() == null ? null : c.to().org(), role, date, Math.round(scored.probability() * 100) / 100.0, evidence);
    }
}
