package org.talentflow.core.story;

import java.util.ArrayList;
import java.util.List;

import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.lexicon.Frame;

/**
 * A move the document may report: a person, an origin, a destination, and every way the document supports it
 * (one support per clause that states it, with how each end was found). The scorer decides how likely it is.
 */
public final class Candidate {

    /**
     * One way the document supports a candidate.
     *
     * @param fact    the clause that states a move of the person
     * @param fromHow how the origin was found: "name", "inside", "role", "mover", "description", "person" (the clause
     *                itself), "tie-past", "tie-now" (a post the document gives the person), "fact" (another clause
     *                of the person), or "none"
     * @param toHow   the same for the destination
     * @param sameSentence whether the other end came from the clause's own sentence
     * @param other   the clause or tie of the same person that gave the end the clause leaves open, or null
     */
    public record Support(MoveFact fact, String fromHow, String toHow, boolean sameSentence, Object other) {

        /** Where the other end was stated: before or after the clause, in text order ("before" when unknown). */
        public boolean otherBefore() {
            int at = fact.reading().parsed().sentence().begin();
            if (other instanceof MoveFact g) {
                return g.reading().parsed().sentence().begin() < at
                        || g.reading() == fact.reading() && g.trigger() < fact.trigger();
            }
            if (other instanceof Tie t) {
                return t.reading().parsed().sentence().begin() <= at;
            }
            return true;
        }
    }

    private final People.Person person;
    private final OrgSlot from;
    private final OrgSlot to;
    private final List<Support> supports = new ArrayList<>();
    private final java.util.Set<String> context = new java.util.TreeSet<>();

    Candidate(People.Person person, OrgSlot from, OrgSlot to) {
        this.person = person;
        this.from = from;
        this.to = to;
    }

    public People.Person person() {
        return person;
    }

    public OrgSlot from() {
        return from;
    }

    public OrgSlot to() {
        return to;
    }

    public List<Support> supports() {
        return supports;
    }

    void add(Support s) {
        supports.add(s);
    }

    /** What the rest of the document says of this person's moves around this one ("skips-stint", "from-stint"). */
    public java.util.Set<String> context() {
        return context;
    }

    public MoveKind kind() {
        boolean founded = to != null && supports.stream().anyMatch(s -> s.fact().frame() == Frame.FOUND
                && s.fact().to() != null && "name,inside,description".contains(s.toHow()));
        if (founded) {
            return MoveKind.FOUND;
        }
        if (from != null && to != null) {
            return MoveKind.MOVE;
        }
        return from != null ? MoveKind.LEAVE : MoveKind.JOIN;
    }

    /** The support that names the destination in its own clause, else the first: the evidence shown first. */
    public Support main() {
        for (Support s : supports) {
            if (to != null && !s.toHow().equals("fact") && !s.toHow().equals("none")) {
                return s;
            }
        }
        return supports.get(0);
    }

    @Override
    public String toString() {
        return person + ": " + (from == null ? "-" : from.org().organization()) + " -> "
                + (to == null ? "-" : to.org().organization()) + " " + supports.stream()
                .map(s -> s.fact().pattern() + "[" + s.fromHow() + "," + s.toHow() + "]").toList();
    }
}
