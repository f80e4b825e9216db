package org.talentflow.core.nlp;

import java.util.Properties;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The two CoreNLP pipelines, loaded once per process: a cheap one that only tokenizes and splits
 * sentences (run on every document), and the expensive one (part of speech, lemmas, named entities with
 * SUTime dates) run only on the sentences the cascade selects.
 */
public final class Nlp {

    private static volatile Nlp shared;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP taggerWithoutDates;
    private final DateWindows dates;
    private volatile Annotator parser;

    private Nlp() {
        splitter = new StanfordCoreNLP(splitterProperties(), false);
        tagger = new StanfordCoreNLP(taggerProperties(), false);
        taggerWithoutDates = new StanfordCoreNLP(withoutDates(taggerProperties()), false);
        dates = new DateWindows();
    }

    /** SUTime over the words around date words only (the cascade's way to dates). */
    public DateWindows dates() {
        return dates;
    }

    /** SUTime is three quarters of the tagger's cost; a sentence without a date word does not need it. */
    private static Properties withoutDates(Properties props) {
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        return props;
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

    /** The tagger without SUTime and numeric classifiers, for sentences that name no date. */
    public StanfordCoreNLP taggerWithoutDates() {
        return taggerWithoutDates;
    }

    public StanfordCoreNLP tagger() {
        return tagger;
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
                    p = new ParserAnnotator("parse", props);
                    parser = p;
                }
            }
        }
        return p;
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

    private static Properties taggerProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        // One CRF model instead of three, and no fine-grained regex NER or KBP: those are most of the
        // cost, and organization names come from our own gazetteer anyway.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("sutime.includeRange", "false");
        props.setProperty("sutime.markTimeRanges", "false");
        return props;
    }
}
