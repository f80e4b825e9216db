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
    void aBylineWithADateAndTimeEndsItsLine() {
        // Numbers are neither capitalized nor not: the words of this line are all capitals, a byline of its own.
        String text = "Mira TanakaUpdated: Monday, March 2, 2026, 09:15 AM IST\nAbout a year ago, Omar Haddad left Initech.";
        assertThat(SentenceSplitter.joinBrokenLines(text)).contains("\n");
    }
}
