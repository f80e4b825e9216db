package org.talentflow.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.talentflow.core.lexicon.Lexicon;

class TagRepairsTest {

    private static final Lexicon LEXICON = Lexicon.english();

    /**
     * Tokens from "word/TAG" pairs (or "word/TAG/ENTITY"); a pair written with no space before it ("-/HYPH" after
     * "start") touches the one before.
     */
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
            l.setLemma(wt[1].startsWith("NNP") ? wt[0] : wt[0].toLowerCase()); // (as the tagger's lemmas are)
            l.setNER(wt.length > 2 ? wt[2] : "O");
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

    @Test
    void anOrganizationWordTheTaggerLeftOutEndsTheNameBeforeIt() {
        List<CoreLabel> l = tagged("joined/VBN Korsvik/NNP/PERSON Re/IN as/IN head/NN");
        assertThat(l.subList(1, 3)).extracting(CoreLabel::ner).containsOnly("ORGANIZATION");
        assertThat(l.get(2).tag()).isEqualTo("NNP");
        // a heading in capitals, or a word after no name, is left alone
        assertThat(tagged("KORSVIK/NNP/PERSON RE/NNP").get(1).ner()).isEqualTo("O");
        assertThat(tagged("the/DT Group/NNP said/VBD").get(1).ner()).isEqualTo("O");
    }

    @Test
    void aWordThatOpensClubNamesMakesTheNameAnOrganizations() {
        List<CoreLabel> l = tagged("arrives/VBZ from/IN CD/NNP Serrano/NNP/PERSON ,/,");
        assertThat(l.subList(2, 4)).extracting(CoreLabel::ner).containsOnly("ORGANIZATION");
        assertThat(tagged("left/VBD Banque/NNP Morel/NNP/PERSON in/IN").get(2).ner()).isEqualTo("ORGANIZATION");
        // "As Rocha said": a short word opens a name only written in capitals
        assertThat(tagged("As/IN Rocha/NNP/PERSON said/VBD").get(1).ner()).isEqualTo("PERSON");
    }

    @Test
    void aNumberAtTheHeadOfASentenceCountsWhatFollows() {
        List<CoreLabel> l = tagged("Eleven/NNP engineers/NNS from/IN Halvern/NNP");
        assertThat(l.get(0).tag()).isEqualTo("CD");
        assertThat(tagged("Eleven/NNP Madison/NNP Park/NNP").get(0).tag()).isEqualTo("NNP");
    }

    @Test
    void herBeforeAPrepositionIsTheObject() {
        assertThat(tagged("luring/VBG her/PRP$ from/IN the/DT Ledger/NNP").get(1).tag()).isEqualTo("PRP");
        assertThat(tagged("luring/VBG her/PRP$ deputy/NN").get(1).tag()).isEqualTo("PRP$");
    }

    @Test
    void capitalizedTitleWordsBeforeANameTakeTheTitlesLemmas() {
        List<CoreLabel> l = tagged("said/VBD Chief/NNP Operating/NNP Officer/NNP Dana/NNP/PERSON Kell/NNP/PERSON");
        assertThat(l.subList(1, 4)).extracting(CoreLabel::lemma).containsExactly("chief", "Operating", "officer");
        assertThat(tagged("Officer/NNP Park/NNP said/VBD").get(0).lemma()).isEqualTo("Officer");
    }
}
