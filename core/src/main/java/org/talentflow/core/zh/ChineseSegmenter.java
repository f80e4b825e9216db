package org.talentflow.core.zh;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.talentflow.core.domain.Organization;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.lexicon.Trigger;
import org.talentflow.core.resolve.Gazetteer;

/**
 * Chinese words with their parts of speech (HanLP's viterbi segmenter with its person and organization models).
 * The lexicon and the gazetteer feed its dictionary: HanLP splits 字节跳动 and misses 小米 until told, and glues a
 * title it does not know to the name after it ("首席战略官张阔" read as 首席/战略/官张阔).
 */
public final class ChineseSegmenter {

    /** One word: its text, HanLP's tag (nr person, nt organization, nnt title, v verb, ...), its offset. */
    public record Word(String text, String tag, int begin) {
        public int end() {
            return begin + text.length();
        }
    }

    private static final Object LOCK = new Object();
    private static final java.util.Set<String> TAUGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Gazetteer gazetteer;
    private final java.util.Set<String> titles = new java.util.HashSet<>();
    private final java.util.Set<String> orgWords;
    private final int maxTitle;
    private final List<String> mendable;

    public ChineseSegmenter(Gazetteer gazetteer, Lexicon chinese) {
        this.gazetteer = gazetteer;
        chinese.titleWords().stream().filter(ChineseText::hasHan).forEach(titles::add);
        this.orgWords = chinese.orgNameWords();
        // Words that end an institution's name (org-name-words.tsv: unit): 大学, 研究院. Company words (公司, 科技) are
        // too common after a reference or a verb (该公司, 出任该公司) to be mended.
        this.mendable = chinese.wordsOfKind("org-name-words.tsv", "unit").stream().filter(w -> w.length() >= 2).toList();
        this.maxTitle = titles.stream().mapToInt(String::length).max().orElse(2);
        synchronized (LOCK) {
            // HanLP's dictionary is one per process: each word is added once, whatever the number of extractors.
            for (Organization org : gazetteer.organizations()) {
                List<String> names = new ArrayList<>(org.aliases());
                names.add(org.name());
                names.stream().filter(ChineseText::hasHan).map(ChineseText::simplified).forEach(n -> teach(n, "nt 100000"));
            }
            chinese.titleWords().forEach(t -> teach(t, "nnt 100000"));
            ChineseMentions.COMMON_WORDS.forEach(w -> teach(w, "n 100000"));
            // "创业公司" is a kind of company, not the move word 创业 and a 公司.
            chinese.orgNouns().stream().filter(w -> w.length() > 2).forEach(w -> teach(w, "n 100000"));
            for (Trigger t : chinese.triggers()) {
                if (t.lemma().length() > 1) {
                    teach(t.lemma(), "v 100000");
                }
            }
        }
    }

    private static void teach(String word, String natureAndFrequency) {
        if (TAUGHT.add(word)) {
            CustomDictionary.insert(word, natureAndFrequency);
        }
    }

    /**
     * The words of a (folded) sentence, offsets relative to it. What the lexicon and the gazetteer know is cut first
     * and the segmenter reads the pieces between: its model, left to itself, reads "原行长宁黎明" as 原行/长宁/黎明.
     */
    public List<Word> words(String sentence) {
        List<int[]> known = knownSpans(sentence);
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (int[] span : known) {
            segment(sentence, at, span[0], words);
            words.add(new Word(sentence.substring(span[0], span[1]), span[2] == 1 ? "nnt" : "nt", span[0]));
            at = span[1];
        }
        segment(sentence, at, sentence.length(), words);
        return mendOrgWords(sentence, words);
    }

    /**
     * "澄川大学" cut as 澄/川大/学: an organization word (大学, 银行, 证券 of org-name-words.tsv) that ends a word but
     * begins inside another was read into a neighbour. The pieces from two to four characters before it, with it, are
     * one name. Where the word does not end a word either ("交大学习"), it was never there.
     */
    private List<Word> mendOrgWords(String sentence, List<Word> words) {
        List<Word> out = words;
        for (String w : mendable) {
            for (int at = sentence.indexOf(w); at >= 0; at = sentence.indexOf(w, at + 1)) {
                int end = at + w.length();
                int last = indexEndingAt(out, end);
                int inside = indexCovering(out, at);
                if (last < 0 || inside < 0 || out.get(inside).begin() == at) {
                    continue;
                }
                int first = inside;
                while (at - out.get(first).begin() < 2 && first > 0 && plainHan(out.get(first - 1))) {
                    first--;
                }
                int prefix = at - out.get(first).begin();
                if (prefix < 2 || prefix > 4 || !plainHan(out.get(first))) {
                    continue;
                }
                List<Word> mended = new ArrayList<>(out.subList(0, first));
                mended.add(new Word(sentence.substring(out.get(first).begin(), end), "nt", out.get(first).begin()));
                mended.addAll(out.subList(last + 1, out.size()));
                out = mended;
            }
        }
        return out;
    }

