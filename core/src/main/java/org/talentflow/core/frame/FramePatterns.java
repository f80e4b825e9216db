package org.talentflow.core.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;

import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.lexicon.Trigger;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;

/**
 * The move patterns ({@code patterns/<language>/<frame>.semgrex}) and the affiliation patterns, run over a parsed
 * sentence. A match of a move pattern counts only when its trigger word is used as the lexicon says: with its
 * particles ("step down") and a needed word ("moved to").
 */
public final class FramePatterns {

    private static final String DIR = "/patterns/en/";
    /** How many words after a trigger a needed word may come: "launched Quanta Logic, a chip startup". */
    static final int NEEDS_REACH = 6;

    private final Lexicon lexicon;
    private final Map<Frame, List<PatternFile.Line>> moves = new LinkedHashMap<>();
    private final List<PatternFile.Line> affiliations;

    public FramePatterns(Lexicon lexicon) {
        this.lexicon = lexicon;
        String macros = lexicon.semgrexMacros();
        for (Frame frame : Frame.values()) {
            moves.put(frame, PatternFile.read(DIR + frame.label() + ".semgrex", macros));
        }
        affiliations = PatternFile.read(DIR + "affiliation.semgrex", macros);
    }

    /** Every pattern of every file, for tests. */
    public Map<String, List<PatternFile.Line>> files() {
        Map<String, List<PatternFile.Line>> files = new LinkedHashMap<>();
        moves.forEach((frame, lines) -> files.put(frame.label(), lines));
        files.put("affiliation", affiliations);
        return files;
    }

    /** The move frames the sentence states, one match per binding (a list of movers gives one each). */
    public List<FrameMatch> moves(ParsedSentence s) {
        List<FrameMatch> found = new ArrayList<>();
        for (Map.Entry<Frame, List<PatternFile.Line>> file : moves.entrySet()) {
            for (PatternFile.Line line : file.getValue()) {
                for (Map<String, Integer> nodes : matches(line, s)) {
                    Trigger trigger = usedAsListed(s, nodes.getOrDefault("trigger", 0), file.getKey());
                    if (trigger != null) {
                        found.add(new FrameMatch(line.id(), file.getKey(), trigger, nodes));
                    }
                }
            }
        }
        return found;
    }

    /** Every trigger word of the sentence used as the lexicon lists it, one entry per frame: token index to entries. */
    public Map<Integer, List<Trigger>> triggers(ParsedSentence s) {
        Map<Integer, List<Trigger>> found = new LinkedHashMap<>();
        for (int i = 1; i <= s.size(); i++) {
            for (Frame frame : Frame.values()) {
                Trigger t = usedAsListed(s, i, frame);
                if (t != null) {
                    found.computeIfAbsent(i, k -> new ArrayList<>()).add(t);
                }
            }
        }
        return found;
    }

    /**
     * Whether a sentence read only for its parts of speech (no parse yet) uses a move word as the lexicon lists it:
     * the cascade's check before the parse. Looser than the check on the parse where that needs the clause (a word
     * for what is to come needs "will" or "to" just before it), never stricter.
     */
    public boolean usesMoveWord(ParsedSentence words) {
        for (int i = 1; i <= words.size(); i++) {
            Token t = words.token(i);
            for (Trigger entry : lexicon.triggersOf(t.lemma())) {
                int at = partOfSpeech(entry, t) ? particlesAfter(words, i, entry.particles()) : -1;
                if (at >= 0 && needsAfter(words, at, entry) && (!entry.future() || toComeByWords(words, i))) {
                    return true; // ties and internal moves too: their sentences tell the story of a move
                }
            }
        }
        return false;
    }

    /** The ties of people to organizations the sentence states. */
    public List<FrameMatch> affiliations(ParsedSentence s) {
        List<FrameMatch> found = new ArrayList<>();
        for (PatternFile.Line line : affiliations) {
            for (Map<String, Integer> nodes : matches(line, s)) {
                found.add(new FrameMatch(line.id(), null, null, nodes));
            }
        }
        return found;
    }

    /** The bindings of one pattern in a sentence, each as role name to token index. */
    public static List<Map<String, Integer>> matches(PatternFile.Line line, ParsedSentence s) {
        List<Map<String, Integer>> all = new ArrayList<>();
        if (s.graph().getRoots().isEmpty()) {
            // A sentence too long to parse keeps its tokens but has no dependencies, so no root: Semgrex would throw
            // on it, and no pattern can match it. Its word order is read elsewhere.
            return all;
        }
        SemgrexMatcher m = line.pattern().matcher(s.graph());
        while (m.find()) {
            Map<String, Integer> nodes = new LinkedHashMap<>();
            for (String name : m.getNodeNames()) {
                IndexedWord w = m.getNode(name);
                if (w != null) {
                    nodes.put(name, w.index());
                }
            }
            if (!all.contains(nodes)) {
                all.add(nodes);
            }
        }
        return all;
    }

