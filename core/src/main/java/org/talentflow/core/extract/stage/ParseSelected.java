package org.talentflow.core.extract.stage;

import java.util.EnumSet;
import java.util.Set;

import org.talentflow.core.domain.Limits;
import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.parse.SentenceParser;
import org.talentflow.core.pipeline.Sentence;

/**
 * The expensive stage: named entities and the parse of the selected sentences not parsed yet, at most
 * {@link Limits#parsedSentences()} per document and none longer than {@link Limits#sentenceTokens()}.
 */
public final class ParseSelected implements Stage {

    private final SentenceParser parser;

    public ParseSelected(SentenceParser parser) {
        this.parser = parser;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.SELECTED);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.PARSED);
    }

    @Override
    public void apply(Extraction e) {
        int left = 0;
        for (Sentence s : e.sentences()) {
            if (e.selected()[s.index()] && !e.parsed().containsKey(s.index())
                    && (s.tokens() > e.limits().sentenceTokens() || e.parsed().size() >= e.limits().parsedSentences())) {
                e.selected()[s.index()] = false;
                e.tagged().remove(s.index());
                left += s.tokens() > e.limits().sentenceTokens() ? 0 : 1;
                continue;
            }
            if (e.selected()[s.index()] && !e.parsed().containsKey(s.index())) {
                e.checkTime();
                SentenceParser.Tagged tagged = e.tagged().remove(s.index());
                e.parsed().put(s.index(), tagged != null ? parser.parse(tagged) : parser.parse(s, e.document().published(), TagSelected.introduced(e, parser)));
            }
        }
        if (left > 0) {
            e.note("parsedSentences", "parsed " + Limits.count(e.parsed().size()) + " sentences, the limit; "
                    + Limits.count(e.leftUnparsed(left)) + " more selected not parsed");
        }
    }
}
