package org.talentflow.spark;

import java.io.Serializable;

/** What the job did, summed over all partitions: articles, failures, moves, and what storing did. */
record JobCounts(long articles, long failures, long moves, long stored, long duplicates, long newMoves,
                 long corroborated) implements Serializable {

    static final JobCounts ZERO = new JobCounts(0, 0, 0, 0, 0, 0, 0);

    static JobCounts of(Outcome outcome) {
        if (outcome instanceof Extracted e) {
            Extracted.Stored s = e.stored();
            return s == null ? new JobCounts(1, 0, e.moves().size(), 0, 0, 0, 0)
                    : new JobCounts(1, 0, e.moves().size(), 1, s.duplicate() ? 1 : 0, s.newMoves(), s.corroborated());
        }
        return new JobCounts(0, 1, 0, 0, 0, 0, 0);
    }

    JobCounts plus(JobCounts o) {
        return new JobCounts(articles + o.articles, failures + o.failures, moves + o.moves, stored + o.stored,
                duplicates + o.duplicates, newMoves + o.newMoves, corroborated + o.corroborated);
    }
}
