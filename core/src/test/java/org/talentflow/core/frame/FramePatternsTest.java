package org.talentflow.core.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.SentenceParser;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.resolve.Gazetteer;

/** Every pattern binds the words its examples name: the pattern files are their own specification. */
class FramePatternsTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final FramePatterns PATTERNS = new FramePatterns(LEXICON);

    static ParsedSentence parse(String text) {
        return new SentenceParser(Nlp.shared(), Gazetteer.loadDefault(), LEXICON).parse(new Sentence(text, 0, text.length(), 0), null);
    }

    @Test
    void everyPatternHasAnExampleAndBindsWhatItsExamplesSay() {
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (Map.Entry<String, List<PatternFile.Line>> file : PATTERNS.files().entrySet()) {
            for (PatternFile.Line line : file.getValue()) {
                if (line.examples().isEmpty()) {
                    failures.add(line.id() + ": no example");
                }
                for (PatternFile.Example example : line.examples()) {
                    examples++;
                    ParsedSentence s = parse(example.sentence());
                    List<Map<String, Integer>> bindings = file.getKey().equals("affiliation")
                            ? FramePatterns.matches(line, s)
                            : PATTERNS.moves(s).stream().filter(m -> m.pattern().equals(line.id())).map(FrameMatch::nodes).toList();
                    if (bindings.stream().noneMatch(b -> binds(s, b, example.bindings()))) {
                        failures.add(line.id() + ": " + example.sentence() + " | expected " + example.bindings() + ", got "
                                + bindings.stream().map(b -> words(s, b)).toList() + "\n" + s);
                    }
                }
            }
        }
        assertThat(failures).as("patterns whose examples fail").isEmpty();
        assertThat(examples).isGreaterThan(40);
    }

    private static boolean binds(ParsedSentence s, Map<String, Integer> nodes, Map<String, String> expected) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Integer at = nodes.get(e.getKey());
            if (at == null || !s.token(at).word().equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> words(ParsedSentence s, Map<String, Integer> nodes) {
        Map<String, String> words = new java.util.TreeMap<>();
        nodes.forEach((k, v) -> words.put(k, s.token(v).word()));
        return words;
    }
}
