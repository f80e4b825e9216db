package org.talentflow.core.extract;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time one document may take on its way through the chain. The caps of {@code Limits} bound the work, but a
 * parse of the largest input they allow still takes minutes on a loaded machine; a document over its budget stops at
 * the next check (between stages, and between sentences inside the expensive ones) and fails by name, so that one
 * input cannot hold a thread of a batch, a feed poll or a request.
 */
public final class TimeBudget {

    private final LongSupplier nanoClock;
    private final Duration allowed;
    private final long start;

    public TimeBudget(Duration allowed, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.allowed = allowed;
        this.start = nanoClock.getAsLong();
    }

    /** Throws {@link OverBudget} when the document has taken longer than allowed, naming the stage it was in. */
    public void check(String stage) {
        if (nanoClock.getAsLong() - start > allowed.toNanos()) {
            throw new OverBudget(allowed, stage);
        }
    }

    /** A document that took longer than its budget: nothing of it is kept. */
    public static final class OverBudget extends RuntimeException {

        private final String stage;

        OverBudget(Duration allowed, String stage) {
            super("took over " + human(allowed) + " at stage " + stage, null, false, false);
            this.stage = stage;
        }

        public String stage() {
            return stage;
        }

        private static String human(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
        }
    }
}
