package org.talentflow.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.story.Candidate;
import org.talentflow.core.story.People;
import org.talentflow.core.story.Story;

/**
 * Chooses the moves a document reports from its scored candidates: per person, the likeliest first, then any other
 * above the threshold that tells a different move (a second stint: A to B, then B to C), never a second origin for
 * the same destination or a vaguer copy of a move already chosen.
 */
public final class Decoder {

    /** A candidate with its probability. */
    public record Scored(Candidate candidate, double probability) {
    }

    private Decoder() {
    }

    public static List<Scored> choose(List<Scored> scored, double threshold) {
        return choose(scored, c -> threshold);
    }

    /** The choice with a threshold per candidate (moves with both ends and with one are held to their own). */
    public static List<Scored> choose(List<Scored> scored, java.util.function.ToDoubleFunction<Candidate> thresholdOf) {
        Map<People.Person, List<Scored>> byPerson = new LinkedHashMap<>();
        for (Scored s : scored) {
            byPerson.computeIfAbsent(s.candidate().person(), p -> new ArrayList<>()).add(s);
        }
        List<Scored> chosen = new ArrayList<>();
        for (List<Scored> list : byPerson.values()) {
            list.removeIf(s -> s.candidate().context().contains("skips-stint") && chainAround(list, s, thresholdOf));
            list.removeIf(s -> fromPostBeforeTheCurrentOne(list, s, thresholdOf));
            list.sort(Comparator.comparingDouble(Scored::probability).reversed());
            List<Scored> mine = new ArrayList<>();
            for (Scored s : list) {
                if (s.probability() >= thresholdOf.applyAsDouble(s.candidate())
                        && mine.stream().noneMatch(k -> conflict(k.candidate(), s.candidate()))) {
                    mine.add(s);
                }
            }
            chosen.addAll(mine);
        }
        return chosen;
    }

    /**
     * "Yan left Alibaba, briefly joined Tencent, left it, then joined JD": when both legs of the stint stand above the
     * threshold (Alibaba to Tencent, Tencent to JD), the move that jumps over it (Alibaba to JD) is the vaguer reading.
     */
    private static boolean chainAround(List<Scored> list, Scored jump, java.util.function.ToDoubleFunction<Candidate> thresholdOf) {
        Candidate j = jump.candidate();
        for (Scored first : list) {
            Candidate a = first.candidate();
            if (first.probability() < thresholdOf.applyAsDouble(a) || !same(a.from(), j.from()) || a.to() == null
                    || same(a.to(), j.to())) {
                continue;
            }
            for (Scored second : list) {
                Candidate b = second.candidate();
                if (second.probability() >= thresholdOf.applyAsDouble(b) && same(b.from(), a.to()) && same(b.to(), j.to())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "former Heinz executive X, currently chief executive of A, was named B's boss": the move to B is from the post
     * the person holds now (A), not from one held before it; the past post is older than the current one.
     */
    private static boolean fromPostBeforeTheCurrentOne(List<Scored> list, Scored s, ToDoubleFunction<Candidate> thresholdOf) {
        Candidate c = s.candidate();
        if (c.to() == null || !onlyFrom(c, "tie-past")) {
            return false;
        }
        return list.stream().anyMatch(o -> o != s && o.probability() >= thresholdOf.applyAsDouble(o.candidate())
                && same(o.candidate().to(), c.to()) && onlyFromTies(o.candidate())
                && !aDestination(list, o.candidate().from(), thresholdOf));
    }

    /** "a big hire for Google Cloud ... hired X": a post "held now" where the person is going is no post left. */
    private static boolean aDestination(List<Scored> list, OrgSlot org, ToDoubleFunction<Candidate> thresholdOf) {
        return list.stream().anyMatch(o -> o.probability() >= thresholdOf.applyAsDouble(o.candidate()) && same(o.candidate().to(), org));
    }

    /** Origins only from ties, one of them a post held now (the same post may be told in the past elsewhere). */
    private static boolean onlyFromTies(Candidate c) {
        return onlyFrom(c, "tie-now") || !c.supports().isEmpty()
                && c.supports().stream().allMatch(x -> x.fromHow().equals("tie-now") || x.fromHow().equals("tie-past"))
                && c.supports().stream().anyMatch(x -> x.fromHow().equals("tie-now"));
    }

    private static boolean onlyFrom(Candidate c, String how) {
        return !c.supports().isEmpty() && c.supports().stream().allMatch(x -> x.fromHow().equals(how));
    }

    /**
     * Whether a candidate tells again, or against, a move already kept. (A departure whose origin is only the
     * organization the text was about around it, "He replaces X, who was dismissed ... in the Champions League", is a
     * guess: beside a departure already kept it is the same departure guessed again.)
     */
    private static boolean conflict(Candidate kept, Candidate c) {
        return same(kept.to(), c.to()) || same(kept.from(), c.from()) || leavesWhereItWent(kept, c)
                || otherOriginOfItsClause(kept, c) || backwardsInItsSentence(kept, c)
                || c.from() == null && c.to() != null && same(kept.to(), c.to())
                || c.to() == null && c.from() != null && same(kept.from(), c.from())
                || kept.to() == null && c.to() == null && onlyFrom(c, "context");
    }

    /**
     * "Tesla to Waymo" chosen, then "left Waymo" whose Waymo only comes from the post the story gives the person ("he
     * will lead Waymo's team"), when the departure is told as background ("before leaving earlier this year"): it is
     * the departure of the move already chosen, read against the wrong post. A departure that is the news ("Park, who
     * joined Apple in 2018, will step down") stands.
     */
    private static boolean leavesWhereItWent(Candidate kept, Candidate c) {
        return c.to() == null && same(kept.to(), c.from()) && kept.from() != null
                && c.supports().stream().allMatch(s -> (s.fromHow().startsWith("tie") || s.fromHow().equals("context"))
                        && (s.fact().scope().background() || s.fact().inRelativeClause()));
    }

    /**
     * "X left his role at Meta. He is now head of research at Hugging Face": once "Meta to Hugging Face" is chosen, the
     * departure read with the later post as its origin ("left Hugging Face") is the same clause read again. One
     * departure clause has one origin.
     */
    private static boolean otherOriginOfItsClause(Candidate kept, Candidate c) {
        java.util.Set<Object> keptFacts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.supports().forEach(s -> keptFacts.add(s.fact()));
        return c.to() == null && kept.from() != null && !same(kept.from(), c.from()) && !c.supports().isEmpty()
                && c.supports().stream().allMatch(s -> keptFacts.contains(s.fact()));
    }

    /**
     * "Microsoft hired X, who ran Gemini at Google, to lead the team": once "Google to Microsoft" is chosen, "Microsoft
     * to Google" read from the same sentence is the move told backwards (the team misread as the old employer's). A
     * return told in a sentence of its own stands.
     */
    private static boolean backwardsInItsSentence(Candidate kept, Candidate c) {
        if (!same(kept.from(), c.to()) || !same(kept.to(), c.from())) {
            return false;
        }
        java.util.Set<Object> keptSentences = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.supports().forEach(x -> keptSentences.add(x.fact().reading()));
        return !c.supports().isEmpty() && c.supports().stream().allMatch(x -> keptSentences.contains(x.fact().reading()));
    }

    private static boolean same(OrgSlot a, OrgSlot b) {
        return a != null && b != null && Story.sameOrganization(a.org(), b.org());
    }
}
