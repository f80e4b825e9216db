package org.talentflow.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.talentflow.core.lexicon.Lexicon;

class TagRepairsTest {

    private static final Lexicon LEXICON = Lexicon.english();

    /** Tokens from "word/TAG" pairs; a pair written with no space before it ("-/HYPH" after "start") touches the one before. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> labels = new ArrayList<>();
        int at = 0;
        for (String pair : text.split(" ")) {
            boolean touches = pair.startsWith("+");
            String[] wt = (touches ? pair.substring(1) : pair).split("/");
            at = touches || labels.isEmpty() ? at : at + 1;
            CoreLabel l = new CoreLabel();
            l.setWord(wt[0]);
            l.setValue(wt[0]);
            l.setTag(wt[1]);
            l.setLemma(wt[0].toLowerCase());
            l.setBeginPosition(at);
            l.setEndPosition(at + wt[0].length());
            at += wt[0].length();
            labels.add(l);
        }
        TagRepairs.apply(labels, LEXICON);
        return labels;
    }

    @Test
    void anApostropheSAfterAPronounIsAVerbNotAPossessive() {
        List<CoreLabel> l = tagged("He +\u2019s/POS now/RB head/NN".replace("He ", "He/PRP "));
        assertThat(l.get(1).tag()).isEqualTo("VBZ");
        assertThat(l.get(1).lemma()).isEqualTo("be");
        List<CoreLabel> perfect = tagged("She/PRP +'s/POS joined/VBN Globex/NNP");
        assertThat(perfect.get(1).lemma()).isEqualTo("have");
        assertThat(tagged("Globex/NNP +'s/POS head/NN").get(1).tag()).isEqualTo("POS");
    }

    @Test
    void aHyphenatedOrganizationNounTheTokenizerSplitIsOneNoun() {
        List<CoreLabel> l = tagged("robotics/NNS start/VB +-/HYPH +up/RP Quiver/NNP Labs/NNPS");
        assertThat(l.stream().map(CoreLabel::tag)).containsExactly("NNS", "NN", "HYPH", "NN", "NNP", "NNPS");
        assertThat(l.get(3).lemma()).isEqualTo("start-up");
        // Written with spaces it is no word: "start - up" is left as the tagger read it.
        assertThat(tagged("start/VB -/HYPH up/RP").get(0).tag()).isEqualTo("VB");
    }

    @Test
    void aBareVerbBetweenAPrepositionAndANounIsTheNounsModifier() {
        List<CoreLabel> l = tagged("led/VBD a/DT team/NN at/IN drone/VB maker/NN DJI/NNP");
        assertThat(l.get(4).tag()).isEqualTo("NN");
        // (not after "to", where a verb stands: "to found Quillmark")
        assertThat(tagged("left/VBD to/TO found/VB Quillmark/NNP").get(2).tag()).isEqualTo("VB");
    }

    @Test
    void aCapitalizedParticipleBeforeATitleIsPartOfTheTitle() {
        List<CoreLabel> l = tagged("served/VBN as/IN Managing/VBG Director/NNP at/IN Wells/NNP Fargo/NNP");
        assertThat(l.get(2).tag()).isEqualTo("NNP");
        // (not before a name: "Joining Google" is a verb)
        assertThat(tagged("Joining/VBG Google/NNP is/VBZ Ann/NNP Lee/NNP").get(0).tag()).isEqualTo("VBG");
    }

    @Test
    void aVerbFormAfterTheMarkClosingANamesAppositionIsTheNamesVerb() {
        List<CoreLabel> l = tagged("Rhea/NNP Sandoval/NNP +,/, formerly/RB of/IN Initech/NNP +,/, lands/NNS at/IN Globex/NNP");
        assertThat(l.get(7).tag()).isEqualTo("VBZ");
        List<CoreLabel> d = tagged("Rhea/NNP Sandoval/NNP -/HYPH a/DT manager/NN -/HYPH lands/NNS at/IN Globex/NNP");
        assertThat(d.get(6).tag()).isEqualTo("VBZ");
        // no apposition: a plural noun stays one ("the company's lands at the coast")
        assertThat(tagged("the/DT company/NN +'s/POS lands/NNS at/IN the/DT coast/NN").get(3).tag()).isEqualTo("NNS");
    }

    @Test
    void aCapitalInsideAWordThatOpensSmallMarksAName() {
        assertThat(tagged("she/PRP left/VBD iRobot/NN in/IN 2019/CD").get(2).tag()).isEqualTo("NNP");
    }
}
