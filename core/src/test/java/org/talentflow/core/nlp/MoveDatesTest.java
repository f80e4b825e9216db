package org.talentflow.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A move's date stands unless it begins more than a year after the article that reports it. */
class MoveDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 1);

    @Test
    void datesUpToAYearAfterPublicationStand() {
        assertThat(MoveDates.notLongAfter("2025-03", PUBLISHED)).isEqualTo("2025-03");
        assertThat(MoveDates.notLongAfter("2026", PUBLISHED)).isEqualTo("2026"); // "will join in 2026"
        assertThat(MoveDates.notLongAfter("2026-07-01", PUBLISHED)).isEqualTo("2026-07-01");
        assertThat(MoveDates.notLongAfter("1998-05", PUBLISHED)).isEqualTo("1998-05");
    }

    @Test
    void aDateBeginningMoreThanAYearLaterIsDropped() {
        assertThat(MoveDates.notLongAfter("2026-08", PUBLISHED)).isNull();
        assertThat(MoveDates.notLongAfter("2061", PUBLISHED)).isNull();
    }

    @Test
    void withoutAPublicationDateOrADateNothingChanges() {
        assertThat(MoveDates.notLongAfter("2061", null)).isEqualTo("2061");
        assertThat(MoveDates.notLongAfter(null, PUBLISHED)).isNull();
    }
}
