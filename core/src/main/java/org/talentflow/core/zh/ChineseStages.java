package org.talentflow.core.zh;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.zh.ChineseMentions.Item;
import org.talentflow.core.zh.ChineseSegmenter.Word;

/**
 * The Chinese stages of the extraction chain: split and filter (cheap: a sentence without a move word of the
 * lexicon is never segmented), read (segment, find the document's names, read the clauses in order), choose.
 */
public final class ChineseStages {

    private static final boolean DEBUG = Boolean.getBoolean("talentflow.debug");

    /** A sentence cut from the folded text: its span and whether it holds a move word. */
    record Split(ChineseText.Folded folded, List<int[]> spans, boolean[] selected) {
    }

    private ChineseStages() {
    }

    /** The Chinese chain, choosing with the shipped Chinese model. */
    public static List<Stage> of(Gazetteer gazetteer) {
        return of(gazetteer, org.talentflow.core.scoring.MoveScorer.shipped(org.talentflow.core.scoring.MoveScorer.CHINESE));
    }

    /** The Chinese chain; a null scorer chooses by the rules' prior confidence (before any model is trained). */
    public static List<Stage> of(Gazetteer gazetteer, org.talentflow.core.scoring.MoveScorer scorer) {
        Lexicon zh = Lexicon.chinese();
        ChineseMentions mentions = new ChineseMentions(zh, Lexicon.english(), gazetteer);
        ChineseSegmenter segmenter = new ChineseSegmenter(gazetteer, zh);
        ChineseClauses clauses = new ChineseClauses(zh);
        return List.of(new SplitChinese(mentions), new ReadChinese(mentions, segmenter, clauses, new IntroducedOrgs(zh, Lexicon.english(), gazetteer)), new ChooseChinese(scorer));
    }

    static final class SplitChinese implements Stage {
        private final ChineseMentions mentions;

        SplitChinese(ChineseMentions mentions) {
            this.mentions = mentions;
        }

        @Override
        public String name() {
            return "zh-split";
        }

        @Override
        public Set<Need> requires() {
            return EnumSet.of(Need.TEXT);
        }

        @Override
        public Set<Need> adds() {
            return EnumSet.of(Need.SENTENCES, Need.SELECTED);
        }

