package org.talentflow.core.zh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.zh.ChineseClauses.Fact;
import org.talentflow.core.zh.ChineseClauses.Tie;
import org.talentflow.core.zh.ChineseMentions.Item;

/**
 * The moves of a Chinese document from its clauses' facts and its people's ties: a departure and an arrival of one
 * person in one sentence are one move; an arrival whose clause names no origin takes it from the person's tie in
 * that sentence ("原暴风TV CEO X加入小米"), else from the post the document last said the person held elsewhere;
 * a departure whose clause names no organization takes the person's own, or the organization the sentence is
 * about ("以智谱为例, ...X离职"). History (dated two or more years before the article) is no move but a tie.
 */
public final class ChineseMoves {

    /** A document read: its folded text, its sentences' spans (folded offsets), its facts and ties. */
    public record Reading(ChineseText.Folded folded, List<int[]> sentences, List<Fact> facts, List<Tie> ties,
                          Map<Integer, List<Item>> items, Map<Item, String> written) {
    }

    private ChineseMoves() {
    }

    public static List<Move> of(String doc, String original, Reading r) {
        Map<String, Move> chosen = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            if (f.background()) {
                continue;
            }
            for (Item mover : f.movers()) {
                Move m = move(doc, original, r, f, mover);
                if (m != null) {
                    String key = m.person() + "|" + name(m.from()) + "|" + name(m.to());
                    chosen.merge(key, m, (a, b) -> a.confidence() >= b.confidence() ? a : b);
                }
            }
        }
        // A departure that an arrival of the same person already tells as its origin is that move, not another.
        List<Move> out = new ArrayList<>(chosen.values());
        out.removeIf(m -> m.kind() == MoveKind.LEAVE && out.stream().anyMatch(o -> o != m && o.person().equals(m.person())
                && o.from() != null && o.to() != null && same(o.from(), m.from())));
        return out;
    }

    private static Move move(String doc, String original, Reading r, Fact f, Item mover) {
        String person = written(r, mover);
        Item from = f.from();
        Item to = f.to();
        double weight = f.weight();
        if (f.frame() == Frame.DEPART) {
            if (from == null) {
                from = tieIn(r, mover.text(), f.sentence(), null);
            }
            if (from == null) {
                from = orgOfSentence(r, f);
            }
            Fact arrival = sameSentenceArrival(r, f, mover.text());
            if (arrival != null) {
                to = arrival.to();
            }
        } else {
            if (to == null && f.frame() == Frame.ARRIVE) {
                to = previousDestination(r, f);
            }
            if (from == null) {
                from = departureIn(r, f, mover.text());
            }
            if (from == null) {
                from = tieIn(r, mover.text(), f.sentence(), to);
            }
            if (from == null) {
                from = earlierPost(r, mover.text(), f.sentence(), to);
                weight *= from == null ? 1.0 : 0.9;
            }
        }
        OrgRef a = ref(original, r, from);
        OrgRef b = ref(original, r, to);
        if (a == null && b == null || a != null && b != null && same(a, b)) {
            return null;
        }
        MoveKind kind = a != null && b != null ? MoveKind.MOVE : a != null ? MoveKind.LEAVE
                : f.frame() == Frame.FOUND ? MoveKind.FOUND : MoveKind.JOIN;
        int[] span = r.sentences().get(f.sentence());
        int begin = r.folded().documentOffset(span[0]);
        int end = r.folded().documentOffset(span[1]);
        return new Move(person, kind, a, b, f.role(), f.date(), Math.round(weight * 100) / 100.0,
                new Evidence(doc, original.substring(begin, end).strip(), begin, end));
    }

    /** The person's name as the document writes it (traditional characters stay traditional). */
    private static String written(Reading r, Item mover) {
        String written = r.written().get(mover);
        if (written != null) {
            return written;
        }
        for (List<Item> items : r.items().values()) {
            for (Item it : items) {
                if (it.text().equals(mover.text()) && r.written().containsKey(it)) {
                    return r.written().get(it);
                }
            }
        }
        return mover.text();
    }

    private static Item tieIn(ChineseMoves.Reading r, String person, int sentence, Item notTo) {
        for (Tie t : r.ties()) {
            if (t.sentence() == sentence && t.person().equals(person) && !sameItem(t.org(), notTo)) {
                return t.org();
            }
        }
        return null;
    }

    /** The post the document last gave the person, in an earlier sentence, at another organization. */
    private static Item earlierPost(Reading r, String person, int sentence, Item notTo) {
        Item found = null;
        for (Tie t : r.ties()) {
            if (t.person().equals(person) && t.sentence() != sentence && !sameItem(t.org(), notTo)) {
                found = t.org();
            }
        }
        for (Fact f : r.facts()) {
            if (f.background() && f.to() != null && !sameItem(f.to(), notTo)
                    && f.movers().stream().anyMatch(m -> m.text().equals(person))) {
                found = f.to();
            }
        }
        return found;
    }

    /** "X加入小米, ... Y等人加入": an arrival that names no destination goes where the one before it went. */
    private static Item previousDestination(Reading r, Fact f) {
        Item found = null;
        for (Fact o : r.facts()) {
            if (o == f) {
                break;
            }
            if (o.to() != null && o.frame() == Frame.ARRIVE && f.sentence() - o.sentence() <= 1) {
                found = o.to();
            }
        }
        return found;
    }

    private static Item departureIn(Reading r, Fact arrival, String person) {
        for (Fact f : r.facts()) {
            if (f != arrival && f.sentence() == arrival.sentence() && f.frame() == Frame.DEPART && f.from() != null
                    && f.movers().stream().anyMatch(m -> m.text().equals(person))) {
                return f.from();
            }
        }
        return null;
    }

    private static Fact sameSentenceArrival(Reading r, Fact departure, String person) {
        for (Fact f : r.facts()) {
            if (f != departure && f.sentence() == departure.sentence() && f.frame() != Frame.DEPART && f.to() != null
                    && f.movers().stream().anyMatch(m -> m.text().equals(person))) {
                return f;
            }
        }
        return null;
    }

    /**
     * The organization a sentence is about: the last one named before the move word, else the last one the sentence
     * before it names ("荣耀...高层变动。包括原董事长X、CEO Y纷纷挂冠而去。").
     */
    private static Item orgOfSentence(Reading r, Fact f) {
        Item found = null;
        for (Item it : r.items().getOrDefault(f.sentence() - 1, List.of())) {
            if (it.is(ChineseMentions.Kind.ORG) && !it.weak()) {
                found = it;
            }
        }
        for (Item it : r.items().getOrDefault(f.sentence(), List.of())) {
            if (it.begin() >= f.end()) {
                break;
            }
            if (it.is(ChineseMentions.Kind.ORG) && !it.weak()) {
                found = it;
            }
        }
        return found;
    }

    private static boolean sameItem(Item a, Item b) {
        return a != null && b != null && Objects.equals(a.org(), b.org());
    }

    private static OrgRef ref(String original, Reading r, Item org) {
        if (org == null) {
            return null;
        }
        if (org.org() != null && !org.org().organization().equals(org.text())) {
            return org.org();
        }
        // Not in the gazetteer: the name as the document writes it (traditional characters stay traditional).
        return OrgRef.of(r.written().getOrDefault(org, org.text()));
    }

    private static boolean same(OrgRef a, OrgRef b) {
        return a != null && b != null && (a.organization().equals(b.organization()));
    }

    private static String name(OrgRef o) {
        return o == null ? "" : o.mostSpecific();
    }
}
