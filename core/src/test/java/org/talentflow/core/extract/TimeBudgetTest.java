package org.talentflow.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;

/**
 * A document stops at the first check after its time per document is used, naming the stage it was in; the stages
 * after it do not run. Time is a clock of the test's own, one second a reading, so nothing here depends on the
 * machine's speed.
 */
class TimeBudgetTest {

    private static final Limits FIVE_SECONDS = Limits.DEFAULT.withTimePerDocument(Duration.ofSeconds(5));

    /** One second passes each time the budget looks at the clock. */
    private final AtomicLong clock = new AtomicLong();
    private final List<String> ran = new ArrayList<>();

    @Test
    void aDocumentOverItsTimeStopsInsideTheStageThatUsedItUp() {
        ExtractionChain chain = new ExtractionChain(List.of(stage("split", 0), stage("parse", 20), stage("choose", 0)),
                FIVE_SECONDS, () -> clock.getAndAdd(1_000_000_000L));

        assertThatThrownBy(() -> chain.run(document()))
                .isInstanceOfSatisfying(TimeBudget.OverBudget.class, e -> assertThat(e.stage()).isEqualTo("parse"))
                .hasMessage("took over 5 s at stage parse");
        assertThat(ran).containsExactly("split", "parse");
    }

    @Test
    void aDocumentWithinItsTimeRunsEveryStage() {
        ExtractionChain chain = new ExtractionChain(List.of(stage("split", 0), stage("parse", 2), stage("choose", 0)),
                FIVE_SECONDS, () -> clock.getAndAdd(1_000_000_000L));

        chain.run(document());

        assertThat(ran).containsExactly("split", "parse", "choose");
    }

    @Test
    void theTimeIsTheLimitsOwnAndSaysItsUnit() {
        TimeBudget budget = new TimeBudget(Duration.ofMillis(1_500), () -> clock.getAndAdd(2_000_000_000L));

        assertThatThrownBy(() -> budget.check("tag")).hasMessage("took over 1500 ms at stage tag");
        assertThat(Limits.DEFAULT.timePerDocument()).isEqualTo(Duration.ofSeconds(60));
    }

    /** A stage that checks the time once per "sentence", as the expensive stages do. */
    private Stage stage(String name, int sentences) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Need> requires() {
                return EnumSet.noneOf(Need.class);
            }

            @Override
            public Set<Need> adds() {
                return EnumSet.noneOf(Need.class);
            }

            @Override
            public void apply(Extraction e) {
                ran.add(name);
                for (int i = 0; i < sentences; i++) {
                    e.checkTime();
                }
            }
        };
    }

    private static Document document() {
        return new Document("d", null, null, null, "Ann Lee joined Orbwell.");
    }
}
