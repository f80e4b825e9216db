package org.talentflow.core.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.resolve.OrgNames;

/**
 * The candidate moves of a document, from its facts and ties: each clause's own ends, and for an end the clause
 * leaves open, what the document says elsewhere of the same person (a past post for an origin, another clause's
 * departure or arrival). Candidates that come out the same (person, origin, destination) are one, with every
 * support.
 */
public final class Candidates {

    private Candidates() {
    }

    public static List<Candidate> of(Story story) {
        return of(story, f -> null);
    }

    /** The candidates, with what the facts' dates say of their order (dateOf gives "2025-03", "2024" or null). */
    public static List<Candidate> of(Story story, java.util.function.Function<MoveFact, String> dateOf) {
        java.util.Set<String> names = peopleWords(story);
        People people = story.people();
        List<Tie> ties = story.ties();
        List<MoveFact> facts = new ArrayList<>(story.moves());
        List<MoveFact> groups = story.groups();
        facts.addAll(listMembers(story, groups));
        facts.addAll(groupMembers(story, groups, facts));
        facts.addAll(namedBefore(story, groups, facts));
        facts.addAll(tiedBothWays(story));
        Map<String, Candidate> merged = new LinkedHashMap<>();
        for (MoveFact f : facts) {
            People.Person p = people.of(f.mover());
            if (p == null || f.scope().hedges().stream().anyMatch(org.talentflow.core.lexicon.Hedge::excludes)) {
                continue; // denied, negated, hypothetical, only in talks: the annotation counts no such move
            }
            if (f.pattern().endsWith("/prev") && takesAnotherPostNearby(facts, people, p, f)) {
                continue; // "X will succeed founder Y as chief executive. Y, 67, will become executive chairman."
            }
            OrgSlot from = usable(names, story.resolve(f.from(), f.to(), ties));
            // "the company" one founds or joins is not one the story has the founder leave, nor one the same sentence
            // says the joiner worked at ("A and B, both of whom worked in Novartis's oncology group, joined the company")
            OrgSlot to = usable(names, f.frame() == Frame.FOUND
                    ? story.resolve(f.to(), f.from(), ties, org -> leaves(facts, story, p, org))
                    : f.arrives() ? story.resolve(f.to(), f.from(), ties, org -> pastTieInSentence(ties, people, p, f, org)
                            || leftInSentence(facts, story, p, f, org) || joinsAPart(story, f) && othersComeFrom(facts, story, p, org))
                    : story.resolve(f.to(), f.from(), ties));
            if (f.frame() == Frame.FOUND && to == null) {
                continue; // a founding that names no company says nothing of a move
            }
            if (to != null && f.arrives() && "place-name".equals(to.mention().source()) && goesToAPlace(f)) {
                to = null; // "She will relocate to Gothenburg": a place, no employer
            }
            if (to != null && f.arrives() && f.frame() != Frame.FOUND && f.to() != null && f.to().isDescription()
                    && f.to().mention() != null && definite(f.reading().parsed(), f.to().mention().first())) {
                // "Castlebridge Rovers have appointed X ..., luring him from Northfield. X starts at the club on Monday":
                // the club one arrives at is the one the same arrival named, not the one named last
                OrgSlot named = namedArrivalNearby(story, facts, people, names, ties, p, f);
                to = named != null ? named : to;
            }
            List<Object[]> origins = new ArrayList<>();
            List<Object[]> destinations = new ArrayList<>();
            MoveFact replaced = f.departs() ? replacement(facts, people, f) : null;
            if (from == null && f.pattern().endsWith("/prev")) {
                // "She replaces Thomas Becker, who left Stellantis in February": where the predecessor left is said
                for (MoveFact g : facts) {
                    if (g != f && g.departs() && g.reading() == f.reading() && people.of(g.mover()) == p && g.from() != null
                            && g.from().named()) {
                        from = g.from();
                    }
                }
            }
            origins.add(new Object[] {from, from == null ? "none" : from.how(), true, null});
            destinations.add(new Object[] {to, to == null ? "none" : to.how(), true, null});
            if (from == null && f.arrives()) {
                for (Tie t : ties) {
                    if (people.of(t.person()) == p && usable(names, t.org()) != null
                            && !Story.sameOrganization(t.org().org(), to == null ? null : to.org())) {
                        boolean same = t.sentenceIndex() == f.sentenceIndex();
                        // "before joining Alibaba, he ...": a post held now is not where a background arrival came from
                        boolean fits = t.past() || !isBackground(f) || same;
                        if ((t.past() || f.frame() != Frame.FOUND || same) && fits && !leftInItsSentence(people, facts, t, f, to)) {
                            origins.add(new Object[] {t.org(), t.past() ? "tie-past" : "tie-now", same, t});
                        }
                    }
                }
                for (MoveFact g : facts) {
                    // "Yan, who joined Alibaba in 2015, ... [later] left Tencent": a departure the story tells after
                    // an arrival it gives as background is a later step, not where that arrival came from
                    boolean laterStep = isBackground(f) && g.sentenceIndex() > f.sentenceIndex();
                    // nor is a departure told with its own destination ("left Samsung for Google Brain") where a
                    // move to somewhere else came from
                    boolean elsewhere = g.to() != null && g.to().named() && to != null
                            && !Story.sameOrganization(g.to().org(), to.org());
                    if (g != f && g.departs() && people.of(g.mover()) == p && !laterStep && !elsewhere) {
                        OrgSlot gf = usable(names, story.resolve(g.from(), g.to(), ties));
                        if (gf != null && (to == null || !Story.sameOrganization(gf.org(), to.org())) && !before(dateOf.apply(f), dateOf.apply(g))) {
                            origins.add(new Object[] {gf, "fact", g.sentenceIndex() == f.sentenceIndex(), g});
                        }
                    }
                    // "X has joined B as head of software. Ms. X joins from A, where ...": the same arrival told
                    // again with its origin.
                    if (g != f && g.arrives() && g.frame() != Frame.FOUND && people.of(g.mover()) == p && g.from() != null
                            && !isBackground(g) && Math.abs(g.sentenceIndex() - f.sentenceIndex()) <= 2
                            && ofOneTime(story, dateOf, f, g)) {
                        OrgSlot gf = usable(names, story.resolve(g.from(), g.to(), ties));
                        OrgSlot gt = g.to() == null ? null : usable(names, story.resolve(g.to(), g.from(), ties));
                        boolean sameArrival = gt == null || to == null || Story.sameOrganization(gt.org(), to.org());
                        if (gf != null && gf.named() && sameArrival && (to == null || !Story.sameOrganization(gf.org(), to.org()))) {
                            origins.add(new Object[] {gf, "fact", false, g});
                        }
                    }
                }
            }
            if (from == null && f.arrives() && to != null) {
                // "Okafor, who joined OpenAI in 2021, ..." beside his hire by Meta: the last arrival (or founding) told
                // as background, or dated before this one, is where the person was before it.
                MoveFact latest = null;
                OrgSlot latestTo = null;
                for (MoveFact g : facts) {
                    if (g == f || !bringsToANamedPlace(g) || people.of(g.mover()) != p
                            || !(isBackground(g) && !isBackground(f) || before(dateOf.apply(g), dateOf.apply(f))
                                 || toldBefore(g, f, dateOf, story.document().published()))) {
                        continue;
                    }
                    OrgSlot gt = usable(names, story.resolve(g.to(), g.from(), ties));
                    if (gt == null || !gt.named() || Story.sameOrganization(gt.org(), to.org())) {
                        continue;
                    }
                    if (latest == null || later(g, latest, dateOf)) {
                        latest = g;
                        latestTo = gt;
                    }
                }
                if (latest != null) {
                    origins.add(new Object[] {latestTo, "tie-past", false, latest});
                }
            }
            if (from == null && f.departs()) {
                // "John Park, its vice president, will step down": the post the document gives the person. (Not the
                // one the same sentence has them join: "left to join Nvidia, where she works on ...".)
                List<OrgSlot> joined = new ArrayList<>();
                for (MoveFact g : facts) {
                    if (g != f && g.arrives() && g.sentenceIndex() == f.sentenceIndex() && people.of(g.mover()) == p
                            && g.to() != null && g.to().named()) {
                        joined.add(g.to());
                    }
                }
                for (Tie t : ties) {
                    if (people.of(t.person()) == p && usable(names, t.org()) != null
                            && joined.stream().noneMatch(j -> Story.sameOrganization(j.org(), t.org().org()))
                            && !Story.sameOrganization(t.org().org(), to == null ? null : to.org())) {
                        origins.add(new Object[] {t.org(), t.past() ? "tie-past" : "tie-now", t.sentenceIndex() == f.sentenceIndex(), t});
                    }
                }
            }
            // "OpenAI hired three engineers from Google ... X, Y and Z will join the company": the group's origin (not
            // for a predecessor, who leaves where the successor arrives).
            if (from == null && replaced == null) {
                for (MoveFact g : groups) {
                    if (oneOfSeveral(g, g.from())) {
                        continue; // "drug developers join from Novartis and Regeneron": which one is whose is not said
                    }
                    if (f.departs() && g.arrives() && Math.abs(g.sentenceIndex() - f.sentenceIndex()) > 1) {
                        continue; // "FreshWay lures Calder's operations chief": not where FreshWay's former boss left
                    }
                    if (g.sentenceIndex() != f.sentenceIndex() && (ownTieInTheSentence(origins) || ownDepartureInTheSentence(origins))) {
                        continue; // "Ravi Chandran, its global head of equities, will leave": not a group told before;
                                  // "the third co-founder, X, left Plaid to start the company": nor one told elsewhere
                    }
                    OrgSlot gf = usable(names, story.resolve(g.from(), g.to(), ties));
                    OrgSlot gt = usable(names, story.resolve(g.to(), g.from(), ties));
                    boolean sameDestination = gt == null || to == null || Story.sameOrganization(gt.org(), to.org());
                    if (gf != null && sameDestination && (to == null || !Story.sameOrganization(gf.org(), to.org()))) {
                        origins.add(new Object[] {gf, "group", Math.abs(g.sentenceIndex() - f.sentenceIndex()) <= 1, g});
                    }
                }
            }
            if (from == null && replaced != null && origins.size() == 1) {
                // "He replaces Carla Brenneman, who stepped down": the predecessor leaves where the successor arrives
                OrgSlot post = successorsPost(story, facts, groups, ties, names, f, replaced);
                if (post != null) {
                    origins.add(new Object[] {post, "successor", false, null});
                }
            }
            if (from == null && f.departs() && origins.size() == 1) {
                // "X left Orrin to join Qualcomm. ... X's departure had been a loss": the same departure told again
                for (MoveFact g : facts) {
                    if (g != f && g.departs() && people.of(g.mover()) == p && g.from() != null && !isBackground(g)
                            && g.sentenceIndex() <= f.sentenceIndex() && f.sentenceIndex() - g.sentenceIndex() <= 2) {
                        OrgSlot gf = usable(names, story.resolve(g.from(), g.to(), ties));
                        if (gf != null && gf.named() && (to == null || !Story.sameOrganization(gf.org(), to.org()))) {
                            origins.add(new Object[] {gf, gf.how(), g.sentenceIndex() == f.sentenceIndex(), g});
                        }
                    }
                }
            }
            if (from == null && origins.size() == 1 && f.frame() != Frame.FOUND && !(f.arrives() && isBackground(f))
                    && !longBefore(dateOf.apply(f), story.document().published()) && !itsPostBeside(story, f)
                    && !takesOverAPartOfTheStorysOwn(f)) {
                // "X resigned in December", "X will join B" with nothing else said of X: the story around it (not for
                // an arrival told as background: "before joining A, he ..." came before what the story is about; nor
                // for a clause dated years before the article: "joined Huawei in 1993" came from no company of today's)
                OrgSlot context = usable(names, story.contextAt(f.reading().parsed().token(f.trigger()).begin(),
                        to == null ? null : to.org(), org -> false));
                if (context != null) {
                    origins.add(new Object[] {context, "context", false, null});
                }
            }
            if (to == null && f.arrives() && f.frame() != Frame.FOUND) {
                // "Rivian has also hired two other Tesla veterans: A will become ..., and B joins as director": a member
                // of a group told in the same sentence arrives where the group does
                for (MoveFact g : groups) {
                    OrgSlot gt = g.sentenceIndex() == f.sentenceIndex() && g.arrives()
                            ? usable(names, story.resolve(g.to(), g.from(), ties)) : null;
                    if (gt != null && gt.named() && (from == null || !Story.sameOrganization(gt.org(), from.org()))) {
                        destinations.add(new Object[] {gt, "group", true, g});
                    }
                }
            }
            if (to == null && f.arrives() && f.frame() != Frame.FOUND) {
                // "She is joined by Fiona Marsh, who also comes from Greaves Lockhart", "X has joined the firm. X joins
                // from A": the same arrival told again, where the other telling says where; and "Orrin's new CFO, X,
                // who joined from A": the post the sentence gives the person now is where they came
                for (MoveFact g : facts) {
                    // ("Its newest recruit, B, joined in May": the noun's arrival says where the verb's went)
                    boolean sameSentence = g.sentenceIndex() == f.sentenceIndex();
                    if (g != f && g.arrives() && g.frame() != Frame.FOUND && people.of(g.mover()) == p
                            && (g.to() != null || sameSentence && returning(g))
                            && !isBackground(g) && (f.from() != null ? Math.abs(g.sentenceIndex() - f.sentenceIndex()) <= 2 : sameSentence)
                            && ofOneTime(story, dateOf, f, g)) {
                        // ("came back in February from TikTok ... to become head of music": back where the person was)
                        OrgSlot gt = g.to() != null ? usable(names, story.resolve(g.to(), g.from(), ties))
                                : wentBackTo(names, people, ties, g, p);
                        if (gt != null && gt.named() && (from == null || !Story.sameOrganization(gt.org(), from.org()))) {
                            // (the same arrival: its destination counts as that telling found it)
                            destinations.add(new Object[] {gt, gt.how(), g.sentenceIndex() == f.sentenceIndex(), g});
                        }
                    }
                }
                for (Tie t : f.from() == null ? List.<Tie>of() : ties) {
                    OrgSlot now = t.past() || t.sentenceIndex() != f.sentenceIndex() || people.of(t.person()) != p
                            ? null : usable(names, t.org());
                    if (now != null && (from == null || !Story.sameOrganization(now.org(), from.org()))) {
                        destinations.add(new Object[] {now, "tie-now", true, t});
                    }
                }
            }
            if (to == null && f.arrives() && f.frame() != Frame.FOUND && returning(f)) {
                // "X, a former Spotify music executive, came back in February from TikTok": one comes back to where one was
                for (Tie t : ties) {
                    OrgSlot back = t.past() && t.sentenceIndex() == f.sentenceIndex() && people.of(t.person()) == p
                            ? usable(names, t.org()) : null;
                    if (back != null && back.named() && (from == null || !Story.sameOrganization(back.org(), from.org()))) {
                        destinations.add(new Object[] {back, "tie-past", true, t});
                    }
                }
            }
            if (to == null && f.arrives() && f.frame() != Frame.FOUND && destinations.size() == 1
                    && !descriptionOfCurrentPost(people, f, p, ties) && !goesToAPlace(f)) {
                // "Soto joined in 2023 from Snap": joined what the story is about there. (Not where the clause said
                // where by a description of the person's own company: "X, CTO of JingChi, took over as CEO of the
                // startup" stays at JingChi.)
                // "Dr. Wu (former Google VP) took the lead": not back to where the story says the person used to be;
                // "X will leave A to become head of oncology": not where the same sentence has the person leave
                OrgSlot context = usable(names, story.contextAt(f.reading().parsed().token(f.trigger()).begin(),
                        from == null ? null : from.org(), org -> notWhereTheArrivalGoes(story, facts, groups, ties, p, f, org)));
                if (Boolean.getBoolean("talentflow.debug")) {
                    System.err.println("   CONTEXT " + p.name() + " -> " + (context == null ? null : context.org()));
                }
                if (context != null) {
                    destinations.add(new Object[] {context, "context", false, null});
                }
            }
            if (to == null && f.departs()) {
                for (MoveFact g : groups) {
                    if (oneOfSeveral(g, g.from())) {
                        continue; // "drug developers join from Novartis and Regeneron": which one is whose is not said
                    }
                    if (f.departs() && g.arrives() && Math.abs(g.sentenceIndex() - f.sentenceIndex()) > 1) {
                        continue; // "FreshWay lures Calder's operations chief": not where FreshWay's former boss left
                    }
                    OrgSlot gf = usable(names, story.resolve(g.from(), g.to(), ties));
                    OrgSlot gt = usable(names, story.resolve(g.to(), g.from(), ties));
                    // A group told first and its people after ("Anthropic has hired a dozen DeepMind researchers. ...
                    // They include X") or right beside; not one told later in passing ("X is leaving Apple. ... OpenAI
                    // has hired a number of former Apple designers" says nothing of where X went).
                    int after = f.sentenceIndex() - g.sentenceIndex();
                    boolean near = after >= -1 && after <= 3;
                    if (gt != null && near && (from == null || gf != null && Story.sameOrganization(gf.org(), from.org()))) {
                        destinations.add(new Object[] {gt, "group", true, g});
                    }
                }
            }
            if (to == null && f.departs()) {
                for (MoveFact g : facts) {
                    // "Yan, who joined Alibaba in 2015, ...": an arrival told as background came before, not after;
                    // and one dated before the month of the article came before a departure still to come ("will
                    // step down ... Park joined Apple in 2018")
                    if (g != f && g.arrives() && people.of(g.mover()) == p && !isBackground(g)
                            && !(f.scope().future() && before(dateOf.apply(g), monthOf(story)))) {
                        OrgSlot gt = usable(names, story.resolve(g.to(), g.from(), ties));
                        if (gt != null && (from == null || !Story.sameOrganization(gt.org(), from.org())) && !before(dateOf.apply(g), dateOf.apply(f))) {
                            destinations.add(new Object[] {gt, "fact", g.sentenceIndex() == f.sentenceIndex(), g});
                        }
                    }
                }
            }
            for (Object[] o : origins) {
                for (Object[] d : destinations) {
                    OrgSlot of = (OrgSlot) o[0];
                    OrgSlot dt = (OrgSlot) d[0];
                    if (of == null && dt == null || of != null && dt != null && Story.sameOrganization(of.org(), dt.org())
                            || f.arrives() && dt == null || f.departs() && of == null) {
                        continue; // an arrival says where someone went, a departure where they left: without it, nothing
                    }
                    if ("context".equals(o[1]) && "context".equals(d[1])) {
                        continue; // a clause that names neither end ("will take on the role of chairman") tells no move between two
                    }
                    String key = p.id() + "|" + key(of) + "|" + key(dt);
                    Candidate c = merged.computeIfAbsent(key, k -> new Candidate(p, of, dt));
                    c.add(new Candidate.Support(f, (String) o[1], (String) d[1], (Boolean) o[2] && (Boolean) d[2],
                            o[3] != null ? o[3] : d[3]));
                }
            }
        }
        List<Candidate> all = new ArrayList<>(merged.values());
        markStints(all, facts, story);
        markFullerReadings(all);
        markDenials(all, facts, people);
        markDates(all, dateOf, story.document().published());
        all.removeIf(Candidates::oldFoundingInPassing);
        all.removeIf(c -> withinItsUniversity(c, story, ties, people));
        markNearestTies(all, ties, people);
        markLeftElsewhere(all, facts, people, story, names, ties);
        return all;
    }

