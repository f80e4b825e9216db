package org.talentflow.core.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap first cut of the cascade: which sentences may report a move at all. */
class SentenceSelectorTest {

    private final SentenceSelector selector = new SentenceSelector();

    @Test
    void moveVerbsWithSomeoneToTalkAboutPass() {
        assertThat(selector.mayMentionMove("Anna Berg joined Globex in May.")).isTrue();
        assertThat(selector.mayMentionMove("He left Acme after six years.")).isTrue();
        assertThat(selector.mayMentionMove("Globex poached two engineers from Initech.")).isTrue();
        assertThat(selector.mayMentionMove("Acme lost its speech lab head to Globex.")).isTrue();
        assertThat(selector.mayMentionMove("Initech welcomed Ravi Menon as its new chief scientist.")).isTrue();
    }

    @Test
    void marketAndCompanyWordsThatLookLikeMovesDoNot() {
        assertThat(selector.mayMentionMove("Acme shares lost 3% on Tuesday after the Globex report.")).isFalse();
        assertThat(selector.mayMentionMove("The Commerce Department said Acme returns were strong.")).isFalse();
        assertThat(selector.mayMentionMove("Investors expect a Globex exit within five years.")).isFalse();
    }

    @Test
    void aListAfterAColonNeedsNoNameInTheAnnouncement() {
        assertThat(selector.mayMentionMove("Several senior researchers departed this spring, including:")).isTrue();
    }

    @Test
    void aPastPostAloneIsNoMoveWord() {
        assertThat(selector.mayMentionMove("Ravi Menon, a former Acme engineer, is known for speech work.")).isFalse();
    }

    @Test
    void aDocumentWithoutAnyMoveWordIsNotReadFurther() {
        assertThat(selector.mayReportMoves("Acme shares rose 4% on Tuesday.\nGlobex reported record revenue.")).isFalse();
        assertThat(selector.mayReportMoves("Acme shares rose.\nMeanwhile Anna Berg joined Globex.")).isTrue();
    }
}
