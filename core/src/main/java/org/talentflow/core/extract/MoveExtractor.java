package org.talentflow.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.extract.Item.Type;
import org.talentflow.core.extract.MoveRules.Affiliation;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.pipeline.SentenceSplitter;
import org.talentflow.core.resolve.Gazetteer;

/**
 * The extraction pipeline, its stages in order: split sentences (cheap), select those that may report a
 * move (cheap), tag them (expensive), apply the move patterns, resolve the document's people, combine
 * the claims into moves. Thread-safe: documents may be extracted in parallel with one set of models.
 */
public final class MoveExtractor {

    /** How much of a document the cascade let through to the expensive stage. */
    public record Stats(int sentences, int tagged) {
    }

    private final SentenceSplitter splitter;
    private final SentenceSelector selector = new SentenceSelector();
    private final SentenceTagger tagger;
    private final MoveRules rules = new MoveRules();
    private final boolean tagEverySentence;

    public MoveExtractor(Nlp nlp, Gazetteer gazetteer) {
        this(nlp, gazetteer, false);
    }

    /** With tagEverySentence the cascade is off: every sentence gets the expensive stage (for benchmarks). */
    public MoveExtractor(Nlp nlp, Gazetteer gazetteer, boolean tagEverySentence) {
        this.splitter = new SentenceSplitter(nlp);
        this.tagger = new SentenceTagger(nlp, gazetteer);
        this.tagEverySentence = tagEverySentence;
    }

    public DocumentMoves extract(Document document) {
        return extract(document, null);
    }

    public DocumentMoves extract(Document document, Stats[] statsOut) {
        List<Sentence> sentences = splitter.split(document.text());
        List<TaggedSentence> tagged = new ArrayList<>();
        boolean[] chosen = select(sentences);
        for (Sentence sentence : sentences) {
            if (chosen[sentence.index()]) {
                tagged.add(tagger.tag(sentence, document.published()));
            }
        }
        if (statsOut != null && statsOut.length > 0) {
            statsOut[0] = new Stats(sentences.size(), tagged.size());
        }
        return new DocumentMoves(document, movesOf(document, tagged));
    }

    private boolean[] select(List<Sentence> sentences) {
        boolean[] chosen = new boolean[sentences.size()];
        for (Sentence s : sentences) {
            if (tagEverySentence || selector.mayMentionMove(s.text())) {
                chosen[s.index()] = true;
                if (s.index() > 0 && selector.leansOnPrevious(s.text())) {
                    chosen[s.index() - 1] = true;
                }
            }
        }
        return chosen;
    }

    private List<Move> movesOf(Document document, List<TaggedSentence> tagged) {
        DocumentPeople people = new DocumentPeople();
        List<Claim> claims = new ArrayList<>();
        List<Affiliation> affiliations = new ArrayList<>();
        for (TaggedSentence s : tagged) {
            for (Item item : s.items()) {
                if (item.is(Type.PERSON)) {
                    people.add(item.text(), item.begin());
                }
            }
            MoveRules.Found found = rules.apply(s);
            claims.addAll(found.claims());
            affiliations.addAll(found.affiliations());
        }
        List<Claim> resolved = new ArrayList<>();
        for (Claim c : claims) {
            String name = people.resolve(c.person(), c.position());
            if (name != null && !name.isBlank()) {
                resolved.add(c.withPerson(name));
            }
        }
        List<Affiliation> resolvedAffiliations = new ArrayList<>();
        for (Affiliation a : affiliations) {
            resolvedAffiliations.add(new Affiliation(people.resolve(a.person(), a.position()), a.position(), a.org(),
                    a.role()));
        }
        List<Claim> combined = new ClaimCombiner(resolvedAffiliations, topic(tagged)).combine(resolved);
        List<Move> moves = new ArrayList<>();
        for (Claim c : combined) {
            if (c.from() == null && c.to() == null) {
                continue;
            }
            Sentence s = c.sentence();
            Evidence evidence = new Evidence(document.name(), s.text(), s.begin(), s.end());
            moves.add(new Move(c.person(), c.kind(), c.from(), c.to(), c.role(), c.date(),
                    Math.round(c.confidence() * 100) / 100.0, evidence));
        }
        return moves;
    }

    /** The organization a story is about: named clearly more often than any other. */
    private static OrgRef topic(List<TaggedSentence> tagged) {
        Map<String, Integer> counts = new HashMap<>();
        for (TaggedSentence s : tagged) {
            for (Item item : s.items()) {
                if (item.is(Type.ORG) && !MoveRules.isMedia(item)) {
                    counts.merge(item.org().organization(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best != null && first >= 3 && first * 2 > second * 3 ? OrgRef.of(best) : null;
    }
}