    /**
     * The lexicon entry of this frame the trigger word stands for, when the sentence uses it as listed: the right
     * part of speech, its particles after it (in order, up to five words on), one of its needed words within
     * six words of the last of them.
     */
    private Trigger usedAsListed(ParsedSentence s, int index, Frame frame) {
        if (index < 1) {
            return null;
        }
        Token t = s.token(index);
        Trigger best = null;
        for (Trigger entry : lexicon.triggersOf(t.lemma())) {
            if (entry.frame() != frame || !partOfSpeech(entry, t)) {
                continue;
            }
            int at = particlesAfter(s, index, entry.particles());
            if (at < 0 || !needsAfter(s, at, entry) || entry.future() && !toCome(s, index) || entry.tieOnly()
                    || entry.internal()) {
                continue;
            }
            if (best == null || entry.particles().size() > best.particles().size()) {
                best = entry;
            }
        }
        return best;
    }

    /**
     * "Callum Dunmore was dismissed": the needed words tell a verb's object apart ("dismissed the report"); in the
     * passive its subject is what the object would have been, and the patterns ask it to be a person.
     */
    private static boolean passive(ParsedSentence s, int index) {
        Token t = s.token(index);
        if (!t.pos().equals("VBN")) {
            return false;
        }
        for (int i = index - 1; i >= Math.max(1, index - 2); i--) {
            Token before = s.token(i);
            if (before.lemma().equals("be")) {
                return true;
            }
            if (!before.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** A clause about what is to come: "will head", "is to lead", "hired X to run its lab". */
    private static boolean toCome(ParsedSentence s, int index) {
        for (ParsedSentence.Edge e : s.dependents(index)) {
            String w = s.token(e.dependent()).word().toLowerCase(Locale.ROOT);
            if (e.relation().equals("aux") && (w.equals("will") || w.equals("shall") || w.equals("'ll"))
                    || e.relation().equals("mark") && w.equals("to")) {
                return true;
            }
        }
        return !s.governors(index, "xcomp").isEmpty() && index > 1 && s.token(index - 1).word().equalsIgnoreCase("to");
    }

    /** "will head", "is to lead", "hired X to run": a future marker among the few words before the trigger. */
    private static boolean toComeByWords(ParsedSentence s, int index) {
        for (int i = Math.max(1, index - 3); i < index; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfSpeech(Trigger entry, Token t) {
        if (entry.isVerb()) {
            return t.isVerb();
        }
        return !entry.isNoun() || t.isNoun();
    }

    /** How far a particle may stand after its verb: a long object, with an apposition, may come between. */
    private static final int PARTICLE_REACH = 14;
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "?", "!");

    /** The index of the last particle found in order after the trigger, the trigger itself when none are listed, or -1. */
    private static int particlesAfter(ParsedSentence s, int index, List<String> particles) {
        int at = index;
        for (String p : particles) {
            int found = -1;
            for (int i = at + 1; i <= Math.min(s.size(), at + PARTICLE_REACH); i++) {
                if (s.token(i).word().toLowerCase(Locale.ROOT).equals(p) || s.token(i).lemma().equals(p)) {
                    found = i;
                    break;
                }
                if (i > at + 4 && (s.token(i).isVerb() || CLAUSE_ENDS.contains(s.token(i).word()))) {
                    break; // past a few words, only a noun phrase stands between ("bring his assistant, X, with him")
                }
            }
            if (found < 0) {
                return -1;
            }
            at = found;
        }
        return at;
    }

    private static boolean needsAfter(ParsedSentence s, int at, Trigger entry) {
        if (entry.needs().isEmpty() || entry.particles().isEmpty() && passive(s, at)) {
            return true;
        }
        // "named Keisha Lund, most recently a senior vice president at Target, as chief merchandising officer": after
        // a name, its apposition may stand before the word needed, up to the end of the clause.
        boolean name = at + 1 <= s.size() && "PERSON".equals(s.token(at + 1).ner());
        for (int i = at + 1; i <= Math.min(s.size(), at + (name ? 4 * NEEDS_REACH : NEEDS_REACH)); i++) {
            String w = s.token(i).word();
            if (name && i > at + NEEDS_REACH) {
                if (w.equals(";") || w.equals(".")) {
                    return false;
                }
                // (past the usual reach, only "as" right after the apposition's closing comma)
                if (w.equalsIgnoreCase("as") && s.token(i - 1).word().equals(",") && entry.needs().contains("as")) {
                    return true;
                }
                continue;
            }
            // "was not coming to manage decline": "to" before a verb marks an infinitive, not a place
            int next = i + 1;
            while (next <= s.size() && s.token(next).pos().matches("``|''")) {
                next++; // (not coming to "manage decline")
            }
            boolean infinitive = w.equalsIgnoreCase("to") && next <= s.size() && s.token(next).pos().equals("VB");
            if (entry.needs().contains(w.toLowerCase(Locale.ROOT)) && !infinitive
                    || i == at + 1 && entry.needs().contains("name") && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }
}
