package org.talentflow.core.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeniorityTest {

    @Test
    void chiefsAndFoundersWeighMost() {
        assertThat(Seniority.of("chief scientist")).isEqualTo(Seniority.CHIEF);
        assertThat(Seniority.of("co-founder of Inflection AI")).isEqualTo(Seniority.CHIEF);
        assertThat(Seniority.CHIEF.weight()).isGreaterThan(Seniority.VP.weight());
    }

    @Test
    void theHighestLevelNamedWins() {
        assertThat(Seniority.of("head of Tongyi speech lab")).isEqualTo(Seniority.HEAD);
        assertThat(Seniority.of("senior vice president of engineering")).isEqualTo(Seniority.VP);
        assertThat(Seniority.of("tech lead")).isEqualTo(Seniority.LEAD);
    }

    @Test
    void engineersAndUnknownRolesAreStaff() {
        assertThat(Seniority.of("algorithm engineer")).isEqualTo(Seniority.STAFF);
        assertThat(Seniority.of(null)).isEqualTo(Seniority.STAFF);
        assertThat(Seniority.STAFF.weight()).isEqualTo(1);
    }
}
