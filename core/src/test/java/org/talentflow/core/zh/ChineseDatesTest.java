package org.talentflow.core.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    @Test
    void absoluteDatesNeedNoAnchor() {
        assertThat(ChineseDates.first("他于 2020 年 9 月加入", null)).isEqualTo("2020-09");
        assertThat(ChineseDates.first("2018年底，他接任", null)).isEqualTo("2018");
    }

    @Test
    void relativeDatesTakeThePublicationDate() {
        assertThat(ChineseDates.first("今年1月离职", PUBLISHED)).isEqualTo("2025-01");
        assertThat(ChineseDates.first("去年11月被曝离职", PUBLISHED)).isEqualTo("2024-11");
        assertThat(ChineseDates.first("已于近日加入", PUBLISHED)).isEqualTo("2025-03");
        assertThat(ChineseDates.first("上月正式入职", PUBLISHED)).isEqualTo("2025-02");
        assertThat(ChineseDates.first("12月30日卸任", PUBLISHED)).isEqualTo("2024-12");
    }

    @Test
    void relativeDatesWithoutAPublicationDateAreUnknown() {
        assertThat(ChineseDates.first("今年7月加入", null)).isNull();
        assertThat(ChineseDates.first("目前尚不清楚去向", PUBLISHED)).isNull();
    }
}
