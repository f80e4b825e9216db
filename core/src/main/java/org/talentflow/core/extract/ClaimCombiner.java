package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.extract.MoveRules.Affiliation;
import org.talentflow.core.pipeline.Sentence;

/**
 * Turns the claims of one document into its moves, person by person: fills a missing origin from what
 * the document says of the person (or, for a departure story, from the organization it is about), joins
 * "left A" and "joined B" into a move from A to B, chains brief stints (A to B, then B to C) and drops
 * claims another claim already says more fully.
 */
final class ClaimCombiner {

    private final List<Affiliation> affiliations;
    private final OrgRef topic;
    private final List<Sentence> sentences;

    ClaimCombiner(List<Affiliation> affiliations, OrgRef topic, List<Sentence> sentences) {
        this.affiliations = affiliations;
        this.topic = topic;
        this.sentences = sentences;
    }

    List<Claim> combine(List<Claim> raw) {
        List<Claim> claims = shareOriginsInGroups(withAffiliatedOrigins(raw));
        Map<String, List<Claim>> byPerson = new LinkedHashMap<>();
        for (Claim c : claims) {
            byPerson.computeIfAbsent(c.person(), k -> new ArrayList<>()).add(c);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Claim> own : byPerson.values()) {
            own.sort(Comparator.comparingInt((Claim c) -> c.sentence().begin()).thenComparingInt(Claim::order));
            out.addAll(dedupe(combineOne(own)));
        }
        return out;
    }

    private List<Claim> combineOne(List<Claim> claims) {
        List<Claim> list = new ArrayList<>(claims);
        hiredByPeople(list);
        joinedFromToWhatTheyLeft(list);
        joinLeaveThenArrive(list, true);
        chainStints(list);
        fillOrigins(list);
        joinLeaveThenArrive(list, false);
        fillOriginsFromHistory(list);
        dropSubsumed(list);
        return list;
    }

    /**
     * "X has exited Character.AI ... X joined in 2023 from Snap": an arrival told only by its origin went to the
     * organization the story has the person leave (or hold a post at) elsewhere.
     */
    private static void joinedFromToWhatTheyLeft(List<Claim> list) {
        for (int i = 0; i < list.size(); i++) {
            Claim c = list.get(i);
            if (c.kind() != MoveKind.LEAVE || c.from() == null
                    || !JOINED_FROM.matcher(c.sentence().text()).find() || !c.sentence().text().contains("from " + c.from().organization())
                    && (c.from().unit() == null || !c.sentence().text().contains("from " + c.from().unit()))) {
                continue;
            }
            Claim later = list.stream().filter(o -> o != c && o.from() != null && !o.sentence().equals(c.sentence())
                    && !MoveRules.sameOrg(o.from(), c.from())).findFirst().orElse(null);
            if (later != null) {
                list.set(i, c.with(MoveKind.MOVE, c.from(), later.from(), c.confidence()));
            }
        }
    }

    /** "joined in 2023 from Snap", "joined from Snap": a join with its origin and no destination named. */
    private static final Pattern JOINED_FROM =
            Pattern.compile("\\bjoin(?:ed|s|ing)?\\s+(?:[^,.;]{0,25}\\s)?from\\b");

    /** "left A (in February) and (later) joined B": one move A to B; within a sentence, or across the document. */
    private static void joinLeaveThenArrive(List<Claim> list, boolean sameSentenceOnly) {
        for (int i = 0; i < list.size(); i++) {
            Claim leave = list.get(i);
            if (leave.kind() != MoveKind.LEAVE || leave.from() == null) {
                continue;
            }
            for (int j = i + 1; j < list.size(); j++) {
                Claim arrive = list.get(j);
                boolean open = (arrive.kind() == MoveKind.JOIN || arrive.kind() == MoveKind.FOUND) && arrive.from() == null;
                boolean sameSentence = arrive.sentence().index() == leave.sentence().index();
                if (open && (sameSentence || !sameSentenceOnly) && !MoveRules.sameOrg(leave.from(), arrive.to())) {
                    MoveKind kind = arrive.kind() == MoveKind.FOUND ? MoveKind.FOUND : MoveKind.MOVE;
                    list.set(j, arrive.with(kind, leave.from(), arrive.to(), Math.max(arrive.confidence(), 0.8))
                            .withDateAndRole(leave.date(), leave.role()));
                    list.remove(i);
                    i--;
                    break;
                }
            }
        }
        joinArriveThenLeave(list, sameSentenceOnly);
    }

