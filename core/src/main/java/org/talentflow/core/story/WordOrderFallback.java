package org.talentflow.core.story;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.talentflow.core.frame.ClauseScope;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.frame.SlotReader;
import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.lexicon.Trigger;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.mention.SentenceMentions;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;

/**
 * The parser fails most on the long sentences of news ("has joined StepFun, the Shanghai AI startup said"), and a
 * slot it leaves out costs a move. Where a trigger has no pattern reading, or a reading without the organization
 * on its own side, the words around it decide: the nearest name before it (after it, for an organization that
 * hires), the organization right after it. Facts read this way carry the pattern "words:FRAME" and "adjacent"
 * ends, so the scorer weighs them apart.
 */
final class WordOrderFallback {

    /** Words that may stand between a trigger and its organization: "joined the rival Globex", "left for Globex". */
    private static final Set<String> SKIPPABLE = Set.of("the", "a", "an", "its", "his", "her", "their", "rival", "fellow",
            "back", "over", "officially", "formally", "recently", "also", "up", "on", "in", "away", "out", "down", "own", "new");
    private static final Set<Frame> SUBJECT_MOVES = Set.of(Frame.ARRIVE, Frame.DEPART, Frame.FOUND, Frame.BECOME,
            Frame.SUCCEED);
    private static final int REACH = 12;

    private final ClauseScope scope;
    private final SlotReader slots;
    private final SentenceReader reader;

    WordOrderFallback(ClauseScope scope, SlotReader slots, SentenceReader reader) {
        this.scope = scope;
        this.slots = slots;
        this.reader = reader;
    }

    void apply(SentenceReading r, Map<Integer, List<Trigger>> triggers) {
        ParsedSentence s = r.parsed();
        SentenceMentions sm = r.mentions();
        for (Map.Entry<Integer, List<Trigger>> e : triggers.entrySet()) {
            int at = e.getKey();
            for (Trigger trigger : e.getValue()) {
                Frame frame = trigger.frame();
                if (frame == Frame.SUCCEED || notAPostAfter(s, at) || SentenceReader.visit(s, at, Lexicon.english())
                        || (frame == Frame.HIRE || frame == Frame.APPOINT) && SentenceReader.toASeat(s, at, Lexicon.english())
                        || frame == Frame.ARRIVE && reader.arrivesAtAThing(sm, at) || reader.givenUpWithin(s, at, frame)) {
                    continue;
                }
                List<MoveFact> read = r.moves().stream().filter(f -> f.trigger() == at && f.frame() == frame).toList();
                boolean readAsGroup = r.groups().stream().anyMatch(g -> g.trigger() == at);
                if (read.isEmpty() && !readAsGroup && !parsedSubject(s, sm, at, frame)) {
                    Mention mover = mover(r, s, sm, at, frame);
                    if (mover != null) {
                        for (Mention m : withConjuncts(sm, mover)) {
                            MoveFact fact = new MoveFact(frame, "words:" + frame.label(), r, at, m, null, null, null,
                                    scope.of(s, at));
                            fact = fill(fact, s, sm, at, trigger);
                            if (frame == Frame.FOUND && fact.to() != null && fact.to().isDescription()) {
                                fact = fact.withSlots(fact.from(), reader.nameAfter(sm, fact.to().mention()));
                            }
                            r.moves().add(fact);
                        }
                    }
                } else {
                    for (MoveFact f : read) {
                        r.moves().set(r.moves().indexOf(f), fill(f, s, sm, at, trigger));
                    }
                }
            }
        }
    }

    /**
     * The organization on the frame's own side, when the reading has none: the first one right after a trigger whose
     * subject moves ("joined Globex", "left Initech"). After "hired" the next organization is as often the origin.
     */
    private static MoveFact fill(MoveFact f, ParsedSentence s, SentenceMentions sm, int at, Trigger trigger) {
        f = possessor(f, s, sm, at);
        if (trigger.toIsLeft()) {
            // "bid adieu to the company": what follows "to" is what was left
            OrgSlot left = f.from() == null ? orgAfter(s, sm, at + trigger.particles().size(), Set.of("to")) : null;
            return left == null ? f : f.withSlots(left, f.to() != null && f.to().equals(left) ? null : f.to());
        }
        f = otherEnd(f, s, sm, at);
        f = hirer(f, s, sm, at);
        boolean arrives = f.arrives();
        if (!SUBJECT_MOVES.contains(f.frame()) || arrives && f.to() != null || !arrives && f.from() != null) {
            return f;
        }
        int after = at + trigger.particles().size();
        OrgSlot org = orgAfter(s, sm, after, arrives ? Set.of("to", "at", "with", "into", "as") : Set.of("from", "at"));
        if (org == null) {
            return f;
        }
        return arrives ? f.withSlots(f.from(), org) : f.withSlots(org, f.to());
    }

