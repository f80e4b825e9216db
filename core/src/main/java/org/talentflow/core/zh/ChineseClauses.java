package org.talentflow.core.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.lexicon.Hedge;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.zh.ChineseMentions.Item;
import org.talentflow.core.zh.ChineseMentions.Kind;

/**
 * What one Chinese sentence says of moves: for each move word, who moves (the names before it in its clause, a
 * list after 包括, the sentence's subject carried over commas, or the person the text is about when the clause has
 * no subject) and which organizations its slots name (after the word; after 从 for the one left; after 去/前往 for
 * "go" words; the subject organization for 聘任/任命); and for each name, the organization and title before it
 * ("原腾讯副总裁X": a past tie).
 */
public final class ChineseClauses {

    /**
     * A move as one clause states it.
     *
     * @param movers     who moves
     * @param who        how the movers were found: named (before the move word), list (after 包括), object (of
     *                   聘任), pronoun, carried (the sentence's subject before a comma), zero (no subject: the person
     *                   the text is about)
     * @param cues       what the clause says beyond its slots, as the scorer's features ("hedge=expectation", ...)
     * @param weight     the rule's prior confidence, used when no model is given
     * @param background dated two or more years before the article: history, kept only as a tie
     */
    public record Fact(Frame frame, List<Item> movers, String who, Item from, Item to, String role, String date,
                       List<String> cues, double weight, int sentence, boolean background, int begin, int end) {

        public boolean zero() {
            return who.equals("zero");
        }
    }

    /** A person tied to an organization by the words before the name, or by a post held. */
    public record Tie(String person, Item org, String role, boolean past, int sentence, boolean ended) {
        Tie(String person, Item org, String role, boolean past, int sentence) {
            this(person, org, role, past, sentence, false);
        }
    }

    /** What the reader knows of the document while it reads it in order. */
    public static final class Context {
        final LocalDate published;
        final int referenceYear;
        String topic;
        /** The organization named last: what 该行 and 该公司 stand for. */
        Item lastOrg;
        /** The organization the article introduced (IntroducedOrgs) named last: what a founder's "创立了公司" founded. */
        Item lastNewOrg;
        /** The organizations the article introduces by name. */
        java.util.Set<String> introduced = java.util.Set.of();
        /** The organizations named so far, in order: what 该校 and a bare 学院 stand for. */
        final List<Item> named = new ArrayList<>();
        /** A move whose movers a list after a colon names, one a line ("近期加入阶跃的人包括："), or null. */
        Fact openList;
        /** A company whose founders the sentence before counted without naming them (三位共同创办人各有来头), or null. */
        Item foundersOf;
        /** The sentence that counted them: only the next one names them. */
        int foundersAt = -2;
        /** The people the last sentence naming two or more named: what 他们 and 两人 stand for. */
        List<String> lastGroup = List.of();
        /** The company an announcement defines as 本公司 ("匯泓科技集團有限公司（「本公司」…）"): what 本公司 means. */
        Item issuer;

        /** Whether an item names an organization the article introduced. */
        public boolean isIntroduced(Item it) {
            return it.is(Kind.ORG) && !it.weak() && introduced.contains(it.text());
        }

        public int referenceYear() {
            return referenceYear;
        }

        public Context(LocalDate published, int latestYear) {
            this.published = published;
            this.referenceYear = published != null ? published.getYear() : latestYear;
        }
    }

    /** What begins a line of a list: "1.", "2、", "(3)", "①", "·", "-". */
    public static final java.util.regex.Pattern BULLET =
            java.util.regex.Pattern.compile("\\s*(?:\\d{1,2}\\s*[.、)）]|[（(]\\d{1,2}[)）]|[①-⑳]|[·•●▪◆*\\-—])");

    /** A count of people: 数名, 多位, 两名, 3位 (the subject of a clause that names none of them). */
    private static final java.util.regex.Pattern UNNAMED_PEOPLE =
            java.util.regex.Pattern.compile("[数數多几幾两兩三四五六七八九十百千万萬\\d]+[名位]");

    private final Map<String, Hedge> hedges;
    /** Words that tell a clause's move is history (markers.tsv: history; past words but 原 and 前, which mark a post). */
    private final List<String> historyWords;
    /** Words for a source quoted (markers.tsv: speaker): 发言人, 分析师. */
    private final Set<String> speakers;
    /** Posts that are no job (not-a-post.tsv): 独立董事. */
    private final List<String> notAPost;
    /** Reference words and the name endings they stand for (markers.tsv: this, third column): 该校 a 大学 or 学院. */
    private final Map<String, List<String>> thisEndings = new java.util.HashMap<>();
    /** Words that end an institution's or a part's name (org-name-words.tsv: unit): a bare 学院 is the one named. */
    private final Set<String> unitWords;
    /** Words that keep a post (markers.tsv: stay): 继续, 仍. */
    private final Set<String> stayWords;
    /** Words for a kind of organization (org-nouns.tsv): 公司, 企业, 机构. */
    private final Set<String> orgNouns;
    /** Words that make an arrival follow another's (markers.tsv: follow): 随其加盟. */
    private final java.util.Set<String> followWords;
    /** Words after a move clause and 的 that name its movers (markers.tsv: cleft): 加入MiniMax的还有X. */
    private final Set<String> cleftWords;
    /** 前者 and 后者 (markers.tsv: pair), with which of two they mean: first or last. */
    private final Map<String, String> pairWords = new java.util.HashMap<>();
    /** Words for unnamed people (markers.tsv: people): 相关人员离职 is no one's named move. */
    private final Set<String> peopleWords;
    /** Words of a decision announced (markers.tsv: decree): 决定：X任B校长. */
    private final Set<String> decreeWords;

    public ChineseClauses(Lexicon chinese) {
        this.hedges = chinese.hedges();
        this.historyWords = chinese.wordKinds("markers.tsv").entrySet().stream()
                .filter(e -> e.getValue().equals("history") || e.getValue().equals("past") && !e.getKey().equals("原")
                        && !e.getKey().equals("前"))
                .map(Map.Entry::getKey).toList();
        this.notAPost = List.copyOf(chinese.wordKinds("not-a-post.tsv").keySet());
        this.speakers = chinese.wordsOfKind("markers.tsv", "speaker");
        this.orgNouns = Set.copyOf(chinese.orgNouns());
        this.stayWords = chinese.wordsOfKind("markers.tsv", "stay");
        this.unitWords = chinese.wordsOfKind("org-name-words.tsv", "unit");
        this.followWords = chinese.wordsOfKind("markers.tsv", "follow");
        this.cleftWords = chinese.wordsOfKind("markers.tsv", "cleft");
        this.peopleWords = chinese.wordsOfKind("markers.tsv", "people");
        this.decreeWords = chinese.wordsOfKind("markers.tsv", "decree");
        org.talentflow.core.lexicon.ResourceLines.rows("/lexicon/zh/markers.tsv").stream()
                .filter(r -> r.length > 2 && r[1].equals("pair")).forEach(r -> pairWords.put(r[0], r[2]));
        org.talentflow.core.lexicon.ResourceLines.rows("/lexicon/zh/markers.tsv").stream()
                .filter(r -> r.length > 2 && r[1].equals("this") && r[2].startsWith("ends="))
                .forEach(r -> thisEndings.put(r[0], List.of(r[2].substring(5).split(","))));
    }