    /**
     * Whether one date ("2023-02", "2023") is surely before another: "founded Light Year in February 2023 ... left
     * Meituan in June 2023" is no move from Meituan to Light Year. Unknown or equal at the coarser grain: not before.
     */
    /** Whether fact a came after fact b: by their dates where both are dated, else by where the text tells them. */
    private static boolean later(MoveFact a, MoveFact b, java.util.function.Function<MoveFact, String> dateOf) {
        String da = dateOf.apply(a);
        String db = dateOf.apply(b);
        if (da != null && db != null && !da.equals(db)) {
            return before(db, da);
        }
        return a.sentenceIndex() > b.sentenceIndex();
    }

    /**
     * An arrival with a destination, or a departure that names its destination in its own clause: "left Samsung for
     * Google Brain" brings the person to Google Brain as much as "joined" does.
     */
    private static boolean bringsToANamedPlace(MoveFact g) {
        // ("left in the spring of 2025 for Netflix": the parser puts the time between the verb and its "for")
        return g.to() != null && (g.arrives()
                || g.to().named() && ("name".equals(g.to().how()) || "adjacent".equals(g.to().how())));
    }

    /**
     * "In 2020 she left Samsung for Google Brain. ... Later that year she returned to Seoul to take the Naver role": a
     * career told in order, the step dated long before the article first and the undated one a few sentences after it.
     * (A step of the news itself, told again without its date, is the same move: "joined Seed in March ... joined the
     * company".)
     */
    private static boolean toldBefore(MoveFact g, MoveFact f, java.util.function.Function<MoveFact, String> dateOf,
                                      java.time.LocalDate published) {
        return longBefore(dateOf.apply(g), published) && dateOf.apply(f) == null && g.sentenceIndex() < f.sentenceIndex()
                && f.sentenceIndex() - g.sentenceIndex() <= 3;
    }

