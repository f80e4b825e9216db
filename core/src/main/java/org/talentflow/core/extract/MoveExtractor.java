package org.talentflow.core.extract;

import java.util.List;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Limits;
import org.talentflow.core.extract.stage.BuildStory;
import org.talentflow.core.extract.stage.ChooseMoves;
import org.talentflow.core.extract.stage.FindCandidates;
import org.talentflow.core.extract.stage.ParseSelected;
import org.talentflow.core.extract.stage.ReadClauses;
import org.talentflow.core.extract.stage.ScoreCandidates;
import org.talentflow.core.extract.stage.SelectContext;
import org.talentflow.core.extract.stage.SelectMoveSentences;
import org.talentflow.core.extract.stage.SplitSentences;
import org.talentflow.core.extract.stage.TagSelected;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.nlp.MoveDates;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.parse.SentenceParser;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.pipeline.SentenceSplitter;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.scoring.MoveScorer;
import org.talentflow.core.story.Candidate;
import org.talentflow.core.story.SentenceReader;
import org.talentflow.core.story.Story;

/**
 * The extraction pipeline, composed in one place: split sentences (cheap), select those that may report a move
 * (cheap), parse them (expensive), read their clauses with the frame patterns, select and parse the sentences
 * that say more of the people found (context), build the document model, find the candidate moves, score them,
 * choose. Thread-safe: documents may be extracted in parallel with one set of models.
 */
public final class MoveExtractor implements DocumentExtractor {

    /** How much of a document the cascade let through to the parse. */
    public record Stats(int sentences, int parsed) {
    }

    private final ExtractionChain chain;
    private final ExtractionChain modelChain;
    private final SentenceSplitter splitter;
    private final FindCandidates candidates;
    private final String version;
    /** The Chinese chain, built on the first Chinese article (HanLP's dictionaries take a second to load). */
    private final java.util.function.Supplier<ExtractionChain> chinese;
    private final java.util.function.Supplier<ExtractionChain> chineseModel;

    public MoveExtractor(Nlp nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, false);
    }

    /** With parseEverySentence the cascade is off: every sentence gets the expensive stage (for benchmarks). */
    public MoveExtractor(Nlp nlp, Gazetteer gazetteer, boolean parseEverySentence) {
        this(nlp, gazetteer, parseEverySentence, MoveScorer.shipped());
    }

    public MoveExtractor(Nlp nlp, Gazetteer gazetteer, boolean parseEverySentence, MoveScorer scorer) {
        this(nlp, gazetteer, parseEverySentence, scorer, Limits.DEFAULT);
    }

    /** With limits of one's own (a test of what a cap cuts); {@link Limits#DEFAULT} otherwise. */
    public MoveExtractor(Nlp nlp, Gazetteer gazetteer, boolean parseEverySentence, MoveScorer scorer, Limits limits) {
        Lexicon lexicon = Lexicon.english();
        SentenceSelector selector = new SentenceSelector(lexicon);
        MoveDates dates = new MoveDates(nlp.dates());
        this.splitter = new SentenceSplitter(nlp);
        this.candidates = new FindCandidates(dates);
        SentenceParser parser = new SentenceParser(nlp, gazetteer, lexicon);
        ParseSelected parse = new ParseSelected(parser);
        SentenceReader reader = new SentenceReader(gazetteer, lexicon);
        ReadClauses read = new ReadClauses(reader);
        List<Stage> model = List.of(
                new SplitSentences(splitter, selector, parseEverySentence),
                new SelectMoveSentences(selector, parseEverySentence),
                new TagSelected(parser, reader, selector, parseEverySentence),
                parse,
                read,
                new SelectContext(selector),
                parse,
                read,
                new BuildStory(gazetteer, lexicon));
        this.modelChain = new ExtractionChain(model, limits);
        List<Stage> all = new java.util.ArrayList<>(model);
        all.addAll(List.of(candidates, new ScoreCandidates(scorer), new ChooseMoves(scorer)));
        this.chain = new ExtractionChain(all, limits);
        this.version = ExtractorVersion.of(gazetteer, limits);
        this.chinese = memoized(() -> new ExtractionChain(org.talentflow.core.zh.ChineseStages.of(gazetteer), limits));
        this.chineseModel = memoized(() -> new ExtractionChain(
                org.talentflow.core.zh.ChineseStages.of(gazetteer, null).subList(0, 2), limits));
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public DocumentMoves extract(Document document) {
        return extract(document, null);
    }

    public DocumentMoves extract(Document document, Stats[] statsOut) {
        // Language by article: a Chinese article (it may quote English names) goes through the Chinese stages.
        Extraction e = org.talentflow.core.zh.ChineseText.isChinese(document.text()) ? chinese.get().run(document)
                : chain.run(document);
        if (statsOut != null && statsOut.length > 0) {
            statsOut[0] = stats(e);
        }
        return new DocumentMoves(document, List.copyOf(e.moves()), e.notes());
    }

    /** The chain of stages, in order (for tools and tests). */
    public List<Stage> stages() {
        return chain.stages();
    }

    /** A document's model and its candidate moves as the scorer sees them (for training and error analysis). */
    public record Model(Story story, List<Candidate> candidates) {
    }

    /** The document model (null when the document has no move word at all) and its candidates. */
    public Model model(Document document) {
        Extraction e = modelChain.run(document);
        return e.story() == null ? new Model(null, List.of())
                : new Model(e.story(), org.talentflow.core.story.Candidates.of(e.story(), candidates.datesOf(e.story())));
    }

    /** A Chinese document's candidate moves with their features, before any is chosen (for training the model). */
    public List<org.talentflow.core.zh.ChineseMoves.Candidate> chineseCandidates(Document document) {
        Extraction e = chineseModel.get().run(document);
        org.talentflow.core.zh.ChineseMoves.Reading r = e.part(org.talentflow.core.zh.ChineseMoves.Reading.class);
        return r == null ? List.of() : org.talentflow.core.zh.ChineseMoves.candidates(document.name(), document.text(), r);
    }

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private Stats stats(Extraction e) {
        int sentences = e.done() && e.sentences().isEmpty()
                ? splitter.split(e.document().text(), e.limits().sentences()).size() : e.sentences().size();
        return new Stats(sentences, e.parsed().size());
    }
}
