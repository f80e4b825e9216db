package org.talentflow.core.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @Test
    void chineseNamesInEitherOrderAreOnePerson() {
        assertThat(PersonNames.key("Zhou Chang")).isEqualTo(PersonNames.key("Chang Zhou"));
    }

    @Test
    void diacriticsCaseAndHyphensDoNotMatter() {
        assertThat(PersonNames.key("José Núñez")).isEqualTo(PersonNames.key("jose nunez"));
        assertThat(PersonNames.key("Jean-Luc Picard")).isEqualTo(PersonNames.key("Jean Luc Picard"));
    }

    @Test
    void middleInitialsHonorificsAndSuffixesAreDropped() {
        assertThat(PersonNames.key("Dr. John A. Smith Jr.")).isEqualTo(PersonNames.key("John Smith"));
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        assertThat(PersonNames.key("Wang Jian")).isNotEqualTo(PersonNames.key("Wang Jun"));
    }

    @Test
    void displayCollapsesSpaces() {
        assertThat(PersonNames.display("  Yan   Zhijie ")).isEqualTo("Yan Zhijie");
    }

    @Test
    void anApostropheJoinsItsWordAndAPeriodSeparates() {
        assertThat(PersonNames.key("Conan O’Brien")).isEqualTo(PersonNames.key("conan o'brien"))
                .isEqualTo("conan obrien");
        assertThat(PersonNames.key("J.R. Smith")).isEqualTo("j r smith");
    }

    @Test
    void aSingleInitialStaysWhenOnlyTwoNamesWouldRemain() {
        assertThat(PersonNames.key("John A. Smith")).isEqualTo("john smith");
        assertThat(PersonNames.key("A. Smith")).isEqualTo("a smith");
    }

    @Test
    void aNameThatIsOnlyAnHonorificKeepsItRatherThanTheEmptyKey() {
        assertThat(PersonNames.key("Dr.")).isEqualTo("dr");
        assertThat(PersonNames.key("  ")).isEmpty();
    }

    @Test
    void displayTakesNoBreakAndIdeographicSpacesToo() {
        assertThat(PersonNames.display("Zhou\u00A0Chang")).isEqualTo("Zhou Chang");
        assertThat(PersonNames.display("\u3000Zhou Chang\n")).isEqualTo("Zhou Chang");
    }
}
