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
    void aDocumentWithoutMoveWordsIsNeverTagged() {
        MoveExtractor.Stats s = stats("Globex shares rose 4% on Tuesday. Analysts at Initech praised the results. "
                + "The company expects strong demand for its chips.");
        assertThat(s.sentences()).isEqualTo(3);
        assertThat(s.tagged()).isZero();
    }

    @Test
    void aMoveWordThatMakesNoClaimBringsNoContext() {
        // "leave" here is about interest rates; the next sentence has a context word ("former") but nobody moved.
        MoveExtractor.Stats s = stats("The Federal Reserve decided to leave rates unchanged, said Paula Ng of Initech. "
                + "A former Globex analyst called the decision cautious.");
        assertThat(s.tagged()).isEqualTo(1);
    }

    @Test
    void contextIsReadForTheClaimedPersonOnly() {
        String claim = "Ravi Menon has joined Globex as chief scientist. ";
        String aboutHim = "Menon previously worked at Initech for six years. ";
        String aboutOthers = "Analysts formerly at Initech were surprised by the news. ";
        assertThat(stats(claim + aboutHim).tagged()).isEqualTo(2);
        assertThat(stats(claim + aboutOthers).tagged()).isEqualTo(1);
    }

    @Test
    void aClaimSentenceGetsItsDateEvenThoughDatesAreReadLast() {
        assertThat(SharedExtractor.movesIn("Ravi Menon left Initech for Globex in March."))
                .singleElement().satisfies(m -> assertThat(m.date()).isEqualTo("2025-03"));
    }
}
