package org.talentflow.core.extract.stage;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.talentflow.core.domain.Limits;
import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.parse.SentenceParser;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.story.SentenceReader;

/**
 * The cascade's cut between the cheap filter and the parse. The selected sentences get their parts of speech (a
 * fraction of the cost of the parse), and those whose move word is not used as the lexicon lists it are unselected
 * ("led by Accel" is no one's move to lead; "revenue jumped 13% to" is no jump); the rest get their named entities,
 * and those that name no one who could move are unselected too ("Windsurf became a target"). A list's items stay
 * with the sentence that introduces them. An unselected sentence may still come back as context for someone's move.
 * At most {@link Limits#taggedSentences()} are tagged, none longer than {@link Limits#sentenceTokens()}.
 */
public final class TagSelected implements Stage {

    private final SentenceParser parser;
    private final SentenceReader reader;
    private final SentenceSelector selector;
    private final boolean everySentence;

    public TagSelected(SentenceParser parser, SentenceReader reader, SentenceSelector selector, boolean everySentence) {
        this.parser = parser;
        this.reader = reader;
        this.selector = selector;
        this.everySentence = everySentence;
    }

    @Override
    public String name() {
        return "tag";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.SELECTED);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.TAGGED);
    }

    @Override
    public void apply(Extraction e) {
        if (everySentence) {
            return;
        }
        boolean[] chosen = e.selected();
        List<Sentence> sentences = e.sentences();
        boolean listOpen = false;
        boolean previousKept = false;
        int read = 0;
        int left = 0;
        String text = e.document().text();
        int previousEnd = -1;
        for (Sentence s : sentences) {
            e.checkTime();
            int i = s.index();
            // "- Ann Lee, head of sales (left in May). Joined Globex.": a sentence inside an item's paragraph keeps the
            // list open for the items after it
            boolean insideItem = listOpen && previousEnd >= 0 && previousEnd <= s.begin()
                    && !text.substring(previousEnd, s.begin()).matches("(?s).*\\n\\s*\\n.*") && !selector.isListItem(s.text());
            previousEnd = s.end();
            if (chosen[i] && (s.tokens() > e.limits().sentenceTokens() || read >= e.limits().taggedSentences())) {
                chosen[i] = false;
                left += s.tokens() > e.limits().sentenceTokens() ? 0 : 1;
            }
            if (!chosen[i]) {
                listOpen = insideItem;
                previousKept = false;
                continue;
            }
            read++;
            boolean item = listOpen && selector.isListItem(s.text());
            boolean intro = s.text().strip().endsWith(":");
            SentenceParser.Tagged tagged = parser.tag(s, e.document().published(), introduced(e, parser));
            // "All five have started at Meta. They are:": a colon after a kept sentence opens the list it counted.
            chosen[i] = item || intro && previousKept || reader.usesMoveWord(tagged.words());
            if (chosen[i]) {
                tagged = parser.name(tagged);
                chosen[i] = item || intro || reader.namesSomeone(tagged.words());
            }
            e.tagged().put(i, tagged);
            listOpen = chosen[i] && (item || intro) || insideItem;
            previousKept = chosen[i];
        }
        if (left > 0) {
            e.note("taggedSentences", "tagged the first " + Limits.count(read) + " sentences with a move word, the limit; "
                    + Limits.count(left) + " more not read");
        }
    }

    /** The companies an article introduces by what it says of them, for every sentence. */
    record Introduced(List<String> names) {
    }

    /** Found once per document and kept with its extraction. */
    static List<String> introduced(Extraction e, SentenceParser parser) {
        Introduced known = e.part(Introduced.class);
        if (known == null) {
            known = new Introduced(parser.companiesIn(e.document().text()));
            e.part(Introduced.class, known);
        }
        return known.names();
    }
}
