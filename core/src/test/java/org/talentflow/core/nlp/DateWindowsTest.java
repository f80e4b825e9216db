package org.talentflow.core.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** SUTime on the words around date words gives the dates a move needs. */
class DateWindowsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 1);

    private static java.util.List<String> values(String sentence, LocalDate published) {
        return Nlp.shared().dates().find(sentence, published).stream().map(DateWindows.Found::value).toList();
    }

    @Test
    void aBareMonthIsReadAgainstThePublicationDate() {
        assertThat(values("Maria Gonzalez left Tencent for ByteDance in March.", PUBLISHED)).containsExactly("2025-03");
    }

    @Test
    void relativeYearsAreReadAgainstThePublicationDate() {
        assertThat(values("She left the company last year after a decade.", PUBLISHED)).contains("2024");
    }

    @Test
    void aNameThatEndsInAYearWordStillGivesTheMonth() {
        assertThat(values("Wang founded Starlight Year in February 2023 with two partners.", null)).containsExactly("2023-02");
    }

    @Test
    void datesCountedFromAnotherEventAreLeftOut() {
        assertThat(values("He sold the startup four months later.", PUBLISHED)).isEmpty();
    }

    @Test
    void sentencesWithoutDateWordsAreNotSentToSutime() {
        assertThat(DateWindows.mayNameADate("Anna Berg joined Globex as chief scientist.")).isFalse();
        assertThat(DateWindows.mayNameADate("Anna Berg joined Globex in May.")).isTrue();
    }

    @Test
    void vagueTimeWordsAreNotDateWords() {
        // SUTime reads these as a vague past or a duration, never as a calendar date: no window is worth its cost.
        assertThat(DateWindows.mayNameADate("Anna Berg recently joined Globex after years at Initech.")).isFalse();
        assertThat(DateWindows.mayNameADate("Anna Berg joined Globex earlier, after three months of talks.")).isFalse();
        assertThat(DateWindows.mayNameADate("Anna Berg joined Globex earlier this year.")).isTrue();
        assertThat(DateWindows.mayNameADate("Anna Berg joined Globex two years ago.")).isTrue();
    }
}