    /** "Cohere has poached two engineers: X, ...": the organization right before a hiring verb is the one that hires. */
    private static MoveFact hirer(MoveFact f, ParsedSentence s, SentenceMentions sm, int at) {
        if (f.to() != null || f.frame() != Frame.HIRE && f.frame() != Frame.APPOINT || !s.token(at).isVerb()) {
            return f;
        }
        for (int i = at - 1; i >= Math.max(1, at - 4); i--) {
            Mention m = sm.at(i);
            if (m != null && m.is(Mention.Type.ORG)) {
                return f.withSlots(f.from(), new OrgSlot(m.org(), m, "adjacent"));
            }
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (m != null || !(s.token(i).pos().equals("MD") || s.token(i).pos().startsWith("VB") || s.token(i).pos().equals("RB"))) {
                return f;
            }
        }
        return f;
    }

    /** "Runway's new hires", "Google's departures": the organization that owns a noun trigger is its own side. */
    private static MoveFact possessor(MoveFact f, ParsedSentence s, SentenceMentions sm, int at) {
        if (!s.token(at).isNoun()) {
            return f;
        }
        for (int d : s.dependents(at, "nmod:poss")) {
            Mention m = sm.at(d);
            if (m != null && (m.is(Mention.Type.ORG) || m.is(Mention.Type.ORG_NOUN))) {
                OrgSlot slot = m.is(Mention.Type.ORG) ? new OrgSlot(m.org(), m, "inside") : new OrgSlot(null, m, "description");
                if (f.arrives() && f.to() == null) {
                    return f.withSlots(f.from(), slot);
                }
                if (f.departs() && f.from() == null) {
                    return f.withSlots(slot, f.to());
                }
            }
        }
        return f;
    }

