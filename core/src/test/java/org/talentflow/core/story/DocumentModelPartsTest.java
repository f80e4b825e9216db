package org.talentflow.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentflow.core.lexicon.Lexicon;

/** Parts of the document model that need no parse: full names found in the text, and where a list runs on. */
class DocumentModelPartsTest {

    @Test
    void aCompanysShortNameIsNoSurnameOfItsFullName() {
        String text = "Orrin Semiconductor beat estimates. Later, Orrin said its finance chief had left.";
        assertThat(People.fullNameInText(text, "Orrin", Lexicon.english())).isNull();
        assertThat(People.fullNameInText("Ann Orrin joined in May. Orrin said she was glad.", "Orrin", Lexicon.english()))
                .isEqualTo("Ann Orrin");
        assertThat(org.talentflow.core.mention.DocumentNames.companyShortName("Glasswing Bio bought Perimeter. Glasswing said", "Glasswing", Lexicon.english()))
                .isTrue();
        assertThat(org.talentflow.core.mention.DocumentNames.companyShortName("Ann Orrin joined. Orrin said", "Orrin", Lexicon.english())).isFalse();
    }

    @Test
    void aListRunsOnThroughItsItemsAndTheSentencesInsideThem() {
        String text = "Who has left:\n\n- Ann Lee, head of sales. Joined Globex.\n\n- Tom Berg, CFO.\n\nThe company said more.";
        int opening = text.indexOf(':') + 1;
        assertThat(Candidates.withinList(text, opening, text.indexOf("- Ann"), true)).isTrue();
        assertThat(Candidates.withinList(text, opening, text.indexOf("Joined"), false)).isTrue();
        assertThat(Candidates.withinList(text, opening, text.indexOf("- Tom"), true)).isTrue();
        assertThat(Candidates.withinList(text, opening, text.indexOf("The company"), false)).isFalse();
    }
}
