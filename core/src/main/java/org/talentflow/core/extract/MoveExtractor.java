package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.nlp.MoveDates;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.SentenceParser;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.pipeline.SentenceSplitter;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.scoring.Decoder;
import org.talentflow.core.scoring.MoveFeatures;
import org.talentflow.core.scoring.MoveScorer;
import org.talentflow.core.story.Candidate;
import org.talentflow.core.story.Candidates;
import org.talentflow.core.story.MoveFact;
import org.talentflow.core.story.SentenceReader;
import org.talentflow.core.story.SentenceReading;
import org.talentflow.core.story.Story;

/**
 * The extraction pipeline: split sentences (cheap), select those that may report a move (cheap), parse them
 * (expensive), read their clauses with the frame patterns, select and parse the sentences that say more of the
 * people found (context), build the document model, score the candidate moves, choose. Thread-safe: documents may
 * be extracted in parallel with one set of models.
 */
public final class MoveExtractor {

    /** How much of a document the cascade let through to the expensive stage. */
    public record Stats(int sentences, int tagged) {
    }

    /** Context sentences parsed per document at most: the rest of a long article says no more of the people. */
    private static final int MAX_CONTEXT = 16;
    private static final Pattern PRONOUN_START = Pattern.compile("^\\W*(?:He|She|His|Her)\\b");
    private static final boolean DEBUG = Boolean.getBoolean("talentflow.debug");

    private final SentenceSplitter splitter;
    private final SentenceSelector selector;
    private final SentenceParser parser;
    private final SentenceReader reader;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final MoveScorer scorer;
    private final MoveDates dates;
    private final boolean parseEverySentence;

