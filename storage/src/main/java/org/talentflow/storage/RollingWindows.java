package org.talentflow.storage;

import java.time.LocalDate;
import java.util.List;

/**
 * The windows from any month that the store keeps counted (flow_rolling and org_rolling, migrations V8 and V9): their
 * lengths, and the floors from which a pair or an organization is kept in one. The SQL of those migrations and the
 * PostgreSQL trigger functions write the same numbers; the summary contract test holds them together.
 */
public final class RollingWindows {

    /** Window lengths in months: every one up to a year (twelve since V8, the others since V9). */
    public static final List<Integer> SPANS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    /** A pair of organizations is kept in a window while it has this many moves there, an organization while it gains this many net. */
    static final int FLOOR = 3;
    /** Unit pairs from 2 moves (V8_3): units split their organization's moves, and sparse windows had too few of 3. */
    static final int UNIT_FLOOR = 2;

    private RollingWindows() {
    }

    /**
     * The span of a window that starts on the first of a month and ends on the last day of its span-th month, or 0
     * when the window is none of the kept ones.
     */
    public static int span(LocalDate since, LocalDate until) {
        if (since == null || until == null || since.getDayOfMonth() != 1) {
            return 0;
        }
        return SPANS.stream().filter(s -> until.equals(since.plusMonths(s).minusDays(1))).findFirst().orElse(0);
    }
}