    /**
     * "'I am glad to join B,' said X, who left A in March": the departure told after the arrival. Joined only when the
     * person has one open arrival, and the departure is not dated after it.
     */
    private static void joinArriveThenLeave(List<Claim> list, boolean sameSentenceOnly) {
        List<Claim> open = list.stream().filter(c -> (c.kind() == MoveKind.JOIN || c.kind() == MoveKind.FOUND)
                && c.from() == null).toList();
        if (open.size() != 1) {
            return;
        }
        Claim arrive = open.get(0);
        int a = list.indexOf(arrive);
        for (int i = a + 1; i < list.size(); i++) {
            Claim leave = list.get(i);
            boolean sameSentence = arrive.sentence().index() == leave.sentence().index();
            if (leave.kind() == MoveKind.LEAVE && leave.from() != null && (sameSentence || !sameSentenceOnly)
                    && !MoveRules.sameOrg(leave.from(), arrive.to()) && !datedAfter(leave.date(), arrive.date())) {
                MoveKind kind = arrive.kind() == MoveKind.FOUND ? MoveKind.FOUND : MoveKind.MOVE;
                list.set(a, arrive.with(kind, leave.from(), arrive.to(), Math.max(arrive.confidence(), 0.8))
                        .withDateAndRole(null, leave.role()));
                list.remove(i);
                return;
            }
        }
    }

