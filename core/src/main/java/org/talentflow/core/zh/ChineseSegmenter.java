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

    public ChineseSegmenter(Gazetteer gazetteer, Lexicon chinese) {
        this.gazetteer = gazetteer;
        chinese.titleWords().stream().filter(ChineseText::hasHan).forEach(titles::add);
        this.orgWords = chinese.orgNameWords();
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
        return words;
    }

    private static void segment(String sentence, int from, int to, List<Word> words) {
        if (from >= to) {
            return;
        }
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                .enableCustomDictionaryForcing(true).enableOffset(true);
        for (Term t : segment.seg(sentence.substring(from, to))) {
            words.add(new Word(t.word, t.nature == null ? "x" : t.nature.toString(), from + t.offset));
        }
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
