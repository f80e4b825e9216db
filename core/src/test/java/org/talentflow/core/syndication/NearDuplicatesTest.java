package org.talentflow.core.syndication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names-and-numbers test that keeps templated items about other people or periods apart. */
class NearDuplicatesTest {

    static final String RESULTS = "Tencent reported quarterly revenue of 18 billion yuan on Thursday, ahead of analyst "
            + "estimates, helped by demand for its cloud services. SenseTime is expected to report next week. Shares "
            + "of both companies rose in early trading in Hong Kong.";

    @Test
    void aCopyMayAddABylineAndLoseANameToAnEdit() {
        String copy = "By Jane Smith, Wire Services. " + RESULTS.replace("on Thursday", "this week")
                + " Copyright 2025 Wire Services.";

        assertThat(NearDuplicates.sameNames(RESULTS, copy)).isTrue();
    }

    @Test
    void aCopyCutShortUnderItsOwnBylineKeepsItsNames() {
        String story = RESULTS + " Tencent will hold a call with investors in Shenzhen on Friday.";
        String copy = "By Jane Smith, Wire Services. " + RESULTS;

        assertThat(NearDuplicates.sameNames(story, copy)).isTrue();
    }

    @Test
    void anotherPeriodsFiguresInTheSameTemplateAreAnotherStory() {
        assertThat(NearDuplicates.sameNames(RESULTS, RESULTS.replace("18", "21"))).isFalse();
    }

    @Test
    void otherCompaniesInTheSameTemplateAreAnotherStory() {
        assertThat(NearDuplicates.sameNames(RESULTS, RESULTS.replace("Tencent", "Baidu").replace("SenseTime", "Huawei")))
                .isFalse();
    }

    @Test
    void namesAreCapitalizedWordsAndNumbers() {
        assertThat(NearDuplicates.names("Shares of JD.com and iFlytek rose 5% in Hong Kong on Monday."))
                .containsExactly("Shares", "JD", "iFlytek", "5", "Hong", "Kong", "Monday");
    }
}