    /** Whether date a ("2025-03") is known to fall after date b ("2024"): compared at the coarser precision. */
    static boolean datedAfter(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n)) > 0;
    }

    /** Left B after arriving at B, and arrived somewhere else too: the move out of B is to that other place. */
    private static void chainStints(List<Claim> list) {
        for (int i = 0; i < list.size(); i++) {
            Claim leave = list.get(i);
            if (leave.kind() != MoveKind.LEAVE || leave.from() == null || !arrivedAt(list, leave.from())) {
                continue;
            }
            Claim next = null;
            for (Claim arrive : list) {
                boolean candidate = (arrive.kind() == MoveKind.MOVE || arrive.kind() == MoveKind.JOIN)
                        && arrive.to() != null && !MoveRules.sameOrg(arrive.to(), leave.from())
                        && !MoveRules.sameOrg(arrive.from(), leave.from()) && !left(list, arrive.to());
                if (candidate && (next == null || arrive.sentence().index() > leave.sentence().index())) {
                    next = arrive;
                }
            }
            if (next != null) {
                list.set(i, leave.with(MoveKind.MOVE, leave.from(), next.to(), 0.75));
            }
        }
    }

    /** "Zuckerberg poached X": the destination is where Zuckerberg works; unknown, no claim. */
    private void hiredByPeople(List<Claim> list) {
        for (int i = 0; i < list.size(); i++) {
            Claim c = list.get(i);
            if (c.to() != null || c.hirer() == null) {
                continue;
            }
            OrgRef employer = affiliation(c.hirer(), c.from(), false);
            if (employer == null) {
                list.remove(i--);
            } else {
                list.set(i, c.with(c.from() != null ? MoveKind.MOVE : MoveKind.JOIN, c.from(), employer, c.confidence() - 0.1));
            }
        }
    }

    /** People hired in one breath share an origin when the sentence names it for only some of them. */
    static List<Claim> shareOriginsInGroups(List<Claim> all) {
        List<Claim> out = new ArrayList<>(all);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            if (c.from() != null || c.to() == null || c.kind() == MoveKind.FOUND) {
                continue;
            }
            for (Claim o : out) {
                if (o != c && o.from() != null && o.sentence().equals(c.sentence()) && o.order() == c.order()
                        && MoveRules.sameOrg(o.to(), c.to()) && !MoveRules.sameOrg(o.from(), c.to())) {
                    out.set(i, c.with(MoveKind.MOVE, o.from(), c.to(), Math.min(o.confidence(), c.confidence())));
                    break;
                }
            }
        }
        return out;
    }

    private void fillOrigins(List<Claim> list) {
        for (int i = 0; i < list.size(); i++) {
            Claim c = list.get(i);
            if (c.from() != null || c.kind() == MoveKind.FOUND) {
                continue;
            }
            OrgRef known = affiliation(c.person(), c.to(), false);
            if (c.kind() == MoveKind.LEAVE && known == null && list.stream().anyMatch(o -> o != c && o.from() != null)) {
                list.remove(i--); // the departure is already told, with its origin, by another claim
                continue;
            }
            MoveKind filled = c.to() == null ? MoveKind.LEAVE : MoveKind.MOVE;
            if (known != null) {
                list.set(i, c.with(filled, known, c.to(), c.confidence() - 0.05));
            } else if (topic != null && !MoveRules.sameOrg(topic, c.to())
                    && (c.kind() == MoveKind.LEAVE || mentionsDeparture(c))) {
                list.set(i, c.with(filled, topic, c.to(), 0.55));
            } else if (c.kind() == MoveKind.LEAVE) {
                list.remove(i);
                i--;
            }
        }
    }

    /**
     * Last, a past post told of the person ("she previously worked at A") for an arrival still without origin, unless
     * another claim already says where they came from: such a post is their last one as often as an older one.
     */
    private void fillOriginsFromHistory(List<Claim> list) {
        for (int i = 0; i < list.size(); i++) {
            Claim c = list.get(i);
            if (c.from() != null || c.to() == null || c.kind() != MoveKind.JOIN
                    || list.stream().anyMatch(o -> o.from() != null && MoveRules.sameOrg(o.to(), c.to()))) {
                continue;
            }
            OrgRef history = affiliation(c.person(), c.to(), true);
            if (history != null) {
                list.set(i, c.with(MoveKind.MOVE, history, c.to(), c.confidence() - 0.1));
            }
        }
    }

    /** Origins the document gives elsewhere, filled in before groups share theirs. */
    private List<Claim> withAffiliatedOrigins(List<Claim> raw) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : raw) {
            OrgRef known = c.from() == null && c.to() != null && c.kind() != MoveKind.FOUND
                    ? affiliation(c.person(), c.to(), false) : null;
            out.add(known == null ? c : c.with(MoveKind.MOVE, known, c.to(), c.confidence() - 0.05));
        }
        return out;
    }

    private OrgRef affiliation(String person, OrgRef exclude, boolean history) {
        for (Affiliation a : affiliations) {
            if (a.history() == history && a.person().equals(person) && !MoveRules.sameOrg(a.org(), exclude)) {
                return a.org();
            }
        }
        return null;
    }

    /** The claim's sentence, or the one before it, speaks of people going away. */
    private boolean mentionsDeparture(Claim c) {
        String text = c.sentence().text();
        int index = c.sentence().index();
        if (index > 0 && index - 1 < sentences.size()) {
            text = sentences.get(index - 1).text() + " " + text;
        }
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
            if (Lexicon.DEPARTURE_CONTEXT.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A leave that a move from the same place says more fully; a join that a move to the same place does. */
    private static void dropSubsumed(List<Claim> list) {
        // The leave often carries the date ("She left Acme in February"); the fuller move keeps it.
        for (Claim leave : List.copyOf(list)) {
            if (leave.kind() != MoveKind.LEAVE || leave.date() == null) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                Claim o = list.get(i);
                if ((o.kind() == MoveKind.MOVE || o.kind() == MoveKind.FOUND) && o.date() == null
                        && MoveRules.sameOrg(o.from(), leave.from())) {
                    list.set(i, o.withDateAndRole(leave.date(), null));
                }
            }
        }
        list.removeIf(c -> c.kind() == MoveKind.LEAVE && list.stream().anyMatch(o -> o != c
                && (o.kind() == MoveKind.MOVE || o.kind() == MoveKind.FOUND) && MoveRules.sameOrg(o.from(), c.from())));
        list.removeIf(c -> c.kind() == MoveKind.JOIN && list.stream().anyMatch(o -> o != c
                && o.kind() == MoveKind.MOVE && MoveRules.sameOrg(o.to(), c.to())
                && !c.sentence().equals(o.sentence()) && c.date() == null));
        list.removeIf(c -> c.kind() == MoveKind.JOIN && list.stream().anyMatch(o -> o != c
                && o.kind() == MoveKind.MOVE && MoveRules.sameOrg(o.to(), c.to()) && c.sentence().equals(o.sentence())));
        // "Before joining A, he ..." and elsewhere "left A to found B": the join only began the stay the other claim
        // ends; told as background, it says nothing the flow does not.
        list.removeIf(c -> c.kind() == MoveKind.JOIN && c.from() == null && c.confidence() < 0.5 && list.stream()
                .anyMatch(o -> o != c && MoveRules.sameOrg(o.from(), c.to())));
    }

    private static boolean arrivedAt(List<Claim> list, OrgRef org) {
        return list.stream().anyMatch(c -> (c.kind() == MoveKind.MOVE || c.kind() == MoveKind.JOIN)
                && MoveRules.sameOrg(c.to(), org));
    }

    private static boolean left(List<Claim> list, OrgRef org) {
        return list.stream().anyMatch(c -> c.kind() != MoveKind.FOUND && MoveRules.sameOrg(c.from(), org));
    }

    /** One claim per (kind, from, to): the most confident, with the first date and role any of them gives. */
    private static List<Claim> dedupe(List<Claim> claims) {
        Map<String, Claim> best = new LinkedHashMap<>();
        Map<String, String> dates = new HashMap<>();
        Map<String, String> roles = new HashMap<>();
        for (Claim c : claims) {
            String key = c.kind() + "|" + org(c.from()) + "|" + org(c.to());
            best.merge(key, c, (a, b) -> b.confidence() > a.confidence() ? b : a);
            if (c.date() != null) {
                dates.putIfAbsent(key, c.date());
            }
            if (c.role() != null) {
                roles.putIfAbsent(key, c.role());
            }
        }
        List<Claim> out = new ArrayList<>();
        best.forEach((key, c) -> out.add(c.withDateAndRole(dates.get(key), roles.get(key))));
        return out;
    }

    private static String org(OrgRef ref) {
        return ref == null ? "" : Objects.toString(ref.organization());
    }
}
