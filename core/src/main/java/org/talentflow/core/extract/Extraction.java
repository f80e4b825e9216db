package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;
import org.talentflow.core.domain.Move;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.SentenceParser;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.scoring.Decoder;
import org.talentflow.core.story.Candidate;
import org.talentflow.core.story.MoveFact;
import org.talentflow.core.story.SentenceReading;
import org.talentflow.core.story.Story;

/** One document on its way through the chain: what the stages have added so far. One per document and thread. */
public final class Extraction {

    private final Document document;
    private final Limits limits;
    private final TimeBudget budget;
    private String stage = "start";
    private final java.util.LinkedHashMap<String, String> notes = new java.util.LinkedHashMap<>();
    private int unparsed;
    private boolean done;
    private List<Sentence> sentences = List.of();
    private boolean[] selected = new boolean[0];
    private final TreeMap<Integer, SentenceParser.Tagged> tagged = new TreeMap<>();
    private final TreeMap<Integer, ParsedSentence> parsed = new TreeMap<>();
    private final TreeMap<Integer, SentenceReading> readings = new TreeMap<>();
    private Story story;
    private List<Candidate> candidates = List.of();
    private java.util.function.Function<MoveFact, String> dateOf = f -> null;
    private List<Decoder.Scored> scored = List.of();
    private final List<Move> moves = new ArrayList<>();
    private final java.util.Map<Class<?>, Object> parts = new java.util.HashMap<>();

    public Extraction(Document document) {
        this(document, Limits.DEFAULT);
    }

    public Extraction(Document document, Limits limits) {
        this(document, limits, System::nanoTime);
    }

    /** @param nanoClock the clock the time budget is read on ({@link System#nanoTime} but in tests) */
    public Extraction(Document document, Limits limits, java.util.function.LongSupplier nanoClock) {
        this.document = document;
        this.limits = limits;
        this.budget = new TimeBudget(limits.timePerDocument(), nanoClock);
        for (String note : document.notes()) {
            notes.put("read:" + notes.size(), note);
        }
    }

    /** How much of the document the stages may read. */
    public Limits limits() {
        return limits;
    }

    /** The chain enters a stage: budget checks from here on name it. */
    void enter(String stageName) {
        this.stage = stageName;
        checkTime();
    }

    /**
     * Stops the document with {@link TimeBudget.OverBudget} when it has used its time: the chain calls it between
     * stages, and the expensive stages between sentences.
     */
    public void checkTime() {
        budget.check(stage);
    }

    /** What reading and the stages left out because a limit was reached, one sentence each. */
    public List<String> notes() {
        return List.copyOf(notes.values());
    }

    /** A stage reached one of the limits (named as in {@link Limits}): says what it left out, once per limit. */
    public void note(String limit, String what) {
        notes.put(limit, what);
    }

    /** Counts selected sentences left unparsed at the limit, over both parse passes; returns the total so far. */
    public int leftUnparsed(int more) {
        unparsed += more;
        return unparsed;
    }

    public Document document() {
        return document;
    }

    /** A stage found nothing more to do for this document (no move word at all): the rest of the chain is skipped. */
    public void finish() {
        done = true;
    }

    public boolean done() {
        return done;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public void sentences(List<Sentence> list) {
        this.sentences = List.copyOf(list);
        this.selected = new boolean[list.size()];
    }

    /** Which sentences are selected for the expensive stage (a stage may add to them). */
    public boolean[] selected() {
        return selected;
    }

    /** Sentences read for their parts of speech, parsed or not. */
    public TreeMap<Integer, SentenceParser.Tagged> tagged() {
        return tagged;
    }

    public TreeMap<Integer, ParsedSentence> parsed() {
        return parsed;
    }

    public TreeMap<Integer, SentenceReading> readings() {
        return readings;
    }

    public Story story() {
        return story;
    }

    public void story(Story s) {
        this.story = s;
    }

    /** The date of a move clause, read once per clause (see FindCandidates). */
    public java.util.function.Function<MoveFact, String> dateOf() {
        return dateOf;
    }

    public void dateOf(java.util.function.Function<MoveFact, String> dates) {
        this.dateOf = dates;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public void candidates(List<Candidate> list) {
        this.candidates = List.copyOf(list);
    }

    public List<Decoder.Scored> scored() {
        return scored;
    }

    public void scored(List<Decoder.Scored> list) {
        this.scored = List.copyOf(list);
    }

    public List<Move> moves() {
        return moves;
    }

    /** What one language's own stages keep between them (the Chinese reading of the document), one value a type. */
    public <T> T part(Class<T> type) {
        return type.cast(parts.get(type));
    }

    public <T> void part(Class<T> type, T value) {
        parts.put(type, value);
    }
}
