package org.talentflow.core.extract;

import java.util.Set;

/**
 * One stage of the extraction chain (CoreNLP's annotator idea): it says what it needs from the stages before it
 * and what it adds, so that the chain can be checked when it is composed, not when a document fails.
 */
public interface Stage {

    /** A short name, for errors and timings. */
    String name();

    Set<Need> requires();

    Set<Need> adds();

    void apply(Extraction extraction);
}