    public MoveExtractor(Nlp nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, false);
    }

    /** With parseEverySentence the cascade is off: every sentence gets the expensive stage (for benchmarks). */
    public MoveExtractor(Nlp nlp, Gazetteer gazetteer, boolean parseEverySentence) {
        this(nlp, gazetteer, parseEverySentence, MoveScorer.shipped());
    }

    public MoveExtractor(Nlp nlp, Gazetteer gazetteer, boolean parseEverySentence, MoveScorer scorer) {
        this.lexicon = Lexicon.english();
        this.splitter = new SentenceSplitter(nlp);
        this.selector = new SentenceSelector(lexicon);
        this.parser = new SentenceParser(nlp, gazetteer, lexicon);
        this.reader = new SentenceReader(gazetteer, lexicon);
        this.gazetteer = gazetteer;
        this.scorer = scorer;
        this.dates = new MoveDates(nlp.dates());
        this.parseEverySentence = parseEverySentence;
    }

    public DocumentMoves extract(Document document) {
        return extract(document, null);
    }

    public DocumentMoves extract(Document document, Stats[] statsOut) {
        Story story = story(document, statsOut);
        if (story == null) {
            return new DocumentMoves(document, List.of());
        }
        List<Decoder.Scored> scored = score(story);
        List<Move> moves = new ArrayList<>();
        for (Decoder.Scored s : Decoder.choose(scored, scorer.threshold())) {
            moves.add(move(story, s));
        }
        if (DEBUG) {
            System.err.println("[" + document.name() + "] PEOPLE " + story.people().all());
            scored.forEach(s -> System.err.printf(Locale.ROOT, "[%s] %.2f %s %s%n", document.name(), s.probability(),
                    s.candidate(), MoveFeatures.of(s.candidate())));
        }
        return new DocumentMoves(document, moves);
    }

    /** Every candidate of a document with its probability, before the choice (for training and error analysis). */
    public List<Decoder.Scored> candidates(Document document) {
        Story story = story(document, null);
        return story == null ? List.of() : score(story);
    }

    /** The candidate moves of a document model, as the scorer sees them (for training). */
    public List<Candidate> candidatesOf(Story story) {
        return Candidates.of(story, factDates(story));
    }

    private List<Decoder.Scored> score(Story story) {
        List<Decoder.Scored> scored = new ArrayList<>();
        for (Candidate c : candidatesOf(story)) {
            scored.add(new Decoder.Scored(c, scorer.probability(MoveFeatures.of(c))));
        }
        return scored;
    }

    /** The document model, or null when the document has no move word at all (most news). */
    public Story story(Document document, Stats[] statsOut) {
        if (!parseEverySentence && !selector.mayReportMoves(document.text())) {
            if (statsOut != null && statsOut.length > 0) {
                statsOut[0] = new Stats(splitter.split(document.text()).size(), 0);
            }
            return null;
        }
        List<Sentence> sentences = splitter.split(document.text());
        TreeMap<Integer, SentenceReading> readings = new TreeMap<>();
        boolean[] chosen = parseEverySentence ? everySentence(sentences) : firstCut(sentences);
        read(document, sentences, chosen, readings);
        if (!parseEverySentence) {
            read(document, sentences, context(sentences, readings), readings);
        }
        if (statsOut != null && statsOut.length > 0) {
            statsOut[0] = new Stats(sentences.size(), readings.size());
        }
        return new Story(document, new ArrayList<>(readings.values()), gazetteer, lexicon);
    }

    private void read(Document document, List<Sentence> sentences, boolean[] chosen, TreeMap<Integer, SentenceReading> readings) {
        for (Sentence s : sentences) {
            if (chosen[s.index()] && !readings.containsKey(s.index())) {
                ParsedSentence parsed = parser.parse(s, document.published());
                readings.put(s.index(), reader.read(parsed));
                if (DEBUG) {
                    System.err.println("[" + document.name() + "] " + parsed);
                    readings.get(s.index()).moves().forEach(m -> System.err.println("   MOVE " + m.pattern() + " @" + parsed.token(m.trigger()).word() + " "
                            + m.mover().text() + " " + m.from() + " -> " + m.to() + " " + m.scope()));
                    readings.get(s.index()).ties().forEach(t -> System.err.println("   TIE " + t.person().text() + " "
                            + t.org().org() + " past=" + t.past() + " " + t.pattern()));
                }
            }
        }
    }

    private static boolean[] everySentence(List<Sentence> sentences) {
        boolean[] all = new boolean[sentences.size()];
        Arrays.fill(all, true);
        return all;
    }

    /** The cascade's first cut: sentences with a move word and someone to be about, and the list a colon opens. */
    private boolean[] firstCut(List<Sentence> sentences) {
        boolean[] chosen = new boolean[sentences.size()];
        for (Sentence s : sentences) {
            if (selector.mayMentionMove(s.text())) {
                chosen[s.index()] = true;
                for (int i = s.index() + 1; s.text().endsWith(":") && i < sentences.size()
                        && selector.isListItem(sentences.get(i).text()); i++) {
                    chosen[i] = true;
                }
            }
        }
        return chosen;
    }

    /**
     * The second cut: sentences that say more of the people the first cut found moving: the sentence a pronoun
     * leans on, sentences that name them again (their past posts, their full name behind a surname), and
     * sentences right after that go on with a pronoun.
     */
    private boolean[] context(List<Sentence> sentences, TreeMap<Integer, SentenceReading> readings) {
        boolean[] chosen = new boolean[sentences.size()];
        Set<String> names = new HashSet<>();
        List<Integer> claimSentences = new ArrayList<>();
        for (SentenceReading r : readings.values()) {
            if (r.moves().isEmpty()) {
                continue;
            }
            claimSentences.add(r.index());
            for (MoveFact f : r.moves()) {
                List<Mention> named = new ArrayList<>(List.of(f.mover()));
                // "Zuckerberg poached X": the sentences that say where the hirer works
                for (org.talentflow.core.frame.OrgSlot slot : new org.talentflow.core.frame.OrgSlot[] {f.from(), f.to()}) {
                    if (slot != null && slot.isPerson()) {
                        named.add(slot.mention());
                    }
                }
                for (Mention m : named) {
                    if (m.is(Mention.Type.PERSON)) {
                        for (String w : m.text().split("\\s+")) {
                            if (w.length() > 1) {
                                names.add(w);
                            }
                        }
                    }
                }
            }
        }
        if (claimSentences.isEmpty()) {
            return chosen;
        }
        int budget = MAX_CONTEXT;
        for (int i : claimSentences) {
            if (i > 0 && selector.leansOnPrevious(sentences.get(i).text()) && !readings.containsKey(i - 1) && budget-- > 0) {
                chosen[i - 1] = true;
            }
        }
        Pattern named = names.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|",
                names.stream().map(Pattern::quote).toList()) + ")\\b");
        for (int distance = 1; distance < sentences.size() && budget > 0; distance++) {
            for (int i : claimSentences) {
                for (int j : new int[] {i - distance, i + distance}) {
                    if (j < 0 || j >= sentences.size() || readings.containsKey(j) || chosen[j] || budget <= 0) {
                        continue;
                    }
                    String text = sentences.get(j).text();
                    boolean about = named != null && named.matcher(text).find()
                            || distance <= 2 && PRONOUN_START.matcher(text).find();
                    if (about) {
                        chosen[j] = true;
                        budget--;
                    }
                }
            }
        }
        return chosen;
    }

    /** The date of each move clause (SUTime around date words near the trigger), read once per clause. */
    private java.util.function.Function<MoveFact, String> factDates(Story story) {
        java.util.Map<String, java.util.Optional<String>> cache = new java.util.HashMap<>();
        return f -> cache.computeIfAbsent(f.reading().index() + ":" + f.trigger(), k -> {
            ParsedSentence s = f.reading().parsed();
            int at = s.token(Math.max(1, f.trigger())).begin() - s.sentence().begin();
            return java.util.Optional.ofNullable(dates.near(s.sentence().text().replace('\n', ' '), s.labels(), at,
                    story.document().published()));
        }).orElse(null);
    }

    private Move move(Story story, Decoder.Scored scored) {
        Candidate c = scored.candidate();
        Candidate.Support main = c.main();
        MoveFact fact = main.fact();
        ParsedSentence s = fact.reading().parsed();
        Sentence sentence = s.sentence();
        Evidence evidence = new Evidence(story.document().name(), sentence.text(), sentence.begin(), sentence.end());
        String role = fact.role();
        for (Candidate.Support other : c.supports()) {
            role = role != null ? role : other.fact().role();
        }
        int at = s.token(fact.trigger()).begin() - sentence.begin();
        String date = dates.near(sentence.text().replace('\n', ' '), s.labels(), at, story.document().published());
        return new Move(c.person().name(), c.kind(), c.from() == null ? null : c.from().org(),
                c.to() == null ? null : c.to().org(), role, date, Math.round(scored.probability() * 100) / 100.0, evidence);
    }
}