    public void read(String sentence, int index, List<Item> items, Context ctx, List<Fact> facts, List<Tie> ties) {
        resolveReferences(items, ctx);
        List<Fact> foundings = new ArrayList<>();
        denied(sentence, index, items, facts);
        Fact listed = listed(sentence, index, items, ctx);
        if (listed != null) {
            facts.add(listed);
        }
        facts.addAll(foundersNamed(index, items, ctx));
        Item lastOrg = ctx.lastOrg;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.is(Kind.ORG) && !it.weak()) {
                lastOrg = it;
            }
            // "曾在" is one word to the segmenter: a past 在.
            boolean at = it.text().matches("曾?[在于]") && i + 1 < items.size() && items.get(i + 1).is(Kind.ORG)
                    && items.get(i + 1).clause() == it.clause() && !items.get(i + 1).weak();
            boolean past = at && (i > 0 && items.get(i - 1).is(Kind.PAST) || it.text().startsWith("曾"));
            String clauseText = at ? clauseOf(items, it.clause()) : "";
            // "已在栖梧科技任职": a post told as news is the new one, not one held before.
            boolean news = items.subList(0, i).stream().anyMatch(x -> x.clause() == it.clause() && x.is(Kind.NEWS));
            if (at && (past || WORK.matcher(clauseText).find() && !news) && !STUDY.matcher(clauseText).find()) {
                // "此前在谷歌DeepMind从事研究", "曾在百度工作", "在谷歌工作了八年的研究科学家X": a post held there, over
                // unless told as now.
                String holder = subjectBefore(items, past ? i - 1 : i, ctx);
                if (holder == null) {
                    holder = personAfterOf(items, i);
                }
                if (holder != null) {
                    ties.add(new Tie(holder, items.get(i + 1), null, true, index));
                }
            }
            if (it.is(Kind.PERSON)) {
                Tie tie = tieBefore(items, i, index, lastOrg);
                if (tie != null) {
                    ties.add(tie);
                }
                Tie origin = tieAfter(sentence, items, i, index);
                if (origin != null) {
                    ties.add(origin);
                }
                Fact founding = founding(sentence, index, items, i, ctx);
                if (founding != null) {
                    foundings.add(founding);
                }
                Tie aside = tieInParentheses(items, i, index);
                if (aside != null) {
                    ties.add(aside);
                }
            }
        }
        int before = facts.size();
        // The people the sentence says keep a post (继续担任): no departure of theirs is told there.
        Set<String> staying = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item t = items.get(i);
            if (t.is(Kind.TRIGGER)) {
                readTrigger(sentence, index, items, i, ctx, facts, ties, staying);
            }
        }
        facts.subList(before, facts.size()).removeIf(f -> f.frame() == Frame.DEPART
                && f.movers().stream().anyMatch(m -> staying.contains(m.text())));
        // "驭风智能联合创始人宓晨也已于上月离职": a founder who leaves founds nothing here.
        foundings.removeIf(f -> facts.subList(before, facts.size()).stream().anyMatch(o -> o.frame() == Frame.DEPART
                && o.movers().stream().anyMatch(m -> m.text().equals(f.movers().get(0).text()))));
        facts.addAll(foundings);
        int newFacts = facts.size() - before;
        List<String> named = items.stream().filter(it -> it.is(Kind.PERSON)).map(Item::text).distinct().toList();
        if (named.size() >= 2) {
            ctx.lastGroup = named;
        }
        // What 他 and 她 mean next: the one this sentence tells moved, else the first named who is no source quoted
        // ("发言人钟晓确认…", "分析师X认为").
        int firstFact = facts.size() - newFacts;
        String mover = facts.subList(firstFact, facts.size()).stream().flatMap(f -> f.movers().stream())
                .filter(m -> m.begin() >= 0).map(Item::text).findFirst().orElse(null);
        if (mover != null) {
            ctx.topic = mover;
        } else {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).is(Kind.PERSON) && !quoted(items, i)) {
                    ctx.topic = items.get(i).text();
                    break;
                }
            }
        }
        items.stream().filter(it -> it.is(Kind.ORG) && !it.weak()).reduce((a, b) -> b).ifPresent(o -> ctx.lastOrg = o);
        items.stream().filter(it -> ctx.isIntroduced(it)).reduce((a, b) -> b).ifPresent(o -> ctx.lastNewOrg = o);
        items.stream().filter(it -> it.is(Kind.ORG) && !it.weak()).forEach(ctx.named::add);
        ctx.foundersOf = countedFounders(items, ctx);
        ctx.foundersAt = index;
    }

    /**
     * The company whose founders a sentence counts without naming any ("砌光智能…三位共同创办人各有来头"): the
     * organization named before the title, else the one the article introduced; only a new one, whose founding is news.
     */
    private static Item countedFounders(List<Item> items, Context ctx) {
        if (items.stream().anyMatch(it -> it.is(Kind.PERSON))) {
            return null;
        }
        for (int k = 1; k < items.size(); k++) {
            Item title = items.get(k);
            if (!title.is(Kind.TITLE) || !ChineseMentions.FOUNDER_TITLES.contains(title.text())) {
                continue;
            }
            String count = items.subList(Math.max(0, k - 3), k).stream().map(Item::text).reduce("", String::concat);
            if (!UNNAMED_PEOPLE.matcher(count).find()) {
                continue;
            }
            Item org = items.subList(0, k).stream().filter(it -> it.is(Kind.ORG) && !it.weak()).reduce((a, b) -> b)
                    .orElse(ctx.lastNewOrg);
            return org != null && (ctx.isIntroduced(org) || !known(org)) ? org : null;
        }
        return null;
    }

    /** "执行长X出身谷歌…；技术长Y原为…": after founders were counted, each name a title leads founded the company. */
    private List<Fact> foundersNamed(int index, List<Item> items, Context ctx) {
        List<Fact> out = new ArrayList<>();
        if (ctx.foundersOf == null || ctx.foundersAt != index - 1) {
            return out;
        }
        for (int i = 1; i < items.size(); i++) {
            Item title = items.get(i - 1);
            if (items.get(i).is(Kind.PERSON) && title.is(Kind.TITLE) && !quoted(items, i)) {
                out.add(new Fact(Frame.FOUND, List.of(items.get(i)), "list", null, ctx.foundersOf, title.text(), null,
                        List.of("trigger=" + title.text(), "founders-counted"), 0.8, index, false, title.begin(), items.get(i).end()));
            }
        }
        return out;
    }

    /** Whether a name is a source quoted (发言人钟晓) or a byline's (文丨蒋舒怡, 记者 X): never what 他 means next. */
    private boolean quoted(List<Item> items, int i) {
        if (i == 0) {
            return false;
        }
        String before = items.get(i - 1).text();
        return speakers.contains(before) || before.matches("[丨｜|]");
    }

    /**
     * A sentence with no move word, read for what the next one refers to: the organization named last, the group
     * named, and the person it is about ("钮泽宇就是一个例子。他2023年底离开百度…").
     */
    public void glance(int index, List<Item> items, Context ctx) {
        resolveReferences(items, ctx);
        items.stream().filter(it -> it.is(Kind.ORG) && !it.weak()).reduce((a, b) -> b).ifPresent(o -> ctx.lastOrg = o);
        items.stream().filter(it -> it.is(Kind.ORG) && !it.weak()).forEach(ctx.named::add);
        List<String> named = items.stream().filter(it -> it.is(Kind.PERSON)).map(Item::text).distinct().toList();
        if (named.size() >= 2) {
            ctx.lastGroup = named;
        }
        items.stream().filter(ctx::isIntroduced).reduce((a, b) -> b).ifPresent(o -> ctx.lastNewOrg = o);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).is(Kind.PERSON) && !quoted(items, i)) {
                ctx.topic = items.get(i).text();
                break;
            }
        }
        ctx.foundersOf = countedFounders(items, ctx);
        ctx.foundersAt = index;
    }

    private void readTrigger(String sentence, int index, List<Item> items, int ti, Context ctx, List<Fact> facts,
                             List<Tie> ties, Set<String> staying) {
        Item t = items.get(ti);
        Frame frame = t.trigger().frame();
        String when = t.trigger().when();
        List<Item> pre = new ArrayList<>();
        for (int j = ti - 1; j >= 0 && items.get(j).clause() == t.clause(); j--) {
            pre.add(0, items.get(j));
        }
        List<Item> post = new ArrayList<>();
        for (int j = ti + 1; j < items.size() && items.get(j).clause() == t.clause() && !items.get(j).is(Kind.TRIGGER); j++) {
            post.add(items.get(j));
        }
        Item postOrg = firstOrg(post);
        Item heldOrg = lastStrongOrg(pre);
        boolean transfer = when.equals("internal") && postOrg != null && !postOrg.weak() && heldOrg != null
                && !sameOrg(heldOrg, postOrg);
        if (when.equals("internal") && !transfer) {
            return;
        }
        if (when.equals("tie")) {
            // "将继续担任该行执行董事": a post kept is no new one (markers.tsv: stay). "决定：X任B校长": a decision
            // announced before the colon makes the posts after it news (markers.tsv: decree).
            boolean news = (pre.stream().skip(Math.max(0, pre.size() - 3)).anyMatch(it -> it.is(Kind.NEWS))
                    || decreed(items, t.clause()))
                    && pre.stream().noneMatch(it -> stayWords.contains(it.text()));
            // "加入小米前, X担任汇芯通信董事长": the post held before an arrival is over.
            boolean past = pre.stream().anyMatch(it -> it.is(Kind.PAST)) || beforeArrival(items, t.clause() - 1);
            if (!news || past) {
                List<Item> movers = movers(items, ti, pre, ctx, frame).movers;
                if (pre.stream().anyMatch(it -> stayWords.contains(it.text()))) {
                    // "辞去行长职务, 将继续担任该行执行董事": who keeps a post there has not left.
                    movers.forEach(m -> staying.add(m.text()));
                }
                if (postOrg != null) {
                    movers.forEach(m -> ties.add(new Tie(m.text(), postOrg, titleAfter(post, postOrg), past, index)));
                }
                return;
            }
        }
        // "X被任命为B CEO": the passive makes the subject the one appointed, and B is named after the word.
        boolean passive = pre.stream().skip(Math.max(0, pre.size() - 2)).anyMatch(it -> it.is(Kind.PASSIVE));
        Item hirer = null;
        if (passive && (frame == Frame.APPOINT || frame == Frame.HIRE)) {
            frame = Frame.BECOME;
            // "X也在春节前被美团招致麾下": the organization after 被 is the one that hired.
            int by = -1;
            for (int j = 0; j < pre.size(); j++) {
                by = pre.get(j).is(Kind.PASSIVE) ? j : by;
            }
            hirer = by >= 0 && by + 1 < pre.size() && pre.get(by + 1).is(Kind.ORG) && !pre.get(by + 1).weak() ? pre.get(by + 1) : null;
        }
        Item from = orgAfter(pre, Kind.FROM);
        if (from == null && pre.size() >= 3 && pre.stream().anyMatch(it -> it.is(Kind.FROM))
                && pre.get(pre.size() - 1).is(Kind.ORG) && !pre.get(pre.size() - 1).weak()
                && pre.get(pre.size() - 2).text().matches(".*(的|公司|企业|机构)$")) {
            // "从其创办的智能家居公司云栖鹿科技回到小米": after 从, a description ends in the organization left.
            from = pre.get(pre.size() - 1);
        }
        Item to = null;
        boolean bareFounding = false;
        if (transfer) {
            // "中山大学副校长X调任南方科技大学校长": a post moved to at another organization than the one the subject
            // holds a post at is a move from it.
            from = from != null ? from : heldOrg;
            to = postOrg;
        } else if (when.equals("go")) {
            to = orgAfter(pre, Kind.GO);
            Item at = pre.size() >= 2 && pre.get(pre.size() - 2).text().matches("[在于]") ? pre.get(pre.size() - 1) : null;
            if (to == null && at != null && at.is(Kind.ORG) && !at.weak() && pre.stream().anyMatch(it -> it.is(Kind.NEWS))
                    && pre.stream().noneMatch(it -> it.is(Kind.PAST))) {
                // "两人均已在栖梧科技任职": a post taken up, told as news, is an arrival there.
                to = at;
            }
            if (to == null) {
                // "X此前任职于A": no going, but a post at the organization after the word; "在A短暂任职4个月后, 他…":
                // one at the organization before it, over once the clause ends in 后.
                boolean over = post.stream().anyMatch(it -> it.text().equals("后") || it.text().endsWith("之后"));
                Item held = postOrg != null ? postOrg : over ? orgWorkedAt(pre) : null;
                if (held != null) {
                    boolean past = over || pre.stream().anyMatch(it -> it.is(Kind.PAST));
                    movers(items, ti, pre, ctx, frame).movers
                            .forEach(m -> ties.add(new Tie(m.text(), held, titleAfter(post, held), past, index, over)));
                }
                return;
            }
        } else if (frame == Frame.APPOINT || frame == Frame.HIRE) {
            to = lastOrgBefore(items, ti, from);
            if (to == null) {
                // "董事会同意聘任X为公司总经理": the organization of the post given.
                to = post.stream().dropWhile(it -> !it.is(Kind.AS) && !it.is(Kind.ORG)).filter(it -> it.is(Kind.ORG))
                        .findFirst().orElse(null);
            }
        } else if (frame == Frame.DEPART) {
            if (from == null) {
                from = postOrg;
            }
        } else {
            to = postOrg != null ? postOrg : hirer;
            bareFounding = post.stream().allMatch(it -> it.text().matches("[了,，。;；:：!！]"));
            if (to == null && frame == Frame.FOUND && ctx.lastNewOrg != null && (bareFounding
                    || post.stream().anyMatch(it -> it.text().equals("公司") || it.text().equals("新公司") || it.is(Kind.THIS)))) {
                // "两人共同创立了公司", "去年底正式一起创业": the company is the new one the article has named.
                to = ctx.lastNewOrg;
            }
            // "X是千里科技的(实际)掌舵者": the organization before 的, a word of manner between them or not.
            int of = pre.size() - 1;
            if (of >= 1 && pre.get(of).is(Kind.OTHER) && pre.get(of).text().length() <= 2 && pre.get(of - 1).is(Kind.OF)) {
                of--;
            }
            if (to == null && of >= 1 && pre.get(of).is(Kind.OF) && pre.get(of - 1).is(Kind.ORG)) {
                to = pre.get(of - 1);
            }
        }
        if ((beforeArrival(items, t.clause()) || frame == Frame.DEPART && afterLeaving(items, t.clause()))
                && pre.stream().noneMatch(it -> it.is(Kind.PERSON))) {
            // "加入小米前, 曾学忠担任...", "离开星河科技后, 章远航很快被…招入": the one who moved is the subject of the
            // clause after.
            List<Item> next = items.stream().filter(it -> it.clause() == t.clause() + 1 && it.is(Kind.PERSON)).limit(1).toList();
            if (!next.isEmpty() && (frame == Frame.ARRIVE || frame == Frame.DEPART)) {
                pre = new ArrayList<>(pre);
                pre.add(next.get(0));
            }
        }
        Movers who = relative(items, ti);
        if (who != null && (frame == Frame.FOUND || frame == Frame.ARRIVE)) {
            // "创建比特智路的郭传雄": the organization between the move word and 的 is what the person founded or joined.
            to = who.org() != null ? who.org() : to;
        } else {
            who = movers(items, ti, pre, ctx, frame);
            if (who.how().equals("cleft")) {
                // "与Raman同时到岗的还有前Anthropic工程师X": no organization of the clause, none of the description.
                if (frame == Frame.DEPART) {
                    from = from == postOrg ? who.org() : from;
                } else if (to == postOrg) {
                    to = who.org();
                }
            }
        }
        if (who.movers.isEmpty()) {
            if (sentence.strip().matches(".*[:：]$") && (to != null || from != null)) {
                // "近期加入阶跃的人包括：": the lines after the colon name the movers.
                ctx.openList = new Fact(frame, List.of(), "list", from, to, null, null, List.of("trigger=" + t.text()),
                        0.9, index, false, 0, 0);
            }
            return;
        }
        if (bareFounding && to == ctx.lastNewOrg && who.zero()) {
            // "对于前员工创业, …": a founding of no one named founded no company the article names.
            to = null;
        }
        if (who.how().equals("fronted") && postOrg != null) {
            // The one hired before the word, the organization after it: where the person was taken to.
            to = postOrg;
        }
        int clauseBegin = clauseBegin(sentence, t.begin());
        String upTo = sentence.substring(previousClauseBegin(sentence, clauseBegin), t.begin());
        // A hedge word inside a name is none: 杜若衡 holds 若 (if), 未来资本 holds 未 (not).
        String masked = withoutNames(sentence, items);
        Hedge hedge = hedge(masked.substring(previousClauseBegin(sentence, clauseBegin), t.begin()),
                masked.substring(clauseBegin, t.begin()));
        String ownClause = sentence.substring(clauseBegin, clauseEnd(sentence, t.end()));
        if (notAPost.stream().anyMatch(ownClause::contains)) {
            // "委任X为独立非执行董事": a board seat is no job (not-a-post.tsv).
            return;
        }
        if (hedge != null && hedge.excludes()) {
            return;
        }
        String date = ChineseDates.first(sentence.substring(clauseBegin, clauseEnd(sentence, t.end())), ctx.published);
        if (date == null) {
            date = ChineseDates.first(sentence.substring(0, t.begin()), ctx.published);
        }
        // History: dated two years or more before the article, or told as history in its clause or the one before
        // ("期间, X加入了当时正值巅峰的商汤", "硕士毕业后, X入职A").
        String clauseText = upTo + sentence.substring(t.begin(), clauseEnd(sentence, t.end()));
        Item described = who.movers.size() == 1 && who.movers.get(0).begin() >= 0 ? who.movers.get(0) : null;
        int at = described == null ? -1 : items.indexOf(described);
        boolean description = at > 0 && described.end() <= t.begin() && items.subList(Math.max(0, at - 3), at).stream()
                .anyMatch(x -> x.clause() == described.clause() && (x.is(Kind.OF) || x.is(Kind.TITLE)));
        if (description) {
            // "曾在Meta负责推荐算法研究的周凯文也已入职", "DeepSeek早期核心成员之一…的研究员X已于3月离职": the history
            // describes the person, not the move.
            clauseText = sentence.substring(described.end(), clauseEnd(sentence, t.end()));
        }
        boolean background = date != null && ctx.referenceYear > 0
                && Integer.parseInt(date.substring(0, 4)) <= ctx.referenceYear - 2
                || historyWords.stream().anyMatch(clauseText::contains);
        double weight = (who.zero() ? 0.7 : 0.9) * (hedge == Hedge.EXPECTATION ? 0.8 : 1.0);
        List<String> cues = new ArrayList<>();
        if (hedge == Hedge.EXPECTATION) {
            cues.add("hedge=expectation");
        }
        if (pre.stream().anyMatch(it -> it.is(Kind.NEWS))) {
            cues.add("news-word");
        }
        if (date != null) {
            cues.add("dated");
        }
        cues.add("trigger=" + t.text());
        if (pre.stream().anyMatch(it -> followWords.contains(it.text())) || when.equals("takes")) {
            cues.add("follows");
        }
        if (pre.stream().anyMatch(it -> it.text().equals("由"))) {
            // "由X出任": the post is given, the organization is the one the sentence is about.
            cues.add("by");
        }
        if (from != null) {
            cues.add(from == orgAfter(pre, Kind.FROM) ? "from=marker" : "from=clause");
        }
        if (to != null) {
            cues.add("to=" + (when.equals("go") ? "go" : frame == Frame.APPOINT || frame == Frame.HIRE ? "subject"
                    : to == postOrg ? "clause" : "of"));
        }
        String role = to != null ? titleAfter(post, to) : null;
        if (frame == Frame.APPOINT || frame == Frame.HIRE) {
            role = post.stream().dropWhile(it -> !it.is(Kind.AS)).filter(it -> it.is(Kind.TITLE)).map(Item::text)
                    .findFirst().orElse(null);
        }
        List<Item> origins = respectiveOrigins(items, ti, who.movers);
        if (origins != null && from == null) {
            // "他们分别来自特斯拉、华为和小鹏汽车, 将分别出任…": each mover, in order, from each organization.
            for (int k = 0; k < who.movers.size(); k++) {
                facts.add(new Fact(frame, List.of(who.movers.get(k)), who.how, origins.get(k), to, role, date, cues,
                        weight, index, background, clauseBegin, clauseEnd(sentence, t.end())));
            }
            return;
        }
        List<Item> respective = respectively(pre, post, who.movers);
        if (respective != null) {
            // "他们分别加入了OpenAI和Anthropic": each mover, in order, to each organization.
            for (int k = 0; k < who.movers.size(); k++) {
                facts.add(new Fact(frame, List.of(who.movers.get(k)), who.how, from, respective.get(k), role, date, cues,
                        weight, index, background, clauseBegin, clauseEnd(sentence, t.end())));
            }
            return;
        }
        facts.add(new Fact(frame, who.movers, who.how, from, to, role, date, cues, weight, index, background,
                clauseBegin, clauseEnd(sentence, t.end())));
    }

    /**
     * "市场上流传着…: X也将转投阶跃。对此, MiniMax回应称'消息不实, X仍在职'": a denial that names the person takes
     * back what the sentence before said of them, unless it confirms too.
     */
    private void denied(String sentence, int index, List<Item> items, List<Fact> facts) {
        String masked = withoutNames(sentence, items);
        boolean denial = hedges.entrySet().stream().anyMatch(h -> h.getValue() == Hedge.DENIAL && masked.contains(h.getKey()));
        boolean confirm = hedges.entrySet().stream().anyMatch(h -> h.getValue() == Hedge.CONFIRM && masked.contains(h.getKey()));
        if (!denial || confirm) {
            return;
        }
        Set<String> named = items.stream().filter(it -> it.is(Kind.PERSON)).map(Item::text).collect(java.util.stream.Collectors.toSet());
        facts.removeIf(f -> f.sentence() == index - 1 && f.movers().stream().anyMatch(m -> named.contains(m.text())));
    }

    /** The move of the person a list's line names first ("1. 庞思远，前谷歌DeepMind高级研究科学家…"), or null. */
    private static Fact listed(String sentence, int index, List<Item> items, Context ctx) {
        if (ctx.openList == null || !BULLET.matcher(sentence).lookingAt()) {
            ctx.openList = null;
            return null;
        }
        Item first = items.stream().filter(it -> it.clause() <= 1).filter(it -> it.is(Kind.PERSON)).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        Fact open = ctx.openList;
        return new Fact(open.frame(), List.of(first), "list", open.from(), open.to(), null, null, open.cues(), 0.9, index,
                false, 0, clauseEnd(sentence, first.end()));
    }

    /** Whether a clause tells what came after a departure, with no subject of its own: "离开阿里后", "从百度离职之后". */
    private static boolean afterLeaving(List<Item> items, int clause) {
        List<Item> own = items.stream().filter(it -> it.clause() == clause).toList();
        boolean left = false;
        for (Item it : own) {
            if (it.is(Kind.TRIGGER) && it.trigger().frame() == Frame.DEPART) {
                left = true;
            } else if (left && it.text().matches("后|之后|以后")) {
                // It names what was left, and the clause after opens with the one who left ("离开后, S-team成员还包括
                // X" leaves the subject unsaid).
                List<Item> next = items.stream().filter(x -> x.clause() == clause + 1).toList();
                return own.stream().anyMatch(x -> x.is(Kind.ORG)) && !next.isEmpty() && next.get(0).is(Kind.PERSON);
            }
        }
        return false;
    }

    /** Whether a clause tells what came before an arrival: "加入小米前", "加盟B之前". */
    /** Whether the clause before this one announces a decision and ends in a colon: "中共中央决定：". */
    private boolean decreed(List<Item> items, int clause) {
        List<Item> before = items.stream().filter(it -> it.clause() == clause - 1).toList();
        return !before.isEmpty() && before.get(before.size() - 1).text().matches("[:：]")
                && before.stream().anyMatch(it -> decreeWords.contains(it.text()));
    }

    /** The last organization named, not weakly, in the words before a move word: the one the subject is at. */
    private static Item lastStrongOrg(List<Item> pre) {
        for (int j = pre.size() - 1; j >= 0; j--) {
            if (pre.get(j).is(Kind.ORG) && !pre.get(j).weak()) {
                return pre.get(j);
            }
        }
        return null;
    }

    /** Whether two mentions name one organization: the same text or the same known organization. */
    private static boolean sameOrg(Item a, Item b) {
        return a.text().equals(b.text()) || a.org() != null && b.org() != null
                && a.org().organization().equals(b.org().organization());
    }

    private static boolean beforeArrival(List<Item> items, int clause) {
        boolean arrival = false;
        for (Item it : items) {
            if (it.clause() != clause) {
                continue;
            }
            if (it.is(Kind.TRIGGER) && it.trigger().frame() == Frame.ARRIVE) {
                arrival = true;
            } else if (arrival && (it.text().equals("前") || it.text().equals("之前") || it.text().equals("以前"))) {
                return true;
            }
        }
        return false;
    }

    /** The organizations after 分别 ... move word, one for each mover in order, or null. */
    /** The organizations after 来自 or 从 before a move word, one for each mover, where 分别 pairs them; else null. */
    private static List<Item> respectiveOrigins(List<Item> items, int ti, List<Item> movers) {
        if (movers.size() < 2 || items.subList(0, ti).stream().noneMatch(it -> it.text().equals("分别"))) {
            return null;
        }
        for (int j = 0; j < ti; j++) {
            if (items.get(j).is(Kind.FROM)) {
                int clause = items.get(j).clause();
                List<Item> orgs = items.subList(j + 1, ti).stream().filter(it -> it.clause() == clause && it.is(Kind.ORG)).toList();
                if (orgs.size() == movers.size()) {
                    return orgs;
                }
            }
        }
        return null;
    }

    private static List<Item> respectively(List<Item> pre, List<Item> post, List<Item> movers) {
        if (movers.size() < 2 || pre.stream().noneMatch(it -> it.text().equals("分别"))) {
            return null;
        }
        List<Item> orgs = post.stream().filter(it -> it.is(Kind.ORG)).toList();
        if (orgs.size() == movers.size()) {
            return orgs;
        }
        return null;
    }

    private record Movers(List<Item> movers, String how, Item org) {
        Movers(List<Item> movers, String how) {
            this(movers, how, null);
        }

        boolean zero() {
            return how.equals("zero");
        }
    }

    /**
     * A move word in a relative clause before a name: "创建爱诗科技的王长虎", "加入小米的X". The mover is the name after
     * 的; the words between the move word and 的 name the organization (read as one when the reader had no name for
     * them: 比特智路).
     */
    private static Movers relative(List<Item> items, int ti) {
        Item t = items.get(ti);
        int of = -1;
        for (int j = ti + 1; j < items.size() && j <= ti + 5 && items.get(j).clause() == t.clause(); j++) {
            Item it = items.get(j);
            if (it.is(Kind.OF)) {
                of = j;
                break;
            }
            // A name's pieces may have been read as a person ("比特" + "智路": 智 is a surname).
            if (!(it.is(Kind.ORG) || (it.is(Kind.OTHER) || it.is(Kind.PERSON)) && it.text().codePoints().allMatch(
                    c -> ChineseText.isHan(c) || Character.isLetterOrDigit(c)))) {
                return null;
            }
        }
        if (of <= ti + 1 || of + 1 >= items.size() || !items.get(of + 1).is(Kind.PERSON)) {
            return null;
        }
        List<Item> between = items.subList(ti + 1, of);
        Item org = between.size() == 1 && between.get(0).is(Kind.ORG) ? between.get(0) : null;
        String name = between.stream().map(Item::text).reduce("", String::concat);
        if (org == null && between.stream().noneMatch(it -> it.is(Kind.ORG)) && name.length() >= 2 && name.length() <= 8
                && between.get(between.size() - 1).end() - between.get(0).begin() == name.length()) {
            org = new Item(Kind.ORG, name, between.get(0).begin(), between.get(between.size() - 1).end(), t.clause(),
                    OrgRef.of(name), false, null);
        }
        return org == null ? null : new Movers(List.of(items.get(of + 1)), "relative", org);
    }

    /**
     * "加入MiniMax的还有来自百度的A、来自智谱的B", "与X一同加入京东的，还有两位旧部：A，以及B": a move clause closed by 的
     * and a cleft word (markers.tsv: cleft); the names after it moved, each from the post its own description gives.
     * A name the clause is with (与X一同) is not its subject. Null where the sentence is no such cleft.
     */
    private Movers cleft(List<Item> items, List<Item> pre, List<Item> post) {
        boolean named = pre.stream().anyMatch(it -> it.is(Kind.PERSON));
        if (named && !(pre.get(0).is(Kind.AND) && pre.size() >= 2 && pre.get(1).is(Kind.PERSON))) {
            return null;
        }
        for (int j = 0; j < post.size(); j++) {
            if (post.get(j).is(Kind.PERSON)) {
                return null;
            }
            if (!post.get(j).is(Kind.OF)) {
                continue;
            }
            int at = items.indexOf(post.get(j)) + 1;
            // "…的, 还有X", "…的还 | 有X" (a segmenter may cut 还有 in two).
            while (at < items.size() && items.get(at).text().matches("[,，还也]")) {
                at++;
            }
            if (at >= items.size() || !cleftWords.contains(items.get(at).text())) {
                return null;
            }
            List<Item> movers = items.subList(at + 1, items.size()).stream().filter(it -> it.is(Kind.PERSON)).toList();
            if (movers.isEmpty()) {
                return null;
            }
            // The clause's organization is the one before 的, not one in a name's description after it.
            Item org = post.subList(0, j).stream().filter(it -> it.is(Kind.ORG) && !it.weak()).findFirst().orElse(null);
            return new Movers(new ArrayList<>(movers), "cleft", org);
        }
        return null;
    }

    /** The people a group word means: 两人 the last two named, 他们 all of them. */
    private static List<String> lastOf(List<String> group, Item word) {
        int n = "一两二三四五六七八九".indexOf(word.text().charAt(0));
        int count = n <= 0 ? group.size() : n == 1 ? 2 : n;
        return count >= group.size() ? group : group.subList(group.size() - count, group.size());
    }

    private Movers movers(List<Item> items, int ti, List<Item> pre, Context ctx, Frame frame) {
        List<Item> movers = new ArrayList<>();
        Item t = items.get(ti);
        List<Item> post = new ArrayList<>();
        for (int j = ti + 1; j < items.size() && items.get(j).clause() == t.clause() && !items.get(j).is(Kind.TRIGGER); j++) {
            post.add(items.get(j));
        }
        if (t.trigger().when().equals("takes")) {
            // "X还带走了两名核心成员: A, 以及B": the names after the word go with the subject.
            items.subList(ti + 1, items.size()).stream().filter(it -> it.is(Kind.PERSON)).forEach(movers::add);
            return new Movers(movers, "list");
        }
        if (frame == Frame.APPOINT || frame == Frame.HIRE) {
            for (int j = ti + 1; j < items.size() && items.get(j).clause() == t.clause() && !items.get(j).is(Kind.AS); j++) {
                if (items.get(j).is(Kind.PERSON)) {
                    movers.add(items.get(j));
                } else if (items.get(j).is(Kind.PRONOUN) && ctx.topic != null && movers.isEmpty()) {
                    // "董事会已聘任他为该行行长": the one the story is about.
                    movers.add(person(ctx.topic, t));
                }
            }
            // "雷军将她从DeepSeek挖到小米": the one hired stands before the word, after 将 or 把.
            for (int j = 0; movers.isEmpty() && j + 1 < pre.size(); j++) {
                Item next = pre.get(j + 1);
                if ((pre.get(j).text().equals("将") || pre.get(j).text().equals("把"))
                        && (next.is(Kind.PERSON) || next.is(Kind.PRONOUN) && ctx.topic != null)) {
                    movers.add(next.is(Kind.PERSON) ? next : person(ctx.topic, t));
                    return new Movers(movers, "fronted");
                }
            }
            return new Movers(movers, "object");
        }
        if (pre.size() >= 2 && pre.get(pre.size() - 1).is(Kind.OF) && pre.get(pre.size() - 2).is(Kind.PERSON)) {
            // "发言人钟晓确认了上官岚的离职": the move named as a noun is the one of the name before 的.
            return new Movers(new ArrayList<>(List.of(pre.get(pre.size() - 2))), "named");
        }
        if (pre.size() >= 2 && pre.get(pre.size() - 1).text().equals("其") && ctx.topic != null
                && Set.of("了", "确认", "证实", "宣布", "公布", "透露").contains(pre.get(pre.size() - 2).text())) {
            // "发言人刘畅确认了其离职": 其 is the one the story is about, not the one who confirms.
            return new Movers(new ArrayList<>(List.of(person(ctx.topic, t))), "pronoun");
        }
        Movers cleft = cleft(items, pre, post);
        if (cleft != null) {
            return cleft;
        }
        movers.addAll(subjects(pre));
        if (!movers.isEmpty() && !pre.isEmpty() && pre.get(0).is(Kind.AND) && (frame == Frame.FOUND || frame == Frame.ARRIVE)) {
            // "X, 与前同事Y共同创立了Z": a clause that begins with 与 or 和 shares the move with the subject before it.
            for (int j = items.indexOf(pre.get(0)) - 1; j >= 0; j--) {
                if (items.get(j).is(Kind.PERSON)) {
                    if (!movers.contains(items.get(j))) {
                        movers.add(0, items.get(j));
                    }
                    break;
                }
                if (items.get(j).is(Kind.PRONOUN) && ctx.topic != null) {
                    // "她离开商汤, 与钟离远共同创立了公司": she is the one the story is about.
                    Item her = person(ctx.topic, t);
                    if (movers.stream().noneMatch(m -> m.text().equals(her.text()))) {
                        movers.add(0, her);
                    }
                    break;
                }
            }
        }
        String how = movers.isEmpty() ? "list" : "named";
        // "三位高管离职, 包括X和Y": the list after 包括 names the movers of the clause before it.
        for (int j = ti + 1; j < items.size() && items.get(j).clause() <= t.clause() + 1; j++) {
            Item it = items.get(j);
            if (it.clause() == t.clause() + 1 && it.is(Kind.LIST)) {
                for (int k = j + 1; k < items.size() && items.get(k).clause() == it.clause(); k++) {
                    if (items.get(k).is(Kind.PERSON)) {
                        movers.add(items.get(k));
                    }
                }
                break;
            }
        }
        if (!movers.isEmpty()) {
            return new Movers(movers, how);
        }
        // "苹果又有四位AI人才出走: 首席研究员X, 以及Y、Z和W": the names after a colon that ends the clause.
        if (ti + 1 < items.size() && (items.get(ti + 1).text().equals(":") || items.get(ti + 1).text().equals("："))) {
            items.subList(ti + 2, items.size()).stream().filter(it -> it.is(Kind.PERSON)).forEach(movers::add);
            if (!movers.isEmpty()) {
                return new Movers(movers, "list");
            }
        }
        // "与他一同离开的, 还有团队中的两名成员: A、B": a clause that ends with its move word and 的 is the topic of the
        // sentence after it, whose names are the ones who moved.
        List<Item> said = post.stream().filter(it -> !it.text().matches("[,，:：;；。]")).toList();
        if (!said.isEmpty() && said.get(said.size() - 1).is(Kind.OF) && said.stream().noneMatch(it -> it.is(Kind.PERSON))) {
            items.subList(items.indexOf(said.get(said.size() - 1)) + 1, items.size()).stream().filter(it -> it.is(Kind.PERSON)).forEach(movers::add);
            if (!movers.isEmpty()) {
                return new Movers(movers, "list");
            }
        }
        // "今年3月从腾讯跳槽至阿里的研究员戚安然, 本周又回到了腾讯": a move word before 的 tells of the name the 的
        // phrase describes (a title between them).
        for (int j = ti + 1; j < items.size() && items.get(j).clause() == t.clause(); j++) {
            Item it = items.get(j);
            if (it.is(Kind.PERSON) || it.is(Kind.TRIGGER)) {
                break;
            }
            if (it.is(Kind.OF)) {
                for (int k = j + 1; k < items.size() && k <= j + 3 && items.get(k).clause() == t.clause(); k++) {
                    if (items.get(k).is(Kind.PERSON)) {
                        return new Movers(new ArrayList<>(List.of(items.get(k))), "named");
                    }
                    if (!items.get(k).is(Kind.TITLE) && !items.get(k).is(Kind.ORG)) {
                        break;
                    }
                }
                break;
            }
        }
        Item group = pre.stream().filter(it -> it.is(Kind.GROUP)).findFirst().orElse(null);
        if (group != null && !ctx.lastGroup.isEmpty()) {
            return new Movers(lastOf(ctx.lastGroup, group).stream().map(name -> person(name, t)).toList(), "group");
        }
        Item pronoun = pre.stream().filter(it -> it.is(Kind.PRONOUN)).findFirst().orElse(null);
        if (pronoun != null && ctx.topic != null) {
            return new Movers(List.of(referent(items, items.indexOf(pronoun), ctx, t)), "pronoun");
        }
        Item opening = items.subList(0, ti).stream().filter(it -> it.is(Kind.GROUP)).findFirst().orElse(null);
        if (!ctx.lastGroup.isEmpty() && opening != null && items.subList(0, ti).stream().noneMatch(it -> it.is(Kind.PERSON))) {
            // "他们分别来自A、B和C, 将分别出任…": the group the sentence began with.
            return new Movers(lastOf(ctx.lastGroup, opening).stream().map(name -> person(name, t)).toList(), "group");
        }
        // The subject carried over commas is the nearest one: "X出任A; Y, 出任B" is Y's move, "那一年, 他离开百度, 加入快手"
        // the one 他 means.
        for (int j = ti - 1; j >= 0; j--) {
            if (items.get(j).is(Kind.PRONOUN) && ctx.topic != null) {
                // 他 is the one the sentence named before it, else the one the text is about.
                Item named = items.subList(0, j).stream().filter(it -> it.is(Kind.PERSON)).reduce((a, b) -> b).orElse(null);
                return new Movers(List.of(named != null ? named : person(ctx.topic, t)), "carried");
            }
            if (items.get(j).is(Kind.PERSON)) {
                // "X和Y已离开腾讯, 随其加盟": the subject carried is the whole list it closes.
                int clause = items.get(j).clause();
                List<Item> upTo = items.subList(0, j + 1).stream().filter(it -> it.clause() == clause).toList();
                List<Item> list = subjects(upTo);
                return new Movers(list.size() > 1 && list.contains(items.get(j)) ? list : List.of(items.get(j)), "carried");
            }
        }
        if (items.get(items.size() - 1).text().matches("[:：]") && items.subList(ti, items.size()).stream().noneMatch(it -> it.is(Kind.PERSON))) {
            // "近期加入阶跃的人包括：": the movers are the lines after the colon.
            return new Movers(List.of(), "none");
        }
        if (t.trigger().when().equals("named")) {
            // "成立" tells a founding only of someone named: "深衍智能成立于2025年" is the company's own date.
            return new Movers(List.of(), "none");
        }
        // "已有数名中层离开": a clause whose subject is unnamed people ("数名", "多位", "两名") is no one's named move.
        boolean bare = pre.stream().allMatch(it -> it.is(Kind.NEWS) || it.is(Kind.OTHER) || it.is(Kind.FROM)
                || it.is(Kind.ORG) || it.is(Kind.GO) || it.is(Kind.PAST))
                && !UNNAMED_PEOPLE.matcher(pre.stream().map(Item::text).reduce("", String::concat)).find()
                && pre.stream().noneMatch(it -> peopleWords.contains(it.text()));
        // (Not in a heading: "5. 京东→创业" tells of the paragraph after it, not of the one the text was last about.)
        boolean heading = !items.get(items.size() - 1).text().matches("[。！？!?；;”」』）)…]+")
                || items.stream().anyMatch(it -> it.text().contains("→"));
        if (bare && ctx.topic != null && !heading) {
            return new Movers(List.of(person(ctx.topic, t)), "zero");
        }
        return new Movers(List.of(), "none");
    }

    /**
     * The people a clause's move word is said of: the names before it, unless a name only qualifies the next one
     * ("李彦宏之妻马东敏回归", "X的助理Y离职" are the move of the second alone; a list joined by 、 和 与 is everyone's).
     */
    private static List<Item> subjects(List<Item> pre) {
        List<Item> people = new ArrayList<>();
        boolean joined = true;
        boolean qualifies = false;
        for (int j = pre.size() - 1; j >= 0; j--) {
            Item it = pre.get(j);
            if (it.is(Kind.PERSON) && addressed(pre, j)) {
                // "她向美团高级副总裁宁致远提出离职": the one spoken to is not the one who leaves.
                continue;
            }
            if (it.is(Kind.PERSON)) {
                if (!people.isEmpty() && qualifies && !joined) {
                    break;
                }
                people.add(0, it);
                joined = false;
                qualifies = false;
            } else if (it.is(Kind.AND)) {
                joined = true;
            } else if (it.is(Kind.OF) || it.text().startsWith("之")) {
                qualifies = true;
            }
        }
        return people;
    }

    /** Words that make the name after them (and its organization and title) the one addressed, not the subject. */
    private static final Set<String> TO_WHOM = Set.of("向", "对", "给", "跟", "替", "让", "找");

    private static boolean addressed(List<Item> pre, int j) {
        int k = j - 1;
        while (k >= 0 && (pre.get(k).is(Kind.ORG) || pre.get(k).is(Kind.TITLE) || pre.get(k).is(Kind.OF))) {
            k--;
        }
        return k >= 0 && TO_WHOM.contains(pre.get(k).text());
    }

    /**
     * Whom a pronoun that opens a later clause means: the last one named in the clauses of its sentence before it
     * ("…还有前美团负责人孙晓蕾, 她将担任…" is 孙晓蕾), else the one the text is about.
     */
    private Item referent(List<Item> items, int pronoun, Context ctx, Item at) {
        int clause = items.get(pronoun).clause();
        for (int j = pronoun - 1; j >= 0; j--) {
            if (items.get(j).is(Kind.PERSON) && items.get(j).clause() < clause && !quoted(items, j)) {
                return items.get(j);
            }
        }
        return person(ctx.topic, at);
    }

    private static Item person(String name, Item at) {
        return new Item(Kind.PERSON, name, -1, -1, at.clause(), null, false, null);
    }

    /** Words of studying: "曾在复旦大学获得学位" is no post. */
    private static final java.util.regex.Pattern STUDY = java.util.regex.Pattern.compile("学位|攻读|就读|求学|毕业|读书|留学|深造");

    /** Words of working somewhere: "在A工作了八年", "在A任职". */
    private static final java.util.regex.Pattern WORK = java.util.regex.Pattern.compile("工作|任职|供职|效力|就职|服务|从事");

    /** "在A工作了八年的研究科学家X": the name after 的 in the clause. */
    private static String personAfterOf(List<Item> items, int from) {
        boolean of = false;
        for (int j = from + 1; j < items.size() && items.get(j).clause() == items.get(from).clause(); j++) {
            of |= items.get(j).is(Kind.OF);
            if (items.get(j).is(Kind.PERSON)) {
                return of ? items.get(j).text() : null;
            }
        }
        return null;
    }

    /**
     * 该公司, 本公司, and a bare 公司 where a name would stand ("加入公司", "聘任X为公司总经理") stand for the
     * organization named last, not one that was left (从A, 原A, 离开A).
     */
    private void resolveReferences(List<Item> items, Context ctx) {
        Item last = ctx.lastOrg != null && !ctx.lastOrg.weak() ? ctx.lastOrg : null;
        List<Item> named = new ArrayList<>(ctx.named);
        boolean pairedPerson = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Item prev = i > 0 ? items.get(i - 1) : null;
            if (it.is(Kind.ORG) && !it.weak()) {
                for (int k = i + 1; k < items.size() && k <= i + 3; k++) {
                    if (ISSUER_WORDS.contains(items.get(k).text())) {
                        ctx.issuer = it; // "X有限公司（「本公司」）": the announcement's own company
                    }
                    if (!items.get(k).text().matches("[（(「『“\"]+") && !ISSUER_WORDS.contains(items.get(k).text())) {
                        break;
                    }
                }
                boolean left = prev != null && (prev.is(Kind.FROM) || prev.is(Kind.PAST)
                        || prev.is(Kind.TRIGGER) && prev.trigger().frame() == Frame.DEPART);
                if (!left) {
                    last = it;
                }
                named.add(it);
                continue;
            }
            // "前者…，后者则追随他多年，去年离开阿里": the first or the second of the two people named last (markers.tsv:
            // pair), unless the sentence named an organization before it ("从A转投B，后者为其设立了小组" means B).
            String pair = pairWords.get(it.text());
            // ("前者…在腾讯共事，后者…": once 前者 was a person, so is 后者.)
            boolean people = pairedPerson || items.subList(0, i).stream().noneMatch(x -> x.is(Kind.ORG));
            if (pair != null && ctx.lastGroup.size() >= 2 && people) {
                pairedPerson = true;
                List<String> two = ctx.lastGroup.subList(ctx.lastGroup.size() - 2, ctx.lastGroup.size());
                items.set(i, new Item(Kind.PERSON, two.get(pair.equals("first") ? 0 : 1), it.begin(), it.end(), it.clause(),
                        null, false, null));
                continue;
            }
            // "该校" and a bare "学院" stand for the last organization of their kind: the university, the college
            // (markers.tsv gives a reference word the name endings it stands for; an organization word stands for one
            // that ends with it).
            List<String> endings = it.is(Kind.THIS) ? thisEndings.getOrDefault(it.text(), List.of())
                    : it.is(Kind.OTHER) && unitWords.contains(it.text()) && bareBefore(prev) ? List.of(it.text()) : List.of();
            Item kin = endings.isEmpty() ? null : lastEndingWith(named, endings);
            if (kin != null) {
                items.set(i, new Item(Kind.ORG, kin.text(), it.begin(), it.end(), it.clause(), kin.org(), false, null));
                continue;
            }
            // "聘任X为公司总经理" (为公司 read as one word): 公司 after a word of function is as bare.
            boolean glued = it.is(Kind.OTHER) && it.text().length() == 3 && it.text().endsWith("公司") && "为任入到至于在".indexOf(it.text().charAt(0)) >= 0;
            boolean bare = glued || it.is(Kind.OTHER) && it.text().equals("公司")
                    && (prev == null || REFERRING.contains(prev.text()) || prev.is(Kind.TRIGGER) || prev.is(Kind.AS)
                    || prev.text().matches("[,，:：;；。]"));
            Item ref = ctx.issuer != null && ISSUER_WORDS.contains(it.text()) ? ctx.issuer
                    : ctx.lastNewOrg != null ? ctx.lastNewOrg : last;
            if ((it.is(Kind.THIS) || bare) && ref != null) {
                items.set(i, new Item(Kind.ORG, ref.text(), it.begin(), it.end(), it.clause(), ref.org(), false, null));
            }
        }
    }

    private static final Set<String> REFERRING = Set.of("这家", "该", "本", "那家");
    /** The words an announcement defines for its own company. */
    private static final Set<String> ISSUER_WORDS = Set.of("本公司", "本集团", "本集團");

    /** Whether a word after this one stands bare, where a name would: at a clause's start, after 该 or a move word. */
    private static boolean bareBefore(Item prev) {
        return prev == null || REFERRING.contains(prev.text()) || prev.is(Kind.TRIGGER) || prev.is(Kind.AS)
                || prev.text().matches("[,，:：;；。]");
    }

    /** The last organization named whose name ends with one of the endings, or null. */
    private static Item lastEndingWith(List<Item> named, List<String> endings) {
        for (int k = named.size() - 1; k >= 0; k--) {
            Item o = named.get(k);
            if (endings.stream().anyMatch(e -> o.text().endsWith(e) && o.text().length() > e.length())) {
                return o;
            }
        }
        return null;
    }

    private static String clauseOf(List<Item> items, int clause) {
        return items.stream().filter(x -> x.clause() == clause).map(Item::text).reduce("", String::concat);
    }

    /** The person a clause's words before an offset are said of: the last named before it, else the one a pronoun means. */
    private static String subjectBefore(List<Item> items, int at, Context ctx) {
        for (int j = at - 1; j >= 0; j--) {
            if (items.get(j).is(Kind.PERSON)) {
                return items.get(j).text();
            }
            if (items.get(j).is(Kind.PRONOUN)) {
                return ctx.topic;
            }
        }
        return null;
    }

    /** The organization and title before a name in its clause: "原腾讯副总裁、PCG负责人X". */
    private Tie tieBefore(List<Item> items, int pi, int index, Item lastOrg) {
        Item person = items.get(pi);
        Item org = null;
        String role = null;
        boolean past = false;
        for (int j = pi - 1, seen = 0; j >= 0 && items.get(j).clause() == person.clause() && seen < 16; j--, seen++) {
            Item it = items.get(j);
            Kind k = it.kind();
            if (k == Kind.TITLE) {
                role = role == null ? it.text() : role;
            } else if (k == Kind.ORG) {
                boolean beforeTitle = j + 1 < pi && items.get(j + 1).is(Kind.TITLE);
                // An apposition runs from the company to its unit ("荣耀产品营销部部长X"): the employer is the
                // outermost organization, a known one before an unknown one.
                if (!it.weak() || beforeTitle) {
                    if (org == null || known(it) || !known(org)) {
                        org = it;
                    }
                }
            } else if (k == Kind.THIS) {
                if (org == null && lastOrg != null) {
                    org = lastOrg;
                }
            } else if (k == Kind.PAST) {
                past = true;
                if (org != null && !orgRightBefore(items, j)) {
                    // "被挖至京东的还有前美团负责人X": 前 opens the description; what stands before it is another's
                    // (but "蘋果前iPhone製造營運總監" is one description of the company and its unit).
                    break;
                }
            } else if (k == Kind.AND) {
                if (j > 0 && items.get(j - 1).is(Kind.PERSON)) {
                    // "原通义视觉组的韩露、许博文": names joined bare share the description before the first; a name
                    // with its own description before it ("百度的A、阿里的B") found it before reaching the 、.
                    if (org != null || role != null) {
                        break;
                    }
                    j--;
                    seen++;
                }
            } else if (k != Kind.OTHER && k != Kind.UNDER && k != Kind.OF
                    || org != null && cleftWords.contains(it.text())) {
                // "加入智谱的还有MiniMax前产品总监X": the description begins after 还有.
                break;
            }
        }
        return org == null ? null : new Tie(person.text(), org, role, past, index);
    }

    /** The organization after 在 that a clause's words end with, adverbs between: "在零一万物短暂(任职)". */
    private static Item orgWorkedAt(List<Item> pre) {
        for (int j = pre.size() - 2; j >= 0; j--) {
            Item org = pre.get(j + 1);
            if (pre.get(j).text().equals("在") && org.is(Kind.ORG) && !org.weak()) {
                return pre.subList(j + 2, pre.size()).stream().allMatch(it -> it.is(Kind.OTHER) && it.text().length() <= 2) ? org : null;
            }
        }
        return null;
    }

    /** Whether an organization stands right before an item, past its name in brackets: "蘋果（Apple）前". */
    private static boolean orgRightBefore(List<Item> items, int at) {
        int k = at - 1;
        if (k >= 0 && items.get(k).text().matches("[)）]")) {
            while (k >= 0 && !items.get(k).text().matches("[(（]")) {
                k--;
            }
            k--;
        }
        return k >= 0 && items.get(k).is(Kind.ORG);
    }

    /**
     * A founder's title before a name, of a company no gazetteer knows (the one the article introduces, or the one
     * named before the title): "驭衡智能创始人兼CEO岑立远" founded 驭衡智能. A former founder (原X创始人) left it.
     */
    private static Fact founding(String sentence, int index, List<Item> items, int pi, Context ctx) {
        Fact after = foundingAfter(sentence, index, items, pi, ctx);
        if (after != null) {
            return after;
        }
        Item person = items.get(pi);
        Item title = null;
        int j = pi - 1;
        for (int seen = 0; j >= 0 && items.get(j).clause() == person.clause() && seen < 4; j--, seen++) {
            Item x = items.get(j);
            if (x.is(Kind.TITLE) && ChineseMentions.FOUNDER_TITLES.contains(x.text())) {
                title = x;
                break;
            }
            // "深衍智能的联合创始人兼CTO为苏曼宁": the title may stand before 为 or 是 and the name.
            boolean copula = j == pi - 1 && (x.is(Kind.AS) || x.text().equals("是"));
            if (!(x.is(Kind.TITLE) || x.is(Kind.OTHER) || x.is(Kind.AND) || copula)) {
                return null;
            }
        }
        if (title == null) {
            return null;
        }
        int k = j - 1;
        while (k >= 0 && items.get(k).is(Kind.OF)) {
            k--;
        }
        boolean inClause = k >= 0 && items.get(k).clause() == person.clause();
        Item org = inClause && items.get(k).is(Kind.ORG) ? items.get(k) : null;
        int pastAt = org != null ? k - 1 : k;
        if (pastAt >= 0 && items.get(pastAt).clause() == person.clause() && items.get(pastAt).is(Kind.PAST)) {
            return null;
        }
        if (org == null) {
            org = ctx.lastNewOrg;
        }
        if (org == null || org.weak() || known(org)) {
            return null;
        }
        int begin = clauseBegin(sentence, person.begin());
        return new Fact(Frame.FOUND, List.of(person), "named", null, org, title.text(), null,
                List.of("trigger=" + title.text(), "founder-title"), 0.8, index, false, begin, clauseEnd(sentence, person.end()));
    }

    /**
     * "上海澄岳私募基金管理有限公司已完成登记, 钟雨桐为其实际控制人", "X为该公司创始人": a founder's title said of the
     * person after 为 or 是, of a company no gazetteer knows (the one just named, or the new one the article named).
     */
    private static Fact foundingAfter(String sentence, int index, List<Item> items, int pi, Context ctx) {
        Item person = items.get(pi);
        int k = pi + 1;
        if (k >= items.size() || items.get(k).clause() != person.clause()
                || !(items.get(k).is(Kind.AS) || items.get(k).text().equals("是"))) {
            return null;
        }
        k++;
        Item org = null;
        if (k < items.size() && items.get(k).is(Kind.ORG)) {
            org = items.get(k++);
        } else if (k < items.size() && items.get(k).text().equals("其")) {
            // 其: the organization the sentence named before the person, else the one the article named last
            org = lastOrgBefore(items, pi, null);
            org = org != null ? org : ctx.lastNewOrg != null ? ctx.lastNewOrg : ctx.lastOrg;
            k++;
        }
        // (A company the gazetteer knows, 腾讯, was founded long ago; a name that holds its own reference is a new one.)
        if (k >= items.size() || !items.get(k).is(Kind.TITLE) || !ChineseMentions.FOUNDER_TITLES.contains(items.get(k).text())
                || org == null || org.weak() || known(org) && !org.text().contains(org.org().organization())) {
            return null;
        }
        return new Fact(Frame.FOUND, List.of(person), "named", null, org, items.get(k).text(), null,
                List.of("trigger=" + items.get(k).text(), "founder-title"), 0.8, index, false,
                clauseBegin(sentence, person.begin()), clauseEnd(sentence, items.get(k).end()));
    }

    /**
     * Where a person came from, said right after the name: "X出身华为车BU", "Y则来自微软", "Z, 前谷歌高级研究科学家",
     * "W此前是小鹏汽车自动驾驶中心负责人": a post held before.
     */
    private static Tie tieAfter(String sentence, List<Item> items, int pi, int index) {
        Item person = items.get(pi);
        boolean marked = false;
        for (int j = pi + 1; j < items.size() && j <= pi + 5; j++) {
            Item x = items.get(j);
            if (x.clause() > person.clause() + 1) {
                return null;
            }
            if (x.is(Kind.ORG) && !x.weak() && j + 1 < items.size() && items.get(j + 1).text().equals("出身")
                    && items.get(j + 1).clause() == person.clause()) {
                // "联合创始人俞舒大疆出身": 出身 after the organization says the same as before it.
                return new Tie(person.text(), x, null, true, index);
            }
            if (x.is(Kind.FROM) || x.is(Kind.PAST) && FORMER.contains(x.text())) {
                marked = true;
            } else if (x.is(Kind.ORG) && x.begin() > 0 && "原前".indexOf(sentence.charAt(x.begin() - 1)) >= 0 && !marked
                    && items.get(j - 1).end() < x.begin()) {
                // "原北岭证券研究所负责人" read as one word: the 原 cut off its front still marks the post as over.
                return new Tie(person.text(), x, null, true, index);
            } else if (x.is(Kind.ORG) && (!x.weak() || items.get(j - 1).is(Kind.FROM))) {
                // "先后在复旦大学、武汉大学获得学位" is no post; "出身Appier" names one the gazetteer does not know.
                return marked && !STUDY.matcher(clauseOf(items, x.clause())).find() ? new Tie(person.text(), x, null, true, index) : null;
            } else if (!(x.is(Kind.AS) || x.is(Kind.OTHER) && (x.text().length() == 1 || x.text().matches("同样|担任")))) {
                return null;
            }
        }
        return null;
    }

    /** Past words that say a post is over (not 历任 or 先后, which list the posts of a career). */
    private static final Set<String> FORMER = Set.of("原", "前", "此前", "曾", "曾经", "曾任");

    /** "X（前腾讯副总裁）": the post in parentheses after a name. */
    private static Tie tieInParentheses(List<Item> items, int pi, int index) {
        if (pi + 1 >= items.size() || !items.get(pi + 1).text().matches("[(（]")) {
            return null;
        }
        Item org = null;
        String role = null;
        boolean past = false;
        for (int j = pi + 2; j < items.size() && j <= pi + 8 && !items.get(j).text().matches("[)）]"); j++) {
            Item it = items.get(j);
            if (it.is(Kind.ORG) && org == null) {
                org = it;
            } else if (it.is(Kind.TITLE) && role == null) {
                role = it.text();
            } else if (it.is(Kind.PAST)) {
                past = true;
            }
        }
        return org == null || role == null ? null : new Tie(items.get(pi).text(), org, role, past, index);
    }

    private static boolean known(Item org) {
        return org.known();
    }

    private Item firstOrg(List<Item> post) {
        for (int j = 0; j < post.size(); j++) {
            Item it = post.get(j);
            // A Latin name fills the slot right after the word, before a title or after a kind ("创办的公司Parallax").
            boolean slot = j == 0 || j + 1 < post.size() && post.get(j + 1).is(Kind.TITLE) || orgNouns.contains(post.get(j - 1).text());
            if (it.is(Kind.ORG) && (!it.weak() || slot)) {
                // "吉利旗下极氪": the unit under the group is where the person goes; "北京人工智能企业智谱": a kind of
                // organization before a name says what the name is.
                if (j + 2 < post.size() && (post.get(j + 1).is(Kind.UNDER) || orgNouns.contains(post.get(j + 1).text()))
                        && post.get(j + 2).is(Kind.ORG)) {
                    return post.get(j + 2);
                }
                return it;
            }
            if (it.is(Kind.PERSON) || it.is(Kind.FROM)) {
                return null;
            }
        }
        return null;
    }

    /** The organization after a marker, over at most two plain words ("去深圳平安银行": a city before the name). */
    private static Item orgAfter(List<Item> pre, Kind marker) {
        for (int j = 0; j + 1 < pre.size(); j++) {
            if (!pre.get(j).is(marker)) {
                continue;
            }
            for (int k = j + 1; k < pre.size() && k <= j + 3; k++) {
                if (pre.get(k).is(Kind.ORG)) {
                    return pre.get(k);
                }
                if (!pre.get(k).is(Kind.OTHER)) {
                    break;
                }
            }
        }
        return null;
    }

    /** The organization that hires: the last one named before the word, not the one it hires from (从华为挖来). */
    private static Item lastOrgBefore(List<Item> items, int ti, Item from) {
        for (int j = ti - 1; j >= 0; j--) {
            if (items.get(j).is(Kind.ORG) && !items.get(j).weak() && items.get(j) != from) {
                return items.get(j);
            }
        }
        return null;
    }

    private static String titleAfter(List<Item> post, Item org) {
        int at = post.indexOf(org);
        for (int j = at + 1; j < post.size() && j <= at + 3; j++) {
            if (post.get(j).is(Kind.TITLE)) {
                return post.get(j).text();
            }
        }
        return null;
    }

    /** The strongest hedge before the move word: negation only right before it, the others over two clauses. */
    /** The sentence with the names of people and organizations blanked out (same length). */
    private static String withoutNames(String sentence, List<Item> items) {
        char[] out = sentence.toCharArray();
        for (Item it : items) {
            if ((it.is(Kind.PERSON) || it.is(Kind.ORG)) && it.begin() >= 0 && it.end() <= out.length) {
                java.util.Arrays.fill(out, it.begin(), it.end(), '\u3007');
            }
        }
        return new String(out);
    }

    private Hedge hedge(String twoClauses, String ownClause) {
        Hedge found = null;
        boolean confirmed = false;
        for (Map.Entry<String, Hedge> h : hedges.entrySet()) {
            int at = twoClauses.lastIndexOf(h.getKey());
            if (at < 0) {
                continue;
            }
            if (h.getValue() == Hedge.CONFIRM) {
                confirmed = true;
            } else if (h.getValue() == Hedge.NEGATION) {
                int own = ownClause.lastIndexOf(h.getKey());
                if (own >= 0 && ownClause.length() - own - h.getKey().length() <= 3) {
                    found = Hedge.NEGATION;
                }
            } else if (found == null || found == Hedge.EXPECTATION) {
                found = h.getValue();
            }
        }
        return confirmed && found != null && found != Hedge.NEGATION ? null : found;
    }

    private static boolean isClauseEnd(char c) {
        return c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':';
    }

    private static int clauseBegin(String s, int at) {
        int i = Math.min(at, s.length());
        while (i > 0 && !isClauseEnd(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int previousClauseBegin(String s, int clauseBegin) {
        return clauseBegin == 0 ? 0 : clauseBegin(s, clauseBegin - 1);
    }

    private static int clauseEnd(String s, int at) {
        int i = at;
        while (i < s.length() && !isClauseEnd(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
