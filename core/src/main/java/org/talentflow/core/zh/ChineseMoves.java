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
import org.talentflow.core.scoring.MoveScorer;
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
                          Map<Integer, List<Item>> items, Map<Item, String> written, int referenceYear,
                          java.util.Set<String> introduced) {
    }

    private ChineseMoves() {
    }

    /** A move the document may report, with the features the scorer weighs. */
    public record Candidate(Move move, List<String> features) {
    }

    /** Every candidate of a document, before any is chosen (for training and error analysis). */
    public static List<Candidate> candidates(String doc, String original, Reading r) {
        List<Candidate> out = new ArrayList<>();
        for (Fact f : r.facts()) {
            for (Item mover : f.movers()) {
                if (f.cues().contains("founder-title") && r.facts().stream().anyMatch(o -> o != f && o.frame() == Frame.FOUND
                        && sameItem(o.to(), f.to()) && o.movers().stream().anyMatch(m -> m.text().equals(mover.text())))) {
                    // "创始人兼CEO X表示" after "X…创办了深度原力": the founding is the one told, with its time.
                    continue;
                }
                Candidate c = candidate(doc, original, r, f, mover);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    public static List<Move> choose(List<Candidate> candidates, MoveScorer scorer) {
        Map<String, Move> chosen = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Move m = c.move();
            boolean both = m.from() != null && m.to() != null;
            double p = scorer == null ? m.confidence() : scorer.probability(c.features());
            if (p < (scorer == null ? 0.5 : both ? scorer.threshold() : scorer.partialThreshold())) {
                continue;
            }
            Move scored = new Move(m.person(), m.kind(), m.from(), m.to(), m.role(), m.date(), Math.round(p * 100) / 100.0,
                    m.evidence());
            String key = m.person() + "|" + name(m.from()) + "|" + name(m.to());
            chosen.merge(key, scored, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        // A departure that an arrival of the same person already tells as its origin is that move, not another.
        List<Move> out = new ArrayList<>(chosen.values());
        out.removeIf(m -> m.kind() == MoveKind.LEAVE && out.stream().anyMatch(o -> o != m && o.person().equals(m.person())
                && o.from() != null && o.to() != null && same(o.from(), m.from())));
        return out;
    }

    private static Candidate candidate(String doc, String original, Reading r, Fact f, Item mover) {
        String person = written(r, mover);
        Item from = f.from();
        Item to = f.to();
        String fromHow = from == null ? "none" : "clause";
        String toHow = to == null ? "none" : "clause";
        double weight = f.weight();
        if (f.frame() == Frame.DEPART) {
            if (from == null) {
                Origin origin = departureOrigin(r, f, mover);
                from = origin.org();
                fromHow = origin.how();
            }
            Fact arrival = sameSentenceArrival(r, f, mover.text());
            if (arrival != null) {
                to = arrival.to() != null ? arrival.to() : previousDestination(r, arrival);
                toHow = "arrival-sentence";
            } else if (f.cues().contains("follows") && (to = previousDestination(r, f)) != null) {
                // "X带走了两名成员: A, B": they go where X went.
                toHow = "previous";
            }
        } else {
            if (to == null && f.frame() == Frame.ARRIVE && (to = previousDestination(r, f)) != null) {
                toHow = "previous";
            }
            if (from == null && f.frame() == Frame.ARRIVE && (from = stintBefore(r, f, mover.text())) != null) {
                // "离开百度, 加入阶跃星辰, …便转投MiniMax": the second arrival leaves where the first went.
                fromHow = "departure-sentence";
            }
            if (from == null && (from = departureIn(r, f, mover.text())) != null) {
                fromHow = "departure-sentence";
            }
            if (to == null && from != null && f.frame() == Frame.FOUND) {
                // "X从字节离职创业, 成立了深衍智能": the founding of the next clause is where the departure went.
                Fact founding = sameSentenceArrival(r, f, mover.text());
                if (founding != null && founding.to() != null) {
                    to = founding.to();
                    toHow = "arrival-sentence";
                }
            }
            if (to == null && f.frame() == Frame.FOUND && (to = namedNext(r, f)) != null) {
                // "…而是选择自立门户。两个月后, 一家名为'帧跃科技'的公司注册成立": the company the next sentences introduce.
                toHow = "previous";
            }
            if (from == null && (from = tieIn(r, mover, f, to)) != null) {
                fromHow = "tie-sentence";
            }
            if (from == null && (from = earlierPost(r, f, mover.text(), to)) != null) {
                fromHow = "earlier-post";
                weight *= 0.9;
            }
            // "百度也引入很多新鲜血液, 最核心的是前微软副总裁陆奇加盟": an arrival that names no destination goes to the
            // organization its sentence, or the one before, is about (not the one the person comes from).
            // "新任财务长由台积电财务处处长X接任": a post taken with no organization in its clause is one of the
            // organization the sentence is about, not of the person's own.
            boolean succession = to == null && (f.frame() == Frame.SUCCEED || f.frame() == Frame.BECOME && f.cues().contains("by"));
            boolean bare = to == null && f.frame() == Frame.ARRIVE && endsItsClause(r, f);
            if ((bare || succession) && (to = otherOrg(r, f.sentence(), f.end(), from, mover.text())) != null) {
                toHow = "sentence-org";
            }
            if (to == null && f.frame() == Frame.BECOME && mover.begin() >= 0 && mover.clause() > 0 && noPersonIn(r, f.sentence(), 0)
                    && (to = otherOrg(r, f.sentence(), firstItemOfClause(r, f.sentence(), 1), from, mover.text())) != null) {
                // "东海银行换帅: 招商银行原行长助理X出任行长": the organization the sentence opens with, no one's post.
                toHow = "sentence-org";
            }
            if ((bare || f.who().equals("group") && to == null && f.frame() == Frame.BECOME)
                    && to == null && (to = otherOrg(r, f.sentence() - 1, Integer.MAX_VALUE, from, mover.text())) != null) {
                toHow = "previous-sentence-org";
            }
        }
        OrgRef a = ref(r, from);
        OrgRef b = ref(r, to);
        if (a == null && b == null || a != null && b != null && same(a, b)) {
            return null;
        }
        if (b == null && (f.frame() == Frame.BECOME || f.frame() == Frame.SUCCEED || f.frame() == Frame.APPOINT || f.frame() == Frame.HIRE)) {
            // "由原副总经理X接任负责人": a post taken where no organization is named tells of no departure.
            return null;
        }
        // A founding is one whether or not the text names the employer left (the alumni-founder counts read it).
        MoveKind kind = f.frame() == Frame.FOUND && b != null ? MoveKind.FOUND
                : a != null && b != null ? MoveKind.MOVE : a != null ? MoveKind.LEAVE : MoveKind.JOIN;
        int[] span = r.sentences().get(f.sentence());
        int begin = r.folded().documentOffset(span[0]);
        int end = r.folded().documentOffset(span[1]);
        Move move = new Move(person, kind, a, b, f.role(), f.date(), Math.round(weight * 100) / 100.0,
                new Evidence(doc, original.substring(begin, end).strip(), begin, end));
        // Succeeding to a post is taking one: the model knows it by the frame it learned (接任 was read as become).
        String frame = (f.frame() == Frame.SUCCEED ? Frame.BECOME : f.frame()).label();
        List<String> features = new ArrayList<>(List.of("bias", "frame=" + frame, "who=" + f.who(), "from=" + fromHow,
                "to=" + toHow, "frame+from=" + frame + "+" + fromHow, "ends=" + (a != null && b != null ? "both"
                        : a != null ? "from" : "to")));
        // The move word itself is left out: two dozen articles teach its frame, not each word's own weight.
        features.addAll(f.cues().stream().filter(c -> !c.startsWith("from=") && !c.startsWith("to=") && !c.startsWith("trigger=")).toList());
        if (f.movers().size() > 1) {
            features.add("movers=many");
        }
        // History is for the model to weigh: a stint told in the story counts, a career summary does not.
        features.add("age=" + age(f, r));
        if (known(from)) {
            features.add("from-known");
        }
        if (known(to)) {
            features.add("to-known");
        }
        if (r.facts().stream().anyMatch(o -> o != f && o.sentence() == f.sentence() && o.movers().stream()
                .anyMatch(m -> m.text().equals(mover.text())))) {
            features.add("more-in-sentence");
        }
        // Two dozen articles train this model: it weighs what generalizes (frame, how each end and the mover were
        // found, hedges, age), not quirks of the training articles (trained with them, "X已于本月从A离职, 加盟B"
        // scored 0.24 because known organizations and a second move word happened to go with wrong candidates there).
        features.removeIf(x -> x.startsWith("frame+from=") || x.equals("dated") || x.equals("news-word") || x.equals("founder-title")
                || x.equals("more-in-sentence") || x.equals("from-known") || x.equals("to-known"));
        return new Candidate(move, features);
    }

    private record Origin(Item org, String how) {
    }

    /** Where a departure whose clause names no organization leaves: the person's post, or what the text is about. */
    private static Origin departureOrigin(Reading r, Fact f, Item mover) {
        Item org;
        if ((org = f.from()) != null) {
            return new Origin(org, "clause");
        }
        if ((org = tieIn(r, mover, f, null)) != null) {
            return new Origin(org, "tie-sentence");
        }
        for (Tie t : r.ties()) {
            // "令狐晨此前在百度担任首席架构师 ... 两人先后离职": the post the text said was the person's, before this.
            if (t.past() && t.sentence() < f.sentence() && t.person().equals(mover.text())) {
                org = t.org();
            }
        }
        if (org != null) {
            return new Origin(org, "earlier-post");
        }
        if (f.cues().contains("follows") && (org = leaderOrigin(r, f)) != null) {
            // "与他一同离开的, 还有A、B": they leave where the one they follow left.
            return new Origin(org, "earlier-post");
        }
        if ((org = orgBefore(r, f)) != null) {
            return new Origin(org, "sentence-org");
        }
        if ((org = orgOfSentenceBefore(r, f)) != null) {
            return new Origin(org, "previous-sentence-org");
        }
        return new Origin(null, "none");
    }

    /** The first organization the article introduces (IntroducedOrgs) in the two sentences after a fact's, or null. */
    private static Item namedNext(Reading r, Fact f) {
        for (int k = f.sentence() + 1; k <= f.sentence() + 2; k++) {
            for (Item it : r.items().getOrDefault(k, List.of())) {
                if (it.is(ChineseMentions.Kind.ORG) && r.introduced().contains(it.text())) {
                    return it;
                }
            }
        }
        return null;
    }

    /** Where the last one moved before a follower's move left: the origin of the one followed. */
    private static Item leaderOrigin(Reading r, Fact f) {
        Item found = null;
        for (Fact o : r.facts()) {
            if (o == f) {
                break;
            }
            if (o.background() || o.movers().stream().anyMatch(m -> f.movers().stream().anyMatch(n -> n.text().equals(m.text())))) {
                continue;
            }
            Item left = o.frame() == Frame.DEPART ? departureOrigin(r, o, o.movers().get(0)).org() : o.from();
            if (left != null) {
                found = left;
            }
        }
        return found;
    }

    /** The destination of the same person's arrival told earlier in the sentence, or null. */
    private static Item stintBefore(Reading r, Fact arrival, String person) {
        Item found = null;
        for (Fact f : r.facts()) {
            if (f != arrival && f.sentence() == arrival.sentence() && f.end() <= arrival.begin()
                    && (f.frame() == Frame.ARRIVE || f.frame() == Frame.FOUND) && f.to() != null && !sameItem(f.to(), arrival.to())
                    && f.movers().stream().anyMatch(m -> m.text().equals(person))) {
                found = f.to();
            }
        }
        return found;
    }

    /** Years between the clause's date and the article's: 0, 1, 2, 3+ or unknown. */
    private static String age(Fact f, Reading r) {
        if (f.date() == null || r.referenceYear() <= 0) {
            return "unknown";
        }
        int years = r.referenceYear() - Integer.parseInt(f.date().substring(0, 4));
        return years <= 0 ? "0" : years >= 3 ? "3+" : String.valueOf(years);
    }

    private static boolean known(Item org) {
        return org != null && org.known();
    }

    /** A name as the document writes it (traditional characters stay traditional), where it was given. */
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

    /**
     * The person's post named in the move's sentence: one said to be over (原, 前, 曾) or one named before the person
     * ("快手副总裁X加入阿里"). A post named after the person is the new one ("X加入B, 担任C负责人"), never the origin.
     */
    private static Item tieIn(ChineseMoves.Reading r, Item mover, Fact f, Item notTo) {
        int before = mover.begin() >= 0 ? mover.begin() : f.begin();
        for (Tie t : r.ties()) {
            if (t.sentence() == f.sentence() && t.person().equals(mover.text()) && !sameItem(t.org(), notTo)
                    && (t.past() || t.org().begin() < before)) {
                return t.org();
            }
        }
        return null;
    }

    /**
     * The post the person held before this arrival. A stint of history (dated years back, or told as history: 当时,
     * 毕业后) comes from the stint of history told before it ("硕士毕业后入职阿里巴巴 ... 2021年加入快手") or from a post
     * the document says is over (原, 前, 曾); the post a story holds now is no origin of its history. Today's news
     * comes from the post the document last gives the person elsewhere, or from where its history went.
     */
    private static Item earlierPost(Reading r, Fact f, String person, Item notTo) {
        if (f.background()) {
            Item before = null;
            for (Fact o : r.facts()) {
                boolean earlier = o.sentence() < f.sentence() || o.sentence() == f.sentence() && o.end() <= f.begin();
                if (earlier && o.background() && o.frame() != Frame.DEPART && o.to() != null && !sameItem(o.to(), notTo)
                        && o.movers().stream().anyMatch(m -> m.text().equals(person))) {
                    before = o.to();
                }
            }
            if (before != null) {
                return before;
            }
            for (Tie t : r.ties()) {
                if (t.past() && t.person().equals(person) && t.sentence() != f.sentence() && !sameItem(t.org(), notTo)) {
                    return t.org();
                }
            }
            return null;
        }
        Item found = null;
        int tieAt = -1;
        for (Tie t : r.ties()) {
            if (t.person().equals(person) && t.sentence() != f.sentence() && !sameItem(t.org(), notTo)) {
                found = t.org();
                // A stint the text says ended ("在A任职半年后") is later than a departure told before it.
                tieAt = t.ended() ? t.sentence() : -1;
            }
        }
        // "X离开苹果 ... 这位负责人选择加盟Meta": a departure told in another sentence is where the arrival came from.
        for (Fact o : r.facts()) {
            if (o.frame() == Frame.DEPART && !o.background() && o.sentence() != f.sentence()) {
                for (Item m : o.movers()) {
                    Item left = m.text().equals(person) ? departureOrigin(r, o, m).org() : null;
                    // "他从星河科技离职, 加入北辰科技。在北辰科技短暂任职半年后, …": a post told after the departure is later.
                    if (left != null && !sameItem(left, notTo) && o.sentence() >= tieAt) {
                        found = left;
                    }
                }
            }
        }
        for (Fact o : r.facts()) {
            if (o.background() && o.to() != null && !sameItem(o.to(), notTo)
                    && o.movers().stream().anyMatch(m -> m.text().equals(person))) {
                found = o.to();
            }
        }
        return found;
    }

    /**
     * "X加入小米, ... Y等人加入": an arrival that names no destination goes where the one before it went; one that
     * follows another ("随其加盟") goes where the last move of someone else went, however far back it was told.
     */
    private static Item previousDestination(Reading r, Fact f) {
        boolean follows = f.cues().contains("follows");
        Item found = null;
        for (Fact o : r.facts()) {
            if (o == f) {
                break;
            }
            boolean near = o.frame() == Frame.ARRIVE && f.sentence() - o.sentence() <= 1;
            boolean led = follows && o.frame() != Frame.DEPART && !o.background()
                    && o.movers().stream().noneMatch(m -> f.movers().stream().anyMatch(n -> n.text().equals(m.text())));
            if (o.to() != null && (near || led)) {
                found = o.to();
            }
        }
        return found;
    }

    private static Item departureIn(Reading r, Fact arrival, String person) {
        for (Fact f : r.facts()) {
            // A departure, or a founding that names what was left ("从字节离职创业"), in the same sentence.
            if (f != arrival && f.sentence() == arrival.sentence() && f.from() != null
                    && (f.frame() == Frame.DEPART || f.frame() == Frame.FOUND && f.to() == null)
                    && f.movers().stream().anyMatch(m -> m.text().equals(person))) {
                return f.from();
            }
        }
        return null;
    }

    private static Fact sameSentenceArrival(Reading r, Fact departure, String person) {
        for (Fact f : r.facts()) {
            // An arrival that follows another's ("X离开腾讯, 随其加盟") has its destination from the one it follows.
            if (f != departure && f.sentence() == departure.sentence() && f.frame() != Frame.DEPART
                    && (f.to() != null || f.cues().contains("follows") && previousDestination(r, f) != null)
                    && f.movers().stream().anyMatch(m -> m.text().equals(person))) {
                return f;
            }
        }
        return null;
    }

    /** The organization a sentence is about: the last one it names before the move word. */
    private static Item orgBefore(Reading r, Fact f) {
        Item found = null;
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

    /** Whether the move word ends its clause: "陆奇加盟。" names no destination, "入职一家投资机构" an unnamed one. */
    private static boolean endsItsClause(Reading r, Fact f) {
        int[] span = r.sentences().get(f.sentence());
        String clause = r.folded().text().substring(span[0] + f.begin(), Math.min(span[1], span[0] + f.end()));
        String trigger = f.cues().stream().filter(c -> c.startsWith("trigger=")).map(c -> c.substring(8)).findFirst().orElse("");
        int at = trigger.isEmpty() ? -1 : clause.lastIndexOf(trigger);
        return at >= 0 && clause.substring(at + trigger.length()).replaceAll("[了。！？!?，,；;：:\\s\"”’)）]", "").isEmpty();
    }

    private static boolean noPersonIn(Reading r, int sentence, int clause) {
        return r.items().getOrDefault(sentence, List.of()).stream()
                .noneMatch(it -> it.clause() == clause && (it.is(ChineseMentions.Kind.PERSON) || it.is(ChineseMentions.Kind.PRONOUN)));
    }

    /** Where a clause of a sentence begins (the offset of its first piece), or 0. */
    private static int firstItemOfClause(Reading r, int sentence, int clause) {
        for (Item it : r.items().getOrDefault(sentence, List.of())) {
            if (it.clause() == clause) {
                return it.begin();
            }
        }
        return 0;
    }

    /** The last organization a sentence names before an offset that is not the given one (nor part of it). */
    private static Item otherOrg(Reading r, int sentence, int before, Item not, String mover) {
        Item found = null;
        for (Item it : r.items().getOrDefault(sentence, List.of())) {
            if (it.begin() >= before) {
                break;
            }
            // "前谷歌研究科学家X已加盟; 曾在Meta…的Y也已入职": another person's post is not what the sentence is about.
            if (r.ties().stream().anyMatch(t -> t.sentence() == sentence && t.org() == it && !t.person().equals(mover))) {
                continue;
            }
            // A unit named after the origin in its clause ("宏碁前软体研发中心协理X") is part of the old post too.
            boolean ofTheOrigin = not != null && not.begin() >= 0 && it.clause() == not.clause() && it.begin() > not.begin();
            if (it.is(ChineseMentions.Kind.ORG) && !it.weak() && !sameItem(it, not) && !ofTheOrigin
                    && (not == null || it.org() == null || not.org() == null
                    || !it.org().organization().equals(not.org().organization()))) {
                found = it;
            }
        }
        return found;
    }

    /** The last organization the sentence before names ("荣耀...高层变动。包括原董事长X、CEO Y纷纷挂冠而去。"). */
    private static Item orgOfSentenceBefore(Reading r, Fact f) {
        Item found = null;
        for (Item it : r.items().getOrDefault(f.sentence() - 1, List.of())) {
            if (it.is(ChineseMentions.Kind.ORG) && !it.weak()) {
                found = it;
            }
        }
        return found;
    }

    private static boolean sameItem(Item a, Item b) {
        return a != null && b != null && Objects.equals(a.org(), b.org());
    }

    private static OrgRef ref(Reading r, Item org) {
        if (org == null) {
            return null;
        }
        if (org.org() != null && !org.org().organization().equals(org.text())) {
            return org.org();
        }
        // Not in the gazetteer: the name as the document writes it (traditional characters stay traditional).
        return OrgRef.of(written(r, org));
    }

    private static boolean same(OrgRef a, OrgRef b) {
        return a != null && b != null && (a.organization().equals(b.organization()));
    }

    private static String name(OrgRef o) {
        return o == null ? "" : o.mostSpecific();
    }
}
