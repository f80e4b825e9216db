package org.talentflow.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.MoveReports.Report;
import org.talentflow.core.domain.MoveReports.Stated;

class MoveReportsTest {

    @Test
    void theFirstRoleAndDateStandAndLaterReportsFillWhatIsOpen() {
        Stated s = MoveReports.state(List.of(
                new Report(null, "2025-02", 0.6),
                new Report("head of research", "2024", 0.7),
                new Report("engineer", null, 0.5)));

        assertThat(s.role()).isEqualTo("head of research");
        assertThat(s.date()).isEqualTo("2025-02");
    }

    @Test
    void confidenceAndSeniorityAreTheHighestOfAnyReport() {
        Stated s = MoveReports.state(List.of(
                new Report("engineer", null, 0.6),
                new Report("chief scientist", null, 0.9),
                new Report(null, null, 0.7)));

        assertThat(s.role()).isEqualTo("engineer");
        assertThat(s.confidence()).isEqualTo(0.9);
        assertThat(s.seniority()).isEqualTo(Seniority.CHIEF);
    }

    @Test
    void aMoveWithoutReportsIsNoMove() {
        assertThatThrownBy(() -> MoveReports.state(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