    /**
     * The end the frame's preposition introduces, where the parse lost it: "lost X to rival B", "left A for B", "hired
     * X from A". The first organization after the preposition, within a few words after the trigger's clause.
     */
    private static MoveFact otherEnd(MoveFact f, ParsedSentence s, SentenceMentions sm, int at) {
        boolean wantsTo = f.to() == null && (f.frame() == Frame.LOSE || f.frame() == Frame.DEPART);
        boolean wantsFrom = f.from() == null && (f.frame() == Frame.HIRE || f.frame() == Frame.ARRIVE);
        if (!wantsTo && !wantsFrom) {
            return f;
        }
        Set<String> prepositions = wantsTo ? Set.of("to", "for") : Set.of("from");
        // After the mover when the mover follows the trigger: "hires include X from A and Y from B".
        int start = f.mover() != null && f.mover().first() > at ? f.mover().last() : at;
        for (int i = start + 1; i <= Math.min(s.size(), start + 2 * REACH); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(".") || s.token(i).isVerb() && i > start + 1 && !s.token(i).word().equalsIgnoreCase("rival")) {
                return f;
            }
            if (prepositions.contains(w)) {
                OrgSlot org = orgAfter(s, sm, i, Set.of());
                if (org != null) {
                    return wantsTo ? f.withSlots(f.from(), org) : f.withSlots(org, f.to());
                }
            }
        }
        return f;
    }

    private static OrgSlot orgAfter(ParsedSentence s, SentenceMentions sm, int after, Set<String> prepositions) {
        for (int i = after + 1; i <= Math.min(s.size(), after + 4); i++) {
            Mention m = sm.at(i);
            if (m != null && m.first() == i && (m.is(Mention.Type.ORG) || m.is(Mention.Type.ORG_NOUN))
                    && !(m.is(Mention.Type.ORG_NOUN) && s.token(i).pos().equals("PRP$") && i < s.size())) {
                return m.is(Mention.Type.ORG) ? new OrgSlot(m.org(), m, "adjacent") : new OrgSlot(null, m, "description");
            }
            Token t = s.token(i);
            if (t.pos().equals("PRP$")) {
                continue; // "start his own venture", "join its lab": the noun after the possessive decides
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (m != null || !(SKIPPABLE.contains(w) || prepositions.contains(w))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The parse gave the trigger a subject that is no person ("one of many engineers to leave"): the clause is read,
     * only not as a move of someone named, and word order must not overrule it.
     */
    private static boolean parsedSubject(ParsedSentence s, SentenceMentions sm, int at, Frame frame) {
        if (!SUBJECT_MOVES.contains(frame)) {
            return false;
        }
        for (int subject : s.dependents(at, "nsubj", "nsubj:pass", "nsubj:xsubj")) {
            Mention m = sm.at(subject);
            Token t = s.token(subject);
            if (m == null && (t.isNoun() && !t.isProperNoun() || t.pos().equals("CD"))) { // "the two will lead it"
                return true;
            }
        }
        return false;
    }

    /** "will join its board of directors", "joined forces with": the words right after make it no job. */
    private static boolean notAPostAfter(ParsedSentence s, int at) {
        for (int i = at + 1; i <= Math.min(s.size(), at + 5); i++) {
            if (org.talentflow.core.lexicon.Lexicon.english().isNotAPost(s.token(i).lemma())) {
                return true;
            }
            if (s.token(i).isVerb() || s.token(i).word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "Gao and Pan have since joined B": the names joined to the mover by "and". */
    private List<Mention> withConjuncts(SentenceMentions sm, Mention mover) {
        List<Mention> all = new java.util.ArrayList<>(List.of(mover));
        if (!mover.is(Mention.Type.PERSON)) {
            return all;
        }
        for (Mention listed : SentenceReader.listed(sm, mover)) {
            if (!all.contains(listed)) {
                all.add(listed);
            }
        }
        ParsedSentence s = sm.sentence();
        for (int i = mover.first(); i <= mover.last(); i++) {
            for (int c : s.dependents(i, "conj:")) {
                for (Mention p : slots.people(sm, c)) {
                    if (p.is(Mention.Type.PERSON) && !all.contains(p)) {
                        all.add(p);
                    }
                }
            }
        }
        return all;
    }

    /** The mover by word order: the mover of the clause this one is joined to ("X resigned and returned to B"), else
     * the nearest name before a trigger whose subject moves (or a passive one), else after. */
    private static Mention mover(SentenceReading r, ParsedSentence s, SentenceMentions sm, int at, Frame frame) {
        for (int head : s.governors(at, "conj:")) {
            for (MoveFact f : r.moves()) {
                if (f.trigger() == head && SUBJECT_MOVES.contains(f.frame()) && SUBJECT_MOVES.contains(frame)) {
                    return f.mover();
                }
            }
        }
        return mover(s, sm, at, frame);
    }

    private static Mention mover(ParsedSentence s, SentenceMentions sm, int at, Frame frame) {
        boolean before = SUBJECT_MOVES.contains(frame) || passive(s, at);
        if (before) {
            for (int i = at - 1; i >= Math.max(1, at - REACH); i--) {
                Mention m = sm.at(i);
                if (m != null && (m.is(Mention.Type.PERSON) || m.is(Mention.Type.PRONOUN)) && !possessor(s, m)) {
                    return m;
                }
                if (m != null && m.is(Mention.Type.ORG) && m.last() == at - 1
                        && !(m.first() > 1 && Set.of("from", "of", "at").contains(s.token(m.first() - 1).word().toLowerCase(Locale.ROOT)))) {
                    return null; // "Acme hired", "Globex joined the race": the organization is the subject
                }
            }
            return null;
        }
        for (int i = at + 1; i <= Math.min(s.size(), at + REACH / 2); i++) {
            Mention m = sm.at(i);
            if (m != null && m.is(Mention.Type.PERSON) && !(m.words() == 1 && possessor(s, m))) {
                return m; // (not "hired Sky's political editor": one word that owns the post is the employer)
            }
        }
        return null;
    }

    /** "who joined Murati's startup": a name that owns a thing is not the one the clause is about. */
    private static boolean possessor(ParsedSentence s, Mention m) {
        return m.last() < s.size() && s.token(m.last() + 1).pos().equals("POS") || s.token(m.last()).pos().equals("PRP$");
    }

    private static boolean passive(ParsedSentence s, int at) {
        return !s.dependents(at, "aux:pass").isEmpty() || s.token(at).pos().equals("VBN")
                && at > 1 && Set.of("was", "were", "been", "be", "is", "are").contains(s.token(at - 1).word().toLowerCase(Locale.ROOT));
    }
}