    /**
     * "At Princeton, she will be followed by X, the dean of the School of Engineering": a move to a university by one
     * whom a sentence of the move gives a post now in a school named without its university ("the School of
     * Engineering", "the Faculty of Medicine") stays in the university the text is about: no move between two, no join
     * (nor one from an organization only guessed from the text around).
     */
    private static boolean withinItsUniversity(Candidate c, Story story, List<Tie> ties, People people) {
        OrgSlot to = c.to();
        boolean guessedFrom = !c.supports().isEmpty() && c.supports().stream().allMatch(x -> x.fromHow().equals("context"));
        if (to == null || to.mention() == null || to.mention().orgKind() != org.talentflow.core.domain.OrgKind.UNIVERSITY
                || c.from() != null && !schoolOfNoUniversity(story, c.from()) && !guessedFrom) {
            return false;
        }
        for (Candidate.Support s : c.supports()) {
            for (Tie t : ties) {
                if (!t.past() && people.of(t.person()) == c.person() && t.sentenceIndex() == s.fact().sentenceIndex()
                        && schoolOfNoUniversity(story, t.org())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean schoolOfNoUniversity(Story story, OrgSlot org) {
        if (org == null || org.org() == null || org.org().unit() != null) {
            return false;
        }
        String[] words = org.org().organization().split(" ");
        if (org.mention() != null) {
            // ("head of the School of Informatics at the University of Edinburgh": named with its university)
            String text = story.document().text();
            int end = org.mention().end();
            if (end <= text.length() && SCHOOL_OF.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt()) {
                return false;
            }
        }
        return words.length >= 3 && words[1].equals("of") && story.lexicon().isSchoolWord(words[0]);
    }

    private static final java.util.regex.Pattern SCHOOL_OF = java.util.regex.Pattern.compile(",?\\s+(?:at|of)\\s+(?:the\\s+)?\\p{Lu}");

    /** The year and month the article was published ("2026-02"), or null when unknown. */
    private static String monthOf(Story story) {
        java.time.LocalDate published = story.document().published();
        return published == null ? null : published.toString().substring(0, 7);
    }

    static boolean before(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n)) < 0;
    }

    /**
     * "Yan left Alibaba in February ... joined Tencent": a destination the person is also said to have left, or an
     * origin they are also said to have joined only in a background clause, reads the career backwards.
     */
    private static void markLeftElsewhere(List<Candidate> candidates, List<MoveFact> facts, People people, Story story,
                                          java.util.Set<String> names, List<Tie> ties) {
        for (Candidate c : candidates) {
            if (c.to() == null) {
                continue;
            }
            java.util.Set<MoveFact> supporting = supportingFacts(c);
            for (MoveFact f : facts) {
                if (people.of(f.mover()) != c.person() || !f.departs() || supporting.contains(f)) {
                    continue;
                }
                OrgSlot left = usable(names, story.resolve(f.from(), f.to(), ties));
                if (left != null && Story.sameOrganization(left.org(), c.to().org())) {
                    c.context().add("to-left-elsewhere");
                }
            }
        }
    }

    /**
     * "quit Meta in April to start the company": the company a person founds is never one they are told to leave, however
     * near its name stands to the noun.
     */
    private static boolean leaves(List<MoveFact> facts, Story story, People.Person p, org.talentflow.core.domain.OrgRef org) {
        for (MoveFact g : facts) {
            if (g.departs() && g.from() != null && g.from().named() && story.people().of(g.mover()) == p
                    && Story.sameOrganization(g.from().org(), org)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X, who has co-led the bank's coverage, will take over the Americas tech M&A group": a post the clause names only
     * by a noun of the story's own organization is taken there, from no other organization the story names.
     */
    private static boolean takesOverAPartOfTheStorysOwn(MoveFact f) {
        return f.frame() == Frame.BECOME && f.to() != null && f.to().isDescription();
    }

    /** Whether an arrival's destination is a part of an organization ("join the pretraining team"). */
    private static boolean joinsAPart(Story story, MoveFact f) {
        return f.to() != null && f.to().isDescription() && org.talentflow.core.lexicon.Lexicon.english()
                .isPartNoun(story.headNoun(f.to().mention()).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "A and B, both from Halcyon, were hired ... A and B join the pretraining team": the team one joins is not the
     * organization other people of the story are told to come from, and nobody to go to.
     */
    private static boolean othersComeFrom(List<MoveFact> facts, Story story, People.Person p, org.talentflow.core.domain.OrgRef org) {
        if (facts.stream().anyMatch(g -> g.to() != null && g.to().named() && Story.sameOrganization(g.to().org(), org))) {
            return false; // "Tom Berg will succeed her at Corvel ... Eva Stone left Corvel": a company hires and loses
        }
        for (MoveFact g : facts) {
            People.Person q = story.people().of(g.mover());
            if (q != null && q != p && g.from() != null && g.from().named() && Story.sameOrganization(g.from().org(), org)
                    && (g.to() == null || !g.to().named() || !Story.sameOrganization(g.to().org(), org))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the successor of a replaced person arrives: the post the story names for the successor near the clause
     * ("Ferreira will become CTO of Corvane ... Ferreira succeeds Gordon Achebe"), else the organization the story is
     * about there, which is none of the successor's earlier places nor one a hired group comes from.
     */
    private static OrgSlot successorsPost(Story story, List<MoveFact> facts, List<MoveFact> groups, List<Tie> ties,
                                         java.util.Set<String> names, MoveFact f, MoveFact replaced) {
        People people = story.people();
        java.util.Set<People.Person> successors = new java.util.HashSet<>();
        for (MoveFact g : facts) {
            if (isSuccessor(g, replaced)) {
                successors.add(people.of(g.mover()));
            }
        }
        OrgSlot named = null;
        int nearest = Integer.MAX_VALUE;
        for (MoveFact g : facts) {
            int distance = Math.abs(g.sentenceIndex() - f.sentenceIndex());
            OrgSlot gt = g.arrives() && successors.contains(people.of(g.mover())) && g.to() != null && g.to().named()
                    && !isBackground(g) && !"ties".equals(g.pattern()) && distance <= 3
                    ? usable(names, story.resolve(g.to(), g.from(), ties)) : null;
            if (gt != null && distance < nearest) {
                named = gt;
                nearest = distance;
            }
        }
        if (named != null) {
            return named;
        }
        return usable(names, story.contextAt(f.reading().parsed().token(f.trigger()).begin(), null,
                org -> groupOrigin(story, groups, ties, org)
                        || ties.stream().anyMatch(t -> successors.contains(people.of(t.person()))
                                && Story.sameOrganization(t.org().org(), org))
                        || facts.stream().anyMatch(g -> g.arrives() && successors.contains(people.of(g.mover()))
                                && g.from() != null && Story.sameOrganization(g.from().org(), org))));
    }

    /**
     * The clause that has the mover of a departure replaced in the same sentence ("He replaces X, who stepped down"),
     * where the story knows who the successor is and the sentence names no organization the predecessor leaves ("who
     * left Rivian in August" says it); else null.
     */
    private static MoveFact replacement(List<MoveFact> facts, People people, MoveFact f) {
        for (MoveFact g : facts) {
            if (g.pattern().endsWith("/prev") && g.reading() == f.reading() && people.of(g.mover()) == people.of(f.mover())) {
                boolean known = facts.stream().anyMatch(s -> isSuccessor(s, g)) && facts.stream()
                        .filter(s -> isSuccessor(s, g)).allMatch(s -> people.of(s.mover()) != null);
                boolean leftNamed = facts.stream().anyMatch(d -> d.departs() && d.reading() == f.reading()
                        && people.of(d.mover()) == people.of(f.mover()) && d.from() != null && d.from().named());
                return known && !leftNamed ? g : null;
            }
        }
        return null;
    }

    private static boolean isSuccessor(MoveFact s, MoveFact replaced) {
        return s != replaced && s.arrives() && s.reading() == replaced.reading() && s.trigger() == replaced.trigger();
    }

    /**
     * "Verdance has hired two researchers from Novartis": an organization a group of the story comes from, for
     * somewhere else, is not where the story's undirected appointments take place.
     */
    private static boolean groupOrigin(Story story, List<MoveFact> groups, List<Tie> ties, org.talentflow.core.domain.OrgRef org) {
        for (MoveFact g : groups) {
            OrgSlot gf = story.resolve(g.from(), g.to(), ties);
            OrgSlot gt = story.resolve(g.to(), g.from(), ties);
            if (gf != null && gf.named() && gt != null && gt.named() && Story.sameOrganization(gf.org(), org)
                    && !Story.sameOrganization(gt.org(), org)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Replacing Oduya as CFO is Pham, currently a vice president at Walmart U.S. ... Her successor joins from
     * Unilever": an organization the story names only as where other people work, and nobody goes to, is not where an
     * arrival told without its destination goes.
     */
    private static boolean onlySomeoneElsesPost(Story story, List<MoveFact> facts, List<MoveFact> groups, List<Tie> ties,
            People people, People.Person p, org.talentflow.core.domain.OrgRef org) {
        boolean someoneElses = ties.stream().anyMatch(t -> people.of(t.person()) != p && t.org() != null
                && Story.sameOrganization(t.org().org(), org));
        // (The organization the story is about, named again and again, is also where its spokespeople work.)
        return someoneElses && story.timesNamed(org) < 3 && !story.isLeadOrganization(org) && java.util.stream.Stream.concat(facts.stream(), groups.stream())
                .noneMatch(g -> g.to() != null && g.to().named() && Story.sameOrganization(g.to().org(), org));
    }

    /**
     * Organizations an arrival told without its destination does not go to: a name no organization stands behind
     * (passed over, not taken for the end of the search); one a hired group comes from, or one named only as where
     * other people work (unless the person's own clauses name it); one the person used to be at; one the same sentence
     * has the person leave.
     */
    private static boolean notWhereTheArrivalGoes(Story story, List<MoveFact> facts, List<MoveFact> groups, List<Tie> ties,
                                                  People.Person p, MoveFact f, org.talentflow.core.domain.OrgRef org) {
        People people = story.people();
        return org == null
                || (groupOrigin(story, groups, ties, org)
                        || onlySomeoneElsesPost(story, facts, groups, ties, people, p, org) && !namedIn(f, org))
                        && !toldOf(facts, ties, people, p, org)
                || ties.stream().anyMatch(t -> t.past() && people.of(t.person()) == p && Story.sameOrganization(t.org().org(), org))
                || facts.stream().anyMatch(g -> g.departs() && g.reading() == f.reading() && people.of(g.mover()) == p
                        && g.from() != null && g.from().org() != null && Story.sameOrganization(g.from().org(), org));
    }

    /** Whether a clause's own sentence names an organization ("Her role at Bosch will be taken over by X"). */
    private static boolean namedIn(MoveFact f, org.talentflow.core.domain.OrgRef org) {
        String name = org.organization().toLowerCase(java.util.Locale.ROOT);
        return f.reading().mentions().of(Mention.Type.ORG).stream().anyMatch(m -> Story.sameOrganization(m.org(), org)
                || name.endsWith(" " + m.text().toLowerCase(java.util.Locale.ROOT))); // "Bosch" of "Robert Bosch"
    }

    /** Whether the story names an organization in any clause or tie of the person's ("left OpenAI ... rejoined"). */
    private static boolean toldOf(List<MoveFact> facts, List<Tie> ties, People people, People.Person p,
            org.talentflow.core.domain.OrgRef org) {
        return facts.stream().anyMatch(g -> people.of(g.mover()) == p && (g.from() != null && Story.sameOrganization(g.from().org(), org)
                || g.to() != null && Story.sameOrganization(g.to().org(), org)))
                || ties.stream().anyMatch(t -> people.of(t.person()) == p && t.org() != null && Story.sameOrganization(t.org().org(), org));
    }

    /** Whether the same sentence ties the person to an organization in the past ("both of whom worked at X"). */
    private static boolean pastTieInSentence(List<Tie> ties, People people, People.Person p, MoveFact f,
            org.talentflow.core.domain.OrgRef org) {
        if (returnVerb(f)) {
            return false; // "The company has rehired X, a veteran of its Siri team": one returns where one worked
        }
        return ties.stream().anyMatch(t -> t.past() && t.sentenceIndex() == f.sentenceIndex() && people.of(t.person()) == p
                && t.org() != null && Story.sameOrganization(t.org().org(), org));
    }

    /** "X, who left Scale AI in March, has joined the startup": one does not arrive where the sentence has one leave. */
    private static boolean leftInSentence(List<MoveFact> facts, Story story, People.Person p, MoveFact f,
            org.talentflow.core.domain.OrgRef org) {
        if (returnVerb(f)) {
            return false;
        }
        return leaves(facts.stream().filter(g -> g.sentenceIndex() == f.sentenceIndex()).toList(), story, p, org);
    }

    /**
     * "(he will) move to Vermont, where he plans to write", "relocate to Gothenburg": the clause says where, and it is
     * a place, no employer.
     */
    private static boolean goesToAPlace(MoveFact f) {
        org.talentflow.core.parse.ParsedSentence s = f.reading().parsed();
        org.talentflow.core.lexicon.Lexicon lexicon = org.talentflow.core.lexicon.Lexicon.english();
        boolean toAPlace = lexicon.triggersOf(s.token(f.trigger()).lemma()).stream()
                .anyMatch(org.talentflow.core.lexicon.Trigger::toAPlace);
        for (int d : s.dependents(f.trigger(), "obl:to", "obl:into")) {
            int first = d;
            for (int c : s.dependents(d, "compound")) {
                first = Math.min(first, c);
            }
            if (s.token(d).isProperNoun() && (lexicon.isPlace(s.text(first, d))
                    || toAPlace && "LOCATION".equals(s.token(d).ner()))) {
                return true;
            }
        }
        return false;
    }

    /** The name, an aside (", Ph.D."), and "its" post set off after it. */
    private static final java.util.regex.Pattern ITS_POST = java.util.regex.Pattern.compile("^(?:,\\s*[^,]{1,12})?,\\s+its\\s");

    /**
     * "Kestrel Bank named Omar Haddad, its head of engineering, as chief technology officer": a post told with "its"
     * beside the name is one in the organization the clause is about, so the story around it says nothing of where
     * the person came from.
     */
    private static boolean itsPostBeside(Story story, MoveFact f) {
        String text = story.document().text();
        int end = f.mover().end();
        return end < text.length() && ITS_POST.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }

    /** Where a coming back goes: the organization a tie of its sentence says the person was at before (null if none). */
    private static OrgSlot wentBackTo(java.util.Set<String> names, People people, List<Tie> ties, MoveFact back, People.Person p) {
        OrgSlot from = back.from();
        for (Tie t : ties) {
            OrgSlot was = t.past() && t.sentenceIndex() == back.sentenceIndex() && people.of(t.person()) == p
                    ? usable(names, t.org()) : null;
            if (was != null && was.named() && (from == null || from.org() == null || !Story.sameOrganization(was.org(), from.org()))) {
                return was;
            }
        }
        return null;
    }

    /** "rejoined", "returned", "came back", "is back": an arrival where one has been before. */
    private static boolean returning(MoveFact f) {
        org.talentflow.core.parse.ParsedSentence s = f.reading().parsed();
        org.talentflow.core.parse.Token t = s.token(f.trigger());
        return returnVerb(f) || t.word().equalsIgnoreCase("back")
                || s.dependents(f.trigger(), "advmod", "compound:prt").stream().anyMatch(d -> s.token(d).word().equalsIgnoreCase("back"));
    }

    /** Verbs of coming back to an organization one worked at. */
    private static final java.util.Set<String> RETURNS = java.util.Set.of("rehire", "re-hire", "rejoin", "re-join", "return");

    /** Whether the clause's word is a verb of coming back ("rejoined", "returned", "rehired"). */
    private static boolean returnVerb(MoveFact f) {
        return RETURNS.contains(f.reading().parsed().token(f.trigger()).lemma());
    }

    /** The clauses that support a candidate, by identity: looked up once per clause of the document. */
    private static java.util.Set<MoveFact> supportingFacts(Candidate c) {
        java.util.Set<MoveFact> facts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        c.supports().forEach(s -> facts.add(s.fact()));
        return facts;
    }

    /**
     * "Ken Ito, who co-founded Lumo Labs in 2009, said ...": a founding told only in passing and dated two years or
     * more before the article says who someone is; the article reports no move.
     */
    private static boolean oldFoundingInPassing(Candidate c) {
        return c.kind() == org.talentflow.core.domain.MoveKind.FOUND && c.context().contains("dated-old")
                && c.supports().stream().allMatch(s -> isBackground(s.fact()));
    }

    /** A clause told as background of the sentence: "before joining A", "who joined A in 2015". */
    private static boolean isBackground(MoveFact f) {
        return f.scope().background() || f.inRelativeClause();
    }

    /**
     * "Before working for Google, Rosenberg worked at HP Labs": of a person's posts, the one named nearest to the
     * clause of the move is the likelier origin ("origin-nearest-tie"), an older one farther ("origin-farther-tie").
     */
    private static void markNearestTies(List<Candidate> candidates, List<Tie> ties, People people) {
        for (Candidate c : candidates) {
            int best = Integer.MAX_VALUE;
            int nearest = Integer.MAX_VALUE;
            for (Candidate.Support s : c.supports()) {
                if (!(s.other() instanceof Tie mine) || !s.fromHow().startsWith("tie")) {
                    continue;
                }
                best = Math.min(best, distance(mine, s.fact()));
                for (Tie t : ties) {
                    if (people.of(t.person()) == c.person() && !Story.sameOrganization(t.org().org(), mine.org().org())
                            && (c.to() == null || !Story.sameOrganization(t.org().org(), c.to().org()))) {
                        nearest = Math.min(nearest, distance(t, s.fact()));
                    }
                }
            }
            if (best != Integer.MAX_VALUE) {
                c.context().add(best <= nearest ? "origin-nearest-tie" : "origin-farther-tie");
            }
        }
    }

    /**
     * "He began his career at Brentford before joining Northfield in 2018": a post its own sentence has the person
     * leave for another organization is where that arrival came from, not where a later one (told elsewhere) did.
     */
    private static boolean leftInItsSentence(People people, List<MoveFact> facts, Tie t, MoveFact f, OrgSlot to) {
        if (t.sentenceIndex() == f.sentenceIndex()) {
            return false;
        }
        for (MoveFact g : facts) {
            // (a join, not a post taken: "before taking over SSP vehicle architecture" may be within the same group)
            if (g != f && (g.frame() == Frame.ARRIVE || g.frame() == Frame.HIRE || g.frame() == Frame.APPOINT)
                    && g.reading() == t.reading()
                    && people.of(g.mover()) == people.of(t.person()) && g.to() != null && g.to().named()
                    && !Story.sameOrganization(g.to().org(), t.org().org())
                    && (to == null || !Story.sameOrganization(g.to().org(), to.org()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X will succeed founder Y as chief executive. Y, 67, will become executive chairman": a predecessor who, a sentence
     * or two away, takes a post that names no other organization stays in this one; so does one who succeeds someone
     * there ("CFO X will succeed founder Y as chief executive ... To replace X as finance chief, the retailer hired Z").
     */
    private static boolean takesAnotherPostNearby(List<MoveFact> facts, People people, People.Person p, MoveFact f) {
        return facts.stream().anyMatch(g -> g != f && people.of(g.mover()) == p && g.to() == null && g.from() == null
                && g.scope().hedges().isEmpty()
                && (g.frame() == Frame.BECOME && Math.abs(g.sentenceIndex() - f.sentenceIndex()) <= 2
                || g.frame() == Frame.SUCCEED && !g.pattern().endsWith("/prev")
                && Math.abs(g.sentenceIndex() - f.sentenceIndex()) <= 8));
    }

    /**
     * How far a tie is told from a clause: sentences apart, and within the clause's sentence nearer when the clause
     * hangs under the tie's organization ("A former player at Stanford, Brooks began her career at Utah, where she rose
     * ... before moving to Michigan": the move is told within Utah's clause).
     */
    private static int distance(Tie t, MoveFact f) {
        int sentences = Math.abs(t.sentenceIndex() - f.sentenceIndex());
        Mention m = t.org().mention();
        org.talentflow.core.parse.ParsedSentence s = f.reading().parsed();
        // (a resolved description carries the mention it resolved to, perhaps in another sentence)
        boolean inSentence = m != null && m.begin() >= s.sentence().begin() && m.end() <= s.sentence().end()
                && m.last() <= s.size();
        int within = sentences == 0 && inSentence && f.trigger() > 0 && under(s, f.trigger(), m) ? 0 : 1;
        return sentences * 1000 + within;
    }

    /** Whether a word is told, a few dependencies down, within a clause on a name ("Utah, where she rose ... before"). */
    private static boolean under(org.talentflow.core.parse.ParsedSentence s, int word, Mention name) {
        int at = word;
        for (int depth = 0; at > 0 && depth < 8; depth++) {
            List<org.talentflow.core.parse.ParsedSentence.Edge> up = s.governors(at);
            org.talentflow.core.parse.ParsedSentence.Edge e = up.isEmpty() ? null : up.get(0);
            at = e == null ? 0 : e.governor();
            if (e != null && at >= name.first() && at <= name.last()) {
                return e.relation().startsWith("acl");
            }
        }
        return false;
    }

    /**
     * Whether two clauses may tell the same arrival by their dates: not "She joins from Arctis Power ... she joined
     * Shell in 1998", one of which is years before the article and the other not.
     */
    private static boolean ofOneTime(Story story, java.util.function.Function<MoveFact, String> dateOf, MoveFact f, MoveFact g) {
        java.time.LocalDate published = story.document().published();
        return longBefore(dateOf.apply(f), published) == longBefore(dateOf.apply(g), published);
    }

    /** A clause dated two years or more before its article (the line of "dated-old"). */
    private static boolean longBefore(String date, java.time.LocalDate published) {
        return date != null && published != null && Integer.parseInt(date.substring(0, 4)) <= published.getYear() - 2;
    }

    /**
     * "Yan, who joined Alibaba in 2015, ... left Tencent soon after": an end taken from a clause dated before the
     * clause that states the move is where the person came from, not where they went ("other-end-earlier",
     * "other-end-later"); a move dated two years or more before the article is background ("dated-old").
     */
    private static void markDates(List<Candidate> candidates, java.util.function.Function<MoveFact, String> dateOf,
                                  java.time.LocalDate published) {
        for (Candidate c : candidates) {
            boolean recent = false;
            boolean dated = false;
            for (Candidate.Support s : c.supports()) {
                String mine = dateOf.apply(s.fact());
                if (mine != null) {
                    dated = true;
                    recent |= !longBefore(mine, published);
                }
                if (s.other() instanceof MoveFact g) {
                    String theirs = dateOf.apply(g);
                    if (mine != null && theirs != null && !mine.equals(theirs)) {
                        boolean earlier = theirs.compareTo(mine) < 0;
                        // The end the other fact gave: an origin from a fact or a group's hiring is "from".
                        String end = s.fromHow().equals("fact") || s.fromHow().equals("group") || s.fromHow().startsWith("tie")
                                ? "from" : "to";
                        c.context().add(end + "-fact-" + (earlier ? "earlier" : "later"));
                    }
                }
            }
            if (dated && !recent) {
                c.context().add("dated-old");
            }
        }
    }

    /**
     * "Zuckerberg will not be stepping down ... a report said Zuckerberg will quit next year": a move the document
     * denies or negates in another clause of the same person, in the same direction, is under doubt ("denied-elsewhere").
     */
    private static void markDenials(List<Candidate> candidates, List<MoveFact> facts, People people) {
        for (Candidate c : candidates) {
            boolean leaving = c.from() != null;
            java.util.Set<MoveFact> supporting = supportingFacts(c);
            for (MoveFact f : facts) {
                boolean denied = f.scope().hedges().contains(org.talentflow.core.lexicon.Hedge.NEGATION)
                        || f.scope().hedges().contains(org.talentflow.core.lexicon.Hedge.DENIAL);
                boolean supports = supporting.contains(f);
                // "I wouldn't call it an exodus": a noun of leaving denied says what the departures are called, not
                // that someone stays, unless it names where from
                boolean noun = f.trigger() > 0 && f.reading().parsed().token(f.trigger()).isNoun()
                        && (f.from() == null || !f.from().named());
                if (denied && !supports && !noun && people.of(f.mover()) == c.person()
                        && (f.departs() == leaving || f.arrives() && c.to() != null)) {
                    c.context().add("denied-elsewhere");
                }
            }
        }
    }

    /**
     * A join whose destination the document also gives with an origin, or a departure also given with a destination,
     * is the vaguer of two readings ("has-fuller"); a join or departure that nothing completes is all the document
     * says ("alone"), and then it is the move.
     */
    private static void markFullerReadings(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.from() != null && c.to() != null) {
                continue;
            }
            boolean fuller = false;
            for (Candidate d : candidates) {
                if (d == c || d.person() != c.person() || d.from() == null || d.to() == null) {
                    continue;
                }
                fuller |= c.from() == null && Story.sameOrganization(c.to().org(), d.to().org())
                        || c.to() == null && Story.sameOrganization(c.from().org(), d.from().org());
            }
            c.context().add(fuller ? "has-fuller" : "alone");
        }
    }

    /**
     * "Yan left Alibaba, briefly joined Tencent, but left soon after, and joined JD": an organization the person both
     * joined and left is a stint; a candidate that jumps over it (Alibaba to JD) or starts from it says so.
     */
    private static void markStints(List<Candidate> candidates, List<MoveFact> facts, Story story) {
        People people = story.people();
        for (Candidate c : candidates) {
            List<String> joined = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (MoveFact f : facts) {
                if (people.of(f.mover()) != c.person()) {
                    continue;
                }
                OrgSlot end = f.arrives() ? f.to() : f.from();
                if (end != null && end.named()) {
                    (f.arrives() ? joined : left).add(key(end));
                }
            }
            for (String org : joined) {
                if (!left.contains(org)) {
                    continue;
                }
                if (org.equals(key(c.from()))) {
                    c.context().add("from-stint");
                } else if (!org.equals(key(c.to())) && c.from() != null && c.to() != null) {
                    c.context().add("skips-stint");
                }
            }
        }
    }

    /** Words that take up a group named before: "those four", "the trio", "both". */
    private static final java.util.Set<String> GROUP_BACK_REFERENCES = java.util.Set.of("those", "these", "trio", "pair",
            "duo", "quartet", "both", "all", "two", "three", "four", "five", "six", "seven", "eight", "them", "they",
            "group", "hire", "recruit", "newcomer", "arrival", "departure", "defector", "include");

    /**
     * "Meta recruited four OpenAI researchers, naming X along with Y and Z"; "... identified those four as X, Y and Z":
     * the people a group's sentence names after its noun, or the next sentence names while taking the group up,
     * move as the group does unless a clause of their own says otherwise.
     */
    private static List<MoveFact> groupMembers(Story story, List<MoveFact> groups, List<MoveFact> facts) {
        List<MoveFact> members = new ArrayList<>();
        List<SentenceReading> readings = story.readings();
        for (MoveFact g : groups) {
            int at = readings.indexOf(g.reading());
            List<SentenceReading> where = new ArrayList<>(List.of(g.reading()));
            if (at + 1 < readings.size() && readings.get(at + 1).index() == g.reading().index() + 1
                    && takesUpAGroup(readings.get(at + 1))) {
                where.add(readings.get(at + 1));
            }
            for (SentenceReading r : where) {
                for (Mention person : r.mentions().of(Mention.Type.PERSON)) {
                    boolean after = r != g.reading() || person.first() > g.trigger();
                    boolean own = facts.stream().anyMatch(f -> f.reading() == r && f.mover().equals(person))
                            || members.stream().anyMatch(f -> f.reading() == r && f.mover().equals(person));
                    if (after && !own && person.words() >= 2 && !speaker(r, person) && !staysAt(story, r, person, g)) {
                        members.add(new MoveFact(g.frame(), g.pattern() + "/member", r, person.first(), person, g.from(),
                                g.to(), null, g.scope()));
                    }
                }
            }
        }
        return members;
    }

    /**
     * "Halcyon has lost a dozen researchers. Its chief scientist, X, was also approached, but he remains at Halcyon":
     * one the sentence keeps where the group left is no member of it.
     */
    private static boolean staysAt(Story story, SentenceReading r, Mention person, MoveFact g) {
        OrgSlot left = story.resolve(g.from(), g.to(), story.ties());
        if (left == null || !left.named()) {
            return false;
        }
        org.talentflow.core.parse.ParsedSentence s = r.parsed();
        return story.ties().stream().anyMatch(t -> t.reading() == r && !t.past() && t.org().named()
                && t.org().mention().first() > 0 && Story.sameOrganization(t.org().org(), left.org())
                && s.governors(t.org().mention().last()).stream()
                        .anyMatch(e -> org.talentflow.core.lexicon.Lexicon.english().isStayingVerb(s.token(e.governor()).lemma())));
    }

    /**
     * "... one of the most senior design departures from Apple, said Gene Ortiz, an analyst": the one who says it is
     * the story's source, not one of the group it speaks of.
     */
    private static boolean speaker(SentenceReading r, Mention person) {
        org.talentflow.core.parse.ParsedSentence s = r.parsed();
        for (int i = person.first(); i <= person.last(); i++) {
            for (int verb : s.governors(i, "nsubj")) {
                if (SAYING.contains(s.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))
                        && s.governors(verb, "acl:relcl").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs of saying whose subject is a story's source (not "who wrote its evaluation suite": a relative clause). */
    private static final java.util.Set<String> SAYING = org.talentflow.core.lexicon.Lexicon.english().sayingVerbs("source");

    /** How many people "the pair", "the trio", "the two", "all three" stand for. */
    static final Map<String, Integer> NAMED_BEFORE_SIZES = Map.of("pair", 2, "duo", 2, "two", 2, "trio", 3,
            "three", 3, "four", 4, "quartet", 4, "five", 5, "six", 6, "seven", 7);

    /**
     * How many people named before the word at {@code node} takes up: "the pair", "the two", "all three" (after "the"
     * or "all"), "both"; 0 for any other word.
     */
    public static int namedBeforeSize(org.talentflow.core.parse.ParsedSentence s, int node) {
        if (node < 1 || node > s.size()) {
            return 0;
        }
        String word = s.token(node).lemma().toLowerCase(java.util.Locale.ROOT);
        if (word.equals("both")) {
            return 2;
        }
        if (node < 2 || !NAMED_BEFORE_SIZES.containsKey(word)) {
            return 0;
        }
        String before = s.token(node - 1).lemma().toLowerCase(java.util.Locale.ROOT);
        return before.equals("the") || before.equals("all") ? NAMED_BEFORE_SIZES.get(word) : 0;
    }

    /**
     * "In November, X left Stripe. Around the same time, Y left Shopify. The pair incorporated Ledgerline in December":
     * a group taken up by "the pair" (the trio, the two) is the people named last before it, who move as it does.
     */
    private static List<MoveFact> namedBefore(Story story, List<MoveFact> groups, List<MoveFact> facts) {
        List<MoveFact> members = new ArrayList<>();
        List<SentenceReading> readings = story.readings();
        for (MoveFact g : groups) {
            int size = 0;
            int word = 0;
            for (int i = 1; i < g.trigger(); i++) {
                if (namedBeforeSize(g.reading().parsed(), i) > 0) {
                    size = namedBeforeSize(g.reading().parsed(), i);
                    word = i;
                }
            }
            List<People.Person> found = new ArrayList<>();
            List<Mention> named = new ArrayList<>();
            int at = readings.indexOf(g.reading());
            // "Adeyemi left Stripe in June, and the pair started Tessellate" after "So she called Ben Adeyemi": the
            // people the group word takes up, nearest first, named or told by a pronoun, in its own sentence before it
            // and in the sentences before that
            for (int i = at; size > 0 && i >= 0 && g.reading().index() - readings.get(i).index() <= 3
                    && found.size() < size; i--) {
                final int before = i == at ? word : Integer.MAX_VALUE;
                List<Mention> people = new ArrayList<>(readings.get(i).mentions().of(Mention.Type.PERSON));
                people.addAll(readings.get(i).mentions().of(Mention.Type.PRONOUN));
                people.removeIf(m -> m.first() >= before);
                people.sort(java.util.Comparator.comparingInt(Mention::first).reversed());
                for (Mention m : people) {
                    People.Person p = story.people().of(m);
                    if (p != null && !found.contains(p) && found.size() < size) {
                        found.add(p);
                        named.add(m);
                    }
                }
            }
            if (found.size() != size) {
                continue;
            }
            for (Mention m : named) {
                // (a clause of the person's own with the same frame says it already; "X left A, and the pair started
                // B" is a departure of X's own and a founding of both)
                boolean own = facts.stream().anyMatch(f -> f.reading() == g.reading() && f.frame() == g.frame()
                        && story.people().of(f.mover()) == story.people().of(m));
                if (!own) {
                    members.add(new MoveFact(g.frame(), g.pattern() + "/named-before", g.reading(), g.trigger(), m, g.from(),
                            g.to(), null, g.scope()));
                }
            }
        }
        return members;
    }

    private static boolean takesUpAGroup(SentenceReading r) {
        org.talentflow.core.parse.ParsedSentence s = r.parsed();
        for (int i = 2; i + 1 <= s.size(); i++) {
            // "The researchers are X; Y; and Z": the people a group's move counted, named after "the ... are".
            if (s.token(i).pos().equals("NNS") && java.util.Set.of("the", "these", "those").contains(s.token(i - 1).lemma().toLowerCase(java.util.Locale.ROOT))
                    && s.token(i + 1).lemma().equals("be") && s.token(i + 1).pos().equals("VBP")) {
                return true;
            }
        }
        for (org.talentflow.core.parse.Token t : r.parsed().tokens()) {
            // "The group includes X; Y; and Z": a group noun or a verb of including takes the group up too.
            if (GROUP_BACK_REFERENCES.contains(t.lemma()) && (t.pos().equals("DT") || t.pos().equals("CD") || t.isNoun()
                    || t.pos().equals("PRP") || t.lemma().equals("include") && t.pos().matches("VB[ZPD]"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Former Qualcomm director X, who has been with Xiaomi since 2021": a sentence that ties one person to an
     * organization in the past and to another now tells a move without a move verb.
     */
    private static List<MoveFact> tiedBothWays(Story story) {
        List<MoveFact> moves = new ArrayList<>();
        People people = story.people();
        List<Tie> ties = story.ties();
        for (Tie past : ties) {
            for (Tie now : ties) {
                if (past.past() && !now.past() && past.reading() == now.reading() && people.of(past.person()) != null
                        && people.of(past.person()) == people.of(now.person())
                        && !Story.sameOrganization(past.org().org(), now.org().org())) {
                    moves.add(new MoveFact(Frame.BECOME, "ties", now.reading(), now.person().first(), now.person(),
                            past.org(), now.org(), now.role(), new org.talentflow.core.frame.ClauseScope.Scope(
                                    java.util.Set.of(), false, false)));
                }
            }
        }
        return moves;
    }

    /**
     * "Several leaders departed, including:" and then a list, one name an item: each item's person moves as the group
     * does, unless the item says otherwise. The colon may open a sentence of its own that takes the group up ("All
     * five have started at Meta. They are:").
     */
    private static List<MoveFact> listMembers(Story story, List<MoveFact> groups) {
        List<MoveFact> members = new ArrayList<>();
        List<SentenceReading> readings = story.readings();
        for (MoveFact g : groups) {
            int at = readings.indexOf(g.reading());
            if (!opensAList(g.reading())) {
                boolean next = at + 1 < readings.size() && readings.get(at + 1).index() == g.reading().index() + 1
                        && opensAList(readings.get(at + 1)) && takesUpAGroup(readings.get(at + 1));
                if (!next) {
                    continue;
                }
                at++;
            }
            SentenceReading opening = readings.get(at);
            String document = story.document().text();
            Mention person = null;
            SentenceReading itemOf = null;
            for (int i = at + 1; i < readings.size(); i++) {
                SentenceReading item = readings.get(i);
                String text = item.parsed().sentence().text().stripLeading();
                boolean bullet = text.startsWith("-") || text.startsWith("\u2022") || text.startsWith("*");
                if (!withinList(document, opening.parsed().sentence().end(), item.parsed().sentence().begin(), bullet)) {
                    break;
                }
                if (!bullet) {
                    // "- Ann Lee, head of sales (left in May). Joined Globex as a vice president.": a clause of the
                    // item without a subject of its own is its person's
                    for (MoveFact h : item.groups()) {
                        if (person != null && h.mover() == null && h.from() == null) {
                            members.add(new MoveFact(h.frame(), h.pattern() + "/item", itemOf, person.first(), person,
                                    null, h.to(), h.role(), h.scope()));
                        }
                    }
                    continue;
                }
                List<Mention> named = item.mentions().of(Mention.Type.PERSON);
                person = null;
                if (named.isEmpty() || named.get(0).first() > 3) {
                    continue;
                }
                person = named.get(0);
                itemOf = item;
                Mention who = person;
                boolean hasOwn = item.moves().stream().anyMatch(f -> f.mover().equals(who));
                if (!hasOwn) {
                    members.add(new MoveFact(g.frame(), g.pattern() + "/item", item, person.first(), person, g.from(),
                            g.to(), null, g.scope()));
                }
            }
        }
        return members;
    }

    /** Whether the noun at {@code first} (or the words before it) is definite: "the club", not "a club that ...". */
    private static boolean definite(org.talentflow.core.parse.ParsedSentence s, int first) {
        for (int i = first; i >= Math.max(1, first - 3); i--) {
            String w = s.token(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("the")) {
                return true;
            }
            if (w.equals("a") || w.equals("an")) {
                return false;
            }
        }
        return false;
    }

    /** The destination the story names for an arrival of the person told in the two sentences before; null if none. */
    private static OrgSlot namedArrivalNearby(Story story, List<MoveFact> facts, People people, java.util.Set<String> names,
            List<Tie> ties, People.Person p, MoveFact f) {
        for (MoveFact g : facts) {
            if (g != f && g.arrives() && g.frame() != Frame.FOUND && people.of(g.mover()) == p && g.to() != null
                    && !g.to().isDescription() && !g.to().isPerson() && !isBackground(g)
                    && g.sentenceIndex() < f.sentenceIndex() && f.sentenceIndex() - g.sentenceIndex() <= 2) {
                OrgSlot gt = usable(names, story.resolve(g.to(), g.from(), ties));
                if (gt != null && gt.named()) {
                    return gt;
                }
            }
        }
        return null;
    }

    /** Whether the person's own departure, told in the clause's sentence with a name, says where they came from. */
    private static boolean ownDepartureInTheSentence(List<Object[]> origins) {
        return origins.stream().anyMatch(o -> o[0] instanceof OrgSlot from && from.named() && "fact".equals(o[1])
                && Boolean.TRUE.equals(o[2]));
    }

    /**
     * Whether the origins found hold a tie the move's own sentence gives the person by what the story is about ("X, its
     * head of equities": a title the story gives by a description). (A name beside a title may be a beat: "the paper's
     * White House bureau chief"; and "after 19 years at the company", no title, in a list of one company's departures
     * may be resolved to a company named in between.)
     */
    private static boolean ownTieInTheSentence(List<Object[]> origins) {
        return origins.stream().anyMatch(o -> o[0] != null && Boolean.TRUE.equals(o[2])
                && ("tie-now".equals(o[1]) || "tie-past".equals(o[1]))
                && o[3] instanceof Tie t && "description".equals(t.org().how()) && t.role() != null);
    }

    /**
     * Whether the text from a list's opening to a sentence is all list: each paragraph (lines between blank lines) opens
     * with a dash or bullet, and so does the sentence if it opens a paragraph of its own. A sentence inside an item's
     * paragraph ("- Ann Lee, head of sales. Joined Globex.") is the item's.
     */
    static boolean withinList(String text, int openingEnd, int begin, boolean bullet) {
        if (openingEnd > begin || begin > text.length()) {
            return false;
        }
        String between = text.substring(openingEnd, begin);
        String[] paragraphs = between.split("\\n\\s*\\n", -1);
        for (int k = 0; k < paragraphs.length; k++) {
            String p = paragraphs[k].strip();
            boolean last = k == paragraphs.length - 1;
            if (p.isEmpty()) {
                if (last && !bullet) {
                    return false; // the sentence opens a paragraph that is no item
                }
                continue;
            }
            if (!(p.startsWith("-") || p.startsWith("\u2022") || p.startsWith("*"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensAList(SentenceReading r) {
        return r.parsed().sentence().text().strip().endsWith(":");
    }

    /** How a slot is filled when the clause's own structure names the organization (not the story around it). */
    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of("name", "role", "inside", "conj");

    /**
     * A news outlet reports moves; it is where someone moves only when the clause itself makes it so ("an executive at
     * CBS News"), never from the story around ("X told Reuters"). An unresolved slot is no end at all.
     */
    /**
     * Whether the clause's destination is a description and its sentence gives the person's post now: "X, CTO of
     * JingChi, took over as CEO of the startup" is a post at the company X is with, not at the one the story is about.
     */
    private static boolean descriptionOfCurrentPost(People people, MoveFact f, People.Person p, List<Tie> ties) {
        return f.to() != null && f.to().isDescription() && ties.stream().anyMatch(t -> !t.past()
                && t.sentenceIndex() == f.sentenceIndex() && people.of(t.person()) == p);
    }

    private static OrgSlot usable(java.util.Set<String> peopleWords, OrgSlot slot) {
        if (slot == null || !slot.named()) {
            return null;
        }
        if (slot.mention() != null && slot.mention().orgKind() == OrgKind.MEDIA && !STRUCTURAL.contains(slot.how())) {
            return null;
        }
        // A guess from capitals ("Khuzami", "Diess") that the document elsewhere uses as a person's name is a person.
        String name = OrgNames.foldKey(slot.org().organization());
        if (slot.mention() != null && !slot.mention().known() && slot.org().unit() == null && name.contains(" ")
                && DEPARTMENTS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
            return null; // "head of the Strategy Office": a department of the company the person is in
        }
        boolean guessed = slot.mention() != null && ("proper-noun".equals(slot.mention().source())
                || "person-name".equals(slot.mention().source()));
        return guessed && !name.contains(" ") && peopleWords.contains(name) ? null : slot;
    }

    private static final java.util.Set<String> DEPARTMENTS = java.util.Set.of("office", "department", "division", "unit",
            "bureau", "desk", "committee", "practice", "function");

    /** The words of the document's people's full names, folded as organization names are. */
    private static java.util.Set<String> peopleWords(Story story) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (People.Person p : story.people().all()) {
            if (p.fullyNamed()) {
                for (String w : p.name().split("\\s+")) {
                    words.add(OrgNames.foldKey(w));
                }
            }
        }
        return words;
    }

    private static String key(OrgSlot slot) {
        return slot == null ? "" : OrgNames.foldKey(slot.org().organization());
    }

    /** Whether a slot's organization is one of several joined by "and": "join from Novartis and Regeneron". */
    private static boolean oneOfSeveral(MoveFact f, OrgSlot slot) {
        if (slot == null || slot.mention() == null) {
            return false;
        }
        var s = f.reading().parsed();
        var sm = f.reading().mentions();
        for (int i = slot.mention().first(); i <= slot.mention().last(); i++) {
            for (int other : s.dependents(i, "conj:")) {
                if (!slot.mention().covers(other) && sm.at(other) != null && sm.at(other).is(Mention.Type.ORG)) {
                    return true;
                }
            }
            for (int other : s.governors(i, "conj:")) {
                if (!slot.mention().covers(other) && sm.at(other) != null && sm.at(other).is(Mention.Type.ORG)) {
                    return true;
                }
            }
        }
        return false;
    }
}
