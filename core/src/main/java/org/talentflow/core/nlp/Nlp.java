package org.talentflow.core.nlp;

import java.util.Properties;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.UniversalSemanticHeadFinder;
import edu.stanford.nlp.util.Filters;

/**
 * The CoreNLP models, loaded once per process, cheapest first as the cascade uses them: the splitter (tokens and
 * sentences, every document with a move word), the part-of-speech tagger with lemmas (sentences with a move word),
 * named entities and the parser (sentences whose move word is used as the lexicon lists it), and SUTime (around the
 * date words of clauses that state a move).
 */
public final class Nlp {

    private static volatile Nlp shared;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP posTagger;
    private final StanfordCoreNLP entities;
    private final DateWindows dates;
    private volatile Annotator parser;

    private Nlp() {
        splitter = new StanfordCoreNLP(splitterProperties(), false);
        posTagger = new StanfordCoreNLP(posProperties(), false);
        entities = new StanfordCoreNLP(entityProperties(), false);
        dates = new DateWindows();
    }

    /** SUTime over the words around date words only (the cascade's way to dates). */
    public DateWindows dates() {
        return dates;
    }

    /** The process-wide instance; the models take seconds and a gigabyte to load, so never twice. */
    public static Nlp shared() {
        Nlp instance = shared;
        if (instance == null) {
            synchronized (Nlp.class) {
                instance = shared;
                if (instance == null) {
                    instance = new Nlp();
                    shared = instance;
                }
            }
        }
        return instance;
    }

    public StanfordCoreNLP splitter() {
        return splitter;
    }

    /** Tokens of one sentence with their parts of speech and lemmas. */
    public StanfordCoreNLP posTagger() {
        return posTagger;
    }

    /** Named entities (persons, organizations, places) of a sentence the part-of-speech tagger has read. */
    public StanfordCoreNLP entities() {
        return entities;
    }

    /**
     * The shift-reduce constituency parser, its trees converted to Universal Dependencies, loaded on first use and run
     * on tagged sentences only. Measured on the shared real articles it parses as fast as the neural dependency parser
     * (about 2,400 tokens/s with tagging) and gets the clauses of news right far more often ("have both joined B").
     */
    public Annotator parser() {
        Annotator p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    Properties props = new Properties();
                    props.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
                    // Longer "sentences" are lists or page junk run together; the word-order reading covers them.
                    props.setProperty("parse.maxlen", String.valueOf(MAX_PARSE_TOKENS));
                    props.setProperty("parse.binaryTrees", "false");
                    // The annotator would convert each tree five times (basic, collapsed, CC-processed, enhanced,
                    // enhanced++), each from scratch; the reader needs enhanced++ only (see dependencies).
                    props.setProperty("parse.buildgraphs", "false");
                    p = new ParserAnnotator("parse", props);
                    parser = p;
                }
            }
        }
        return p;
    }

    /** Converts constituency trees to Universal Dependencies the way the parse annotator does, punctuation kept. */
    private static final GrammaticalStructureFactory UD = new PennTreebankLanguagePack().grammaticalStructureFactory(
            Filters.acceptFilter(), new UniversalSemanticHeadFinder(new PennTreebankLanguagePack(), true));

    /** The enhanced++ Universal Dependencies of a parse tree. */
    public static SemanticGraph dependencies(Tree tree) {
        return SemanticGraphFactory.generateEnhancedPlusPlusDependencies(UD.newGrammaticalStructure(tree));
    }

    /** The most tokens a sentence may have to be parsed. */
    public static final int MAX_PARSE_TOKENS = 100;

    private static Properties splitterProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        // Line breaks that end a sentence have been decided before (see SentenceSplitter); CoreNLP keeps them.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        return props;
    }

    private static Properties posProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        return props;
    }

    private static Properties entityProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "ner");
        // One CRF model instead of three, and no fine-grained regex NER, KBP, numbers or SUTime: those are most of
        // the cost, organization names come from our own gazetteer, and dates are read around date words only.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        return props;
    }
}
