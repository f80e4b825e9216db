package org.talentflow.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A round-up's items open on a company's name in capitals; the tagger reads it written as a name. */
class LeadInCapitalsTest {

    @Test
    void capitalsThatOpenASentenceAreWrittenAsANameOfTheSameLength() {
        String item = "HOLLIS FREIGHT has hired Ana Ruiz.";
        assertThat(SentenceParser.leadInCapitalsAsAName(item)).isEqualTo("Hollis Freight has hired Ana Ruiz.")
                .hasSameSizeAs(item);
        assertThat(SentenceParser.leadInCapitalsAsAName("BANK OF ARDMORE's head of credit left."))
                .isEqualTo("Bank of Ardmore's head of credit left.");
        assertThat(SentenceParser.leadInCapitalsAsAName("NORTHWIND AI, the robotics lab, hired two."))
                .isEqualTo("Northwind AI, the robotics lab, hired two.");
    }

    @Test
    void aSingleWordOrCapitalsElsewhereStayAsTheyAre() {
        assertThat(SentenceParser.leadInCapitalsAsAName("NASA has hired Ana Ruiz.")).isEqualTo("NASA has hired Ana Ruiz.");
        assertThat(SentenceParser.leadInCapitalsAsAName("Ana Ruiz left HOLLIS FREIGHT today."))
                .isEqualTo("Ana Ruiz left HOLLIS FREIGHT today.");
    }
}
