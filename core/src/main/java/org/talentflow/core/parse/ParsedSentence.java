package org.talentflow.core.parse;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.talentflow.core.pipeline.Sentence;

/**
 * A sentence after the expensive stage: tokens with part of speech, lemmas and names, and its dependency graph
 * (enhanced++ Universal Dependencies: conjuncts share their governor's relations, a relative clause's verb
 * has the noun it modifies as subject, "from"/"to" are part of the relation name).
 */
public final class ParsedSentence {

    /** One dependency: governor, relation ("nsubj", "obl:from", ...) and dependent, as token indexes from 1. */
    public record Edge(int governor, String relation, int dependent) {
    }

    private final Sentence sentence;
    private final List<Token> tokens;
    private final SemanticGraph graph;
    private final List<List<Edge>> out;
    private final List<List<Edge>> in;
    private final List<CoreLabel> labels;

    public ParsedSentence(Sentence sentence, List<Token> tokens, SemanticGraph graph, List<CoreLabel> labels) {
        this.sentence = sentence;
        this.labels = labels;
        this.tokens = List.copyOf(tokens);
        this.graph = graph;
        this.out = new ArrayList<>();
        this.in = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            Edge edge = new Edge(e.getGovernor().index(), e.getRelation().toString(), e.getDependent().index());
            if (edge.governor() <= tokens.size() && edge.dependent() <= tokens.size()) {
                out.get(edge.governor()).add(edge);
                in.get(edge.dependent()).add(edge);
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The token at a 1-based index. */
    public Token token(int index) {
        return tokens.get(index - 1);
    }

    public int size() {
        return tokens.size();
    }

    /** CoreNLP's tokens, for SUTime. */
    public List<CoreLabel> labels() {
        return labels;
    }

    /** The CoreNLP graph, for Semgrex. */
    public SemanticGraph graph() {
        return graph;
    }

    /** Relations from this token to its dependents. */
    public List<Edge> dependents(int index) {
        return out.get(index);
    }

    /** Relations from governors to this token. */
    public List<Edge> governors(int index) {
        return in.get(index);
    }

    /** Dependents whose relation is one of these (a name ending in ':' matches every subtype: "obl:"). */
    public List<Integer> dependents(int index, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (Edge e : out.get(index)) {
            if (matches(e.relation(), relations)) {
                found.add(e.dependent());
            }
        }
        return found;
    }

    /** Governors that hold this token by one of these relations. */
    public List<Integer> governors(int index, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (Edge e : in.get(index)) {
            if (matches(e.relation(), relations)) {
                found.add(e.governor());
            }
        }
        return found;
    }

    /** Whether a relation is one of these names (a name ending in ':' stands for every subtype). */
    public static boolean matchesAny(String relation, String... names) {
        return matches(relation, names);
    }

    static boolean matches(String relation, String... names) {
        for (String name : names) {
            if (name.endsWith(":") ? relation.startsWith(name) || relation.equals(name.substring(0, name.length() - 1))
                    : relation.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The node of the graph for a token index, for Semgrex results. */
    public IndexedWord node(int index) {
        return graph.getNodeByIndexSafe(index);
    }

    /** The text from one token to another (inclusive), as it stands in the document. */
    public String text(int from, int to) {
        int begin = token(from).begin() - sentence.begin();
        int end = token(to).end() - sentence.begin();
        return sentence.text().substring(Math.max(0, begin), Math.min(sentence.text().length(), end));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(sentence.text()).append('\n');
        for (Token t : tokens) {
            b.append(t.index()).append(' ').append(t.word()).append('/').append(t.pos());
            if (!"O".equals(t.ner())) {
                b.append('/').append(t.ner());
            }
            for (Edge e : in.get(t.index())) {
                b.append("  <-").append(e.relation()).append('-').append(e.governor());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
