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

    public ChineseSegmenter(Gazetteer gazetteer, Lexicon chinese) {
        synchronized (LOCK) {
            // HanLP's dictionary is one per process: each word is added once, whatever the number of extractors.
            for (Organization org : gazetteer.organizations()) {
                List<String> names = new ArrayList<>(org.aliases());
                names.add(org.name());
                names.stream().filter(ChineseText::hasHan).map(ChineseText::simplified).forEach(n -> teach(n, "nt 100000"));
            }
            chinese.titleWords().forEach(t -> teach(t, "nnt 100000"));
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

    /** The words of a (folded) sentence, offsets relative to it. */
    public List<Word> words(String sentence) {
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                .enableCustomDictionaryForcing(true).enableOffset(true);
        List<Word> words = new ArrayList<>();
        for (Term t : segment.seg(sentence)) {
            words.add(new Word(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        }
        return words;
    }
}
