package org.talentflow.core.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;

/** An ordered chain of stages, checked when composed: each stage's needs are added by a stage before it. */
public final class ExtractionChain {

    private final List<Stage> stages;
    private final Limits limits;
    private final LongSupplier nanoClock;

    public ExtractionChain(List<Stage> stages) {
        this(stages, Limits.DEFAULT);
    }

    public ExtractionChain(List<Stage> stages, Limits limits) {
        this(stages, limits, System::nanoTime);
    }

    /** @param nanoClock the clock of the time budget per document ({@link System#nanoTime} but in tests) */
    public ExtractionChain(List<Stage> stages, Limits limits, LongSupplier nanoClock) {
        this.stages = List.copyOf(stages);
        this.limits = limits;
        this.nanoClock = nanoClock;
        Set<Need> present = EnumSet.of(Need.TEXT);
        for (Stage s : this.stages) {
            if (!present.containsAll(s.requires())) {
                Set<Need> missing = EnumSet.copyOf(s.requires());
                missing.removeAll(present);
                throw new IllegalArgumentException("stage " + s.name() + " needs " + missing + ", which no stage before it adds");
            }
            present.addAll(s.adds());
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage on a document until one finishes it.
     *
     * @throws TimeBudget.OverBudget when the document takes longer than {@link Limits#timePerDocument()}
     */
    public Extraction run(Document document) {
        Extraction e = new Extraction(document, limits, nanoClock);
        for (Stage s : stages) {
            if (e.done()) {
                break;
            }
            e.enter(s.name());
            s.apply(e);
        }
        return e;
    }
}
