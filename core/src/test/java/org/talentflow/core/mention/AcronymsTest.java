package org.talentflow.core.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An acronym an article defines in parentheses stands for the name it was given for, and only where its letters fit. */
class AcronymsTest {

    @Test
    void anAcronymWhoseLettersStartTheLastWordsOfTheNameStandsForTheName() {
        assertThat(Acronyms.in("The Northern Regional Water Authority (NRWA) said on Monday that ..."))
                .containsEntry("NRWA", "Northern Regional Water Authority");
        assertThat(Acronyms.in("Harbour Valley Integrated Care Board (ICB) has named a chief executive."))
                .containsEntry("ICB", "Harbour Valley Integrated Care Board");
        assertThat(Acronyms.in("She spent years at Norvik Bank Investment Management (NBIM) in Oslo."))
                .containsEntry("NBIM", "Norvik Bank Investment Management");
    }

    @Test
    void parenthesesThatAreNoAcronymOfTheNameDefineNothing() {
        assertThat(Acronyms.in("Ann Lee, Chief Executive Officer (CEO) of Globex, said ...")).doesNotContainKey("CEO")
                .isEmpty();
        assertThat(Acronyms.in("Shares of Globex Holdings (NASDAQ) rose.")).isEmpty();
    }

    @Test
    void anAcronymUsedWithoutADefinitionIsTheNameWhoseWordsItsLettersBegin() {
        assertThat(Acronyms.initialsOf("She will run the Kelby Regional Transit Authority. She starts at KRTA in May; "
                + "the KRT board voted 9-2.", java.util.List.of("Kelby Regional Transit Authority", "Kelby Post")))
                .containsEntry("KRTA", "Kelby Regional Transit Authority").doesNotContainKey("KRT");
    }
}
