package org.talentflow.core.extract.stage;

import java.util.EnumSet;
import java.util.Set;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.pipeline.SentenceSplitter;

/** Cheap: a document without a single move word stops here (most news); the others are split into sentences. */
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
        e.sentences(splitter.split(e.document().text()));
    }
}
