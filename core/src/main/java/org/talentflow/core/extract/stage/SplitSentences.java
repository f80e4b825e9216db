package org.talentflow.core.extract.stage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.talentflow.core.domain.Limits;
import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.pipeline.SentenceSplitter;

/**
 * Cheap: a document without a single move word stops here (most news); the others are split into sentences, at most
 * {@link Limits#sentences()}, and those of more than {@link Limits#sentenceTokens()} are noted (no stage reads them).
 */
public final class SplitSentences implements Stage {

    private final SentenceSplitter splitter;
    private final SentenceSelector selector;
    private final boolean everyDocument;

    public SplitSentences(SentenceSplitter splitter, SentenceSelector selector, boolean everyDocument) {
        this.splitter = splitter;
        this.selector = selector;
        this.everyDocument = everyDocument;
    }

    @Override
    public String name() {
        return "split";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TEXT);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.SENTENCES);
    }

    @Override
    public void apply(Extraction e) {
        if (!everyDocument && !selector.mayReportMoves(e.document().text())) {
            e.finish();
            return;
        }
        Limits limits = e.limits();
        String text = e.document().text();
        List<Sentence> sentences = splitter.split(text, limits.sentences());
        int readUpTo = sentences.isEmpty() ? text.length() : sentences.get(sentences.size() - 1).end();
        if (sentences.size() == limits.sentences() && !text.substring(readUpTo).isBlank()) {
            e.note("sentences", "cut to " + Limits.count(sentences.size()) + " sentences: the text after character "
                    + Limits.count(readUpTo) + " of " + Limits.count(text.length()) + " was not read");
        }
        List<Sentence> tooLong = sentences.stream().filter(s -> s.tokens() > limits.sentenceTokens()).toList();
        if (!tooLong.isEmpty()) {
            e.note("sentenceTokens", Limits.count(tooLong.size()) + (tooLong.size() == 1 ? " sentence" : " sentences") + " of more than "
                    + Limits.count(limits.sentenceTokens()) + " tokens not tagged or parsed (the longest has "
                    + Limits.count(tooLong.stream().mapToInt(Sentence::tokens).max().orElse(0)) + ")");
        }
        e.sentences(sentences);
    }
}