        @Override
        public void apply(Extraction e) {
            ChineseText.Folded folded = ChineseText.fold(e.document().text());
            String text = folded.text();
            List<int[]> spans = new ArrayList<>();
            int begin = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || "。！？!?；\n".indexOf(text.charAt(i)) >= 0) {
                    int end = Math.min(text.length(), i + 1);
                    if (!text.substring(begin, end).isBlank() && spans.size() < e.limits().sentences()) {
                        spans.add(new int[] {begin, end});
                    }
                    begin = end;
                }
            }
            boolean[] selected = new boolean[spans.size()];
            boolean any = false;
            boolean list = false;
            for (int i = 0; i < spans.size(); i++) {
                String sentence = text.substring(spans.get(i)[0], spans.get(i)[1]);
                // "近期加入阶跃的人包括：" and the numbered lines after it: each line names one of the movers.
                list = list && ChineseClauses.BULLET.matcher(sentence).lookingAt();
                // "对此，MiniMax回应称消息不实，车念慈仍在职": a denial right after a move sentence is read with it.
                selected[i] = mentions.mayReportMove(sentence) || list || i > 0 && selected[i - 1] && mentions.mayDeny(sentence);
                list = list || selected[i] && sentence.strip().matches(".*[:：]$");
                any |= selected[i];
            }
            e.part(Split.class, new Split(folded, spans, selected));
            if (!any) {
                e.finish();
            }
        }
    }

    static final class ReadChinese implements Stage {
        private final ChineseMentions mentions;
        private final ChineseSegmenter segmenter;
        private final ChineseClauses clauses;
        private final IntroducedOrgs introducedOrgs;

        ReadChinese(ChineseMentions mentions, ChineseSegmenter segmenter, ChineseClauses clauses, IntroducedOrgs introducedOrgs) {
            this.mentions = mentions;
            this.introducedOrgs = introducedOrgs;
            this.segmenter = segmenter;
            this.clauses = clauses;
        }

        @Override
        public String name() {
            return "zh-read";
        }

        @Override
        public Set<Need> requires() {
            return EnumSet.of(Need.SENTENCES, Need.SELECTED);
        }

        @Override
        public Set<Need> adds() {
            return EnumSet.of(Need.READINGS);
        }

        @Override
        public void apply(Extraction e) {
            Split split = e.part(Split.class);
            String text = split.folded().text();
            Map<Integer, List<Word>> words = new TreeMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < split.spans().size(); i++) {
                if (split.selected()[i]) {
                    e.checkTime();
                    List<Word> w = segmenter.words(text.substring(split.spans().get(i)[0], split.spans().get(i)[1]));
                    words.put(i, w);
                    mentions.names(w).stream().filter(n -> !names.contains(n)).forEach(names::add);
                    // The sentence before a move sentence often names the organization it is about ("荣耀...高层
                    //变动。包括原董事长X...纷纷挂冠而去"): it is segmented too, for its organizations only.
                    if (i > 0 && !split.selected()[i - 1] && !words.containsKey(i - 1)) {
                        List<Word> before = segmenter.words(text.substring(split.spans().get(i - 1)[0], split.spans().get(i - 1)[1]));
                        words.put(i - 1, before);
                        // Its people too: "迎来三位新伙伴: X、Y和Z。他们分别来自…" names the group the next one moves.
                        mentions.names(before).stream().filter(n -> !names.contains(n)).forEach(names::add);
                    }
                }
            }
            names.sort((a, b) -> b.length() - a.length());
            List<String> introduced = introducedOrgs.in(text, names);
            // "华锐精密（688927）": a name found only inside an organization's name (华锐, read as a person's) is none.
            String outside = text;
            for (String org : introduced) {
                outside = outside.replace(org, " ");
            }
            String rest = outside;
            names.removeIf(n -> introduced.stream().anyMatch(o -> o.contains(n)) && !rest.contains(n));
            if (DEBUG) {
                System.err.println("[" + e.document().name() + "] introduced " + introduced);
            }
            // "二人联合创立的公司已完成融资。该公司工商注册名为'青禾算力'": a sentence just after a move sentence that
            // names a company the article introduces is read too, for the organization a founding went to.
            for (int i = 0; i < split.spans().size(); i++) {
                for (int k = i + 1; split.selected()[i] && k <= i + 2 && k < split.spans().size(); k++) {
                    String next = text.substring(split.spans().get(k)[0], split.spans().get(k)[1]);
                    if (!words.containsKey(k) && introduced.stream().anyMatch(next::contains)) {
                        words.put(k, segmenter.words(next));
                    }
                }
            }
            ChineseClauses.Context ctx = new ChineseClauses.Context(e.document().published(),
                    ChineseDates.latestYear(text));
            ctx.introduced = java.util.Set.copyOf(introduced);
            // "国盛证券 ... 回归国盛": the stem of a name the article gave in full stands for it in later sentences.
            Map<String, org.talentflow.core.domain.OrgRef> shortForms = new java.util.LinkedHashMap<>();
            List<ChineseClauses.Fact> facts = new ArrayList<>();
            List<ChineseClauses.Tie> ties = new ArrayList<>();
            Map<Integer, List<Item>> items = new TreeMap<>();
            Map<Item, String> written = new IdentityHashMap<>();
            for (var entry : words.entrySet()) {
                int[] span = split.spans().get(entry.getKey());
                String sentence = text.substring(span[0], span[1]);
                List<Item> its = mentions.items(sentence, entry.getValue(), names, introduced, shortForms);
                int known = shortForms.size();
                mentions.shortForms(its, introduced).forEach(shortForms::putIfAbsent);
                if (shortForms.size() > known) {
                    // A stem the sentence itself gave in full may stand alone later in it ("从国盛证券加盟…, 回归国盛").
                    its = mentions.items(sentence, entry.getValue(), names, introduced, shortForms);
                }
                items.put(entry.getKey(), its);
                for (Item it : its) {
                    if (it.begin() < 0 || !sentence.startsWith(it.text(), it.begin())) {
                        // "陈先生" read as 陈志鸿, "本公司" as the company: the name is written where it was given.
                        continue;
                    }
                    int b = split.folded().documentOffset(span[0] + it.begin());
                    int en = split.folded().documentOffset(span[0] + it.end());
                    written.put(it, en - b == it.text().length() ? e.document().text().substring(b, en) : it.text());
                }
                if (!split.selected()[entry.getKey()]) {
                    clauses.glance(entry.getKey(), its, ctx);
                    continue;
                }
                int before = facts.size();
                clauses.read(sentence, entry.getKey(), its, ctx, facts, ties);
                if (DEBUG) {
                    System.err.println("[" + e.document().name() + "] " + sentence.strip() + "\n  words " + entry.getValue()
                            + "\n  items " + its.stream().map(it -> it.kind() + ":" + it.text() + "/" + it.clause()).toList()
                            + "\n  facts " + facts.subList(before, facts.size()));
                }
            }
            e.part(ChineseMoves.Reading.class,
                    new ChineseMoves.Reading(split.folded(), split.spans(), facts, ties, items, written, ctx.referenceYear(),
                            java.util.Set.copyOf(introduced)));
        }
    }

    static final class ChooseChinese implements Stage {
        private final org.talentflow.core.scoring.MoveScorer scorer;

        ChooseChinese(org.talentflow.core.scoring.MoveScorer scorer) {
            this.scorer = scorer;
        }

        @Override
        public String name() {
            return "zh-choose";
        }

        @Override
        public Set<Need> requires() {
            return EnumSet.of(Need.READINGS);
        }

        @Override
        public Set<Need> adds() {
            return EnumSet.of(Need.CANDIDATES, Need.SCORED, Need.MOVES);
        }

        @Override
        public void apply(Extraction e) {
            List<ChineseMoves.Candidate> candidates = ChineseMoves.candidates(e.document().name(), e.document().text(),
                    e.part(ChineseMoves.Reading.class));
            if (DEBUG) {
                candidates.forEach(c -> System.err.println("[" + e.document().name() + "] "
                        + (scorer == null ? "" : String.format(java.util.Locale.ROOT, "%.2f ", scorer.probability(c.features())))
                        + c.move().person() + " " + c.move().from() + " -> " + c.move().to() + " " + c.features()));
            }
            e.moves().addAll(ChineseMoves.choose(candidates, scorer));
        }
    }
}
