package org.talentflow.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.Document;

/**
 * What the cascade sends to the expensive tagger: the sentences that may report a move, and context only for the
 * people those sentences make claims about. Counted with the extractor's own statistics.
 */
class CascadeTest {

    private static MoveExtractor.Stats stats(String text) {
        MoveExtractor.Stats[] stats = new MoveExtractor.Stats[1];
        SharedExtractor.get().extract(new Document("t.txt", null, null, LocalDate.of(2025, 7, 1), text), stats);
        return stats[0];
    }

    @Test
    void aDocumentWithoutMoveWordsIsNeverParsed() {
        MoveExtractor.Stats s = stats("Globex shares rose 4% on Tuesday. Analysts at Initech praised the results. "
                + "The company expects strong demand for its chips.");
        assertThat(s.sentences()).isEqualTo(3);
        assertThat(s.parsed()).isZero();
    }

    @Test
    void aMoveWordThatMakesNoClaimBringsNoContext() {
        // "leave" here is about interest rates; the next sentence has a context word ("former") but nobody moved.
        MoveExtractor.Stats s = stats("The Federal Reserve decided to leave rates unchanged, said Paula Ng of Initech. "
                + "A former Globex analyst called the decision cautious.");
        assertThat(s.parsed()).isEqualTo(1);
    }

    @Test
    void aMoveWordNotUsedAsTheLexiconListsItIsNotParsed() {
        // "lead" reports a move only about what is to come ("will lead"); "leave" reports one as a verb
        assertThat(stats("The round was led by Accel, said Paula Ng of Initech.").parsed()).isZero();
        assertThat(stats("Paula Ng of Initech praised the new leave policy.").parsed()).isZero();
        assertThat(stats("Paula Ng will lead the Globex lab.").parsed()).isEqualTo(1);
    }

    @Test
    void aSentenceThatNamesNoOneWhoCouldMoveIsNotParsed() {
        assertThat(stats("Globex became a target for acquisition.").parsed()).isZero();
        assertThat(stats("Initech was founded in 2019.").parsed()).isZero();
        assertThat(stats("Its chief scientist left Initech.").parsed()).isEqualTo(1);
        assertThat(stats("Four engineers left Initech.").parsed()).isEqualTo(1);
    }

    @Test
    void contextIsReadForTheClaimedPersonOnly() {
        String claim = "Ravi Menon has joined Globex as chief scientist. ";
        String aboutHim = "Menon previously worked at Initech for six years. ";
        String aboutOthers = "Analysts formerly at Initech were surprised by the news. ";
        assertThat(stats(claim + aboutHim).parsed()).isEqualTo(2);
        assertThat(stats(claim + aboutOthers).parsed()).isEqualTo(1);
    }

    @Test
    void aClaimSentenceGetsItsDateEvenThoughDatesAreReadLast() {
        assertThat(SharedExtractor.movesIn("Ravi Menon left Initech for Globex in March."))
                .singleElement().satisfies(m -> assertThat(m.date()).isEqualTo("2025-03"));
    }
}
