package org.talentflow.core.extract.stage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.pipeline.SentenceSelector;

/**
 * The cascade's first cut: sentences with a trigger of the lexicon and someone to be about, and the list a colon
 * opens in them or right after them. With everySentence (the benchmark's full pipeline) every sentence is selected.
 */
public final class SelectMoveSentences implements Stage {

    private final SentenceSelector selector;
    private final boolean everySentence;

    public SelectMoveSentences(SentenceSelector selector, boolean everySentence) {
        this.selector = selector;
        this.everySentence = everySentence;
    }

    @Override
    public String name() {
        return "select";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.SENTENCES);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.SELECTED);
    }

    @Override
    public void apply(Extraction e) {
        boolean[] chosen = e.selected();
        List<Sentence> sentences = e.sentences();
        if (everySentence) {
            Arrays.fill(chosen, true);
            return;
        }
        for (Sentence s : sentences) {
            // "All five have started at Meta. They are:": a colon right after a chosen sentence opens the list of
            // the people it counted.
            boolean opensItsList = s.text().endsWith(":") && s.index() > 0 && chosen[s.index() - 1];
            if (selector.mayMentionMove(s.text()) || opensItsList) {
                chosen[s.index()] = true;
                for (int i = s.index() + 1; s.text().endsWith(":") && i < sentences.size()
                        && selector.isListItem(sentences.get(i).text()); i++) {
                    chosen[i] = true;
                }
            }
        }
    }
}
