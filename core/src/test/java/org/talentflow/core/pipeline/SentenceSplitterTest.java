package org.talentflow.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void aLineBrokenInTheMiddleOfASentenceIsJoined() {
        String text = "Ana Ruiz, who led the chip design group for nine years, recently joined\nGlobex as its chief architect.";
        assertThat(SentenceSplitter.joinBrokenLines(text)).doesNotContain("\n");
    }

    @Test
    void theHeadlineLinesOfAPressReleaseDeckAreSentencesOfTheirOwn() {
        String text = "Ana Ruiz joins from Initech as its new Chief Financial Officer\nOmar Haddad, M.D., joins from Globex "
                + "as Chief Medical Officer\n\nBOSTON--Vela Therapeutics today announced two appointments.";
        assertThat(SentenceSplitter.joinBrokenLines(text)).isEqualTo(text);
    }

    @Test
    void aBylineWithADateAndTimeEndsItsLine() {
        // Numbers are neither capitalized nor not: the words of this line are all capitals, a byline of its own.
        String text = "Mira TanakaUpdated: Monday, March 2, 2026, 09:15 AM IST\nAbout a year ago, Omar Haddad left Initech.";
        assertThat(SentenceSplitter.joinBrokenLines(text)).contains("\n");
    }

    @Test
    void anArticleShorterThanAChunkIsTokenizedWhole() {
        String text = "Ana Ruiz left Initech.\n\nShe joins Globex in May.";
        assertThat(SentenceSplitter.chunkEnd(text, 0)).isEqualTo(text.length());
    }

    @Test
    void aLongTextIsChunkedAfterALineBreakWhereSentencesEndAnyway() {
        String paragraph = "Ana Ruiz left Initech for Globex after nine years in the chip design group.\n";
        String text = paragraph.repeat(2 * SentenceSplitter.CHUNK_CHARS / paragraph.length());
        int end = SentenceSplitter.chunkEnd(text, 0);
        assertThat(end).isLessThanOrEqualTo(SentenceSplitter.CHUNK_CHARS).isGreaterThan(SentenceSplitter.CHUNK_CHARS - paragraph.length());
        assertThat(text.charAt(end - 1)).isEqualTo('\n');
    }

    @Test
    void aLineLongerThanAChunkIsCutAfterAFullStop() {
        String sentence = "Ana Ruiz said the harbour board would meet again on Friday. ";
        String text = sentence.repeat(2 * SentenceSplitter.CHUNK_CHARS / sentence.length());
        int end = SentenceSplitter.chunkEnd(text, 0);
        assertThat(text.substring(end - 1, end + 2)).isEqualTo(". A");
    }

    @Test
    void aSentenceCutAfterBrosGoesOnOnlyWhereTheNextPieceContinuesIt() {
        assertThat(SentenceSplitter.runsOn("Dev Ross, who joins from Warner Bros.", "Discovery, where he led strategy, starts.")).isTrue();
        assertThat(SentenceSplitter.runsOn("Dev Ross joined Warner Bros.", "He starts on Monday.")).isFalse();
        assertThat(SentenceSplitter.runsOn("Dev Ross joined Globex.", "Discovery, a unit, hired him.")).isFalse();
    }

    @Test
    void aRoundUpLabelInCapitalsIsASentenceOfItsOwn() {
        String text = "BRIGHTWATER LOGISTICS: Brightwater Logistics named Ahmed Sadiq chief financial officer.";
        assertThat(SentenceSplitter.labelsApart(text, java.util.List.of(new int[] {0, text.length()})))
                .extracting(p -> text.substring(p[0], p[1]))
                .containsExactly("BRIGHTWATER LOGISTICS:", "Brightwater Logistics named Ahmed Sadiq chief financial officer.");
        // (a name before a colon, not in capitals, is an item's name: "- Ji Yu: Worked on ...")
        String item = "Ji Yu: Worked on compilers at Huawei.";
        assertThat(SentenceSplitter.labelsApart(item, java.util.List.of(new int[] {0, item.length()}))).hasSize(1);
    }
}