    private static boolean plainHan(Word w) {
        return w.text().length() <= 2 && w.text().codePoints().allMatch(ChineseText::isHan) && !w.tag().equals("w");
    }

    private static int indexEndingAt(List<Word> words, int end) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).end() == end) {
                return k;
            }
        }
        return -1;
    }

    private static int indexCovering(List<Word> words, int at) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).begin() <= at && at < words.get(k).end()) {
                return k;
            }
        }
        return -1;
    }

    private void segment(String sentence, int from, int to, List<Word> words) {
        if (from >= to) {
            return;
        }
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                .enableCustomDictionaryForcing(true).enableOffset(true);
        for (Term t : segment.seg(sentence.substring(from, to))) {
            String tag = t.nature == null ? "x" : t.nature.toString();
            if (tag.startsWith("nt") && t.word.length() >= 4 && (t.word.charAt(0) == '前' || t.word.charAt(0) == '原')) {
                // "前北辰科技": 前 and 原 say that a post is over; HanLP's organization reader takes them into the name.
                words.add(new Word(t.word.substring(0, 1), "f", from + t.offset));
                addOrg(t.word.substring(1), tag, from + t.offset + 1, words);
                continue;
            }
            if (tag.startsWith("nt")) {
                addOrg(t.word, tag, from + t.offset, words);
                continue;
            }
            words.add(new Word(t.word, tag, from + t.offset));
        }
    }

    /** What ends the name of a part ("投资银行部", "风控中心", "算法团队"): no ordinary word after a name. */
    private static final java.util.regex.Pattern UNIT_END = java.util.regex.Pattern.compile("[部处科室组所院局厅会行司]$|中心$|团队$|分行$|业务$|板块$");

    /**
     * An organization HanLP read, without the ordinary word it took after the word that ends the name: "北辰科技测试"
     * is 北辰科技 and 测试 ("…测试负责人"). A name word after it (研发中心, 电子) stays: it names a unit or the trade.
     */
    private void addOrg(String word, String tag, int begin, List<Word> words) {
        int cut = -1;
        for (String w : orgWords) {
            int at = word.lastIndexOf(w);
            if (at >= 2 && at + w.length() < word.length()) {
                cut = Math.max(cut, at + w.length());
            }
        }
        String rest = cut < 0 ? "" : word.substring(cut);
        if (cut < 0 || rest.length() > 3 || orgWords.stream().anyMatch(rest::contains) || UNIT_END.matcher(rest).find()) {
            words.add(new Word(word, tag, begin));
            return;
        }
        words.add(new Word(word.substring(0, cut), tag, begin));
        words.add(new Word(rest, "n", begin + cut));
    }

    /**
     * Known organizations (two Han characters or more) and titles, longest first, left to right, without overlap; a
     * title never cuts an organization word ("银行长期" holds 银行, not 行长). Each span: begin, end, 1 for a title.
     */
    private List<int[]> knownSpans(String sentence) {
        boolean[] taken = new boolean[sentence.length()];
        List<int[]> spans = new ArrayList<>();
        for (var hit : gazetteer.findAll(sentence)) {
            if (hit.end() - hit.start() >= 2 && ChineseText.hasHan(hit.surface()) && free(taken, hit.start(), hit.end())) {
                mark(taken, hit.start(), hit.end());
                spans.add(new int[] {hit.start(), hit.end(), 0});
            }
        }
        for (int i = 0; i < sentence.length(); i++) {
            for (int len = Math.min(maxTitle, sentence.length() - i); len >= 2; len--) {
                String w = sentence.substring(i, i + len);
                if (titles.contains(w) && free(taken, i, i + len) && !cutsOrgWord(sentence, i, i + len)
                        && !startsLongerCommonWord(sentence, i, len)) {
                    mark(taken, i, i + len);
                    spans.add(new int[] {i, i + len, 1});
                    i += len - 1;
                    break;
                }
            }
        }
        spans.sort(java.util.Comparator.comparingInt(s -> s[0]));
        return spans;
    }

    /** "董事会" is no title 董事 and a 会: a common word (common-words.tsv) longer than the title begins there. */
    private static boolean startsLongerCommonWord(String sentence, int at, int titleLength) {
        return ChineseMentions.COMMON_WORDS.stream().anyMatch(w -> w.length() > titleLength && sentence.startsWith(w, at));
    }

    private boolean cutsOrgWord(String sentence, int begin, int end) {
        for (String w : orgWords) {
            for (int at = sentence.indexOf(w, Math.max(0, begin - w.length() + 1)); at >= 0 && at < end;
                 at = sentence.indexOf(w, at + 1)) {
                if (at < begin && at + w.length() > begin || at < end && at + w.length() > end) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean free(boolean[] taken, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int begin, int end) {
        java.util.Arrays.fill(taken, begin, end, true);
    }
}
