package org.talentflow.core.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.lexicon.Hedge;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.story.Candidate;
import org.talentflow.core.story.MoveFact;

/**
 * How a candidate move was found, as the features the scorer weighs: the frames that state it, how each end was
 * found, the hedges over the clauses, how the person and the organizations were named. Nothing here names a word
 * of a particular article.
 */
public final class MoveFeatures {

    private MoveFeatures() {
    }

    public static List<String> of(Candidate c) {
        Set<String> f = new TreeSet<>();
        f.add("bias");
        f.add("kind=" + c.kind().label());
        EnumSet<Hedge> leastHedged = null;
        boolean allFuture = true;
        boolean allBackground = true;
        boolean allPronoun = true;
        boolean bothInOneClause = false;
        int firstSentence = Integer.MAX_VALUE;
        for (Candidate.Support s : c.supports()) {
            f.add("frame=" + s.fact().frame().label());
            f.add("from=" + s.fromHow());
            f.add("to=" + s.toHow());
            f.add("frame+from=" + s.fact().frame().label() + "+" + group(s.fromHow()));
            f.add("frame+to=" + s.fact().frame().label() + "+" + group(s.toHow()));
            if (s.other() != null) {
                String end = s.fromHow().equals("none") || clauseEnd(s.fromHow()) ? "to=" + s.toHow() : "from=" + s.fromHow();
                f.add(end + (s.otherBefore() ? ":before" : ":after"));
                if (s.other() instanceof MoveFact g && (g.scope().background() || g.inRelativeClause())) {
                    f.add("other-end-in-background");
                }
            }
            if (s.sameSentence() && !s.fromHow().equals("none") && !s.toHow().equals("none")) {
                f.add("ends-in-one-sentence");
            }
            bothInOneClause |= clauseEnd(s.fromHow()) && clauseEnd(s.toHow());
            EnumSet<Hedge> h = s.fact().scope().hedges().isEmpty() ? EnumSet.noneOf(Hedge.class)
                    : EnumSet.copyOf(s.fact().scope().hedges());
            if (leastHedged == null || h.size() < leastHedged.size()) {
                leastHedged = h;
            }
            allFuture &= s.fact().scope().future();
            allBackground &= s.fact().scope().background() || s.fact().inRelativeClause();
            allPronoun &= s.fact().mover().is(Mention.Type.PRONOUN);
            firstSentence = Math.min(firstSentence, s.fact().sentenceIndex());
        }
        if (leastHedged != null) {
            leastHedged.forEach(h -> f.add("hedge=" + h.name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (bothInOneClause) {
            f.add("both-ends-in-clause");
        }
        if (allFuture) {
            f.add("future");
        }
        if (allBackground) {
            f.add("background");
        }
        if (allPronoun) {
            f.add("mover=pronoun-only");
        }
        if (firstSentence <= 1) {
            f.add("lead-sentence");
        }
        if (c.supports().size() > 1) {
            f.add("supports>1");
        }
        f.add(c.person().fullyNamed() ? "person=full-name" : "person=one-word");
        f.addAll(c.context());
        name(f, "from-name", c.from());
        name(f, "to-name", c.to());
        return new ArrayList<>(f);
    }

    private static void name(Set<String> f, String prefix, OrgSlot slot) {
        if (slot != null && slot.mention() != null) {
            f.add(prefix + "=" + slot.mention().source());
        }
    }

    /** Ends the clause itself names, as against ends brought from elsewhere in the document. */
    private static boolean clauseEnd(String how) {
        return switch (how) {
            case "name", "inside", "role", "mover", "description", "person" -> true;
            default -> false;
        };
    }

    private static String group(String how) {
        if (clauseEnd(how)) {
            return "clause";
        }
        return how;
    }
}
